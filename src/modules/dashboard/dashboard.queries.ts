import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, type Sql } from '../../db/sql.js';
import type { DateString } from '../../shared/dates.js';
import { INVESTMENT_BAND_BOUNDS } from '../../shared/money.js';
import { yearList } from '../listing/listing.queries.js';
import { latestClosedMonthOf } from '../period/period.queries.js';
import { ConstructionType, type ProjectLevel } from '../project/project.entity.js';
import type { PhasingKind } from '../listing/listing.rules.js';
import { countedReports, cumulativeOf } from '../progress/progress.queries.js';

/** Each project's investment band (`total_investment` of the row in scope), from the bounds the code uses, as a `case`. */
function investmentBand(): Sql {
  const branches = Object.entries(INVESTMENT_BAND_BOUNDS).map(([band, { min, max }]) => {
    const conditions: Sql[] = [];
    if (min !== null) conditions.push(sql`total_investment >= ${min}::numeric`);
    if (max !== null) conditions.push(sql`total_investment < ${max}::numeric`);
    return sql`when ${sql.and(conditions)} then ${band}::text`;
  });
  return sql`case ${sql.join(branches, sql` `)} end`;
}

/**
 * The projects of a year's issued list (or one level's) with what the figures group and sum: the
 * listing's plan and type, the project's total, start, completion, industry, band, unit, town and
 * clusters. As of an instant, a start counts only once recorded by then (a start recorded later,
 * even if dated earlier, does not change what was official).
 */
function scopedProjects(year: number, level: ProjectLevel | null | undefined, asOf: Date | null): Sql {
  const startedOn = asOf
    ? sql`(select sr.started_on from project_start_revision sr where sr.project_id = p.id and sr.recorded_at <= ${asOf} order by sr.recorded_at desc, sr.id desc limit 1)`
    : sql`p.started_on`;
  return sql`select p.id, p.total_investment, ${startedOn} as started_on, p.completed_on, l.construction_type, l.planned_investment, p.industry, p.opening_investment, p.opening_investment_on,
                    ${investmentBand()} as band, p.responsible_unit_id, p.town_id, p.clusters
               from ${yearList(year, level, asOf)} l join project p on p.id = l.project_id`;
}

/** A year's dashboard figures as read. */
export interface DashboardRow {
  project_count: number;
  total_investment: string;
  planned_investment: string;
  completed_investment: string;
  started_count: number;
  completed_count: number;
  new_build_count: number;
  /** Projects per industry (absent: none). */
  by_industry: Record<string, number>;
  /** Projects per investment band (absent: none). */
  by_band: Record<string, number>;
  /** Opening balances plus every report, of the listed projects, to date. */
  cumulative_investment: string;
  /** The latest closed month (0 when none). */
  closed_month: number;
  /** Projects per official light at the latest closed month (absent: none). */
  lights: Record<string, number>;
}

/**
 * The dashboard figures of a year over its issued list (or one level's): counts, total, planned
 * and completed investment, cumulative investment since works began, projects started by
 * `startedBy`, new builds, projects by industry and by investment band, and the official lights at
 * the latest closed month. With `asOf`, everything as it was official at that instant: the list
 * issued by then with the plans then in force, the reports as they stood (`countedReports`), the
 * starts recorded by then and the latest month closed by then. One statement.
 */
export function dashboardFigures(em: EntityManager, year: number, level: ProjectLevel | null | undefined, startedBy: DateString, asOf: Date | null = null): Promise<DashboardRow> {
  return queryOne<DashboardRow>(
    em,
    sql`with scoped as (${scopedProjects(year, level, asOf)})
        select
          (select count(*) from scoped)::int as project_count,
          (select round(coalesce(sum(total_investment), 0), 2) from scoped)::text as total_investment,
          (select round(coalesce(sum(planned_investment), 0), 2) from scoped)::text as planned_investment,
          (select round(coalesce(sum(pr.completed_investment), 0), 2) from ${countedReports(asOf)} pr join scoped s on s.id = pr.project_id where pr.year = ${year})::text as completed_investment,
          (select round(coalesce(sum(${cumulativeOf(sql`s`, asOf)}), 0), 2) from scoped s)::text as cumulative_investment,
          (select count(*) from scoped where started_on <= ${startedBy}::date)::int as started_count,
          (select count(*) from scoped where completed_on <= ${startedBy}::date)::int as completed_count,
          (select count(*) from scoped where construction_type = ${ConstructionType.NEW})::int as new_build_count,
          (select coalesce(json_object_agg(industry, n), '{}') from (select industry, count(*)::int as n from scoped group by industry) i) as by_industry,
          (select coalesce(json_object_agg(band, n), '{}') from (select band, count(*)::int as n from scoped group by band) b) as by_band,
          ${latestClosedMonthOf(year, asOf)} as closed_month,
          (select coalesce(json_object_agg(light, n), '{}') from (
             select lr.light, count(*)::int as n from light_record lr join scoped s on s.id = lr.project_id
              where lr.year = ${year} and lr.month = ${latestClosedMonthOf(year, asOf)}
              group by lr.light) l) as lights`,
  );
}

/** What a breakdown groups the year's projects by. */
export type BreakdownKey = 'UNIT' | 'TOWN' | 'CLUSTER';

/** One group of a breakdown as read. */
export interface BreakdownRow {
  organization_id: number | null;
  name: string | null;
  project_count: number;
  started_count: number;
  total_investment: string;
  planned_investment: string;
  completed_investment: string;
}

/**
 * The year's projects grouped by responsible unit, by town or street, or by industrial cluster (a
 * project tagged with two clusters counts in both; untagged projects are in no cluster), each with
 * counts, total, planned and completed investment; as official at `asOf` when given. Largest plan
 * first. One statement.
 */
export function dashboardBreakdown(em: EntityManager, year: number, level: ProjectLevel | null | undefined, by: BreakdownKey, startedBy: DateString, asOf: Date | null = null): Promise<BreakdownRow[]> {
  const group =
    by === 'CLUSTER'
      ? sql`select s.*, null::int as organization_id, c.cluster as name from scoped s cross join lateral unnest(s.clusters) c(cluster)`
      : sql`select s.*, o.id as organization_id, o.name from scoped s left join organization o on o.id = ${by === 'UNIT' ? sql`s.responsible_unit_id` : sql`s.town_id`}`;
  return query<BreakdownRow>(
    em,
    sql`with scoped as (${scopedProjects(year, level, asOf)}),
             grouped as (${group}),
             completed as (select pr.project_id, sum(pr.completed_investment) as amount from ${countedReports(asOf)} pr join scoped s on s.id = pr.project_id where pr.year = ${year} group by pr.project_id)
        select g.organization_id, g.name, count(*)::int as project_count,
               count(*) filter (where g.started_on <= ${startedBy}::date)::int as started_count,
               round(sum(g.total_investment), 2)::text as total_investment,
               round(sum(g.planned_investment), 2)::text as planned_investment,
               round(coalesce(sum(c.amount), 0), 2)::text as completed_investment
          from grouped g left join completed c on c.project_id = g.id
         group by g.organization_id, g.name
         order by sum(g.planned_investment) desc, g.name nulls last`,
  );
}

/** Land acquisition and relocation totals (征地拆迁) of the year's projects, as their tasks stand now. */
export function landTotals(em: EntityManager, year: number, level: ProjectLevel | null | undefined): Promise<{ area_to_acquire: string; area_acquired: string; households_to_relocate: number; households_relocated: number; task_count: number }> {
  return queryOne(
    em,
    sql`select round(coalesce(sum(t.area_to_acquire), 0), 2)::text as area_to_acquire, round(coalesce(sum(t.area_acquired), 0), 2)::text as area_acquired,
               coalesce(sum(t.households_to_relocate), 0)::int as households_to_relocate, coalesce(sum(t.households_relocated), 0)::int as households_relocated,
               count(t.id)::int as task_count
          from ${yearList(year, level)} l join land_task t on t.project_id = l.project_id`,
  );
}

/** The year's listings (plan in force at `asOf`, and how it is phased), the completed investment per month, and the latest closed month, for the investment curve. One statement. */
export function investmentSeriesRows(
  em: EntityManager,
  year: number,
  level: ProjectLevel | null | undefined,
  asOf: Date | null,
): Promise<{ listings: SeriesListingRow[]; completed: { month: number; amount: string }[]; closed_month: number }> {
  return queryOne(
    em,
    sql`with scoped as (select * from ${yearList(year, level, asOf)} l)
        select (select coalesce(json_agg(json_build_object('construction_type', construction_type, 'planned_investment', planned_investment::text, 'planned_start_on', planned_start_on::text,
                                                           'phasing_kind', phasing_kind, 'phasing', phasing::text[])), '[]') from scoped) as listings,
               (select coalesce(json_agg(json_build_object('month', month, 'amount', amount) order by month), '[]') from (
                  select pr.month, round(sum(pr.completed_investment), 2)::text as amount from ${countedReports(asOf)} pr join scoped l on l.project_id = pr.project_id
                   where pr.year = ${year} group by pr.month) m) as completed,
               ${latestClosedMonthOf(year, asOf)} as closed_month`,
  );
}

/** A listing as the investment curve needs it. */
export interface SeriesListingRow {
  construction_type: ConstructionType;
  planned_investment: string;
  planned_start_on: string | null;
  phasing_kind: PhasingKind | null;
  phasing: string[] | null;
}
