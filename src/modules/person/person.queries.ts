import type { EntityManager } from '@mikro-orm/postgresql';
import { countsByParent, pagesByParent } from '../../shared/batch.js';
import type { PageRequest } from '../../shared/pagination.js';
import { sql, type Sql } from '../../db/sql.js';
import type { AssignmentRole } from '../assignment/assignment.entity.js';
import { Project } from '../project/project.entity.js';

/** The distinct (project_id, person_id) pairs of the given people, optionally in one role. */
function assignedPairs(personIds: number[], role: AssignmentRole | null): Sql {
  return sql`select distinct project_id, person_id from assignment where person_id = any(${personIds}::int[]) ${role ? sql`and role = ${role}` : sql.empty}`;
}

/** One page of the distinct projects each person is assigned to (optionally in one role), in one statement. */
export function assignedProjectsPages(em: EntityManager, personIds: number[], role: AssignmentRole | null, request: PageRequest): Promise<Map<number, Project[]>> {
  return pagesByParent(em, Project, sql`select p.*, pairs.person_id as parent_id from project p join (${assignedPairs(personIds, role)}) pairs on pairs.project_id = p.id`, request);
}

/** How many distinct projects each person is assigned to (optionally in one role). */
export function assignedProjectCounts(em: EntityManager, personIds: number[], role: AssignmentRole | null): Promise<Map<number, number>> {
  return countsByParent(em, sql`select person_id as parent_id, count(*) as total from (${assignedPairs(personIds, role)}) pairs group by person_id`);
}
