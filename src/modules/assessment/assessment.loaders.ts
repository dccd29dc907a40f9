import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy, projectYearLoader, selectByProjectYear } from '../../shared/batch.js';
import { today } from '../../shared/dates.js';
import { scoresAsOf, type ScoreAsOf } from './score.service.js';
import { rankedScores } from './assessment.queries.js';
import { ProjectScoreRecord, TargetExplanation } from './assessment.entity.js';

/** Per-request loaders of scores and explanations. */
export function assessmentLoaders(em: EntityManager) {
  return {
    scoreByProjectYear: projectYearLoader<ProjectScoreRecord | null>(async (projectIds, years) => {
      const rows = await rankedScores(em, { years, projectIds });
      return new Map(rows.map((row) => [`${row.project.id}:${row.year}`, row]));
    }, null),
    /** The year's scores as they stood at an instant, by project (computed once per year and instant). */
    scoresAsOfByYear: new DataLoader<{ year: number; asOf: Date }, Map<number, ScoreAsOf>, string>(
      (keys) => Promise.all(keys.map(async ({ year, asOf }) => new Map((await scoresAsOf(em, year, { month: 12, date: today(asOf), at: asOf })).map((score) => [score.projectId, score])))),
      { cacheKeyFn: (key) => `${key.year}|${key.asOf.toISOString()}` },
    ),
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
