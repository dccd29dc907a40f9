import type { EntityManager } from '@mikro-orm/postgresql';
import { Decimal } from 'decimal.js';
import type { Context } from '../../core/context.js';
import { requireIntegerInRange } from '../../shared/errors.js';
import { lastMonthBegun, today, type DateString } from '../../shared/dates.js';
import { monthEnd } from '../../shared/dekad.js';
import { toGlobalId } from '../../shared/global-id.js';
import { completionRate, sumDecimals, type DecimalString } from '../../shared/money.js';
import { requireYear } from '../../shared/year.js';
import { SanctionKind } from '../assessment/assessment.entity.js';
import { subjectScores } from '../assessment/assessment.service.js';
import { SubjectRole } from '../assessment/assessment.types.js';
import { meanScore } from '../assessment/score.rules.js';
import { scoresAsOf } from '../assessment/score.service.js';
import { Light } from '../light/light.rules.js';
import { phasingOfRow, plannedToDate, referenceTimeProgress, timeProgressOf } from '../listing/listing.rules.js';
import { issuedLightInputs } from '../light/light.queries.js';
import { lightAt } from '../light/light.service.js';
import { schemeFor } from '../assessment/scheme.service.js';
import { isClosed } from '../period/period.queries.js';
import { landTotals } from '../dashboard/dashboard.queries.js';
import { ConstructionType, ProjectLevel } from '../project/project.entity.js';
import type {
  BulletinContents,
  InspectionCompletion,
  InspectionRoundCompletion,
  LandTotals,
  MissedTarget,
  MonthlyReport,
  MonthlyReportRow,
  MonthlyReportTotal,
  OverdueProblem,
  PeriodSummary,
  ProgressAtMonth,
  QuarterlyBulletin,
  RedLightProject,
  ReportEscalation,
  ReportProjectScore,
  ReportSanction,
  ScheduleRanking,
  SummaryContents,
} from './report.types.js';
import {
  escalationRows,
  monthlyRows,
  overdueRows,
  plannedProjectRows,
  redLightRows,
  roundCompletion,
  sanctionRows,
  storedRankingRows,
  summaryFigures,
  targetExplanationRows,
  type MonthlyRow,
  type Period,
  type TargetExplanationRow,
} from './report.queries.js';

function monthsOf(year: number, fromMonth: number, toMonth: number): Period {
  return { year, fromMonth, toMonth, startsOn: `${year}-${String(fromMonth).padStart(2, '0')}-01`, endsOn: monthEnd(year, toMonth) };
}

/**
 * The date a period's "as of" figures (unresolved and overdue problems) are taken at: its last
 * day once it is over, today while it runs. Problems are read as they stood then (`unresolvedAt`,
 * `overdueAt`), so a past period reads as it stood at its end.
 */
function asOfDate(period: Period): DateString {
  const now = today();
  return period.endsOn < now ? period.endsOn : now;
}

function percent(part: number, whole: number): DecimalString | null {
  return whole > 0 ? completionRate(String(part), String(whole)) : null;
}

// ---------------------------------------------------------------------------------------------
// 每月一报表

function problemText(problems: MonthlyRow['problems'], asOf: DateString): string | null {
  if (problems.length === 0) return null;
  return problems
    .map((problem, index) => `${index + 1}. ${problem.description}(整改期限${problem.deadline}${problem.deadline < asOf ? ',已逾期' : ''})`)
    .join('\n');
}

function totalOf(rows: MonthlyReportRow[], level: ProjectLevel | null, month: number, endsOn: DateString): MonthlyReportTotal {
  const planned = sumDecimals(rows.map((row) => row.annualPlannedInvestment ?? '0'));
  const completed = sumDecimals(rows.map((row) => row.completedInvestment));
  const toDate = sumDecimals(rows.map((row) => row.plannedToDate));
  const count = (light: Light) => rows.filter((row) => row.light === light).length;
  const byMonthEnd = (date: (row: MonthlyReportRow) => string | null) =>
    rows.filter((row) => {
      const on = date(row);
      return on !== null && on <= endsOn;
    }).length;
  return {
    level,
    projectCount: rows.length,
    annualPlannedInvestment: planned,
    monthCompletedInvestment: sumDecimals(rows.map((row) => row.monthCompletedInvestment)),
    completedInvestment: completed,
    completionRate: completionRate(completed, planned),
    lightCounts: { month, official: rows.every((row) => row.lightOfficial), green: count(Light.GREEN), yellow: count(Light.YELLOW), red: count(Light.RED), notDue: count(Light.NOT_DUE) },
    totalInvestment: sumDecimals(rows.map((row) => row.totalInvestment)),
    plannedToDate: toDate,
    timeProgress: timeProgressOf(toDate, planned),
    cumulativeInvestment: sumDecimals(rows.map((row) => row.cumulativeInvestment ?? '0')),
    newBuildCount: rows.filter((row) => row.constructionType === ConstructionType.NEW).length,
    startedCount: byMonthEnd((row) => row.startedOn),
    completedCount: byMonthEnd((row) => row.completedOn),
  };
}

/** A line's planned-to-date at the month end (`monthlyPhasing`, as the lights read the plan), 万元. */
function plannedToDateOf(row: MonthlyRow, year: number, month: number): string {
  const phasing = phasingOfRow({ ...row, planned_investment: row.planned ?? '0' }, year);
  return plannedToDate(phasing, month);
}

/**
 * Every project on the year's issued list at a month end, CITY before DISTRICT and by code, with
 * totals: the month's and the year-to-date investment against the plan and the project's own
 * 序时进度, the cumulative investment since works began, physical progress, start dates, people,
 * the light (official for a closed month; for an open one judged now and marked provisional) and
 * the problems unresolved at the month end (as of today while the month runs). A constant number
 * of SQL statements whatever the number of projects.
 */
async function progressAt(em: EntityManager, year: number, month: number): Promise<ProgressAtMonth> {
  const asOf = asOfDate(monthsOf(year, month, month));
  const endsOn = monthEnd(year, month);
  const [rows, closed] = await Promise.all([monthlyRows(em, year, month, asOf), isClosed(em, year, month)]);
  // An open month's lights are judged now, on the reports so far: provisional.
  const provisional = new Map<number, ReturnType<typeof lightAt>>();
  if (!closed) {
    const { thresholds } = await schemeFor(em, year);
    for (const input of await issuedLightInputs(em, year)) provisional.set(input.project_id, lightAt(input, year, month, thresholds));
  }
  const lines: MonthlyReportRow[] = rows.map((row, index) => {
    const toDate = plannedToDateOf(row, year, month);
    return {
      projectId: row.id,
      position: index + 1,
      code: row.code,
      name: row.name,
      level: row.level,
      responsibleUnit: row.responsible_unit,
      annualPlannedInvestment: row.planned,
      monthCompletedInvestment: row.month_completed,
      completedInvestment: row.completed,
      completionRate: completionRate(row.completed, row.planned),
      light: closed ? row.light : (provisional.get(row.id)?.light ?? null),
      lightRule: closed ? row.rule : (provisional.get(row.id)?.rule ?? null),
      lightOfficial: closed && row.light !== null,
      reported: row.reported,
      narrative: row.narrative,
      openProblemCount: row.problems.length,
      problems: problemText(row.problems, asOf),
      totalInvestment: row.total_investment,
      constructionType: row.construction_type,
      plannedStartOn: row.planned_start_on,
      startedOn: row.started_on,
      completedOn: row.completed_on,
      plannedToDate: toDate,
      timeProgress: timeProgressOf(toDate, row.planned),
      cumulativeInvestment: row.cumulative,
      physicalProgress: row.physical_progress,
      liaisonLeaders: row.liaison_leaders,
      responsiblePersons: row.responsible_persons,
    };
  });
  return {
    month,
    closed,
    rows: lines,
    total: totalOf(lines, null, month, endsOn),
    subtotals: [ProjectLevel.CITY, ProjectLevel.DISTRICT].map((level) =>
      totalOf(
        lines.filter((line) => line.level === level),
        level,
        month,
        endsOn,
      ),
    ),
  };
}

/**
 * 月报表: one line per project on the year's issued list, CITY before DISTRICT and by code, with
 * the month's and the year-to-date investment, the light at the month end (official for a closed
 * month; for an open one judged now and marked provisional), the month's narrative and the problems
 * unresolved at the month end (as of today while the month runs); the lines also carry what the
 * document prints besides (`progressAt`). Totals are exact sums of the lines, so for the latest
 * reported month they equal the dashboard's. A constant number of SQL statements whatever the
 * number of projects.
 */
export async function monthlyReport(context: Context, year: number, month: number): Promise<MonthlyReport> {
  requireYear(year);
  requireIntegerInRange(month, 1, 12, 'month');
  const progress = await progressAt(context.em, year, month);
  return { year, timeProgress: referenceTimeProgress(month), ...progress };
}

/**
 * The month a period's progress is judged at: its last month once that has begun; while the period
 * runs, the latest month begun (its first month before it begins), so that a running period is not
 * judged against plans of months still to come.
 */
function judgedMonth(period: Period): number {
  return Math.min(period.toMonth, Math.max(period.fromMonth, lastMonthBegun(period.year)));
}

// ---------------------------------------------------------------------------------------------
// Sections shared by the bulletin and the summaries

/** The year's stored project scores in ranking order (rank, then project id, as `projectScores`). */
async function storedRanking(em: EntityManager, year: number): Promise<ReportProjectScore[]> {
  const rows = await storedRankingRows(em, year);
  return rows.map((row) => ({
    projectId: row.project_id,
    rank: row.rank,
    code: row.code,
    name: row.name,
    level: row.level,
    responsibleUnit: row.responsible_unit,
    annualPlannedInvestment: row.planned,
    completedInvestment: row.completed,
    completionRate: completionRate(row.completed, row.planned),
    baseScore: row.base_score,
    weightScore: row.weight_score,
    bonusScore: row.bonus_score,
    deductions: row.deductions,
    total: row.total,
    targetMet: row.target_met,
    vetoed: row.vetoed,
  }));
}

/**
 * The year's project scores as they stood at the end of a period that is over (`scoresAsOf` its last
 * month and day), in ranking order; the stored (current) scores for a period still running and for
 * the year-end summary, which counts every sanction of the year.
 */
async function ranking(em: EntityManager, year: number, period: Period | null): Promise<ReportProjectScore[]> {
  if (period === null || period.endsOn >= today()) return storedRanking(em, year);
  const [projects, scores] = await Promise.all([plannedProjectRows(em, year), scoresAsOf(em, year, { month: period.toMonth, date: period.endsOn })]);
  const lines = new Map(projects.map((project) => [project.project_id, project]));
  // Both read the year's plans; a plan set between the two reads has no line yet and shows next time.
  return scores.flatMap(({ projectId, rank, completedInvestment, score }) => {
    const line = lines.get(projectId);
    if (!line) return [];
    return [
      {
        projectId,
        rank,
        code: line.code,
        name: line.name,
        level: line.level,
        responsibleUnit: line.responsible_unit,
        annualPlannedInvestment: line.planned,
        completedInvestment,
        completionRate: completionRate(completedInvestment, line.planned),
        baseScore: score.baseScore,
        weightScore: score.weightScore,
        bonusScore: score.bonusScore,
        deductions: score.deductions,
        total: score.total,
        targetMet: score.targetMet,
        vetoed: score.vetoed,
      },
    ];
  });
}

/** Sanctions decided within a period, or (for the year-end summary) counted for an assessment year. */
async function sanctions(em: EntityManager, scope: { decidedIn: Period } | { year: number }): Promise<Map<SanctionKind, ReportSanction[]>> {
  const rows = await sanctionRows(em, scope);
  const byKind = new Map<SanctionKind, ReportSanction[]>(Object.values(SanctionKind).map((kind) => [kind, []]));
  for (const row of rows) {
    byKind.get(row.kind)!.push({
      projectId: row.project_id,
      personId: row.person_id,
      kind: row.kind,
      year: row.year,
      decidedOn: row.decided_on,
      description: row.description,
      accountabilityReason: row.accountability_reason,
      projectCode: row.project_code,
      projectName: row.project_name,
      responsibleUnit: row.responsible_unit,
      personName: row.person_name,
      personTitle: row.person_title,
      unitName: row.unit_name,
      answerableNames: row.answerable_names,
    });
  }
  return byKind;
}

/**
 * 每十天一督查 over the period: for each ten-day round that has closed (ended before today), the
 * projects due (`dueInRound`, as `inspectionRounds` and the inspector duty score count them), those
 * inspected in the round and those inspected by its last day.
 */
async function inspectionCompletion(em: EntityManager, period: Period): Promise<InspectionCompletion> {
  const rows = await roundCompletion(em, period, today());
  const rounds: InspectionRoundCompletion[] = rows.map((row) => ({
    month: row.month,
    dekad: row.dekad,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    due: row.due,
    done: row.done,
    doneOnTime: row.done_on_time,
    completionRate: percent(row.done, row.due),
    onTimeRate: percent(row.done_on_time, row.due),
  }));
  const sum = (pick: (round: InspectionRoundCompletion) => number) => rounds.reduce((total, round) => total + pick(round), 0);
  const [due, done, doneOnTime] = [sum((r) => r.due), sum((r) => r.done), sum((r) => r.doneOnTime)];
  return { asOf: asOfDate(period), rounds, due, done, doneOnTime, completionRate: percent(done, due), onTimeRate: percent(doneOnTime, due) };
}

// ---------------------------------------------------------------------------------------------
// 每季一通报

/** Red lights at the last month of the period that has lights (at least one row, carrying that month). */
async function redLights(em: EntityManager, period: Period): Promise<{ month: number | null; projects: RedLightProject[] }> {
  const rows = await redLightRows(em, period);
  return {
    month: rows[0]?.month ?? null,
    projects: rows
      .filter((row) => row.project_id !== null)
      .map((row) => ({
        projectId: row.project_id!,
        code: row.code,
        name: row.name,
        level: row.level,
        responsibleUnit: row.responsible_unit,
        rule: row.rule,
        timeProgress: row.inputs.timeProgress ?? null,
        completionRate: row.inputs.completionRate ?? null,
        lag: row.inputs.lag ?? null,
      })),
  };
}

/** Problems past their deadline and unresolved at `asOf`, as the `overdue` flag read on that day. */
async function overdueProblems(em: EntityManager, asOf: DateString): Promise<OverdueProblem[]> {
  const rows = await overdueRows(em, asOf);
  return rows.map((row) => ({
    projectId: row.project_id,
    problemId: toGlobalId('Problem', row.id),
    description: row.description,
    projectCode: row.project_code,
    projectName: row.project_name,
    ownerUnit: row.owner_unit,
    ownerPerson: row.owner_person,
    raisedOn: row.raised_on,
    deadline: row.deadline,
    daysOverdue: row.days_overdue,
    status: row.status,
    resolvedOn: row.resolved_on,
  }));
}

/**
 * 季度通报: the year's ranking as it stood at the quarter's end, the commendations and criticisms decided in the quarter, the
 * red-light projects at the quarter's last month with lights, the problems overdue at the quarter
 * end (today while the quarter runs) and the inspection completion of its closed rounds.
 */
export async function quarterlyBulletin(context: Context, year: number, quarter: number): Promise<QuarterlyBulletin> {
  requireYear(year);
  requireIntegerInRange(quarter, 1, 4, 'quarter');
  const period = monthsOf(year, quarter * 3 - 2, quarter * 3);
  const asOf = asOfDate(period);
  const { em } = context;
  const [scores, decided, lights, overdue, inspections] = await Promise.all([
    ranking(em, year, period),
    sanctions(em, { decidedIn: period }),
    redLights(em, period),
    overdueProblems(em, asOf),
    inspectionCompletion(em, period),
  ]);
  return {
    year,
    quarter,
    startsOn: period.startsOn,
    endsOn: period.endsOn,
    ranking: scores,
    commendations: decided.get(SanctionKind.COMMENDATION)!,
    criticisms: decided.get(SanctionKind.CRITICISM)!,
    lightMonth: lights.month,
    redLights: lights.projects,
    overdueAsOf: asOf,
    overdueProblems: overdue,
    inspections,
  };
}

/**
 * Each level's projects ranked against their own 序时进度 at the month: by 完成年计划 − 序时进度
 * (percentage points, as printed), best first, dense (ties share). PREPARATORY listings (judged on
 * their pre-construction steps), listings without a plan and those with nothing planned yet by the
 * month (before their planned start) are listed after, unranked.
 */
function scheduleRankings(progress: ProgressAtMonth): ScheduleRanking[] {
  return [ProjectLevel.CITY, ProjectLevel.DISTRICT].map((level) => {
    const rows = progress.rows.filter((row) => row.level === level);
    const ranked = rows
      .filter((row) => row.constructionType !== ConstructionType.PREPARATORY && row.completionRate !== null && new Decimal(row.plannedToDate).greaterThan(0))
      .map((row) => ({ row, ahead: new Decimal(row.completionRate!).minus(row.timeProgress!) }))
      .sort((a, b) => b.ahead.comparedTo(a.ahead) || a.row.position - b.row.position);
    let rank = 0;
    const lines = ranked.map(({ row, ahead }, index) => {
      if (index === 0 || !ahead.equals(ranked[index - 1].ahead)) rank++;
      return { rank, row, aheadOfSchedule: ahead.toFixed(2) };
    });
    const rankedIds = new Set(ranked.map(({ row }) => row.projectId));
    return { level, lines: [...lines, ...rows.filter((row) => !rankedIds.has(row.projectId)).map((row) => ({ rank: null, row, aheadOfSchedule: null }))] };
  });
}

/** The escalation steps created within the period, with their state at `asOf` (closed by then; else open, and overdue when past due). */
async function escalationsCreatedIn(em: EntityManager, period: Period, asOf: DateString): Promise<ReportEscalation[]> {
  const rows = await escalationRows(em, period);
  return rows.map((row) => {
    const closedByAsOf = row.closed_on !== null && row.closed_on <= asOf;
    return {
      projectId: row.project_id,
      kind: row.kind,
      year: row.year,
      month: row.month,
      projectCode: row.project_code,
      projectName: row.project_name,
      reason: row.reason,
      addressees: [row.addressee_unit, row.addressee_persons].filter((part) => part !== null).join('；') || null,
      createdOn: row.created_on,
      dueOn: row.due_on,
      closedByAsOf,
      overdueAtAsOf: !closedByAsOf && row.due_on < asOf,
      closedReason: row.closed_reason,
      closedOn: row.closed_on,
      response: row.response,
    };
  });
}

/**
 * 季度通报 as its document prints it: the bulletin (`quarterlyBulletin`), the projects' progress at
 * the quarter's last month (while it runs, the latest month begun) for the overall situation
 * (总体情况), the rankings against 序时进度 of 市重点 and 区重点 separately, and the escalation steps
 * created within the quarter. A constant number of SQL statements whatever the number of projects.
 */
export async function quarterlyBulletinContents(context: Context, year: number, quarter: number): Promise<BulletinContents> {
  requireYear(year);
  requireIntegerInRange(quarter, 1, 4, 'quarter');
  const period = monthsOf(year, quarter * 3 - 2, quarter * 3);
  const [bulletin, progress, escalations] = await Promise.all([
    quarterlyBulletin(context, year, quarter),
    progressAt(context.em, year, judgedMonth(period)),
    escalationsCreatedIn(context.em, period, asOfDate(period)),
  ]);
  return { ...bulletin, progress, scheduleRankings: scheduleRankings(progress), escalations };
}

// ---------------------------------------------------------------------------------------------
// 每半年一小结, 年终一总结

async function periodSummary(context: Context, period: Period, half: number | null): Promise<PeriodSummary> {
  const { em } = context;
  const asOf = asOfDate(period);
  const [figures, scores, decided, inspections, liaisonLeaders, responsiblePersons, inspectors] = await Promise.all([
    summaryFigures(em, period, asOf),
    ranking(em, period.year, half === null ? null : period),
    // The year-end summary lists what counts for the year's assessment (also decided early next
    // year); a half-year summary what was decided in the half.
    sanctions(em, half === null ? { year: period.year } : { decidedIn: period }),
    inspectionCompletion(em, period),
    subjectScores(context, period.year, SubjectRole.LIAISON_LEADER),
    subjectScores(context, period.year, SubjectRole.RESPONSIBLE_PERSON),
    subjectScores(context, period.year, SubjectRole.INSPECTOR),
  ]);
  const commendations = decided.get(SanctionKind.COMMENDATION)!;
  const criticisms = decided.get(SanctionKind.CRITICISM)!;
  const accountabilities = decided.get(SanctionKind.ACCOUNTABILITY)!;
  return {
    year: period.year,
    half,
    startsOn: period.startsOn,
    endsOn: period.endsOn,
    asOf,
    throughMonth: figures.through_month,
    totals: {
      projectCount: figures.project_count,
      annualPlannedInvestment: figures.planned,
      completedInvestment: figures.completed,
      completionRate: completionRate(figures.completed, figures.planned),
      scoredCount: scores.length,
      targetMetCount: scores.filter((score) => score.targetMet).length,
      vetoedCount: scores.filter((score) => score.vetoed).length,
      averageScore: meanScore(scores.map((score) => score.total)),
      commendationCount: commendations.length,
      criticismCount: criticisms.length,
      accountabilityCount: accountabilities.length,
      problemsRaised: figures.problems_raised,
      problemsResolved: figures.problems_resolved,
      problemsOpen: figures.problems_open,
      problemsOverdue: figures.problems_overdue,
    },
    projectScores: scores,
    liaisonLeaders,
    responsiblePersons,
    inspectors,
    commendations,
    criticisms,
    accountabilities,
    inspections,
  };
}

/**
 * 半年小结: totals through the half's end, the year's project scores and ranks as they stood then, the scores of
 * liaison leaders, responsible persons and inspectors (`subjectScores`), the sanctions decided in
 * the half and the inspection completion of its closed rounds.
 */
export function halfYearSummary(context: Context, year: number, half: number): Promise<PeriodSummary> {
  requireYear(year);
  requireIntegerInRange(half, 1, 2, 'half');
  return periodSummary(context, monthsOf(year, half === 1 ? 1 : 7, half === 1 ? 6 : 12), half);
}

/** 年终总结: as the half-year summary over the whole year; sanctions are those counted for the year. */
export function annualSummary(context: Context, year: number): Promise<PeriodSummary> {
  requireYear(year);
  return periodSummary(context, monthsOf(year, 1, 12), null);
}

/** Land totals of the year's list as the tasks stand now (the dashboard's `landTotals`, one statement each): all, then CITY, then DISTRICT. */
function landTotalsOf(em: EntityManager, year: number): Promise<LandTotals[]> {
  return Promise.all(
    [null, ProjectLevel.CITY, ProjectLevel.DISTRICT].map(async (level) => {
      const row = await landTotals(em, year, level);
      return {
        level,
        taskCount: row.task_count,
        areaToAcquire: row.area_to_acquire,
        areaAcquired: row.area_acquired,
        areaRate: completionRate(row.area_acquired, row.area_to_acquire),
        householdsToRelocate: row.households_to_relocate,
        householdsRelocated: row.households_relocated,
        householdsRate: percent(row.households_relocated, row.households_to_relocate),
      };
    }),
  );
}

/**
 * The projects that missed the period's target, with the explanations of the year (target_explanation):
 * for a half-year, those behind the plan phased to its judged month (completed < planned-to-date);
 * for the year-end summary, those whose assessment says the year's target was not met (the
 * projects that owe an explanation).
 */
function missedTargets(summary: PeriodSummary, progress: ProgressAtMonth, explanations: TargetExplanationRow[]): MissedTarget[] {
  const explained = new Map<number, TargetExplanationRow[]>();
  for (const row of explanations) explained.set(row.project_id, [...(explained.get(row.project_id) ?? []), row]);
  const explanationsOf = (projectId: number) =>
    (explained.get(projectId) ?? []).map((row) => ({
      authorName: row.author_name,
      authorTitle: row.author_title,
      roles: row.roles,
      explanation: row.explanation,
      rectificationPlan: row.rectification_plan,
      submittedOn: row.submitted_on,
    }));
  if (summary.half !== null) {
    return progress.rows
      .filter((row) => new Decimal(row.completedInvestment).lessThan(row.plannedToDate))
      .map((row) => ({
        projectId: row.projectId,
        code: row.code,
        name: row.name,
        level: row.level,
        responsibleUnit: row.responsibleUnit,
        annualPlannedInvestment: row.annualPlannedInvestment,
        plannedToDate: row.plannedToDate,
        completedInvestment: row.completedInvestment,
        completionRate: row.completionRate,
        timeProgress: row.timeProgress,
        vetoed: false,
        explanations: explanationsOf(row.projectId),
      }));
  }
  return summary.projectScores
    .filter((score) => !score.targetMet)
    .map((score) => ({
      projectId: score.projectId,
      code: score.code,
      name: score.name,
      level: score.level,
      responsibleUnit: score.responsibleUnit,
      annualPlannedInvestment: score.annualPlannedInvestment,
      plannedToDate: null,
      completedInvestment: score.completedInvestment,
      completionRate: score.completionRate,
      timeProgress: null,
      vetoed: score.vetoed,
      explanations: explanationsOf(score.projectId),
    }));
}

/**
 * A summary as its document prints it: the summary (`periodSummary`), the projects' progress at the
 * period's last month (while it runs, the latest month begun) — started and completed counts, the
 * 市/区 split, lights —, the land totals of the year's list, and the missed targets with their
 * explanations. A constant number of SQL statements whatever the number of projects.
 */
async function summaryContents(context: Context, period: Period, half: number | null): Promise<SummaryContents> {
  const { em } = context;
  const [summary, progress, land, explanations] = await Promise.all([
    periodSummary(context, period, half),
    progressAt(em, period.year, judgedMonth(period)),
    landTotalsOf(em, period.year),
    targetExplanationRows(em, period.year),
  ]);
  return { ...summary, progress, land, missedTargets: missedTargets(summary, progress, explanations) };
}

/** 半年小结 as its document prints it (`summaryContents`). */
export function halfYearSummaryContents(context: Context, year: number, half: number): Promise<SummaryContents> {
  requireYear(year);
  requireIntegerInRange(half, 1, 2, 'half');
  return summaryContents(context, monthsOf(year, half === 1 ? 1 : 7, half === 1 ? 6 : 12), half);
}

/** 年终总结 as its document prints it (`summaryContents`). */
export function annualSummaryContents(context: Context, year: number): Promise<SummaryContents> {
  requireYear(year);
  return summaryContents(context, monthsOf(year, 1, 12), null);
}
