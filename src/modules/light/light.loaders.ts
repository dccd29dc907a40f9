import type { EntityManager } from '@mikro-orm/postgresql';
import { groupBy, projectYearLoader, selectByProjectYear } from '../../shared/batch.js';
import { LightRecord } from './light-record.entity.js';

/** Per-request loaders of month-end lights. */
export function lightLoaders(em: EntityManager) {
  return {
    /** Key: project id and year; the months in order. */
    lightsByProjectYear: projectYearLoader<LightRecord[]>(async (projectIds, years) => {
      const rows = await selectByProjectYear(em, LightRecord, projectIds, years, 'month, id');
      return groupBy(rows, (row) => `${row.project.id}:${row.year}`);
    }, []),
  };
}

declare module '../../core/context.js' {
  /** This module's loaders, merged into every context's `loaders`. */
  interface Loaders extends ReturnType<typeof lightLoaders> {}
}
