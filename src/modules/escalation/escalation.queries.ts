import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, type Sql } from '../../db/sql.js';
import type { DateString } from '../../shared/dates.js';
import { selectDetached } from '../../shared/detached-rows.js';
import type { PageRequest } from '../../shared/pagination.js';
import { yearList } from '../listing/listing.queries.js';
import type { Light } from '../light/light.rules.js';
import { countedReports } from '../progress/progress.queries.js';
import { Escalation } from './escalation.entity.js';

/** One escalation sweep (or month close's ladder) at a time, whatever the instance. */
export async function lockEscalations(em: EntityManager): Promise<void> {
  await query(em, sql`select pg_advisory_xact_lock(hashtext('escalation-ladder'))`);
}

/** The official lights of a year's listed projects through `month`, by project then month. */
export function officialLightsThrough(em: EntityManager, year: number, month: number): Promise<{ project_id: number; month: number; light: Light }[]> {
  return query(
    em,
    sql`select lr.project_id, lr.month, lr.light from light_record lr join ${yearList(year)} l on l.project_id = lr.project_id
         where lr.year = ${year} and lr.month <= ${month} order by lr.project_id, lr.month`,
  );
}

/** Who a project's steps are addressed to: its unit, responsible persons, liaison leaders and principals. */
export interface AddresseeRow {
  project_id: number;
  unit_id: number | null;
  responsible: number[];
  liaison: number[];
  principals: number[];
}

export function addresseesOf(em: EntityManager, projectIds: readonly number[]): Promise<AddresseeRow[]> {
  const people = (role: string) => sql`coalesce((select array_agg(distinct a.person_id order by a.person_id) from assignment a where a.project_id = p.id and a.role = ${role}), '{}')`;
  return query<AddresseeRow>(
    em,
    sql`select p.id as project_id, p.responsible_unit_id as unit_id, ${people('RESPONSIBLE_PERSON')} as responsible, ${people('LIAISON_LEADER')} as liaison, ${people('PRINCIPAL')} as principals
          from project p where p.id = any(${projectIds}::int[])`,
  );
}

/** The causes already given a step of `kind` among these. */
export async function existingSteps(em: EntityManager, causes: readonly string[]): Promise<Set<string>> {
  const rows = await query<{ kind: string; cause: string }>(em, sql`select kind, cause from escalation where cause = any(${causes}::text[])`);
  return new Set(rows.map((row) => `${row.kind}|${row.cause}`));
}

/** The open steps whose cause starts with `prefix` (e.g. `light:`), locked for closing. */
export function openStepsWithCause(em: EntityManager, prefix: string, year: number | null): Promise<Escalation[]> {
  return selectDetached(
    em,
    Escalation,
    sql`e.status = 'OPEN' and e.cause like ${`${prefix}%`}${year === null ? sql.empty : sql` and e.year = ${year}`}`,
    sql`e.id`,
    'e',
  );
}

/** Problems unresolved and past their deadline by at least `days` days on `today`, with their project and year. */
export function longOverdueProblems(em: EntityManager, today: DateString, days: number): Promise<{ id: number; project_id: number; raised_on: string; deadline: string; description: string }[]> {
  return query(
    em,
    sql`select id, project_id, raised_on::text, deadline::text, description from problem
         where status <> 'RESOLVED' and deadline <= ${today}::date - ${days}::int order by id`,
  );
}

/** Whether each of these problems is resolved now. */
export async function resolvedProblems(em: EntityManager, ids: readonly number[]): Promise<Set<number>> {
  const rows = await query<{ id: number }>(em, sql`select id from problem where id = any(${ids}::int[]) and status = 'RESOLVED'`);
  return new Set(rows.map((row) => row.id));
}

/** The issued listings of `year` with no counted report for `month`. */
export function projectsWithoutReport(em: EntityManager, year: number, month: number): Promise<{ project_id: number }[]> {
  return query(
    em,
    sql`select l.project_id from ${yearList(year)} l
         where not exists (select 1 from ${countedReports()} r where r.project_id = l.project_id and r.year = ${year} and r.month = ${month})
         order by l.project_id`,
  );
}

/** Of these (project, year, month) triples, the ones that now have a counted report, as `project:year:month`. */
export async function reportedNow(em: EntityManager, triples: readonly { projectId: number; year: number; month: number }[]): Promise<Set<string>> {
  if (triples.length === 0) return new Set();
  const rows = await query<{ key: string }>(
    em,
    sql`select r.project_id || ':' || r.year || ':' || r.month as key from ${countedReports()} r
         join unnest(${triples.map((t) => t.projectId)}::int[], ${triples.map((t) => t.year)}::int[], ${triples.map((t) => t.month)}::int[]) v(project_id, year, month)
           on v.project_id = r.project_id and v.year = r.year and v.month = r.month`,
  );
  return new Set(rows.map((row) => row.key));
}

/** What the escalation list can be narrowed by, already validated. */
export interface EscalationCriteria {
  year?: number;
  month?: number;
  kind?: string;
  projectId?: number;
  status?: string;
  /** Only steps addressed to this person, or to this unit. */
  addressee?: { personId: number | null; unitId: number | null };
}

function escalationMatching(criteria: EscalationCriteria): Sql {
  const conditions: Sql[] = [sql`true`];
  if (criteria.year !== undefined) conditions.push(sql`e.year = ${criteria.year}`);
  if (criteria.month !== undefined) conditions.push(sql`e.month = ${criteria.month}`);
  if (criteria.kind !== undefined) conditions.push(sql`e.kind = ${criteria.kind}`);
  if (criteria.projectId !== undefined) conditions.push(sql`e.project_id = ${criteria.projectId}`);
  if (criteria.status !== undefined) conditions.push(sql`e.status = ${criteria.status}`);
  if (criteria.addressee) conditions.push(addressedTo(sql`e`, criteria.addressee.personId, criteria.addressee.unitId));
  return sql.and(conditions);
}

/** Whether the escalation row `e` is addressed to the person or (for a unit's reporter) the unit. */
export function addressedTo(e: Sql, personId: number | null, unitId: number | null): Sql {
  const parts: Sql[] = [];
  if (personId !== null) parts.push(sql`${e}.addressee_person_ids @> jsonb_build_array(${personId}::int)`);
  if (unitId !== null) parts.push(sql`${e}.addressee_unit_id = ${unitId}`);
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

/** One page (plus one row) of escalations matching the criteria, newest first. */
export function escalationPage(em: EntityManager, criteria: EscalationCriteria, request: PageRequest): Promise<Escalation[]> {
  const after = request.afterKey > 0 ? sql` and e.id < ${request.afterKey}` : sql.empty;
  return selectDetached(em, Escalation, sql`${escalationMatching(criteria)}${after}`, sql`e.id desc limit ${request.first + 1}`, 'e');
}

/** How many escalations match the criteria. */
export async function escalationCount(em: EntityManager, criteria: EscalationCriteria): Promise<number> {
  return (await queryOne<{ total: number }>(em, sql`select count(*)::int as total from escalation e where ${escalationMatching(criteria)}`)).total;
}
