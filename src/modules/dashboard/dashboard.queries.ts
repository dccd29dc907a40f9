import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne, sql, type Sql } from '../../db/sql.js';
import type { DateString } from '../../shared/dates.js';
import { INVESTMENT_BAND_BOUNDS } from '../../shared/money.js';
import { yearList } from '../listing/listing.queries.js';
import { latestClosedMonthOf } from '../period/period.queries.js';
import { ConstructionType, type ProjectLevel } from '../project/project.entity.js';
import { countedReports } from '../progress/progress.queries.js';

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

/** A year's dashboard figures as read. */
export interface DashboardRow {
  project_count: number;
  total_investment: string;
  planned_investment: string;
  completed_investment: string;
  started_count: number;
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
  // As of an instant, a start counts only once recorded by then (a start recorded later, even if
  // dated earlier, does not change what was official).
  const startedOn = asOf
    ? sql`(select sr.started_on from project_start_revision sr where sr.project_id = p.id and sr.recorded_at <= ${asOf} order by sr.recorded_at desc, sr.id desc limit 1)`
    : sql`p.started_on`;
  return queryOne<DashboardRow>(
    em,
    sql`with scoped as (
          select p.id, p.total_investment, ${startedOn} as started_on, l.construction_type, l.planned_investment, p.industry, p.opening_investment, p.opening_investment_on,
                 ${investmentBand()} as band
            from ${yearList(year, level, asOf)} l join project p on p.id = l.project_id
        )
        select
          (select count(*) from scoped)::int as project_count,
          (select round(coalesce(sum(total_investment), 0), 2) from scoped)::text as total_investment,
          (select round(coalesce(sum(planned_investment), 0), 2) from scoped)::text as planned_investment,
          (select round(coalesce(sum(pr.completed_investment), 0), 2) from ${countedReports(asOf)} pr join scoped s on s.id = pr.project_id where pr.year = ${year})::text as completed_investment,
          (select round(coalesce(sum(s.opening_investment), 0) + coalesce((select sum(pr.completed_investment) from ${countedReports(asOf)} pr join scoped s2 on s2.id = pr.project_id
                    where s2.opening_investment_on is null or make_date(pr.year, pr.month, 1) > s2.opening_investment_on), 0), 2) from scoped s)::text as cumulative_investment,
          (select count(*) from scoped where started_on <= ${startedBy}::date)::int as started_count,
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
