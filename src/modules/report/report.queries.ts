import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, type Sql } from '../../db/sql.js';
import type { DateString } from '../../shared/dates.js';
import { rankedStoredScores } from '../assessment/assessment.queries.js';
import type { SanctionKind } from '../assessment/assessment.entity.js';
import type { AccountabilityReason } from '../assessment/score.rules.js';
import { Light, type LightRule } from '../light/light.rules.js';
import type { ProblemStatus } from '../problem/problem.entity.js';
import { overdueAt, unresolvedAt } from '../problem/problem.queries.js';
import { ProjectLevel } from '../project/project.entity.js';
import { yearList } from '../listing/listing.queries.js';
import { dueInRound, inspectedInTime, roundClosedBy, tenDayRounds } from '../supervision/supervision.queries.js';
import { countedReports, cumulativeOf } from '../progress/progress.queries.js';
import { ReportStatus } from '../progress/progress-report.entity.js';
import { AssignmentRole } from '../assignment/assignment.entity.js';
import type { EscalationKind, EscalationStatus } from '../escalation/escalation.entity.js';
import type { ConstructionType } from '../project/project.entity.js';
import type { PhasingKind } from '../listing/listing.rules.js';

/** A run of whole months of one year. */
export interface Period {
  year: number;
  fromMonth: number;
  toMonth: number;
  startsOn: DateString;
  endsOn: DateString;
}

/** City projects before district ones (the order of every report's project lines, then by code), by their level on the year's list `ap`. */
const CITY_FIRST = sql`case ap.level when ${ProjectLevel.CITY} then 0 else 1 end`;

/** The district's calendar day of a `timestamptz` column (China Standard Time), as `today()` reads the clock. */
function localDay(column: Sql): Sql {
  return sql`(${column} at time zone 'Asia/Shanghai')::date`;
}

/** The names of the persons in a `jsonb` array of person ids, in the array's order, joined with 、 (null when none). */
function personNames(ids: Sql): Sql {
  return sql`(select string_agg(pn.name, '、' order by x.ordinality) from jsonb_array_elements_text(${ids}) with ordinality x(id, ordinality) join person pn on pn.id = x.id::int)`;
}

// ---------------------------------------------------------------------------------------------
// 每月一报表

/** A line of the monthly report as read. */
export interface MonthlyRow {
  id: number;
  code: string;
  name: string;
  level: ProjectLevel;
  responsible_unit: string | null;
  total_investment: string;
  planned: string | null;
  /** What the plan's phasing depends on (`monthlyPhasing`): the caller derives the planned-to-date. */
  construction_type: ConstructionType;
  planned_start_on: string | null;
  phasing_kind: PhasingKind;
  phasing: string[] | null;
  started_on: string | null;
  completed_on: string | null;
  month_completed: string;
  completed: string;
  /** 开工累计完成投资 at the month end; null when the opening balance counts to a later date (not known then). */
  cumulative: string | null;
  reported: boolean;
  /** 形象进度 reported for the month, percent. */
  physical_progress: string | null;
  narrative: string | null;
  /** 挂钩区领导 and 责任人 (`assignment`), names joined with 、. */
  liaison_leaders: string | null;
  responsible_persons: string | null;
  /** The official light of a closed month; null for an open month (the caller judges it provisionally). */
  light: Light | null;
  /** The official light's rule, when there is one. */
  rule: LightRule | null;
  /** The problems unresolved at `asOf`, oldest first. */
  problems: { description: string; deadline: string }[];
}

/** The names of the persons assigned to project `p` in `role`, by name, joined with 、 (null when none). */
function assignedNames(p: Sql, role: AssignmentRole): Sql {
  return sql`(select string_agg(pa.name, '、' order by pa.name, pa.id) from assignment a join person pa on pa.id = a.person_id where a.project_id = ${p}.id and a.role = ${role})`;
}

/**
 * One line per project on the year's issued list, city first and by code: total investment, the
 * plan and what its phasing depends on, start and completion dates, the month's and the
 * year-to-date investment, the cumulative investment since works began at the month end, the
 * month's physical progress and narrative, the liaison leaders and responsible persons, the official
 * month-end light (closed months) and the problems unresolved at `asOf`.
 */
export function monthlyRows(em: EntityManager, year: number, month: number, asOf: DateString): Promise<MonthlyRow[]> {
  const [pb, p] = [sql`pb`, sql`p`];
  return query<MonthlyRow>(
    em,
    sql`select p.id, p.code, p.name, ap.level, o.name as responsible_unit,
               p.total_investment::text as total_investment,
               ap.planned_investment::text as planned,
               ap.construction_type, ap.planned_start_on::text, ap.phasing_kind, ap.phasing::text[] as phasing,
               p.started_on::text, p.completed_on::text,
               round(coalesce(pm.completed_investment, 0), 2)::text as month_completed,
               (select round(coalesce(sum(pr.completed_investment), 0), 2) from ${countedReports()} pr
                 where pr.project_id = p.id and pr.year = ${year} and pr.month <= ${month})::text as completed,
               round(${cumulativeOf(p, null, { year, month })}, 2)::text as cumulative,
               pm.id is not null as reported,
               pm.physical_progress::text as physical_progress,
               pm.narrative,
               ${assignedNames(p, AssignmentRole.LIAISON_LEADER)} as liaison_leaders,
               ${assignedNames(p, AssignmentRole.RESPONSIBLE_PERSON)} as responsible_persons,
               lr.light, lr.rule,
               coalesce((select json_agg(json_build_object('description', pb.description, 'deadline', pb.deadline::text) order by pb.raised_on, pb.id)
                           from problem pb
                          where pb.project_id = p.id and ${unresolvedAt(pb, asOf)}), '[]') as problems
          from ${yearList(year)} ap
          join project p on p.id = ap.project_id
          left join organization o on o.id = p.responsible_unit_id
          left join progress_report pm on pm.project_id = p.id and pm.year = ${year} and pm.month = ${month} and pm.status <> ${ReportStatus.RETURNED}
          left join light_record lr on lr.project_id = p.id and lr.year = ${year} and lr.month = ${month}
         order by ${CITY_FIRST}, p.code, p.id`,
  );
}

// ---------------------------------------------------------------------------------------------
// Sections shared by the bulletin and the summaries

/** A stored score of the year with its project's line. */
export interface StoredRankingRow {
  project_id: number;
  rank: number;
  code: string;
  name: string;
  level: ProjectLevel;
  responsible_unit: string | null;
  planned: string;
  completed: string;
  base_score: string;
  weight_score: string;
  bonus_score: string;
  deductions: string;
  total: string;
  target_met: boolean;
  vetoed: boolean;
}

/** The year's stored project scores (`rankedStoredScores`) with their projects' lines, in ranking order (rank, then project id, as `projectScores`). */
export function storedRankingRows(em: EntityManager, year: number): Promise<StoredRankingRow[]> {
  return query<StoredRankingRow>(
    em,
    sql`select s.project_id, s.rank, p.code, p.name, ap.level, o.name as responsible_unit,
               round(coalesce(ap.planned_investment, 0), 2)::text as planned,
               (select round(coalesce(sum(pr.completed_investment), 0), 2) from ${countedReports()} pr where pr.project_id = s.project_id and pr.year = s.year)::text as completed,
               s.base_score::text, s.weight_score::text, s.bonus_score::text, s.deductions::text, s.total::text, s.target_met, s.vetoed
          from ${rankedStoredScores([year])} s
          join project p on p.id = s.project_id
          join listing ap on ap.project_id = s.project_id and ap.year = s.year
          left join organization o on o.id = p.responsible_unit_id
         order by s.rank, s.project_id`,
  );
}

/** A project on the year's issued list: the line its score is shown on. */
export interface PlannedProjectRow {
  project_id: number;
  code: string;
  name: string;
  level: ProjectLevel;
  responsible_unit: string | null;
  planned: string;
}

/** The line of every project on the year's issued list (the projects a year's scores are of). */
export function plannedProjectRows(em: EntityManager, year: number): Promise<PlannedProjectRow[]> {
  return query<PlannedProjectRow>(
    em,
    sql`select ap.project_id, p.code, p.name, ap.level, o.name as responsible_unit, round(ap.planned_investment, 2)::text as planned
          from ${yearList(year)} ap
          join project p on p.id = ap.project_id
          left join organization o on o.id = p.responsible_unit_id`,
  );
}

/** A sanction with the lines of its project and person. */
export interface SanctionRow {
  kind: SanctionKind;
  year: number;
  decided_on: string;
  description: string;
  accountability_reason: AccountabilityReason | null;
  project_id: number | null;
  project_code: string | null;
  project_name: string | null;
  responsible_unit: string | null;
  person_id: number | null;
  person_name: string | null;
  person_title: string | null;
  /** The unit commended or criticised, when the sanction names one. */
  unit_name: string | null;
  /** An accountability case's answerable persons (问责对象), names joined with 、. */
  answerable_names: string | null;
}

/** The sanctions decided within a period, or counted for an assessment year, in the order decided. */
export function sanctionRows(em: EntityManager, scope: { decidedIn: Period } | { year: number }): Promise<SanctionRow[]> {
  const within = 'decidedIn' in scope ? sql`s.decided_on between ${scope.decidedIn.startsOn}::date and ${scope.decidedIn.endsOn}::date` : sql`s.year = ${scope.year}`;
  return query<SanctionRow>(
    em,
    sql`select s.kind, s.year, s.decided_on::text, s.description, s.accountability_reason,
               p.id as project_id, p.code as project_code, p.name as project_name, o.name as responsible_unit,
               pe.id as person_id, pe.name as person_name, pe.title as person_title,
               su.name as unit_name, ${personNames(sql`s.answerable_person_ids`)} as answerable_names
          from sanction s
          left join project p on p.id = s.project_id
          left join organization o on o.id = p.responsible_unit_id
          left join organization su on su.id = s.unit_id
          left join person pe on pe.id = s.person_id
         where ${within} and s.revoked_at is null
         order by s.decided_on, s.id`,
  );
}

/** One closed ten-day round of a period with its due, done and on-time counts. */
export interface RoundCompletionRow {
  month: number;
  dekad: number;
  starts_on: string;
  ends_on: string;
  due: number;
  done: number;
  done_on_time: number;
}

/**
 * Each round of the period closed by `closedBy`, in order: the projects due in it (`dueInRound`),
 * those inspected in it and those inspected by its last day.
 */
export function roundCompletion(em: EntityManager, period: Period, closedBy: DateString): Promise<RoundCompletionRow[]> {
  const [p, r, i] = [sql`p`, sql`r`, sql`i`];
  return query<RoundCompletionRow>(
    em,
    sql`select r.month, r.dekad, r.starts_on::text, r.ends_on::text,
               count(p.id)::int as due,
               count(i.id)::int as done,
               count(i.id) filter (where ${inspectedInTime(i, r)})::int as done_on_time
          from ${tenDayRounds(period.year, period.fromMonth, period.toMonth)} r
          left join project p on ${dueInRound(p, r)}
          left join inspection i on i.project_id = p.id and i.year = ${period.year} and i.month = r.month and i.dekad = r.dekad
         where ${roundClosedBy(r, closedBy)}
         group by r.month, r.dekad, r.starts_on, r.ends_on
         order by r.month, r.dekad`,
  );
}

// ---------------------------------------------------------------------------------------------
// 每季一通报

/** A red light at the period's last month with lights; one row with only `month` when none is red. */
export interface RedLightRow {
  month: number | null;
  project_id: number | null;
  code: string;
  name: string;
  level: ProjectLevel;
  responsible_unit: string | null;
  rule: LightRule;
  inputs: { timeProgress?: string | null; completionRate?: string | null; lag?: string | null };
}

/** The official red lights at the last closed month of the period, city first and by code: at least one row, carrying that month. */
export function redLightRows(em: EntityManager, period: Period): Promise<RedLightRow[]> {
  return query<RedLightRow>(
    em,
    sql`with m as (select max(month)::int as month from light_record where year = ${period.year} and month between ${period.fromMonth} and ${period.toMonth})
        select m.month, p.id as project_id, p.code, p.name, ap.level, o.name as responsible_unit, lr.rule, lr.inputs
          from m
          left join light_record lr on lr.year = ${period.year} and lr.month = m.month and lr.light = ${Light.RED}
          left join ${yearList(period.year)} ap on ap.project_id = lr.project_id
          left join project p on p.id = ap.project_id
          left join organization o on o.id = p.responsible_unit_id
         order by ${CITY_FIRST}, p.code, p.id`,
  );
}

/** A problem overdue at a date, with its project's and owners' names. */
export interface OverdueRow {
  id: number;
  project_id: number;
  description: string;
  project_code: string;
  project_name: string;
  owner_unit: string | null;
  owner_person: string | null;
  raised_on: string;
  deadline: string;
  days_overdue: number;
  status: ProblemStatus;
  resolved_on: string | null;
}

/** The problems overdue at `asOf` (`overdueAt`), by deadline, with the days they were overdue then. */
export function overdueRows(em: EntityManager, asOf: DateString): Promise<OverdueRow[]> {
  const pb = sql`pb`;
  return query<OverdueRow>(
    em,
    sql`select pb.id, pb.project_id, pb.description, p.code as project_code, p.name as project_name,
               o.name as owner_unit, pe.name as owner_person, pb.raised_on::text, pb.deadline::text,
               (${asOf}::date - pb.deadline)::int as days_overdue, pb.status, pb.resolved_on::text
          from problem pb
          join project p on p.id = pb.project_id
          left join organization o on o.id = pb.owner_unit_id
          left join person pe on pe.id = pb.owner_person_id
         where ${overdueAt(pb, asOf)}
         order by pb.deadline, pb.id`,
  );
}

/** An escalation step created in a period, with its project and addressees' names. */
export interface EscalationRow {
  id: number;
  kind: EscalationKind;
  year: number;
  month: number | null;
  project_id: number;
  project_code: string;
  project_name: string;
  reason: string;
  addressee_unit: string | null;
  addressee_persons: string | null;
  created_on: string;
  due_on: string;
  status: EscalationStatus;
  closed_reason: string | null;
  closed_on: string | null;
  response: string | null;
}

/** The escalation steps created within the period (the district's calendar days), whatever year they are of, in the order created. */
export function escalationRows(em: EntityManager, period: Period): Promise<EscalationRow[]> {
  return query<EscalationRow>(
    em,
    sql`select e.id, e.kind, e.year, e.month, e.project_id, p.code as project_code, p.name as project_name, e.reason,
               u.name as addressee_unit, ${personNames(sql`e.addressee_person_ids`)} as addressee_persons,
               ${localDay(sql`e.created_at`)}::text as created_on, e.due_on::text, e.status, e.closed_reason,
               ${localDay(sql`e.closed_at`)}::text as closed_on, e.response
          from escalation e
          join project p on p.id = e.project_id
          left join organization u on u.id = e.addressee_unit_id
         where ${localDay(sql`e.created_at`)} between ${period.startsOn}::date and ${period.endsOn}::date
         order by e.created_at, e.id`,
  );
}

// ---------------------------------------------------------------------------------------------
// 每半年一小结, 年终一总结

/** The totals of a summary. */
export interface SummaryFiguresRow {
  project_count: number;
  planned: string;
  completed: string;
  through_month: number;
  problems_raised: number;
  problems_resolved: number;
  problems_open: number;
  problems_overdue: number;
}

/**
 * The totals of a period: projects on the year's issued list, their planned and completed
 * investment through its last month, the latest month reported in it, problems raised and resolved in it, and those unresolved
 * and overdue at `asOf`.
 */
export function summaryFigures(em: EntityManager, period: Period, asOf: DateString): Promise<SummaryFiguresRow> {
  const pb = sql`pb`;
  const { year } = period;
  return queryOne<SummaryFiguresRow>(
    em,
    sql`select
          (select count(*) from ${yearList(year)} l)::int as project_count,
          (select round(coalesce(sum(planned_investment), 0), 2) from ${yearList(year)} l)::text as planned,
          (select round(coalesce(sum(pr.completed_investment), 0), 2) from ${countedReports()} pr join ${yearList(year)} l on l.project_id = pr.project_id
            where pr.year = ${year} and pr.month <= ${period.toMonth})::text as completed,
          (select coalesce(max(month), 0) from ${countedReports()} r where year = ${year} and month between ${period.fromMonth} and ${period.toMonth})::int as through_month,
          (select count(*) from problem where raised_on between ${period.startsOn}::date and ${period.endsOn}::date)::int as problems_raised,
          (select count(*) from problem where resolved_on between ${period.startsOn}::date and ${period.endsOn}::date)::int as problems_resolved,
          (select count(*) from problem pb where ${unresolvedAt(pb, asOf)})::int as problems_open,
          (select count(*) from problem pb where ${overdueAt(pb, asOf)})::int as problems_overdue`,
  );
}

/** An explanation of a missed target (未完成目标说明) with its author and the author's roles on the project. */
export interface TargetExplanationRow {
  project_id: number;
  author_name: string;
  author_title: string | null;
  /** LIAISON_LEADER and/or RESPONSIBLE_PERSON, the roles the author holds on the project. */
  roles: AssignmentRole[];
  explanation: string;
  rectification_plan: string;
  submitted_on: string;
}

/** The explanations of the year's missed targets, by project, liaison leaders' before responsible persons'. */
export function targetExplanationRows(em: EntityManager, year: number): Promise<TargetExplanationRow[]> {
  const roles = sql`coalesce((select array_agg(a.role order by a.role) from assignment a
                               where a.project_id = t.project_id and a.person_id = t.author_id
                                 and a.role in (${AssignmentRole.LIAISON_LEADER}, ${AssignmentRole.RESPONSIBLE_PERSON})), '{}')`;
  return query<TargetExplanationRow>(
    em,
    sql`select t.project_id, pe.name as author_name, pe.title as author_title, ${roles}::text[] as roles,
               t.explanation, t.rectification_plan, ${localDay(sql`t.submitted_at`)}::text as submitted_on
          from target_explanation t
          join person pe on pe.id = t.author_id
         where t.year = ${year}
         order by t.project_id, ${roles}::text[] @> array[${AssignmentRole.LIAISON_LEADER}]::text[] desc, t.id`,
  );
}
