import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context.js';
import { requireIntegerInRange } from '../../shared/errors.js';
import { today, type DateString } from '../../shared/dates.js';
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
import { referenceTimeProgress } from '../listing/listing.rules.js';
import { issuedLightInputs } from '../light/light.queries.js';
import { lightAt } from '../light/light.service.js';
import { schemeFor } from '../assessment/scheme.service.js';
import { isClosed } from '../period/period.queries.js';
import { ProjectLevel } from '../project/project.entity.js';
import type {
  InspectionCompletion,
  InspectionRoundCompletion,
  MonthlyReport,
  MonthlyReportRow,
  MonthlyReportTotal,
  OverdueProblem,
  PeriodSummary,
  QuarterlyBulletin,
  RedLightProject,
  ReportProjectScore,
  ReportSanction,
} from './report.types.js';
import {
  monthlyRows,
  overdueRows,
  plannedProjectRows,
  redLightRows,
  roundCompletion,
  sanctionRows,
  storedRankingRows,
  summaryFigures,
  type MonthlyRow,
  type Period,
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

function totalOf(rows: MonthlyReportRow[], level: ProjectLevel | null, month: number): MonthlyReportTotal {
  const planned = sumDecimals(rows.map((row) => row.annualPlannedInvestment ?? '0'));
  const completed = sumDecimals(rows.map((row) => row.completedInvestment));
  const count = (light: Light) => rows.filter((row) => row.light === light).length;
  return {
    level,
    projectCount: rows.length,
    annualPlannedInvestment: planned,
    monthCompletedInvestment: sumDecimals(rows.map((row) => row.monthCompletedInvestment)),
    completedInvestment: completed,
    completionRate: completionRate(completed, planned),
    lightCounts: { month, official: rows.every((row) => row.lightOfficial), green: count(Light.GREEN), yellow: count(Light.YELLOW), red: count(Light.RED), notDue: count(Light.NOT_DUE) },
  };
}

/**
 * 月报表: one line per project on the year's issued list, CITY before DISTRICT and by code, with
 * the month's and the year-to-date investment, the light at the month end (official for a closed
 * month; for an open one judged now and marked provisional), the month's narrative and the problems
 * unresolved at the month end (as of today while the month runs). Totals are exact sums of the
 * lines, so for the latest reported month they equal the dashboard's. A constant number of SQL
 * statements whatever the number of projects.
 */
export async function monthlyReport(context: Context, year: number, month: number): Promise<MonthlyReport> {
  requireYear(year);
  requireIntegerInRange(month, 1, 12, 'month');
  const asOf = asOfDate(monthsOf(year, month, month));
  const [rows, closed] = await Promise.all([monthlyRows(context.em, year, month, asOf), isClosed(context.em, year, month)]);
  // An open month's lights are judged now, on the reports so far: provisional.
  const provisional = new Map<number, ReturnType<typeof lightAt>>();
  if (!closed) {
    const { thresholds } = await schemeFor(context.em, year);
    for (const input of await issuedLightInputs(context.em, year)) provisional.set(input.project_id, lightAt(input, year, month, thresholds));
  }
  const lines: MonthlyReportRow[] = rows.map((row, index) => ({
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
  }));
  return {
    year,
    month,
    timeProgress: referenceTimeProgress(month),
    closed,
    rows: lines,
    total: totalOf(lines, null, month),
    subtotals: [ProjectLevel.CITY, ProjectLevel.DISTRICT].map((level) =>
      totalOf(
        lines.filter((line) => line.level === level),
        level,
        month,
      ),
    ),
  };
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
