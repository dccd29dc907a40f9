import type { EntityManager } from '@mikro-orm/postgresql';
import { childrenLoader } from '../../shared/batch.js';
import { Problem } from './problem.entity.js';

/** Per-request loaders of problems, by the inspection that raised them and by project. */
export function problemLoaders(em: EntityManager) {
  return {
    problemsByInspection: childrenLoader(em, Problem, 'inspection_id', (row) => row.inspection!.id),
    problemsByProject: childrenLoader(em, Problem, 'project_id', (row) => row.project.id),
  };
}

declare module '../../core/context.js' {
  /** This module's loaders, merged into every context's `loaders`. */
  interface Loaders extends ReturnType<typeof problemLoaders> {}
}
