import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql } from '../../db/sql.js';
import type { DateString } from '../../shared/dates.js';
import { AssignmentRole } from '../assignment/assignment.entity.js';
import { dueInRound, inspectedInTime, roundClosedBy, tenDayRounds } from '../supervision/supervision.queries.js';

/** An inspector's duty: the inspections due of them and those done on time. */
export interface InspectorDutyRow {
  person_id: number;
  due: number;
  done: number;
}

/**
 * Per inspector, the inspections due of them — each project they are INSPECTOR of, in each round
 * of months 1..`throughMonth` closed by `closedBy` that it is due in (`dueInRound`) — and how many
 * of those an inspection they took part in covered by the round's last day.
 */
export function inspectorDuty(em: EntityManager, year: number, throughMonth: number, closedBy: DateString): Promise<InspectorDutyRow[]> {
  const [p, r, i, due] = [sql`p`, sql`r`, sql`i`, sql`due`];
  return query<InspectorDutyRow>(
    em,
    sql`with due as (
          select a.person_id, a.project_id, r.month, r.dekad, r.ends_on
            from assignment a
            join project p on p.id = a.project_id
            join ${tenDayRounds(year, 1, throughMonth)} r on ${dueInRound(p, r)}
           where a.role = ${AssignmentRole.INSPECTOR} and ${roundClosedBy(r, closedBy)})
        select due.person_id, count(*)::int as due,
               count(*) filter (where exists (
                 select 1 from inspection i join inspection_inspector ii on ii.inspection_id = i.id and ii.person_id = due.person_id
                  where i.project_id = due.project_id and i.year = ${year} and i.month = due.month and i.dekad = due.dekad and ${inspectedInTime(i, due)}))::int as done
          from due group by due.person_id`,
  );
}
