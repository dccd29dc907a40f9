import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context.js';
import { completionRate, InvestmentBand } from '../../shared/money.js';
import { yearEnd } from '../../shared/dates.js';
import { requireYear } from '../../shared/year.js';
import { Industry, type ProjectLevel } from '../project/project.entity.js';
import type { Dashboard, DashboardGroup, InvestmentSeries, LandTotals } from './dashboard.types.js';
import { EventType } from '../event/event.entity.js';
import type { EventRecord } from '../../core/event-log.js';
import { dashboardBreakdown, dashboardFigures, investmentSeriesRows, landTotals, type BreakdownKey } from './dashboard.queries.js';
import { Decimal } from 'decimal.js';
import { phasingOfRow, plannedToDate, timeProgressOf } from '../listing/listing.rules.js';
import { lastMonthBegun } from '../../shared/dates.js';

/**
 * Computes the dashboard of a year (optionally one level) in a single SQL statement over the
 * year's issued list, its projects and their reports; with `asOf`, as it was official then.
 */
export async function computeDashboard(em: EntityManager, year: number, level: ProjectLevel | null | undefined, asOf: Date | null = null): Promise<Dashboard> {
  requireYear(year);
  const row = await dashboardFigures(em, year, level, yearEnd(year), asOf);
  return {
    year,
    level: level ?? null,
    asOf,
    projectCount: row.project_count,
    totalInvestment: row.total_investment,
    annualPlannedInvestment: row.planned_investment,
    completedInvestment: row.completed_investment,
    cumulativeInvestment: row.cumulative_investment,
    completionRate: completionRate(row.completed_investment, row.planned_investment),
    startedCount: row.started_count,
    completedCount: row.completed_count,
    newBuildCount: row.new_build_count,
    byIndustry: Object.values(Industry).map((industry) => ({ industry, projectCount: row.by_industry[industry] ?? 0 })),
    byInvestmentBand: Object.values(InvestmentBand).map((band) => ({ band, projectCount: row.by_band[band] ?? 0 })),
    // Created here, not on first use: type-graphql hands field resolvers a copy of the root, and the copies share this map.
    derived: new Map(),
    officialLightCounts: { month: row.closed_month, official: true, green: row.lights.GREEN ?? 0, yellow: row.lights.YELLOW ?? 0, red: row.lights.RED ?? 0, notDue: row.lights.NOT_DUE ?? 0 },
  };
}

const PROJECT_EVENTS = new Set([EventType.PROJECT_CREATED, EventType.PROJECT_UPDATED, EventType.PROJECT_STARTED, EventType.LAND_TASK_CHANGED]);
const YEAR_EVENTS = new Set([
  EventType.PLAN_SET,
  EventType.PROGRESS_REPORTED,
  EventType.REPORT_RETURNED,
  EventType.REPORT_CORRECTED,
  EventType.LIGHT_CHANGED,
  EventType.SCHEME_UPDATED,
  EventType.LISTING_SET,
  EventType.LISTINGS_ISSUED,
  EventType.PHASING_SET,
  EventType.MONTH_CLOSED,
]);

/** Whether an event can change the dashboard of `year`. */
export function affectsDashboard(event: EventRecord, year: number): boolean {
  return PROJECT_EVENTS.has(event.type) || (YEAR_EVENTS.has(event.type) && event.year === year);
}

/** The cache key of a year's dashboard: owned here, with the events that invalidate it (`affectsDashboard`). */
function dashboardKey(year: number, level: ProjectLevel | null): string {
  return `dashboard:${year}:${level ?? '*'}`;
}

/**
 * The dashboard of a year, served from memory until an event that affects it commits; with an
 * `asOf` in the past, computed from the history (what was official then does not change).
 */
export function dashboard(context: Context, year: number, level: ProjectLevel | null, asOf: Date | null = null): Promise<Dashboard> {
  requireYear(year);
  if (asOf !== null && asOf.getTime() < Date.now()) return computeDashboard(context.em, year, level, asOf);
  return context.live.reads.cached(dashboardKey(year, level), (event) => affectsDashboard(event, year), () => computeDashboard(context.orm.em.fork(), year, level));
}

/** The dashboard of a year as a live topic: sent at once, recomputed (coalesced) after each event that affects it. */
export function watchDashboard(context: Context, year: number, level: ProjectLevel | null): Promise<AsyncIterableIterator<Dashboard>> {
  requireYear(year);
  return context.live.topics.computed(dashboardKey(year, level), () => computeDashboard(context.orm.em.fork(), year, level), (event) => affectsDashboard(event, year), context.connection);
}

/**
 * What a dashboard value derives on demand (breakdowns, land), computed once per value: every
 * request served the cached dashboard, and every subscriber of a dashboard push, shares it.
 */
function derivedOnce<T>(dashboard: Dashboard, key: string, compute: () => Promise<T>): Promise<T> {
  dashboard.derived ??= new Map();
  let pending = dashboard.derived.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = compute();
    dashboard.derived.set(key, pending);
    pending.catch(() => dashboard.derived?.delete(key));
  }
  return pending;
}

/** The dashboard's projects grouped by unit, town or cluster (one statement, shared per dashboard value). */
export function breakdownOf(context: Context, dashboard: Dashboard, by: BreakdownKey): Promise<DashboardGroup[]> {
  return derivedOnce(dashboard, `breakdown:${by}`, async () =>
    (await dashboardBreakdown(context.orm.em.fork(), dashboard.year, dashboard.level, by, yearEnd(dashboard.year), dashboard.asOf)).map((row) => ({
      organizationId: row.organization_id,
      name: row.name,
      projectCount: row.project_count,
      startedCount: row.started_count,
      totalInvestment: row.total_investment,
      plannedInvestment: row.planned_investment,
      completedInvestment: row.completed_investment,
      completionRate: completionRate(row.completed_investment, row.planned_investment),
    })),
  );
}

/** Land acquisition and relocation of the dashboard's projects, as the tasks stand now (one statement). */
export function landOf(context: Context, dashboard: Dashboard): Promise<LandTotals> {
  return derivedOnce(dashboard, 'land', async () => {
    const row = await landTotals(context.orm.em.fork(), dashboard.year, dashboard.level);
    return {
      taskCount: row.task_count,
      areaToAcquire: row.area_to_acquire,
      areaAcquired: row.area_acquired,
      householdsToRelocate: row.households_to_relocate,
      householdsRelocated: row.households_relocated,
    };
  });
}

/**
 * The investment curve of a year (one level, or as official at `asOf`): per month, the listings'
 * phased plans to date against the completed investment to date — official for closed months,
 * provisional for open ones, none for months not yet begun. One statement.
 */
export async function investmentSeries(context: Context, year: number, level: ProjectLevel | null, asOf: Date | null): Promise<InvestmentSeries> {
  requireYear(year);
  const { listings, completed, closed_month: closedMonth } = await investmentSeriesRows(context.em, year, level, asOf);
  const phasings = listings.map((listing) => phasingOfRow(listing, year));
  const plannedInvestment = listings.reduce((sum, listing) => sum.plus(listing.planned_investment), new Decimal(0)).toFixed(2);
  const byMonth = new Map(completed.map((row) => [row.month, row.amount]));
  const begun = lastMonthBegun(year, asOf ?? new Date());
  // The whole list's phasing month by month, then running totals: the sum of every listing's planned-to-date.
  const phasedPerMonth = Array.from({ length: 12 }, (_, index) => phasings.reduce((sum, phasing) => sum.plus(phasing[index]), new Decimal(0)).toFixed(2));
  let completedToDate = new Decimal(0);
  const months = Array.from({ length: 12 }, (_, index) => {
    const month = index + 1;
    completedToDate = completedToDate.plus(byMonth.get(month) ?? 0);
    const planned = plannedToDate(phasedPerMonth, month);
    const completedText = month <= begun ? completedToDate.toFixed(2) : null;
    return {
      month,
      plannedToDate: planned,
      completedToDate: completedText,
      timeProgress: timeProgressOf(planned, plannedInvestment),
      completionRate: completedText === null ? null : completionRate(completedText, plannedInvestment),
      official: month <= closedMonth,
    };
  });
  return { year, level, asOf, plannedInvestment, closedMonth, months };
}
