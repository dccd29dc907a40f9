import type { EntityManager } from '@mikro-orm/postgresql';
import { groupBy, groupedLoader } from '../../shared/batch.js';
import { ProjectScoreRecord, TargetExplanation } from './assessment.entity.js';

/** Per-request loaders of scores and explanations. */
export function assessmentLoaders(em: EntityManager) {
  return {
    scoreByProjectYear: groupedLoader<{ id: number; year: number }, ProjectScoreRecord | null>(
      (key) => String(key.year),
      async (projectIds, { year }) => {
        const rows = await em.find(ProjectScoreRecord, { project: { $in: projectIds }, year });
        return new Map(rows.map((row) => [row.project.id, row]));
      },
      null,
    ),
    explanationsByProjectYear: groupedLoader<{ id: number; year: number }, TargetExplanation[]>(
      (key) => String(key.year),
      async (projectIds, { year }) => {
        const rows = await em.find(TargetExplanation, { project: { $in: projectIds }, year }, { orderBy: { id: 'asc' } });
        return groupBy(rows, (row) => row.project.id);
      },
      [],
    ),
  };
}
