import type { EntityManager } from '@mikro-orm/postgresql';
import { intArray } from '../../shared/batch.js';
import { toGlobalId } from '../../shared/global-id.js';
import { EventType } from '../event/event.entity.js';
import type { EventDraft } from '../event/event-log.js';
import { scoreProject, type AccountabilityReason, type ScoreInput, type ScoreResult } from './score.rules.js';
import type { EffectiveScheme } from './scheme.service.js';

interface ScoreInputRow {
  id: number;
  planned_investment: string;
  completed: string;
  milestones: { name: string; dueOn: string; metOn: string | null }[];
  criticisms: number;
  reasons: AccountabilityReason[] | null;
}

const UPSERT_CHUNK = 500;

/**
 * The inputs of the year's score of the given projects (or every project with a plan that year),
 * from the rows, in one statement.
 */
export async function scoreInputs(em: EntityManager, year: number, projectIds: readonly number[] | 'all'): Promise<Map<number, ScoreInput>> {
  const filter = projectIds === 'all' ? '' : ' and ap.project_id = any(?::int[])';
  const rows: ScoreInputRow[] = await em.execute(
    `select ap.project_id as id, ap.planned_investment::text,
            coalesce((select sum(completed_investment) from progress_report where project_id = ap.project_id and year = ap.year), 0)::text as completed,
            coalesce((select json_agg(json_build_object('name', m.name, 'dueOn', m.due_on::text, 'metOn', m.met_on::text) order by m.position)
                        from milestone m where m.plan_id = ap.id), '[]') as milestones,
            (select count(*)::int from sanction s where s.project_id = ap.project_id and s.year = ap.year and s.kind = 'CRITICISM') as criticisms,
            (select array_agg(s.accountability_reason) from sanction s where s.project_id = ap.project_id and s.year = ap.year and s.kind = 'ACCOUNTABILITY') as reasons
       from annual_plan ap where ap.year = ?${filter}`,
    projectIds === 'all' ? [year] : [year, intArray(projectIds)],
  );
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

/**
 * Recomputes and stores the year's scores of the given projects (or all), then re-ranks the year
 * (dense ranks by total) and returns a RANK_CHANGED event for each recomputed project whose rank
 * moved.
 */
export async function recomputeScores(em: EntityManager, year: number, projectIds: readonly number[] | 'all', scheme: EffectiveScheme): Promise<EventDraft[]> {
  const inputs = await scoreInputs(em, year, projectIds);
  const scored: [number, ScoreResult][] = [...inputs].map(([id, input]) => [id, scoreProject(input, scheme.rules)]);
  if (projectIds !== 'all') {
    const missing = projectIds.filter((id) => !inputs.has(id));
    if (missing.length) await em.execute('delete from project_score where year = ? and project_id = any(?::int[])', [year, intArray(missing)]);
  }
  for (let start = 0; start < scored.length; start += UPSERT_CHUNK) {
    const chunk = scored.slice(start, start + UPSERT_CHUNK);
    await em.execute(
      `insert into project_score (project_id, year, base_score, weight_score, bonus_score, deductions, total, rank, target_met, vetoed, explanation, scheme_version, computed_at)
       values ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?::jsonb, ?, now())').join(', ')}
       on conflict (project_id, year) do update set
         base_score = excluded.base_score, weight_score = excluded.weight_score, bonus_score = excluded.bonus_score,
         deductions = excluded.deductions, total = excluded.total, target_met = excluded.target_met, vetoed = excluded.vetoed,
         explanation = excluded.explanation, scheme_version = excluded.scheme_version, computed_at = now()`,
      chunk.flatMap(([id, score]) => [
        id, year, score.baseScore, score.weightScore, score.bonusScore, score.deductions, score.total,
        score.targetMet, score.vetoed, JSON.stringify(score.explanation), scheme.version,
      ]),
    );
  }
  const moved: { project_id: number; old_rank: number; new_rank: number; total: string }[] = await em.execute(
    `update project_score s set rank = ranked.new_rank
       from (select id, rank as old_rank, dense_rank() over (order by total desc)::int as new_rank from project_score where year = ?) ranked
      where s.id = ranked.id and ranked.old_rank <> ranked.new_rank
      returning s.project_id, ranked.old_rank, ranked.new_rank, s.total::text`,
    [year],
  );
  // Ranks are dense: one project moving shifts many others by one. Those shifts are implied; the
  // events name the projects whose own score was recomputed (all of them after a scheme change).
  const recomputed = projectIds === 'all' ? null : new Set(projectIds);
  return moved.filter((row) => recomputed === null || recomputed.has(row.project_id)).map((row) => ({
    type: EventType.RANK_CHANGED,
    projectId: row.project_id,
    year,
    payload: { projectId: toGlobalId('Project', row.project_id), from: row.old_rank === 0 ? null : row.old_rank, to: row.new_rank, total: row.total },
  }));
}
