import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context.js';
import { completionRate, INVESTMENT_BAND_BOUNDS, InvestmentBand } from '../../shared/money.js';
import { yearEnd } from '../../shared/dates.js';
import { requireYear } from '../../shared/year.js';
import { Industry, type ProjectLevel } from '../project/project.entity.js';
import type { Dashboard } from './dashboard.types.js';
import { EventType } from '../event/event.entity.js';
import type { EventRecord } from '../../core/event-log.js';

/** SQL `case` giving each project's investment band, from the same bounds the code uses. */
const BAND_CASE = `case ${Object.entries(INVESTMENT_BAND_BOUNDS)
  .map(([band, { min, max }]) => {
    const conditions = [min === null ? null : `total_investment >= ${min}`, max === null ? null : `total_investment < ${max}`].filter(Boolean);
    return `when ${conditions.join(' and ')} then '${band}'`;
  })
  .join(' ')} end`;

interface DashboardRow {
  project_count: number;
  total_investment: string;
  planned_investment: string;
  completed_investment: string;
  started_count: number;
  new_build_count: number;
  by_industry: Record<string, number>;
  by_band: Record<string, number>;
  period: number;
  lights: Record<string, number>;
}

/**
 * Computes the dashboard of a year (optionally one level) in a single SQL statement over the
 * project, plan and report rows.
 */
export async function computeDashboard(em: EntityManager, year: number, level: ProjectLevel | null | undefined): Promise<Dashboard> {
  requireYear(year);
  const [row]: DashboardRow[] = await em.execute(
    `with scoped as (
       select id, total_investment, started_on, construction_type, industry, ${BAND_CASE} as band
         from project where (?::text is null or level = ?)
     )
     select
       (select count(*) from scoped)::int as project_count,
       (select round(coalesce(sum(total_investment), 0), 2) from scoped)::text as total_investment,
       (select round(coalesce(sum(ap.planned_investment), 0), 2) from annual_plan ap join scoped s on s.id = ap.project_id where ap.year = ?)::text as planned_investment,
       (select round(coalesce(sum(pr.completed_investment), 0), 2) from progress_report pr join scoped s on s.id = pr.project_id where pr.year = ?)::text as completed_investment,
       (select count(*) from scoped where started_on <= ?::date)::int as started_count,
       (select count(*) from scoped where construction_type = 'NEW')::int as new_build_count,
       (select coalesce(json_object_agg(industry, n), '{}') from (select industry, count(*)::int as n from scoped group by industry) i) as by_industry,
       (select coalesce(json_object_agg(band, n), '{}') from (select band, count(*)::int as n from scoped group by band) b) as by_band,
       (select coalesce(max(month), 0)::int from progress_report where year = ?) as period,
       (select coalesce(json_object_agg(light, n), '{}') from (
          select lr.light, count(*)::int as n from light_record lr join scoped s on s.id = lr.project_id
           where lr.year = ? and lr.month = (select coalesce(max(month), 0) from progress_report where year = ?)
           group by lr.light) l) as lights`,
    [level ?? null, level ?? null, year, year, yearEnd(year), year, year, year],
  );
  return {
    year,
    level: level ?? null,
    projectCount: row.project_count,
    totalInvestment: row.total_investment,
    annualPlannedInvestment: row.planned_investment,
    completedInvestment: row.completed_investment,
    completionRate: completionRate(row.completed_investment, row.planned_investment),
    startedCount: row.started_count,
    newBuildCount: row.new_build_count,
    byIndustry: Object.values(Industry).map((industry) => ({ industry, projectCount: row.by_industry[industry] ?? 0 })),
    byInvestmentBand: Object.values(InvestmentBand).map((band) => ({ band, projectCount: row.by_band[band] ?? 0 })),
    lightCounts: { month: row.period, green: row.lights.GREEN ?? 0, yellow: row.lights.YELLOW ?? 0, red: row.lights.RED ?? 0 },
  };
}

const PROJECT_EVENTS = new Set([EventType.PROJECT_CREATED, EventType.PROJECT_UPDATED, EventType.PROJECT_STARTED]);
const YEAR_EVENTS = new Set([EventType.PLAN_SET, EventType.PROGRESS_REPORTED, EventType.LIGHT_CHANGED, EventType.SCHEME_UPDATED]);

/** Whether an event can change the dashboard of `year`. */
export function affectsDashboard(event: EventRecord, year: number): boolean {
  return PROJECT_EVENTS.has(event.type) || (YEAR_EVENTS.has(event.type) && event.year === year);
}

/** The cache key of a year's dashboard: owned here, with the events that invalidate it (`affectsDashboard`). */
function dashboardKey(year: number, level: ProjectLevel | null): string {
  return `dashboard:${year}:${level ?? '*'}`;
}

/** The dashboard of a year, served from memory until an event that affects it commits. */
export function dashboard(context: Context, year: number, level: ProjectLevel | null): Promise<Dashboard> {
  requireYear(year);
  return context.live.reads.cached(dashboardKey(year, level), (event) => affectsDashboard(event, year), () => computeDashboard(context.orm.em.fork(), year, level));
}

/** The dashboard of a year as a live topic: sent at once, recomputed (coalesced) after each event that affects it. */
export function watchDashboard(context: Context, year: number, level: ProjectLevel | null): Promise<AsyncIterableIterator<Dashboard>> {
  requireYear(year);
  return context.live.topics.computed(dashboardKey(year, level), () => computeDashboard(context.orm.em.fork(), year, level), (event) => affectsDashboard(event, year), context.connection);
}
