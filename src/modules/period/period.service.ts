import type { Context } from '../../core/context.js';
import { inTransaction } from '../../core/unit-of-work.js';
import { lockYearWideDerivation } from '../../core/event-log.js';
import { BadUserInputError, ConflictError, requireIntegerInRange } from '../../shared/errors.js';
import { today } from '../../shared/dates.js';
import { toGlobalId } from '../../shared/global-id.js';
import { requireYear } from '../../shared/year.js';
import { Action, authorize } from '../auth/authorization.js';
import { EventType } from '../event/event.entity.js';
import { schemeFor } from '../assessment/scheme.service.js';
import { reportingDeadline } from './period.rules.js';
import { closeLights } from '../light/light.service.js';
import { escalateAtClose } from '../escalation/escalation.service.js';
import { monthEnd } from '../light/light.rules.js';
import { ReportingPeriod } from './reporting-period.entity.js';
import { closedMonths, latestClosedMonth } from './period.queries.js';

/** Whether a month is open for reports or closed (关账). */
export enum PeriodState {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** A month of the reporting cycle as the API shows it. */
export interface PeriodView {
  year: number;
  month: number;
  state: PeriodState;
  /** The reporting deadline: the scheme's day (default the 5th) of the next month. */
  deadline: string;
  closedAt: Date | null;
  closedBy: string | null;
}

/** The twelve months of a year with their state and deadline (from the year's scheme). */
export async function reportingPeriods(context: Context, year: number): Promise<PeriodView[]> {
  requireYear(year);
  const [rows, scheme] = await Promise.all([closedMonths(context.em, year), schemeFor(context.em, year)]);
  const closed = new Map(rows.map((row) => [row.month, row]));
  return Array.from({ length: 12 }, (_, index) => {
    const month = index + 1;
    const row = closed.get(month);
    return { year, month, state: row ? PeriodState.CLOSED : PeriodState.OPEN, deadline: reportingDeadline(year, month, scheme.reportDeadlineDay), closedAt: row?.closed_at ?? null, closedBy: row?.closed_by ?? null };
  });
}

/** What closing a month did. */
export interface ClosedMonth extends PeriodView {
  /** Listed projects with no report for the month (未报), counted as 0. */
  notReported: number[];
  green: number;
  yellow: number;
  red: number;
  notDue: number;
}

/**
 * Closes a month (月度关账, ADMIN): its lights become official — every issued listing judged at the
 * month end on its reports as they stand, an unreported month counted as 0 (NOT_REPORTED) — and the
 * month is locked against reports. Months close in order within a year, and only once they have
 * ended. One MONTH_CLOSED event, and a LIGHT_CHANGED event for each project whose official light
 * differs from last month's.
 */
export function closeMonth(context: Context, year: number, month: number): Promise<ClosedMonth> {
  authorize(context.caller, Action.ADMINISTER);
  return inTransaction(context, 'closeMonth', async (em, events) => {
    requireYear(year);
    requireIntegerInRange(month, 1, 12, 'month');
    if (monthEnd(year, month) >= today()) throw new BadUserInputError(`${year}-${month} has not ended yet; a month closes after its last day`, 'month');
    // One closing at a time per year, and none while a year-wide recomputation runs.
    await lockYearWideDerivation(em, year);
    const closedThrough = await latestClosedMonth(em, year);
    if (month <= closedThrough) throw new ConflictError(`${year}-${month} is already closed`, { field: 'month' });
    if (month > closedThrough + 1) throw new BadUserInputError(`close ${year}-${closedThrough + 1} first: months close in order`, 'month');
    const period = em.create(ReportingPeriod, { year, month, closedAt: new Date(), closedBy: context.caller.id });
    await em.flush();
    const { thresholds, reportDeadlineDay } = await schemeFor(em, year);
    const lights = await closeLights(em, year, month, thresholds);
    events.add({
      type: EventType.MONTH_CLOSED,
      year,
      payload: { month, notReported: lights.notReported.map((id) => toGlobalId('Project', id)), counts: lights.counts },
    });
    for (const event of lights.events) events.add(event);
    // The escalation ladder's light steps: created once per run of YELLOW/RED months, closed when the run ends.
    await escalateAtClose(em, events, year, month);
    return {
      year,
      month,
      state: PeriodState.CLOSED,
      deadline: reportingDeadline(year, month, reportDeadlineDay),
      closedAt: period.closedAt,
      closedBy: period.closedBy,
      notReported: lights.notReported,
      green: lights.counts.GREEN,
      yellow: lights.counts.YELLOW,
      red: lights.counts.RED,
      notDue: lights.counts.NOT_DUE,
    };
  });
}
