import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne, sql, type Sql } from '../../db/sql.js';
import type { DateString } from '../../shared/dates.js';

/*
 * What a problem's state was on a given day, in SQL, for the reports that read a past period as it
 * stood at its end. On today these agree with the `overdue` field and the `overdue` filter, which
 * read the status: a RESOLVED problem has a resolution date (a check) and none lies in the future.
 */

/** Whether the problem row `problem` was unresolved at the end of `date`: raised by then and not resolved by then. */
export function unresolvedAt(problem: Sql, date: DateString): Sql {
  return sql`(${problem}.raised_on <= ${date}::date and (${problem}.resolved_on is null or ${problem}.resolved_on > ${date}::date))`;
}

/** Whether the problem row `problem` was overdue at `date` (逾期): unresolved then and past its deadline. */
export function overdueAt(problem: Sql, date: DateString): Sql {
  return sql`(${problem}.deadline < ${date}::date and ${unresolvedAt(problem, date)})`;
}

/** The number of a problem's next rectification submission (1 for its first). */
export async function nextSubmission(em: EntityManager, problemId: number): Promise<number> {
  return (await queryOne<{ next: number }>(em, sql`select coalesce(max(submission), 0)::int + 1 as next from rectification where problem_id = ${problemId}`)).next;
}
