import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql } from '../../db/sql.js';
import type { DateString } from '../../shared/dates.js';
import { dueInRound, inspectedInTime, roundClosedBy, tenDayRounds } from '../supervision/supervision.queries.js';

/** A run of whole months of one year. */
export interface Period {
  year: number;
  fromMonth: number;
  toMonth: number;
  startsOn: DateString;
  endsOn: DateString;
}

/** One closed ten-day round of a period with its due, done and on-time counts. */
export interface RoundCompletionRow {
  month: number;
  dekad: number;
  starts_on: string;
  ends_on: string;
  due: number;
  done: number;
  done_on_time: number;
}

/**
 * Each round of the period closed by `closedBy`, in order: the projects due in it (`dueInRound`),
 * those inspected in it and those inspected by its last day.
 */
export function roundCompletion(em: EntityManager, period: Period, closedBy: DateString): Promise<RoundCompletionRow[]> {
  const [p, r, i] = [sql`p`, sql`r`, sql`i`];
  return query<RoundCompletionRow>(
    em,
    sql`select r.month, r.dekad, r.starts_on::text, r.ends_on::text,
               count(p.id)::int as due,
               count(i.id)::int as done,
               count(i.id) filter (where ${inspectedInTime(i, r)})::int as done_on_time
          from ${tenDayRounds(period.year, period.fromMonth, period.toMonth)} r
          left join project p on ${dueInRound(p, r)}
          left join inspection i on i.project_id = p.id and i.year = ${period.year} and i.month = r.month and i.dekad = r.dekad
         where ${roundClosedBy(r, closedBy)}
         group by r.month, r.dekad, r.starts_on, r.ends_on
         order by r.month, r.dekad`,
  );
}
