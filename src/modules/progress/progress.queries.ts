import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql } from '../../db/sql.js';

/** Year-to-date completed investment (every reported month of the year), 万元, keyed `${projectId}:${year}`. */
export async function completedToDate(em: EntityManager, projectIds: number[], years: number[]): Promise<Map<string, string>> {
  const rows = await query<{ project_id: number; year: number; total: string }>(
    em,
    sql`select project_id, year, sum(completed_investment)::text as total
          from progress_report where project_id = any(${projectIds}::int[]) and year = any(${years}::int[]) group by project_id, year`,
  );
  return new Map(rows.map((row) => [`${row.project_id}:${row.year}`, row.total]));
}

/** What a PROGRESS_REPORTED event carries besides the report: the year to date, the plan and the project's people. */
export interface ReportFigures {
  year_to_date: string;
  planned: string | null;
  /** The project's level on that year's listing; null when it is not listed that year. */
  level: string | null;
  person_ids: number[] | null;
}

/** The figures of a project's year as of this transaction (one round trip). */
export function reportFigures(em: EntityManager, projectId: number, year: number): Promise<ReportFigures> {
  return queryOne<ReportFigures>(
    em,
    sql`select (select coalesce(sum(completed_investment), 0)::text from progress_report where project_id = ${projectId} and year = ${year}) as year_to_date,
               (select planned_investment::text from listing where project_id = ${projectId} and year = ${year}) as planned,
               (select level from listing where project_id = ${projectId} and year = ${year}) as level,
               (select array_agg(distinct person_id) from assignment where project_id = ${projectId}) as person_ids`,
  );
}

/**
 * Each project's cumulative investment since works began (开工累计完成投资): its opening balance plus
 * every report of a month after the balance's date, counting only reports submitted by `asOf` when
 * given (what was known then).
 */
export async function cumulativeInvestment(em: EntityManager, projectIds: number[], asOf: Date | null): Promise<Map<number, string>> {
  const rows = await query<{ id: number; total: string }>(
    em,
    sql`select p.id, (p.opening_investment + coalesce((select sum(r.completed_investment) from progress_report r
                       where r.project_id = p.id
                         and (p.opening_investment_on is null or make_date(r.year, r.month, 1) > p.opening_investment_on)
                         ${asOf ? sql`and r.reported_at <= ${asOf}` : sql.empty}), 0))::text as total
          from project p where p.id = any(${projectIds}::int[])`,
  );
  return new Map(rows.map((row) => [row.id, row.total]));
}
