import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, type Sql } from '../../db/sql.js';

/** The latest closed month of `year` as a scalar subquery (0 when none is closed); with `asOf`, the latest closed by then. */
export function latestClosedMonthOf(year: number, asOf: Date | null = null): Sql {
  return sql`(select coalesce(max(month), 0)::int from reporting_period where year = ${year} ${asOf ? sql`and closed_at <= ${asOf}` : sql.empty})`;
}

/** The latest closed month of `year` (0 when none); with `asOf`, the latest closed by then. */
export async function latestClosedMonth(em: EntityManager, year: number, asOf: Date | null = null): Promise<number> {
  return (await queryOne<{ month: number }>(em, sql`select ${latestClosedMonthOf(year, asOf)} as month`)).month;
}

/** The closed months of a year, with when and by whom. */
export interface ClosedMonthRow {
  month: number;
  closed_at: Date;
  closed_by: string;
}

/** Every closed month of `year`, in order. */
export function closedMonths(em: EntityManager, year: number): Promise<ClosedMonthRow[]> {
  return query<ClosedMonthRow>(em, sql`select month, closed_at, closed_by from reporting_period where year = ${year} order by month`);
}

/** Whether (year, month) is closed. */
export async function isClosed(em: EntityManager, year: number, month: number): Promise<boolean> {
  return (await queryOne<{ closed: boolean }>(em, sql`select exists (select 1 from reporting_period where year = ${year} and month = ${month}) as closed`)).closed;
}
