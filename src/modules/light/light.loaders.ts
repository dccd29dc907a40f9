import type { EntityManager } from '@mikro-orm/postgresql';
import { groupBy, intArray, projectYearLoader } from '../../shared/batch.js';
import { selectDetached } from '../../shared/detached-rows.js';
import { LightRecord } from './light-record.entity.js';

/** Per-request loaders of month-end lights. */
export function lightLoaders(em: EntityManager) {
  return {
    /** Key: project id and year; the months in order. */
    lightsByProjectYear: projectYearLoader<LightRecord[]>(async (projectIds, years) => {
      const rows = await selectDetached(em, LightRecord, 'project_id = any(?::int[]) and year = any(?::int[])', [intArray(projectIds), intArray(years)], 'month, id');
      return groupBy(rows, (row) => `${row.project.id}:${row.year}`);
    }, []),
  };
}
