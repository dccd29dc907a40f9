import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, childrenLoader } from '../../shared/batch.js';
import { Assignment } from '../assignment/assignment.entity.js';
import { LandTask } from '../land/land-task.entity.js';
import { Project } from './project.entity.js';

/** Per-request loaders of projects and their direct children. */
export function projectLoaders(em: EntityManager) {
  return {
    projectById: byIdLoader(em, Project),
    assignmentsByProject: childrenLoader(em, Assignment, 'project_id', (row) => row.project.id),
    landTasksByProject: childrenLoader(em, LandTask, 'project_id', (row) => row.project.id),
  };
}

declare module '../../core/context.js' {
  /** This module's loaders, merged into every context's `loaders`. */
  interface Loaders extends ReturnType<typeof projectLoaders> {}
}
