import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, groupedLoader } from '../../shared/batch.js';
import { assignedProjectCounts, assignedProjectsPages } from './person.queries.js';
import type { PageRequest } from '../../shared/pagination.js';
import type { AssignmentRole } from '../assignment/assignment.entity.js';
import { Project } from '../project/project.entity.js';
import { Person } from './person.entity.js';

type RoleKey = { id: number; role: AssignmentRole | null };
type PageKey = RoleKey & PageRequest;

/** Per-request loaders of people and the projects they are assigned to. */
export function personLoaders(em: EntityManager) {
  return {
    personById: byIdLoader(em, Person),
    /** Page of the distinct projects a person is assigned to (optionally in one role). */
    assignedProjectsPage: groupedLoader<PageKey, Project[]>(
      (key) => `${key.role ?? '*'}:${key.first}:${key.afterKey}`,
      (ids, { role, first, afterKey }) => assignedProjectsPages(em, ids, role, { first, afterKey }),
      [],
    ),
    assignedProjectsCount: groupedLoader<RoleKey, number>(
      (key) => key.role ?? '*',
      (ids, { role }) => assignedProjectCounts(em, ids, role),
      0,
    ),
  };
}

declare module '../../core/context.js' {
  /** This module's loaders, merged into every context's `loaders`. */
  interface Loaders extends ReturnType<typeof personLoaders> {}
}
