import type { EntityManager } from '@mikro-orm/postgresql';
import { Decimal } from 'decimal.js';
import { toGlobalId } from '../../shared/global-id.js';
import type { DecimalString } from '../../shared/money.js';
import { EventType } from '../event/event.entity.js';
import type { EventDraft } from '../../core/event-log.js';
import { denseRanks, rankKey, scoreProject, type ScoreInput, type ScoreResult } from './score.rules.js';
import { schemeFor, type EffectiveScheme } from './scheme.service.js';
import { deleteScores, scoreInputRows, scoreRanks, storeScores, storeScoresRanked, type ScoreCut, type ScoreToStore } from './assessment.queries.js';

export type { ScoreCut } from './assessment.queries.js';

const UPSERT_CHUNK = 500;

/**
 * The inputs of the year's score of the given projects (or every project with a plan that year),
 * from the rows, in one statement; with `cut`, as they stood then (a past quarter's bulletin).
 */
export async function scoreInputs(em: EntityManager, year: number, projectIds: readonly number[] | 'all', cut?: ScoreCut): Promise<Map<number, ScoreInput>> {
  const rows = await scoreInputRows(em, year, projectIds, cut);
  return new Map(
    rows.map((row) => [
      row.id,
      {
        plannedInvestment: row.planned_investment,
        completedInvestment: row.completed,
        milestones: row.milestones,
        criticisms: row.criticisms,
        accountabilityReasons: row.reasons ?? [],
      },
    ]),
  );
}

/** A project's score as it stood at a cut, with its dense rank among the year's scores then. */
export interface ScoreAsOf {
  projectId: number;
  rank: number;
  /** The year-to-date completed investment through the cut's month, to two places. */
  completedInvestment: DecimalString;
  score: ScoreResult;
  /** The scheme version the score was computed under. */
  schemeVersion: number;
}

/**
 * The year's project scores as they stood at `cut` (reports through its month, milestones met and
 * sanctions decided by its day; with `cut.at`, only what was recorded by that instant, under the
 * scheme then in force), under the year's scheme, dense-ranked by total, in ranking order
 * (rank, then project id): what a past period's report shows. Computed, never stored; two
 * statements (the inputs and the scheme), sent together.
 */
export async function scoresAsOf(em: EntityManager, year: number, cut: ScoreCut): Promise<ScoreAsOf[]> {
  const [inputs, scheme] = await Promise.all([scoreInputs(em, year, 'all', cut), schemeFor(em, year, cut.at ?? null)]);
  const scored = [...inputs].map(([projectId, input]) => ({
    projectId,
    completedInvestment: new Decimal(input.completedInvestment).toFixed(2),
    score: scoreProject(input, scheme.rules),
    schemeVersion: scheme.version,
  }));
  const ranks = denseRanks(scored.map(({ score }) => rankKey(score)));
  return scored.map((entry, index) => ({ ...entry, rank: ranks[index] })).sort((a, b) => a.rank - b.rank || a.projectId - b.projectId);
}

/**
 * Recomputes and stores the year's scores of the given projects (or all) and returns a
 * RANK_CHANGED event for each recomputed project whose dense rank by total moved.
 */
export async function recomputeScores(em: EntityManager, year: number, projectIds: readonly number[] | 'all', scheme: EffectiveScheme): Promise<EventDraft[]> {
  const inputs = await scoreInputs(em, year, projectIds);
  const scored: ScoreToStore[] = [...inputs].map(([id, input]) => [id, scoreProject(input, scheme.rules)]);
  if (projectIds !== 'all') {
    const missing = projectIds.filter((id) => !inputs.has(id));
    if (missing.length) await deleteScores(em, year, missing);
  }
  let moves: RankMove[];
  if (projectIds !== 'all' && scored.length === 1) {
    // One project's score: the same statement stores it and reads its rank before and after.
    const rows = await storeScoresRanked(em, year, scored, scheme.version);
    moves = rows.map((row) => ({ projectId: row.project_id, before: row.before, after: row.after, total: row.total }));
  } else {
    const before = await ranksOf(em, year, projectIds);
    for (let start = 0; start < scored.length; start += UPSERT_CHUNK) await storeScores(em, year, scored.slice(start, start + UPSERT_CHUNK), scheme.version);
    moves = [...(await ranksOf(em, year, projectIds))].map(([projectId, { rank, total }]) => ({ projectId, before: before.get(projectId)?.rank ?? null, after: rank, total }));
  }
  // Ranks are dense: one project moving shifts many others by one. Those shifts are implied; the
  // events name the projects whose own score was recomputed (all of them after a scheme change).
  return moves
    .filter((move) => move.before !== move.after)
    .map(({ projectId, before, after, total }) => ({
      type: EventType.RANK_CHANGED,
      projectId,
      year,
      payload: { projectId: toGlobalId('Project', projectId), from: before, to: after, total },
    }));
}

interface RankMove {
  projectId: number;
  before: number | null;
  after: number;
  total: string;
}

/** The dense ranks (by total, within the year) of the given projects' stored scores, or of every score. */
async function ranksOf(em: EntityManager, year: number, projectIds: readonly number[] | 'all'): Promise<Map<number, { rank: number; total: string }>> {
  const rows = await scoreRanks(em, year, projectIds);
  return new Map(rows.map((row) => [row.project_id, { rank: row.rank, total: row.total }]));
}
