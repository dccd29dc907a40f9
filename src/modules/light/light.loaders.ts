import type { EntityManager } from '@mikro-orm/postgresql';
import { groupBy, groupedLoader } from '../../shared/batch.js';
import { LightRecord } from './light-record.entity.js';

/** Per-request loaders of month-end lights. */
export function lightLoaders(em: EntityManager) {
  return {
    /** Key: project id and year; the months in order. */
    lightsByProjectYear: groupedLoader<{ id: number; year: number }, LightRecord[]>(
      (key) => String(key.year),
      async (projectIds, { year }) => {
        const rows = await em.find(LightRecord, { project: { $in: projectIds }, year }, { orderBy: { month: 'asc' } });
        return groupBy(rows, (row) => row.project.id);
      },
      [],
    ),
  };
}
