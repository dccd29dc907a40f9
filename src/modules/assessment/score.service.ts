import type { EntityManager } from '@mikro-orm/postgresql';
import { intArray } from '../../shared/batch.js';
import { toGlobalId } from '../../shared/global-id.js';
import { EventType } from '../event/event.entity.js';
import type { EventDraft } from '../../core/event-log.js';
import { scoreProject, type AccountabilityReason, type ScoreInput, type ScoreResult } from './score.rules.js';
import type { EffectiveScheme } from './scheme.service.js';
import { ProjectScoreRecord } from './assessment.entity.js';
import { detachedRows } from '../../shared/detached-rows.js';

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
 * The dense rank of the stored score `s` within its year: one more than the distinct higher
 * totals, an index range on (year, total).
 */
const DENSE_RANK_OF_S = `1 + (select count(*)::int from (select distinct higher.total from project_score higher where higher.year = s.year and higher.total > s.total) d)`;

/** Where the inputs of a score are cut: reports through `month`, milestones met and sanctions decided by `date`. */
export interface ScoreCut {
  month: number;
  date: string;
}

/**
 * The inputs of the year's score of the given projects (or every project with a plan that year),
 * from the rows, in one statement; with `cut`, as they stood then (a past quarter's bulletin).
 */
export async function scoreInputs(em: EntityManager, year: number, projectIds: readonly number[] | 'all', cut?: ScoreCut): Promise<Map<number, ScoreInput>> {
  const filter = projectIds === 'all' ? '' : ' and ap.project_id = any(?::int[])';
  const reportCut = cut ? ' and month <= ?' : '';
  const metOn = cut ? "case when m.met_on <= ?::date then m.met_on::text end" : 'm.met_on::text';
  const sanctionCut = cut ? ' and s.decided_on <= ?::date' : '';
  const rows: ScoreInputRow[] = await em.execute(
    `select ap.project_id as id, ap.planned_investment::text,
            coalesce((select sum(completed_investment) from progress_report where project_id = ap.project_id and year = ap.year${reportCut}), 0)::text as completed,
            coalesce((select json_agg(json_build_object('name', m.name, 'dueOn', m.due_on::text, 'metOn', ${metOn}) order by m.position)
                        from milestone m where m.plan_id = ap.id), '[]') as milestones,
            (select count(*)::int from sanction s where s.project_id = ap.project_id and s.year = ap.year and s.kind = 'CRITICISM'${sanctionCut}) as criticisms,
            (select array_agg(s.accountability_reason) from sanction s where s.project_id = ap.project_id and s.year = ap.year and s.kind = 'ACCOUNTABILITY'${sanctionCut}) as reasons
       from annual_plan ap where ap.year = ?${filter}
      order by ap.project_id`,
    [
      ...(cut ? [cut.month, cut.date, cut.date, cut.date] : []),
      year,
      ...(projectIds === 'all' ? [] : [intArray(projectIds)]),
    ],
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
 * Recomputes and stores the year's scores of the given projects (or all) and returns a
 * RANK_CHANGED event for each recomputed project whose dense rank by total moved.
 */
export async function recomputeScores(em: EntityManager, year: number, projectIds: readonly number[] | 'all', scheme: EffectiveScheme): Promise<EventDraft[]> {
  const inputs = await scoreInputs(em, year, projectIds);
  const scored: [number, ScoreResult][] = [...inputs].map(([id, input]) => [id, scoreProject(input, scheme.rules)]);
  if (projectIds !== 'all') {
    const missing = projectIds.filter((id) => !inputs.has(id));
    if (missing.length) await em.execute('delete from project_score where year = ? and project_id = any(?::int[])', [year, intArray(missing)]);
  }
  let moves: RankMove[];
  if (projectIds !== 'all' && scored.length === 1) {
    moves = await upsertScores(em, year, scored, scheme.version, true);
  } else {
    const before = await ranksOf(em, year, projectIds);
    for (let start = 0; start < scored.length; start += UPSERT_CHUNK) await upsertScores(em, year, scored.slice(start, start + UPSERT_CHUNK), scheme.version, false);
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

/**
 * Upserts scores of the year. With `ranked` (one project's score), the same statement also returns
 * its dense rank before (from the statement's snapshot; null for a new score) and after (counting
 * the distinct higher totals of the other projects), each an index range on (year, total).
 */
async function upsertScores(em: EntityManager, year: number, scores: [number, ScoreResult][], schemeVersion: number, ranked: boolean): Promise<RankMove[]> {
  if (scores.length === 0) return [];
  const ids = intArray(scores.map(([id]) => id));
  // The scores, then (in the same statement) their explanations, keyed by the upserted row's id.
  const upsert = `upserted as (
       insert into project_score (project_id, year, base_score, weight_score, bonus_score, deductions, total, target_met, vetoed, scheme_version, computed_at)
       values ${scores.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())').join(', ')}
       on conflict (project_id, year) do update set
         base_score = excluded.base_score, weight_score = excluded.weight_score, bonus_score = excluded.bonus_score,
         deductions = excluded.deductions, total = excluded.total, target_met = excluded.target_met, vetoed = excluded.vetoed,
         scheme_version = excluded.scheme_version, computed_at = now()
       returning id, project_id, total
     ), explained as (
       insert into project_score_explanation (score_id, explanation)
       select u.id, v.explanation from upserted u join (values ${scores.map(() => '(?::int, ?::jsonb)').join(', ')}) v(project_id, explanation) on v.project_id = u.project_id
       on conflict (score_id) do update set explanation = excluded.explanation
     )`;
  const values = [
    ...scores.flatMap(([id, score]) => [id, year, score.baseScore, score.weightScore, score.bonusScore, score.deductions, score.total, score.targetMet, score.vetoed, schemeVersion]),
    ...scores.flatMap(([id, score]) => [id, JSON.stringify(score.explanation)]),
  ];
  if (!ranked) {
    await em.execute(`with ${upsert} select count(*) from upserted`, values);
    return [];
  }
  const rows: { project_id: number; total: string; before: number | null; after: number }[] = await em.execute(
    `with before as (
       select s.project_id, ${DENSE_RANK_OF_S} as rank
         from project_score s where s.year = ? and s.project_id = any(?::int[])
     ), ${upsert}
     select u.project_id, u.total::text, b.rank as before,
            1 + (select count(*)::int from (select distinct other.total from project_score other
                                              where other.year = ? and other.total > u.total and other.project_id <> u.project_id) d) as after
       from upserted u left join before b on b.project_id = u.project_id`,
    [year, ids, ...values, year],
  );
  return rows.map((row) => ({ projectId: row.project_id, before: row.before, after: row.after, total: row.total }));
}

/**
 * The dense ranks (by total, within the year) of the given projects' stored scores, or of every
 * score. Few projects: each counts the distinct higher totals on the (year, total) index; all: one
 * window over the year.
 */
async function ranksOf(em: EntityManager, year: number, projectIds: readonly number[] | 'all'): Promise<Map<number, { rank: number; total: string }>> {
  const rows: { project_id: number; rank: number; total: string }[] =
    projectIds === 'all'
      ? await em.execute('select project_id, dense_rank() over (order by total desc)::int as rank, total::text from project_score where year = ?', [year])
      : await em.execute(
          `select s.project_id, s.total::text,
                  ${DENSE_RANK_OF_S} as rank
             from project_score s where s.year = ? and s.project_id = any(?::int[])`,
          [year, intArray(projectIds)],
        );
  return new Map(rows.map((row) => [row.project_id, { rank: row.rank, total: row.total }]));
}

/**
 * The stored scores of the given years, each with `rank`: its dense rank by total within its year.
 * `where` filters the ranked rows (alias `ranked`) and `order` orders them (and may page them);
 * `params` bind the placeholders of both.
 */
export async function rankedScores(em: EntityManager, years: readonly number[], where: string, params: unknown[], order = 'ranked.id'): Promise<ProjectScoreRecord[]> {
  const rows: (Record<string, unknown> & { rank: number })[] = await em.execute(
    `select ranked.*, e.explanation from (select s.*, dense_rank() over (partition by s.year order by s.total desc)::int as rank
                      from project_score s where s.year = any(?::int[])) ranked
       left join project_score_explanation e on e.score_id = ranked.id
      where ${where} order by ${order}`,
    [intArray(years), ...params],
  );
  const records = detachedRows(em, ProjectScoreRecord, rows);
  records.forEach((record, index) => (record.rank = rows[index].rank));
  return records;
}
