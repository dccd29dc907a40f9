import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, type Sql } from '../../db/sql.js';
import type { DateString } from '../../shared/dates.js';
import { detachedRows } from '../../shared/detached-rows.js';
import { Project } from '../project/project.entity.js';
import { Inspection } from './supervision.entity.js';
import { ListingStatus } from '../listing/listing.entity.js';

/*
 * 每十天一督查 in SQL: what a ten-day round is, when it has closed, which projects are due in it and
 * when an inspection is on time. The report's round completion, the inspector duty score and the
 * round listing all read these fragments, so they cannot count "due" differently.
 */

/**
 * The ten-day rounds (旬) of months `fromMonth`..`toMonth` of `year` as a row source with columns
 * month, dekad, starts_on and ends_on (days 1–10, 11–20, 21–month end, as `dekadRange`); alias it.
 */
export function tenDayRounds(year: number, fromMonth: number, toMonth: number): Sql {
  return sql`(select m as month, d as dekad, make_date(${year}, m, (d - 1) * 10 + 1) as starts_on,
                     case when d = 3 then (make_date(${year}, m, 1) + interval '1 month - 1 day')::date else make_date(${year}, m, d * 10) end as ends_on
                from generate_series(${fromMonth}::int, ${toMonth}::int) m cross join generate_series(1, 3) d)`;
}

/**
 * Whether the project row `project` is due in the round row `round`: it is on the issued list of the
 * round's year and was not completed before the round began.
 */
export function dueInRound(project: Sql, round: Sql): Sql {
  return sql`((${project}.completed_on is null or ${project}.completed_on >= ${round}.starts_on)
              and exists (select 1 from listing due_listing where due_listing.project_id = ${project}.id
                             and due_listing.year = extract(year from ${round}.starts_on)::int and due_listing.status = ${ListingStatus.ISSUED}))`;
}

/** Whether the round row `round` had closed by `date`: it ended before that day. */
export function roundClosedBy(round: Sql, date: DateString): Sql {
  return sql`${round}.ends_on < ${date}::date`;
}

/** Whether the inspection row `inspection` was made by the last day of the round row `round` (按时督查). */
export function inspectedInTime(inspection: Sql, round: Sql): Sql {
  return sql`${inspection}.inspected_on <= ${round}.ends_on`;
}

/** A project due in at least one round of a month, with those rounds. */
export interface ProjectDueInMonth {
  project: Project;
  /** The rounds (1–3) of the month the project is due in, ascending. */
  dekads: number[];
}

/** Every project due in at least one round of the month, in id order, each with the rounds it is due in. */
export async function projectsDueInMonth(em: EntityManager, year: number, month: number): Promise<ProjectDueInMonth[]> {
  const [p, r] = [sql`p`, sql`r`];
  const rows = await query<Record<string, unknown> & { due_dekads: number[] }>(
    em,
    sql`select p.*, array_agg(r.dekad order by r.dekad) as due_dekads
          from project p join ${tenDayRounds(year, month, month)} r on ${dueInRound(p, r)}
         group by p.id
         order by p.id`,
  );
  const projects = detachedRows(em, Project, rows);
  return rows.map((row, index) => ({ project: projects[index], dekads: row.due_dekads }));
}

/** Whether a person is a member (any role) of the supervision group of `year`. */
export async function isGroupMember(em: EntityManager, personId: number, year: number): Promise<boolean> {
  return (
    await queryOne<{ member: boolean }>(
      em,
      sql`select exists (select 1 from supervision_member m join supervision_group g on g.id = m.group_id where g.year = ${year} and m.person_id = ${personId}) as member`,
    )
  ).member;
}

/** What the inspection list can be narrowed by, already validated. */
export interface InspectionCriteria {
  projectId?: number;
  year?: number;
  month?: number;
  inspectorId?: number;
}

function inspectionMatching(criteria: InspectionCriteria): Sql {
  const conditions: Sql[] = [sql`true`];
  if (criteria.projectId !== undefined) conditions.push(sql`i.project_id = ${criteria.projectId}`);
  if (criteria.year !== undefined) conditions.push(sql`i.year = ${criteria.year}`);
  if (criteria.month !== undefined) conditions.push(sql`i.month = ${criteria.month}`);
  if (criteria.inspectorId !== undefined) conditions.push(sql`exists (select 1 from inspection_inspector ii where ii.inspection_id = i.id and ii.person_id = ${criteria.inspectorId})`);
  return sql.and(conditions);
}

/** One page (plus one row) of inspections matching the criteria, newest first (by id, descending). */
export async function inspectionPage(em: EntityManager, criteria: InspectionCriteria, request: { afterKey: number; first: number }): Promise<Inspection[]> {
  const after = request.afterKey > 0 ? sql` and i.id < ${request.afterKey}` : sql.empty;
  return detachedRows(em, Inspection, await query<Record<string, unknown>>(em, sql`select i.* from inspection i where ${inspectionMatching(criteria)}${after} order by i.id desc limit ${request.first + 1}`));
}

/** How many inspections match the criteria. */
export async function inspectionCount(em: EntityManager, criteria: InspectionCriteria): Promise<number> {
  return (await queryOne<{ total: number }>(em, sql`select count(*)::int as total from inspection i where ${inspectionMatching(criteria)}`)).total;
}
