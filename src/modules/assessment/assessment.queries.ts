import type { EntityManager } from '@mikro-orm/postgresql';
import { yearList } from '../listing/listing.queries.js';
import { query, queryOne, sql, type Sql } from '../../db/sql.js';
import type { DateString } from '../../shared/dates.js';
import { detachedRows } from '../../shared/detached-rows.js';
import { AssignmentRole } from '../assignment/assignment.entity.js';
import { dueInRound, inspectedInTime, roundClosedBy, tenDayRounds } from '../supervision/supervision.queries.js';
import { ProjectScoreRecord, SanctionKind } from './assessment.entity.js';
import type { AccountabilityReason, ScoreResult } from './score.rules.js';
import { countedReports } from '../progress/progress.queries.js';

// ---------------------------------------------------------------------------------------------
// Ranks: dense, by total, within a year

/**
 * What a score row ranks by: its total, except that a vetoed score (一票否决) ranks after every
 * other, ties among the vetoed (`rankKey` of score.rules, in SQL).
 */
function rankKey(score: Sql): Sql {
  return sql`(case when ${score}.vetoed then -1 else ${score}.total end)`;
}

/**
 * The stored scores of the given years as a row source (every column of `project_score` and
 * `rank`, the dense rank by total within its year, vetoed ones last); alias it.
 */
export function rankedStoredScores(years: readonly number[]): Sql {
  return sql`(select s.*, dense_rank() over (partition by s.year order by ${rankKey(sql`s`)} desc)::int as rank
                from project_score s where s.year = any(${years}::int[]))`;
}

/**
 * The dense rank of the stored score row `score` within its year: one more than the distinct
 * higher rank keys, for a few scores without ranking the year.
 */
function denseRankOf(score: Sql): Sql {
  return sql`1 + (select count(*)::int from (select distinct ${rankKey(sql`higher`)} from project_score higher
                                             where higher.year = ${score}.year and ${rankKey(sql`higher`)} > ${rankKey(score)}) d)`;
}

/** What a ranked read asks for. */
export interface RankedScoresOptions {
  years: readonly number[];
  /** Only these projects' scores (all when omitted). */
  projectIds?: readonly number[];
  /** A page of the ranking (rank, then project id); without it the rows come in id order. */
  page?: { offset: number; limit: number };
}

/** The stored scores of the given years with their explanations, each with `rank` set (`rankedStoredScores`). */
export async function rankedScores(em: EntityManager, { years, projectIds, page }: RankedScoresOptions): Promise<ProjectScoreRecord[]> {
  const rows = await query<Record<string, unknown> & { rank: number }>(
    em,
    sql`select ranked.*, e.explanation
          from ${rankedStoredScores(years)} ranked
          left join project_score_explanation e on e.score_id = ranked.id
         where ${sql.and([projectIds ? sql`ranked.project_id = any(${projectIds}::int[])` : sql.empty])}
         order by ${page ? sql`ranked.rank, ranked.project_id offset ${page.offset} limit ${page.limit}` : sql`ranked.id`}`,
  );
  const records = detachedRows(em, ProjectScoreRecord, rows);
  records.forEach((record, index) => (record.rank = rows[index].rank));
  return records;
}

/** A project's dense rank and total. */
export interface RankRow {
  project_id: number;
  rank: number;
  total: string;
}

/**
 * The dense ranks of the given projects' stored scores of the year, or of every score. Few
 * projects: each counts the distinct higher totals on the (year, total) index; all: one window
 * over the year.
 */
export function scoreRanks(em: EntityManager, year: number, projectIds: readonly number[] | 'all'): Promise<RankRow[]> {
  const ranked = sql`select s.project_id, dense_rank() over (order by ${rankKey(sql`s`)} desc)::int as rank, s.total::text from project_score s where s.year = ${year}`;
  if (projectIds === 'all') return query<RankRow>(em, ranked);
  // A few projects: count the distinct higher totals of each (index ranges). Many (a batch of
  // derived scores): rank the year once — one window over the year's scores beats a count per project.
  return query<RankRow>(
    em,
    projectIds.length <= FEW_RANKS
      ? sql`select s.project_id, s.total::text, ${denseRankOf(sql`s`)} as rank from project_score s where s.year = ${year} and s.project_id = any(${projectIds}::int[])`
      : sql`select r.project_id, r.rank, r.total from (${ranked}) r where r.project_id = any(${projectIds}::int[])`,
  );
}

/** Up to this many projects, ranks are counted per project rather than over the whole year. */
const FEW_RANKS = 20;

/** The distinct rank keys (totals, −1 for vetoed) of the year's other projects (to rank a simulated score against). */
export async function otherTotals(em: EntityManager, year: number, projectId: number): Promise<string[]> {
  const rows = await query<{ total: string }>(em, sql`select distinct ${rankKey(sql`s`)}::text as total from project_score s where s.year = ${year} and s.project_id <> ${projectId}`);
  return rows.map((row) => row.total);
}

// ---------------------------------------------------------------------------------------------
// Inputs and storage of project scores

/**
 * Where the inputs of a score are cut: reports through `month`, milestones met and sanctions
 * decided by `date`; with `at`, also as known at that instant (report revisions, the list and its
 * plans, sanctions recorded by then).
 */
export interface ScoreCut {
  month: number;
  date: DateString;
  at?: Date | null;
}

/** The inputs of one project's score as read. */
export interface ScoreInputRow {
  id: number;
  planned_investment: string;
  completed: string;
  milestones: { name: string; dueOn: string; metOn: string | null }[];
  criticisms: number;
  reasons: AccountabilityReason[] | null;
}

/**
 * The inputs of the year's score of the given projects (or of every project) on the year's issued
 * list, in project order; with `cut`, as they stood then.
 */
export function scoreInputRows(em: EntityManager, year: number, projectIds: readonly number[] | 'all', cut?: ScoreCut): Promise<ScoreInputRow[]> {
  const reportCut = cut ? sql` and month <= ${cut.month}` : sql.empty;
  const metOn = cut ? sql`case when m.met_on <= ${cut.date}::date then m.met_on::text end` : sql`m.met_on::text`;
  // A revoked sanction counts for nothing (as of an instant: unless it was revoked only later).
  const sanctionCut = cut
    ? sql` and s.decided_on <= ${cut.date}::date${cut.at ? sql` and s.recorded_at <= ${cut.at} and (s.revoked_at is null or s.revoked_at > ${cut.at})` : sql` and s.revoked_at is null`}`
    : sql` and s.revoked_at is null`;
  const only = projectIds === 'all' ? sql.empty : sql` and ap.project_id = any(${projectIds}::int[])`;
  return query<ScoreInputRow>(
    em,
    sql`select ap.project_id as id, ap.planned_investment::text,
               coalesce((select sum(completed_investment) from ${countedReports(cut?.at ?? null)} r where project_id = ap.project_id and year = ap.year${reportCut}), 0)::text as completed,
               coalesce((select json_agg(json_build_object('name', m.name, 'dueOn', m.due_on::text, 'metOn', ${metOn}) order by m.position)
                           from milestone m where m.listing_id = ap.id), '[]') as milestones,
               (select count(*)::int from sanction s where s.project_id = ap.project_id and s.year = ap.year and s.kind = ${SanctionKind.CRITICISM}${sanctionCut}) as criticisms,
               (select array_agg(s.accountability_reason) from sanction s where s.project_id = ap.project_id and s.year = ap.year and s.kind = ${SanctionKind.ACCOUNTABILITY}${sanctionCut}) as reasons
          from ${yearList(year, null, cut?.at ?? null)} ap where true${only}
         order by ap.project_id`,
  );
}

/** A project's newly computed score, to store. */
export type ScoreToStore = [projectId: number, score: ScoreResult];

/**
 * The statement's `upserted` and `explained` parts: the scores inserted or updated (returning id,
 * project_id, total), then their explanations keyed by the upserted row's id. One array per column,
 * so the text is the same for one score or five hundred.
 */
function upsertScores(year: number, scores: readonly ScoreToStore[], schemeVersion: number): Sql {
  const column = <T>(pick: (score: ScoreResult) => T) => scores.map(([, score]) => pick(score));
  const ids = scores.map(([id]) => id);
  return sql`upserted as (
       insert into project_score (project_id, year, base_score, weight_score, bonus_score, deductions, total, target_met, vetoed, scheme_version, computed_at)
       select v.project_id, ${year}::smallint, v.base_score, v.weight_score, v.bonus_score, v.deductions, v.total, v.target_met, v.vetoed, ${schemeVersion}::int, now()
         from unnest(${ids}::int[], ${column((s) => s.baseScore)}::numeric[], ${column((s) => s.weightScore)}::numeric[], ${column((s) => s.bonusScore)}::numeric[],
                     ${column((s) => s.deductions)}::numeric[], ${column((s) => s.total)}::numeric[], ${column((s) => s.targetMet)}::boolean[], ${column((s) => s.vetoed)}::boolean[])
              v(project_id, base_score, weight_score, bonus_score, deductions, total, target_met, vetoed)
       on conflict (project_id, year) do update set
         base_score = excluded.base_score, weight_score = excluded.weight_score, bonus_score = excluded.bonus_score,
         deductions = excluded.deductions, total = excluded.total, target_met = excluded.target_met, vetoed = excluded.vetoed,
         scheme_version = excluded.scheme_version, computed_at = now()
       returning id, project_id, total, vetoed
     ), explained as (
       insert into project_score_explanation (score_id, explanation)
       select u.id, v.explanation from upserted u join unnest(${ids}::int[], ${column((s) => JSON.stringify(s.explanation))}::jsonb[]) v(project_id, explanation) on v.project_id = u.project_id
       on conflict (score_id) do update set explanation = excluded.explanation
     )`;
}

/** Stores the year's scores of the given projects, with their explanations; returns nothing. */
export async function storeScores(em: EntityManager, year: number, scores: readonly ScoreToStore[], schemeVersion: number): Promise<void> {
  await query(em, sql`with ${upsertScores(year, scores, schemeVersion)} select count(*) from upserted`);
}

/** A stored score's dense rank before the statement (null for a new score) and after. */
export interface RankMoveRow {
  project_id: number;
  total: string;
  before: number | null;
  after: number;
}

/**
 * Stores the year's scores of the given (few) projects and returns each one's dense rank before
 * (from the statement's snapshot) and after (counting the distinct higher totals of the other
 * projects), each an index range on (year, total).
 */
export function storeScoresRanked(em: EntityManager, year: number, scores: readonly ScoreToStore[], schemeVersion: number): Promise<RankMoveRow[]> {
  return query<RankMoveRow>(
    em,
    sql`with before as (
          select s.project_id, ${denseRankOf(sql`s`)} as rank
            from project_score s where s.year = ${year} and s.project_id = any(${scores.map(([id]) => id)}::int[])
        ), ${upsertScores(year, scores, schemeVersion)}
        select u.project_id, u.total::text, b.rank as before,
               1 + (select count(*)::int from (select distinct ${rankKey(sql`other`)} from project_score other
                                                 where other.year = ${year} and ${rankKey(sql`other`)} > (case when u.vetoed then -1 else u.total end) and other.project_id <> u.project_id) d) as after
          from upserted u left join before b on b.project_id = u.project_id`,
  );
}

/** Deletes the year's stored scores of the given projects (their explanations go with them). */
export async function deleteScores(em: EntityManager, year: number, projectIds: readonly number[]): Promise<void> {
  await query(em, sql`delete from project_score where year = ${year} and project_id = any(${projectIds}::int[])`);
}

/** A year on whose list a project is. */
export interface PlanYearRow {
  project_id: number;
  year: number;
}

/** The years on whose list (any status) the given projects are, as (project_id, year) pairs. */
export function planYears(em: EntityManager, projectIds: readonly number[]): Promise<PlanYearRow[]> {
  return query<PlanYearRow>(em, sql`select project_id, year from listing where project_id = any(${projectIds}::int[])`);
}

// ---------------------------------------------------------------------------------------------
// Scores of officials

/** The stored totals of the projects a person holds a role on. */
export interface AssignedTotalsRow {
  person_id: number;
  /** In project order. */
  totals: string[];
}

/** Per person holding `role` on a project scored in the year, the totals of those projects. */
export function assignedScoreTotals(em: EntityManager, role: AssignmentRole, year: number): Promise<AssignedTotalsRow[]> {
  return query<AssignedTotalsRow>(
    em,
    sql`select a.person_id, array_agg(s.total::text order by s.project_id) as totals
          from (select distinct person_id, project_id from assignment where role = ${role}) a
          join project_score s on s.project_id = a.project_id and s.year = ${year}
         group by a.person_id`,
  );
}

/** An inspector's duty: the inspections due of them and those done on time. */
export interface InspectorDutyRow {
  person_id: number;
  due: number;
  done: number;
}

/**
 * Per inspector, the inspections due of them — each project they are INSPECTOR of, in each round
 * of months 1..`throughMonth` closed by `closedBy` that it is due in (`dueInRound`) — and how many
 * of those an inspection they took part in covered by the round's last day.
 */
export function inspectorDuty(em: EntityManager, year: number, throughMonth: number, closedBy: DateString): Promise<InspectorDutyRow[]> {
  const [p, r, i, due] = [sql`p`, sql`r`, sql`i`, sql`due`];
  return query<InspectorDutyRow>(
    em,
    sql`with due as (
          select a.person_id, a.project_id, r.month, r.dekad, r.ends_on
            from assignment a
            join project p on p.id = a.project_id
            join ${tenDayRounds(year, 1, throughMonth)} r on ${dueInRound(p, r)}
           where a.role = ${AssignmentRole.INSPECTOR} and ${roundClosedBy(r, closedBy)})
        select due.person_id, count(*)::int as due,
               count(*) filter (where exists (
                 select 1 from inspection i join inspection_inspector ii on ii.inspection_id = i.id and ii.person_id = due.person_id
                  where i.project_id = due.project_id and i.year = ${year} and i.month = due.month and i.dekad = due.dekad and ${inspectedInTime(i, due)}))::int as done
          from due group by due.person_id`,
  );
}

/** Whether the person is the project's liaison leader or responsible person (who may explain a missed target). */
export async function mayExplainTarget(em: EntityManager, projectId: number, personId: number): Promise<boolean> {
  const row = await queryOne<{ holds: boolean }>(
    em,
    sql`select exists (select 1 from assignment where project_id = ${projectId} and person_id = ${personId}
                          and role = any(${[AssignmentRole.LIAISON_LEADER, AssignmentRole.RESPONSIBLE_PERSON]}::text[])) as holds`,
  );
  return row.holds;
}

/** Per person named by the year's sanctions (not revoked): criticisms naming them, and whether an accountability case names them. */
export function personSanctions(em: EntityManager, year: number): Promise<{ person_id: number; criticisms: number; accountable: boolean }[]> {
  return query(
    em,
    sql`select person_id, (count(*) filter (where kind = ${SanctionKind.CRITICISM}))::int as criticisms, bool_or(kind = ${SanctionKind.ACCOUNTABILITY}) as accountable
          from (select s.kind, s.person_id from sanction s where s.year = ${year} and s.revoked_at is null and s.person_id is not null
                union all
                select s.kind, answerable.value::int from sanction s, jsonb_array_elements_text(s.answerable_person_ids) answerable
                 where s.year = ${year} and s.revoked_at is null and s.kind = ${SanctionKind.ACCOUNTABILITY}) named
         group by person_id`,
  );
}

/** Per responsible unit with scored projects of the year: the totals and the criticisms of the unit (not revoked). */
export function unitScoreRows(em: EntityManager, year: number): Promise<{ unit_id: number; totals: string[]; criticisms: number }[]> {
  return query(
    em,
    sql`select p.responsible_unit_id as unit_id, array_agg(s.total::text order by s.project_id) as totals,
               (select count(*)::int from sanction c where c.unit_id = p.responsible_unit_id and c.year = ${year} and c.kind = ${SanctionKind.CRITICISM} and c.revoked_at is null) as criticisms
          from project_score s join project p on p.id = s.project_id
         where s.year = ${year} and p.responsible_unit_id is not null
         group by p.responsible_unit_id`,
  );
}
