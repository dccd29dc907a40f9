import { attachEvidence } from '../evidence/evidence.service.js';
import { EvidenceSubject } from '../evidence/evidence.entity.js';
import { reportingDeadline } from '../period/period.rules.js';
import { schemeFor } from '../assessment/scheme.service.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context.js';
import { inTransaction } from '../../core/unit-of-work.js';
import { EventType } from '../event/event.entity.js';
import type { EventDraft } from '../../core/event-log.js';
import { BadUserInputError, ForbiddenError, fromDatabaseError, MonthClosedError, NotFoundError, optionalText, requireIntegerInRange } from '../../shared/errors.js';
import { Role } from '../auth/auth.types.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { requireDecimal } from '../../shared/money.js';
import { today } from '../../shared/dates.js';
import { requireYear } from '../../shared/year.js';
import { Person } from '../person/person.entity.js';
import { ProgressReport } from './progress-report.entity.js';
import { submitInOneStatement } from './progress.queries.js';
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
 * Months that have not begun yet cannot be reported, nor closed ones (MONTH_CLOSED). The rules —
 * locks, the reporter's unit, the month, the version, the report and its revision, the audit and
 * the event — are the database function `report_progress_submit` (`submitInOneStatement`). A
 * report without evidence in the token's own name (the common case, and the one a deadline brings
 * in bulk) is that one statement; one with evidence or a named reporter calls it inside a unit of
 * work, with the lookups and attachments around it.
 */
export async function reportProgress(context: Context, input: ReportProgressInput): Promise<ProgressReport> {
  authorize(context.caller, Action.REPORT_PROGRESS);
  const checked = checkReport(context, input);
  if (!input.evidenceIds?.length && checked.reportedById === null) return reportInOneStatement(context, input, checked);
  return inTransaction(context, 'reportProgress', async (em, events) => {
    const { year, reportedById } = checked;
    if (reportedById !== null && !(await em.findOne(Person, { id: reportedById }))) throw new NotFoundError('Person', input.reportedById!);
    const report = em.map(ProgressReport, await submit(context, em, input, checked, true));
    // Photos of the works should be from the month, or taken before the report was due.
    if (input.evidenceIds?.length) {
      await attachEvidence(em, context.caller, events, input.evidenceIds, 'evidenceIds', {
        subject: EvidenceSubject.PROGRESS_REPORT,
        subjectId: report.id,
        projectId: report.project.id,
        periodStart: `${year}-${String(input.month).padStart(2, '0')}-01`,
        periodEnd: reportingDeadline(year, input.month, (await schemeFor(em, year)).reportDeadlineDay),
      });
    }
    events.derive(progressDraft(report, input));
    return report;
  });
}

/** The report through `report_progress_submit`, its refusals as the coded errors they stand for. */
async function submit(context: Context, em: EntityManager, input: ReportProgressInput, checked: CheckedReport, inTransaction: boolean): Promise<Record<string, unknown>> {
  const { caller } = context;
  try {
    return await submitInOneStatement(em, {
      projectId: fromGlobalId(input.projectId, 'Project', 'projectId'),
      year: checked.year,
      month: input.month,
      completedInvestment: checked.completedInvestment,
      physicalProgress: checked.physicalProgress,
      narrative: checked.narrative,
      reportedById: checked.reportedById ?? caller.personId,
      expectedVersion: input.expectedVersion ?? null,
      unitScope: caller.role === Role.REPORTER ? { unitId: caller.unitId } : null,
      actor: caller.id,
      role: caller.role,
      requestId: context.requestId,
      at: new Date(),
      inTransaction,
    });
  } catch (error) {
    throw refusalOf(error, input, checked.year) ?? error;
  }
}

/** What the derivations need of a report's PROGRESS_REPORTED event (the function appended the event itself). */
function progressDraft(report: ProgressReport, input: ReportProgressInput): EventDraft {
  return { type: EventType.PROGRESS_REPORTED, projectId: report.project.id, year: report.year, payload: { month: input.month } };
}

/**
 * The one-statement report (see reportProgress): admitted by the write gate like any change; after
 * the commit, the derived data follows (Derivations) and this instance's read caches are dropped.
 */
async function reportInOneStatement(context: Context, input: ReportProgressInput, checked: CheckedReport): Promise<ProgressReport> {
  try {
    await context.derivations.admit();
    const row = await context.writeGate.run(() => submit(context, context.em, input, checked, false));
    const report = context.em.map(ProgressReport, row);
    context.derivations.enqueue([progressDraft(report, input)]);
    context.live.reads.committed();
    return report;
  } catch (error) {
    throw fromDatabaseError(error) ?? error;
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
