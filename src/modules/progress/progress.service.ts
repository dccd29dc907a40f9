import { attachEvidence } from '../evidence/evidence.service.js';
import { EvidenceSubject } from '../evidence/evidence.entity.js';
import { reportingDeadline } from '../period/period.rules.js';
import { schemeFor } from '../assessment/scheme.service.js';
import type { Context } from '../../core/context.js';
import { inTransaction } from '../../core/unit-of-work.js';
import { EventType } from '../event/event.entity.js';
import type { EventDraft } from '../../core/event-log.js';
import { Project } from '../project/project.entity.js';
import { BadUserInputError, ForbiddenError, fromDatabaseError, MonthClosedError, NotFoundError, optionalText, requireIntegerInRange } from '../../shared/errors.js';
import { Role } from '../auth/auth.types.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { completionRate, requireDecimal, sumDecimals } from '../../shared/money.js';
import { today } from '../../shared/dates.js';
import { requireYear } from '../../shared/year.js';
import { Person } from '../person/person.entity.js';
import { ProgressReport, ReportStatus } from './progress-report.entity.js';
import { RevisionKind } from './report-history.entity.js';
import { lockProjectForReport, reportFacts, saveSubmission, submitInOneStatement, type ReportFacts } from './progress.queries.js';
import { recordChange } from '../../core/audit-recorder.js';
import type { ReportProgressInput } from './progress.inputs.js';
import { Action, authorize } from '../auth/authorization.js';
import { requireVersion } from '../../shared/versioning.js';

const MAX_NARRATIVE = 4000;

/** A report's input, checked before anything is written. */
interface CheckedReport {
  year: number;
  completedInvestment: string;
  physicalProgress: string;
  narrative: string;
  /** The person the office named as reporter (null: the token's own person). */
  reportedById: number | null;
}

function checkReport(context: Context, input: ReportProgressInput): CheckedReport {
  const year = requireYear(input.year);
  requireIntegerInRange(input.month, 1, 12, 'month');
  const currentMonth = today().slice(0, 7);
  if (`${year}-${String(input.month).padStart(2, '0')}` > currentMonth) {
    throw new BadUserInputError(`${year}-${input.month} has not begun; only past and current months can be reported`, 'month');
  }
  const completedInvestment = requireDecimal(input.completedInvestment, 'completedInvestment', { max: '9999999999.99' });
  const physicalProgress = requireDecimal(input.physicalProgress, 'physicalProgress', { max: '100' });
  const narrative = optionalText(input.narrative, 'narrative', MAX_NARRATIVE) ?? '';
  // The reporter is the person of the token; only the office may name someone else (reporting for a unit).
  const reportedById = typeof input.reportedById === 'string' ? fromGlobalId(input.reportedById, 'Person', 'reportedById') : null;
  if (reportedById !== null && context.caller.role !== Role.ADMIN && reportedById !== context.caller.personId) {
    throw new ForbiddenError('the reporter is the person of your token; only an administrator may name another reporter');
  }
  return { year, completedInvestment, physicalProgress, narrative, reportedById };
}

/**
 * Records a project's report for a month; a second report of the same month replaces the first.
 * Months that have not begun yet cannot be reported, nor closed ones (MONTH_CLOSED). A report
 * without evidence, in the token's own name (the common case, and the one a deadline brings in
 * bulk), is ONE statement (`submitInOneStatement`); one with evidence or a named reporter runs
 * the same rules here, in a unit of work.
 */
export async function reportProgress(context: Context, input: ReportProgressInput): Promise<ProgressReport> {
  authorize(context.caller, Action.REPORT_PROGRESS);
  const checked = checkReport(context, input);
  if (!input.evidenceIds?.length && checked.reportedById === null) return reportInOneStatement(context, input, checked);
  return inTransaction(context, 'reportProgress', async (em, events) => {
    const { year, completedInvestment, physicalProgress, narrative, reportedById } = checked;
    let reportedBy: Person | null = null;
    // The token's own person exists (a deleted one fails the foreign key, a coded error); a named one is looked up.
    const reporterId = reportedById ?? context.caller.personId;
    if (reportedById !== null) {
      reportedBy = await em.findOne(Person, { id: reportedById });
      if (!reportedBy) throw new NotFoundError('Person', input.reportedById!);
    }
    // A month being closed waits for reports in flight, and a report waits for a closing in flight.
    const projectRow = await lockProjectForReport(em, fromGlobalId(input.projectId, 'Project', 'projectId'), year);
    if (!projectRow) throw new NotFoundError('Project', input.projectId);
    const project = em.map(Project, projectRow);
    const target = await reportFacts(em, project.id, year, input.month);
    authorize(context.caller, Action.REPORT_PROGRESS, { unitId: project.responsibleUnit?.id ?? null });
    if (target.month_closed) throw new MonthClosedError(year, input.month);
    const existing = target.report;
    if (existing) requireVersion(existing, input.expectedVersion, 'ProgressReport');
    const previousAmount = existing && existing.status !== ReportStatus.RETURNED ? existing.completedInvestment : null;
    // A new report, or a resubmission (the office reviews it again); the first submission time stays.
    // Written with one statement (report and revision), recorded for the audit as a flush would be.
    const kind = existing ? RevisionKind.RESUBMITTED : RevisionKind.SUBMITTED;
    const now = new Date();
    const revision = target.last_revision + 1;
    const saved = await saveSubmission(em, {
      projectId: project.id,
      year,
      month: input.month,
      completedInvestment,
      physicalProgress,
      narrative,
      reportedById: reporterId,
      at: now,
      revision,
      kind,
      actor: context.caller.id,
    });
    const report = em.map(ProgressReport, saved.report);
    const submitted = { completedInvestment, physicalProgress, narrative, reportedBy: reporterId, reportedAt: now.toISOString(), status: ReportStatus.SUBMITTED, returnReason: null };
    if (existing) {
      const { id: _id, version, ...before } = existing;
      recordChange(em, { action: 'UPDATE', entityType: 'ProgressReport', entityId: String(report.id), before: { ...before, version }, after: { ...submitted, version: report.version } });
    } else {
      recordChange(em, { action: 'CREATE', entityType: 'ProgressReport', entityId: String(report.id), before: null, after: { project: project.id, year, month: input.month, ...submitted, firstSubmittedAt: now.toISOString(), version: report.version } });
    }
    recordChange(em, {
      action: 'CREATE',
      entityType: 'ReportRevision',
      entityId: String(saved.revisionId),
      before: null,
      after: { report: report.id, projectId: project.id, year, month: input.month, revision, kind, ...submitted, actor: context.caller.id, reason: null, recordedAt: now.toISOString() },
    });
    // Photos of the works should be from the month, or taken before the report was due.
    if (input.evidenceIds?.length) {
      await attachEvidence(em, context.caller, events, input.evidenceIds, 'evidenceIds', {
        subject: EvidenceSubject.PROGRESS_REPORT,
        subjectId: report.id,
        projectId: project.id,
        periodStart: `${year}-${String(input.month).padStart(2, '0')}-01`,
        periodEnd: reportingDeadline(year, input.month, (await schemeFor(em, year)).reportDeadlineDay),
      });
    }
    events.add(progressEvent(project, report, previousAmount, target));
    return report;
  });
}

/**
 * The PROGRESS_REPORTED event: the month's amount and the year-to-date figures as of this commit,
 * plus what subscribers filter on (level, unit, people), so delivery needs no further query.
 */
function progressEvent(project: Project, report: ProgressReport, previousAmount: string | null, figures: ReportFacts): EventDraft {
  // The year to date as of this commit: the other months that count, and this (submitted) report.
  const yearToDate = sumDecimals([figures.others_to_date, report.completedInvestment]);
  return {
    type: EventType.PROGRESS_REPORTED,
    projectId: project.id,
    year: report.year,
    payload: {
      month: report.month,
      amount: report.completedInvestment,
      previousAmount,
      yearToDate,
      plannedInvestment: figures.planned,
      completionRate: completionRate(yearToDate, figures.planned),
      level: figures.level,
      responsibleUnitId: project.responsibleUnit?.id ?? null,
      personIds: figures.person_ids ?? [],
    },
  };
}

/**
 * The one-statement report (see reportProgress): admitted by the write gate like any change; the
 * database function's refusals become the same coded errors as the unit of work's; after the
 * commit, the derived data follows (Derivations) and this instance's read caches are dropped.
 */
async function reportInOneStatement(context: Context, input: ReportProgressInput, checked: CheckedReport): Promise<ProgressReport> {
  const { caller } = context;
  try {
    await context.derivations.admit();
    const row = await context.writeGate.run(() =>
      submitInOneStatement(context.em, {
        projectId: fromGlobalId(input.projectId, 'Project', 'projectId'),
        year: checked.year,
        month: input.month,
        completedInvestment: checked.completedInvestment,
        physicalProgress: checked.physicalProgress,
        narrative: checked.narrative,
        reportedById: caller.personId,
        expectedVersion: input.expectedVersion ?? null,
        unitScope: caller.role === Role.REPORTER ? { unitId: caller.unitId } : null,
        actor: caller.id,
        role: caller.role,
        requestId: context.requestId,
        at: new Date(),
      }),
    );
    const report = context.em.map(ProgressReport, row);
    context.derivations.enqueue([{ type: EventType.PROGRESS_REPORTED, projectId: report.project.id, year: checked.year, payload: { month: input.month } }]);
    context.live.reads.committed();
    return report;
  } catch (error) {
    throw refusalOf(error, input, checked.year) ?? fromDatabaseError(error) ?? error;
  } finally {
    context.refresh();
  }
}

/** The coded error of a guard of `report_progress_submit` (SQLSTATE KP…), if it is one. */
function refusalOf(error: unknown, input: ReportProgressInput, year: number): Error | undefined {
  const { code, detail } = error as { code?: string; detail?: string };
  switch (code) {
    case 'KP404':
      return new NotFoundError('Project', input.projectId);
    case 'KP403':
      return new ForbiddenError('a reporter may only report for projects of their own unit');
    case 'KP423':
      return new MonthClosedError(year, input.month);
    case 'KP409':
      try {
        requireVersion({ version: Number(detail) }, input.expectedVersion, 'ProgressReport');
      } catch (refusal) {
        return refusal as Error;
      }
      return undefined;
    default:
      return undefined;
  }
}
