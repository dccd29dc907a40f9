import type { EntityManager } from '@mikro-orm/postgresql';
import { groupBy, projectYearLoader } from '../../shared/batch.js';
import { ProjectScoreRecord, TargetExplanation } from './assessment.entity.js';

/** Per-request loaders of scores and explanations. */
export function assessmentLoaders(em: EntityManager) {
  return {
    scoreByProjectYear: projectYearLoader<ProjectScoreRecord | null>(async (projectIds, years) => {
      const rows = await em.find(ProjectScoreRecord, { project: { $in: projectIds }, year: { $in: years } });
      return new Map(rows.map((row) => [`${row.project.id}:${row.year}`, row]));
    }, null),
    explanationsByProjectYear: projectYearLoader<TargetExplanation[]>(async (projectIds, years) => {
      const rows = await em.find(TargetExplanation, { project: { $in: projectIds }, year: { $in: years } }, { orderBy: { id: 'asc' } });
      return groupBy(rows, (row) => `${row.project.id}:${row.year}`);
    }, []),
  };
}
