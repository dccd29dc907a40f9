import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, type Sql } from '../../db/sql.js';
import { selectDetached } from '../../shared/detached-rows.js';
import { INVESTMENT_BAND_BOUNDS, type InvestmentBand } from '../../shared/money.js';
import type { PageRequest } from '../../shared/pagination.js';
import { AssignmentRole } from '../assignment/assignment.entity.js';
import { Project, type ConstructionType, type Industry, type ProjectLevel } from './project.entity.js';

/** What a project list can be narrowed by, already validated (ids decoded, texts checked). */
export interface ProjectCriteria {
  /** The current year: level and construction type are this year's (see Project.level). */
  year: number;
  level?: ProjectLevel | null;
  industry?: Industry | null;
  constructionType?: ConstructionType | null;
  investmentBand?: InvestmentBand | null;
  responsibleUnitId?: number;
  townId?: number;
  personId?: number;
  cluster?: string;
  /** Matched against name and code, case-insensitively, as plain text (no wildcards). */
  search?: string;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * The listing a project's "this year's" fields read: the listing of `year`, else the latest before
 * it, else the earliest after it (the same choice as `currentListings` of the listing store).
 */
function thisYearsListing(year: number): Sql {
  return sql`(select l.level, l.construction_type from listing l where l.project_id = p.id
               order by (l.year <= ${year}) desc, case when l.year <= ${year} then -l.year else l.year end limit 1)`;
}

/** The condition on `project p` that the criteria describe (`true` for none). */
export function matching(criteria: ProjectCriteria): Sql {
  const conditions: Sql[] = [];
  if (criteria.level) conditions.push(sql`(select level from ${thisYearsListing(criteria.year)} t) = ${criteria.level}`);
  if (criteria.industry) conditions.push(sql`p.industry = ${criteria.industry}`);
  if (criteria.constructionType) conditions.push(sql`(select construction_type from ${thisYearsListing(criteria.year)} t) = ${criteria.constructionType}`);
  if (criteria.investmentBand) {
    const { min, max } = INVESTMENT_BAND_BOUNDS[criteria.investmentBand];
    if (min !== null) conditions.push(sql`p.total_investment >= ${min}`);
    if (max !== null) conditions.push(sql`p.total_investment < ${max}`);
  }
  if (criteria.responsibleUnitId !== undefined) conditions.push(sql`p.responsible_unit_id = ${criteria.responsibleUnitId}`);
  if (criteria.townId !== undefined) conditions.push(sql`p.town_id = ${criteria.townId}`);
  if (criteria.personId !== undefined) conditions.push(sql`p.id in (select project_id from assignment where person_id = ${criteria.personId})`);
  if (criteria.cluster !== undefined) conditions.push(sql`${criteria.cluster} = any(p.clusters)`);
  if (criteria.search !== undefined) {
    const pattern = `%${escapeLike(criteria.search)}%`;
    conditions.push(sql`(p.name ilike ${pattern} or p.code ilike ${pattern})`);
  }
  return sql.and(conditions);
}

/** One page (plus one row, to tell whether there is more) of the matching projects, in id order. */
export function projectPage(em: EntityManager, criteria: ProjectCriteria, request: PageRequest): Promise<Project[]> {
  return selectDetached(em, Project, sql`${matching(criteria)} and p.id > ${request.afterKey}`, sql`p.id limit ${request.first + 1}`, 'p');
}

/** How many projects match. */
export async function projectCount(em: EntityManager, criteria: ProjectCriteria): Promise<number> {
  return (await queryOne<{ total: number }>(em, sql`select count(*)::int as total from project p where ${matching(criteria)}`)).total;
}

/** A project's row, locked against concurrent writers of the same project until the transaction ends; undefined when there is none. */
export async function lockedProjectRow(em: EntityManager, projectId: number): Promise<Record<string, unknown> | undefined> {
  const [row] = await query<Record<string, unknown>>(em, sql`select * from project where id = ${projectId} for no key update`);
  return row;
}

/** A project of the year lacking a responsible unit, liaison leader or responsible person, with what it lacks. */
export type UnassignedProjectRow = Record<string, unknown> & { lacks_liaison: boolean; lacks_person: boolean };

/** The projects active in `year` that lack a responsible unit, a liaison leader or a responsible person. */
export function unassignedProjects(em: EntityManager, year: number): Promise<UnassignedProjectRow[]> {
  const has = (role: AssignmentRole) => sql`exists (select 1 from assignment a where a.project_id = p.id and a.role = ${role})`;
  return query<UnassignedProjectRow>(
    em,
    sql`select p.*, not ${has(AssignmentRole.LIAISON_LEADER)} as lacks_liaison, not ${has(AssignmentRole.RESPONSIBLE_PERSON)} as lacks_person
          from project p
         where (p.completed_on is null or p.completed_on >= make_date(${year}, 1, 1))
           and (p.responsible_unit_id is null or not ${has(AssignmentRole.LIAISON_LEADER)} or not ${has(AssignmentRole.RESPONSIBLE_PERSON)})
         order by p.id`,
  );
}
