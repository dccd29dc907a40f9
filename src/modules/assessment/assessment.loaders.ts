import type { EntityManager } from '@mikro-orm/postgresql';
import { groupBy, projectYearLoader, selectByProjectYear } from '../../shared/batch.js';
import { rankedScores } from './assessment.queries.js';
import { ProjectScoreRecord, TargetExplanation } from './assessment.entity.js';

/** Per-request loaders of scores and explanations. */
export function assessmentLoaders(em: EntityManager) {
  return {
    scoreByProjectYear: projectYearLoader<ProjectScoreRecord | null>(async (projectIds, years) => {
      const rows = await rankedScores(em, { years, projectIds });
      return new Map(rows.map((row) => [`${row.project.id}:${row.year}`, row]));
    }, null),
    explanationsByProjectYear: projectYearLoader<TargetExplanation[]>(async (projectIds, years) => {
      const rows = await selectByProjectYear(em, TargetExplanation, projectIds, years);
      return groupBy(rows, (row) => `${row.project.id}:${row.year}`);
    }, []),
  };
}

declare module '../../core/context.js' {
  /** This module's loaders, merged into every context's `loaders`. */
  interface Loaders extends ReturnType<typeof assessmentLoaders> {}
}
