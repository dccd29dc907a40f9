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
