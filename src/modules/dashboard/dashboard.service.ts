import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context.js';
import { completionRate, InvestmentBand } from '../../shared/money.js';
import { yearEnd } from '../../shared/dates.js';
import { requireYear } from '../../shared/year.js';
import { Industry, type ProjectLevel } from '../project/project.entity.js';
import type { Dashboard } from './dashboard.types.js';
import { EventType } from '../event/event.entity.js';
import type { EventRecord } from '../../core/event-log.js';
import { dashboardFigures } from './dashboard.queries.js';

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
    newBuildCount: row.new_build_count,
    byIndustry: Object.values(Industry).map((industry) => ({ industry, projectCount: row.by_industry[industry] ?? 0 })),
    byInvestmentBand: Object.values(InvestmentBand).map((band) => ({ band, projectCount: row.by_band[band] ?? 0 })),
    officialLightCounts: { month: row.closed_month, official: true, green: row.lights.GREEN ?? 0, yellow: row.lights.YELLOW ?? 0, red: row.lights.RED ?? 0, notDue: row.lights.NOT_DUE ?? 0 },
  };
}

const PROJECT_EVENTS = new Set([EventType.PROJECT_CREATED, EventType.PROJECT_UPDATED, EventType.PROJECT_STARTED]);
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
