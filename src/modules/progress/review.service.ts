import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context.js';
import { inTransaction } from '../../core/unit-of-work.js';
import { lockYearShared, type EventDraft } from '../../core/event-log.js';
import { BadUserInputError, ConflictError, MonthClosedError, NotFoundError, requireIntegerInRange, requireText } from '../../shared/errors.js';
import { pageRequest, toPage, type ConnectionArgs, type Page } from '../../shared/pagination.js';
import { requireYear } from '../../shared/year.js';
import { fromGlobalId, toGlobalId } from '../../shared/global-id.js';
import { requireDecimal } from '../../shared/money.js';
import { Action, authorize } from '../auth/authorization.js';
import { EventType } from '../event/event.entity.js';
import { isClosed } from '../period/period.queries.js';
import { ProgressReport, ReportStatus } from './progress-report.entity.js';
import { Correction, CorrectionStatus, RevisionKind } from './report-history.entity.js';
import { recordRevision } from './report-history.js';
import { correctionCount, correctionPage, reportCount, reportPage, reviewTarget, type ReportCriteria } from './progress.queries.js';
import type { CorrectionFilter, ReportFilter, RequestCorrectionInput } from './progress.inputs.js';

const MAX_REASON = 2000;

/** The report a global id names, locked for the change, with what the events need of its project. */
async function lockedReport(em: EntityManager, reportId: string, field: string): Promise<{ report: ProgressReport; level: string | null; unitId: number | null }> {
  const id = fromGlobalId(reportId, 'ProgressReport', field);
  const report = await em.findOne(ProgressReport, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!report) throw new NotFoundError('ProgressReport', reportId);
  const target = await reviewTarget(em, report.project.id, report.year);
  return { report, level: target.level, unitId: target.responsible_unit_id };
}

function reviewEvent(type: EventType, report: ProgressReport, level: string | null, unitId: number | null, extra: Record<string, unknown> = {}): EventDraft {
  return {
    type,
    projectId: report.project.id,
    year: report.year,
    payload: {
      reportId: toGlobalId('ProgressReport', report.id),
      month: report.month,
      status: report.status,
      amount: report.completedInvestment,
      level,
      responsibleUnitId: unitId,
      ...extra,
    },
  };
}

/** Approves a submitted report (ADMIN, 审核通过). Its figures do not change; a closed month may still be approved. */
export function approveReport(context: Context, reportId: string): Promise<ProgressReport> {
  authorize(context.caller, Action.REVIEW_REPORTS);
  return inTransaction(context, 'approveReport', async (em, events) => {
    const { report, level, unitId } = await lockedReport(em, reportId, 'reportId');
    if (report.status !== ReportStatus.SUBMITTED) throw new ConflictError(`the report is ${report.status}; only a SUBMITTED report can be approved`, { field: 'reportId', status: report.status });
    const now = new Date();
    em.assign(report, { status: ReportStatus.APPROVED, reviewedAt: now, reviewedBy: context.caller.id });
    await em.flush();
    await recordRevision(em, report, RevisionKind.APPROVED, context.caller.id, null, now);
    events.add(reviewEvent(EventType.REPORT_APPROVED, report, level, unitId));
    return report;
  });
}

/**
 * Returns a submitted report to its unit with a reason (ADMIN, 退回). A returned report stops
 * counting until it is resubmitted. Only an open month: a closed month's figures are official and
 * change only through a correction.
 */
export function returnReport(context: Context, reportId: string, reason: string): Promise<ProgressReport> {
  authorize(context.caller, Action.REVIEW_REPORTS);
  return inTransaction(context, 'returnReport', async (em, events) => {
    const why = requireText(reason, 'reason', MAX_REASON);
    const { report, level, unitId } = await lockedReport(em, reportId, 'reportId');
    await lockYearShared(em, report.year);
    if (await isClosed(em, report.year, report.month)) throw new MonthClosedError(report.year, report.month);
    if (report.status !== ReportStatus.SUBMITTED) throw new ConflictError(`the report is ${report.status}; only a SUBMITTED report can be returned`, { field: 'reportId', status: report.status });
    const now = new Date();
    const previousAmount = report.completedInvestment;
    em.assign(report, { status: ReportStatus.RETURNED, returnReason: why, reviewedAt: now, reviewedBy: context.caller.id });
    await em.flush();
    await recordRevision(em, report, RevisionKind.RETURNED, context.caller.id, why, now);
    events.add(reviewEvent(EventType.REPORT_RETURNED, report, level, unitId, { reason: why, previousAmount }));
    return report;
  });
}

/**
 * Asks for a change to a report of a closed month (更正申请): the office (ADMIN) or the project's
 * unit (its REPORTER). One pending request per report; nothing changes until it is approved.
 */
export function requestCorrection(context: Context, input: RequestCorrectionInput): Promise<Correction> {
  authorize(context.caller, Action.REQUEST_CORRECTION);
  return inTransaction(context, 'requestCorrection', async (em, events) => {
    const completedInvestment = requireDecimal(input.completedInvestment, 'completedInvestment', { max: '9999999999.99' });
    const physicalProgress = requireDecimal(input.physicalProgress, 'physicalProgress', { max: '100' });
    const reason = requireText(input.reason, 'reason', MAX_REASON);
    const { report, level, unitId } = await lockedReport(em, input.reportId, 'reportId');
    authorize(context.caller, Action.REQUEST_CORRECTION, { unitId });
    if (!(await isClosed(em, report.year, report.month))) {
      throw new BadUserInputError(`${report.year}-${report.month} is open: report the month again instead of asking for a correction`, 'reportId');
    }
    if (report.status === ReportStatus.RETURNED) throw new ConflictError('the report was returned and not resubmitted; there is no counted figure to correct', { field: 'reportId' });
    if (await em.findOne(Correction, { report, status: CorrectionStatus.PENDING })) {
      throw new ConflictError('a correction of this report is already waiting for a decision', { field: 'reportId' });
    }
    const correction = em.create(Correction, { report, completedInvestment, physicalProgress, reason, requestedBy: context.caller.id, requestedAt: new Date() });
    await em.flush();
    events.add(reviewEvent(EventType.CORRECTION_REQUESTED, report, level, unitId, { correctionId: toGlobalId('Correction', correction.id), requested: completedInvestment, reason }));
    return correction;
  });
}

async function lockedPendingCorrection(em: EntityManager, correctionId: string): Promise<Correction> {
  const id = fromGlobalId(correctionId, 'Correction', 'id');
  const correction = await em.findOne(Correction, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!correction) throw new NotFoundError('Correction', correctionId);
  if (correction.status !== CorrectionStatus.PENDING) throw new ConflictError(`the correction is already ${correction.status}`, { field: 'id', status: correction.status });
  return correction;
}

/**
 * Approves a correction (ADMIN): the report takes the corrected figures (APPROVED), the old ones stay
 * in its history and in the correction, and one REPORT_CORRECTED event records it. The month's
 * official lights stay as they were closed; documents already issued never change — the next one
 * of their kind states the correction (更正说明).
 */
export function approveCorrection(context: Context, correctionId: string): Promise<Correction> {
  authorize(context.caller, Action.REVIEW_REPORTS);
  return inTransaction(context, 'approveCorrection', async (em, events) => {
    const correction = await lockedPendingCorrection(em, correctionId);
    const { report, level, unitId } = await lockedReport(em, toGlobalId('ProgressReport', correction.report.id), 'id');
    const now = new Date();
    const previous = { completedInvestment: report.completedInvestment, physicalProgress: report.physicalProgress };
    em.assign(correction, {
      status: CorrectionStatus.APPROVED,
      previousCompletedInvestment: previous.completedInvestment,
      previousPhysicalProgress: previous.physicalProgress,
      decidedBy: context.caller.id,
      decidedAt: now,
    });
    em.assign(report, {
      completedInvestment: correction.completedInvestment,
      physicalProgress: correction.physicalProgress,
      status: ReportStatus.APPROVED,
      reviewedAt: now,
      reviewedBy: context.caller.id,
    });
    await em.flush();
    await recordRevision(em, report, RevisionKind.CORRECTED, context.caller.id, correction.reason, now);
    events.add(
      reviewEvent(EventType.REPORT_CORRECTED, report, level, unitId, {
        correctionId: toGlobalId('Correction', correction.id),
        previousAmount: previous.completedInvestment,
        reason: correction.reason,
      }),
    );
    return correction;
  });
}

/** Rejects a correction with a reason (ADMIN); the report stays as it was. */
export function rejectCorrection(context: Context, correctionId: string, reason: string): Promise<Correction> {
  authorize(context.caller, Action.REVIEW_REPORTS);
  return inTransaction(context, 'rejectCorrection', async (em, events) => {
    const why = requireText(reason, 'reason', MAX_REASON);
    const correction = await lockedPendingCorrection(em, correctionId);
    const report = await em.findOneOrFail(ProgressReport, { id: correction.report.id });
    const target = await reviewTarget(em, report.project.id, report.year);
    em.assign(correction, { status: CorrectionStatus.REJECTED, rejectionReason: why, decidedBy: context.caller.id, decidedAt: new Date() });
    await em.flush();
    events.add(reviewEvent(EventType.CORRECTION_REJECTED, report, target.level, target.responsible_unit_id, { correctionId: toGlobalId('Correction', correction.id), reason: why }));
    return correction;
  });
}

function reportCriteria(filter: { year?: number | null; month?: number | null; projectId?: string | null; responsibleUnitId?: string | null } | null | undefined): ReportCriteria {
  const month = filter?.month ?? undefined;
  if (month !== undefined) requireIntegerInRange(month, 1, 12, 'filter.month');
  return {
    year: filter?.year === null || filter?.year === undefined ? undefined : requireYear(filter.year),
    month,
    projectId: typeof filter?.projectId === 'string' ? fromGlobalId(filter.projectId, 'Project', 'filter.projectId') : undefined,
    responsibleUnitId: typeof filter?.responsibleUnitId === 'string' ? fromGlobalId(filter.responsibleUnitId, 'Organization', 'filter.responsibleUnitId') : undefined,
  };
}

/** Monthly reports by year, month, review state, project or unit (`mine`: the caller's unit), in id order: the office's review queue, a unit's returned reports. */
export async function findReports(context: Context, filter: ReportFilter | null | undefined, args: ConnectionArgs): Promise<Page<ProgressReport>> {
  const request = pageRequest(args);
  const criteria: ReportCriteria = { ...reportCriteria(filter), status: filter?.status ?? undefined };
  if (filter?.mine) {
    if (context.caller.unitId === null) throw new BadUserInputError('mine needs a caller of a unit (a REPORTER token)', 'filter.mine');
    criteria.responsibleUnitId = context.caller.unitId;
  }
  const rows = await reportPage(context.em, criteria, request);
  return toPage(rows, request, () => reportCount(context.em, criteria));
}

/** Correction requests by the corrected report's year, month, project or unit, and by their state, in id order. */
export async function findCorrections(context: Context, filter: CorrectionFilter | null | undefined, args: ConnectionArgs): Promise<Page<Correction>> {
  const request = pageRequest(args);
  const criteria: ReportCriteria = { ...reportCriteria(filter), status: filter?.status ?? undefined };
  const rows = await correctionPage(context.em, criteria, request);
  return toPage(rows, request, () => correctionCount(context.em, criteria));
}
