import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, countsByParent, groupedLoader, intArray, pagesByParent } from '../../shared/batch.js';
import type { PageRequest } from '../../shared/pagination.js';
import type { AssignmentRole } from '../assignment/assignment.entity.js';
import { Project } from '../project/project.entity.js';
import { Person } from './person.entity.js';

type RoleKey = { id: number; role: AssignmentRole | null };
type PageKey = RoleKey & PageRequest;

/** SQL selecting (project_id, person_id) pairs of the given people, optionally in one role. */
function assignedPairs(role: AssignmentRole | null): string {
  return `select distinct project_id, person_id from assignment where person_id = any(?::int[])${role ? ' and role = ?' : ''}`;
}

/** Per-request loaders of people and the projects they are assigned to. */
export function personLoaders(em: EntityManager) {
  return {
    personById: byIdLoader(em, Person),
    /** Page of the distinct projects a person is assigned to (optionally in one role). */
    assignedProjectsPage: groupedLoader<PageKey, Project[]>(
      (key) => `${key.role ?? '*'}:${key.first}:${key.afterKey}`,
      (ids, { role, first, afterKey }) =>
        pagesByParent(
          em,
          Project,
          `select p.*, pairs.person_id as parent_id from project p join (${assignedPairs(role)}) pairs on pairs.project_id = p.id`,
          role ? [intArray(ids), role] : [intArray(ids)],
          { first, afterKey },
        ),
      [],
    ),
    assignedProjectsCount: groupedLoader<RoleKey, number>(
      (key) => key.role ?? '*',
      (ids, { role }) =>
        countsByParent(
          em,
          `select person_id as parent_id, count(*) as total from (${assignedPairs(role)}) pairs group by person_id`,
          role ? [intArray(ids), role] : [intArray(ids)],
        ),
      0,
    ),
  };
}

declare module '../../core/context.js' {
  /** This module's loaders, merged into every context's `loaders`. */
  interface Loaders extends ReturnType<typeof personLoaders> {}
}
