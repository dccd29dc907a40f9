import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, childrenLoader } from '../../shared/batch.js';
import { Problem } from './problem.entity.js';
import { Rectification } from './rectification.entity.js';

/** Per-request loaders of problems, by the inspection that raised them and by project. */
export function problemLoaders(em: EntityManager) {
  return {
    problemById: byIdLoader(em, Problem),
    problemsByInspection: childrenLoader(em, Problem, 'inspection_id', (row) => row.inspection!.id),
    problemsByProject: childrenLoader(em, Problem, 'project_id', (row) => row.project.id),
    rectificationsByProblem: childrenLoader(em, Rectification, 'problem_id', (row) => row.problem.id, 'problem_id, submission'),
  };
}

declare module '../../core/context.js' {
  /** This module's loaders, merged into every context's `loaders`. */
  interface Loaders extends ReturnType<typeof problemLoaders> {}
}
