import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne, sql, type Sql } from '../../db/sql.js';
import type { DateString } from '../../shared/dates.js';
import { INVESTMENT_BAND_BOUNDS } from '../../shared/money.js';
import { reportingPeriodOf } from '../light/light.queries.js';
import { ConstructionType, type ProjectLevel } from '../project/project.entity.js';

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
  period: number;
  /** Projects per light at the period's month end (absent: none). */
  lights: Record<string, number>;
}

/**
 * The dashboard figures of a year over every project (or one level's): counts, total, planned
 * and completed investment, projects started by `startedBy`, new builds, projects by industry
 * and by investment band, the reporting period and the lights at its month end.
 */
export function dashboardFigures(em: EntityManager, year: number, level: ProjectLevel | null | undefined, startedBy: DateString): Promise<DashboardRow> {
  return queryOne<DashboardRow>(
    em,
    sql`with scoped as (
          select id, total_investment, started_on, construction_type, industry, ${investmentBand()} as band
            from project where ${sql.and([level ? sql`level = ${level}` : sql.empty])}
        )
        select
          (select count(*) from scoped)::int as project_count,
          (select round(coalesce(sum(total_investment), 0), 2) from scoped)::text as total_investment,
          (select round(coalesce(sum(ap.planned_investment), 0), 2) from annual_plan ap join scoped s on s.id = ap.project_id where ap.year = ${year})::text as planned_investment,
          (select round(coalesce(sum(pr.completed_investment), 0), 2) from progress_report pr join scoped s on s.id = pr.project_id where pr.year = ${year})::text as completed_investment,
          (select count(*) from scoped where started_on <= ${startedBy}::date)::int as started_count,
          (select count(*) from scoped where construction_type = ${ConstructionType.NEW})::int as new_build_count,
          (select coalesce(json_object_agg(industry, n), '{}') from (select industry, count(*)::int as n from scoped group by industry) i) as by_industry,
          (select coalesce(json_object_agg(band, n), '{}') from (select band, count(*)::int as n from scoped group by band) b) as by_band,
          ${reportingPeriodOf(year)} as period,
          (select coalesce(json_object_agg(light, n), '{}') from (
             select lr.light, count(*)::int as n from light_record lr join scoped s on s.id = lr.project_id
              where lr.year = ${year} and lr.month = ${reportingPeriodOf(year)}
              group by lr.light) l) as lights`,
  );
}
