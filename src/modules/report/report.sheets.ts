import { Decimal } from 'decimal.js';
import { monthEnd } from '../../shared/dekad.js';
import { Light, LightRule } from '../light/light.rules.js';
import { ProblemStatus } from '../problem/problem.entity.js';
import { ConstructionType, ProjectLevel } from '../project/project.entity.js';
import { AccountabilityReason } from '../assessment/score.rules.js';
import type { SubjectScore } from '../assessment/assessment.types.js';
import { AssignmentRole } from '../assignment/assignment.entity.js';
import { EscalationKind } from '../escalation/escalation.entity.js';
import type {
  BulletinContents,
  InspectionCompletion,
  LandTotals,
  MissedTarget,
  MonthlyReport,
  MonthlyReportRow,
  MonthlyReportTotal,
  ProgressAtMonth,
  ReportEscalation,
  ReportProjectScore,
  ReportSanction,
  ScheduleRanking,
  SummaryContents,
} from './report.types.js';

/**
 * The layout of the "五个一" reports as a district office prints them, independent of the file
 * format: `report.xlsx.ts` and `report.csv.ts` render the same sheets, so the two downloads agree.
 */

/** How a column's cells are written: money and percents stay exact decimal strings until rendered. */
export type CellKind = 'text' | 'integer' | 'money' | 'percent' | 'score' | 'light' | 'auto';

export interface SheetColumn {
  header: string;
  /** Width in characters (a CJK character counts about two). */
  width: number;
  kind: CellKind;
  /** Long text that wraps. */
  wrap?: boolean;
}

export type CellValue = string | number | null;

/** `note` rows (such as "无") span the whole width. */
export type RowStyle = 'data' | 'subtotal' | 'total' | 'note';

export interface SheetRow {
  style: RowStyle;
  cells: CellValue[];
}

export interface ReportSheet {
  /** Worksheet tab, at most 31 characters. */
  name: string;
  /** Title line, merged across the columns. */
  title: string;
  /** The line under the title: unit, period, as-of date. */
  subtitle: string;
  columns: SheetColumn[];
  rows: SheetRow[];
  /** Columns kept visible when scrolling right. */
  frozenColumns: number;
  /** Paragraphs between the subtitle and the table (a bulletin's overall situation in words). */
  preamble?: string[];
  /** Lines to sign under the table, with the date it is submitted on. */
  footer?: SheetFooter;
}

/** What a form carries under its table: blank lines to sign, and the date it is submitted on. */
export interface SheetFooter {
  /** Labels of the lines to sign (填报单位, 审核人, 制表人), left blank. */
  signatures: string[];
  /** 报送日期 (YYYY-MM-DD): the issue date of an issued document, today for a live download; each edition fills it. */
  date: string | null;
}

export interface ReportDocument {
  /** Chinese file name without extension, e.g. 2026年3月重点工程月报表. */
  fileName: string;
  /** ASCII fallback file name without extension. */
  asciiFileName: string;
  sheets: ReportSheet[];
}


export const LEVEL_LABELS: Record<ProjectLevel, string> = { [ProjectLevel.CITY]: '市重点', [ProjectLevel.DISTRICT]: '区重点' };
export const LIGHT_LABELS: Record<Light, string> = { [Light.GREEN]: '绿灯', [Light.YELLOW]: '黄灯', [Light.RED]: '红灯', [Light.NOT_DUE]: '未到开工期' };
export const RULE_LABELS: Record<LightRule, string> = {
  [LightRule.NOT_DUE_TO_START]: '未到计划开工月',
  [LightRule.NO_PLANNED_START]: '无计划开工日期',
  [LightRule.START_DELAYED]: '计划开工月已过仍未开工',
  [LightRule.START_DELAYED_LONG]: '计划开工月后三个月仍未开工',
  [LightRule.NO_ANNUAL_PLAN]: '无年度计划',
  [LightRule.ON_SCHEDULE]: '符合本项目序时进度',
  [LightRule.LAG_YELLOW]: '滞后本项目序时进度达黄灯阈值',
  [LightRule.LAG_RED]: '滞后本项目序时进度达红灯阈值',
  [LightRule.PRELIMINARY_ON_TRACK]: '前期手续按期推进',
  [LightRule.PRELIMINARY_OVERDUE]: '前期手续逾期',
  [LightRule.PRELIMINARY_OVERDUE_LONG]: '前期手续逾期三个月以上',
};
const STATUS_LABELS: Record<ProblemStatus, string> = {
  [ProblemStatus.OPEN]: '待整改',
  [ProblemStatus.RECTIFYING]: '整改中',
  [ProblemStatus.RESOLVED]: '已整改',
};
const REASON_LABELS: Record<AccountabilityReason, string> = {
  [AccountabilityReason.SAFETY_ACCIDENT]: '安全生产责任事故',
  [AccountabilityReason.MANAGEMENT_FAILURE]: '重大管理或服务失误',
  [AccountabilityReason.SERIOUS_VIOLATION]: '严重违法违纪',
  [AccountabilityReason.TARGET_MISSED]: '未完成年度考核指标',
};

const ROLE_LABELS: Partial<Record<AssignmentRole, string>> = { [AssignmentRole.LIAISON_LEADER]: '挂钩区领导', [AssignmentRole.RESPONSIBLE_PERSON]: '责任人' };
const ESCALATION_LABELS: Record<EscalationKind, string> = {
  [EscalationKind.REMINDER]: '提醒',
  [EscalationKind.SUPERVISION_LETTER]: '督办函',
  [EscalationKind.TALK]: '约谈',
  [EscalationKind.ACCOUNTABILITY_PROPOSAL]: '问责建议',
  [EscalationKind.REPORT_REMINDER]: '催报',
};
/** How an escalation step closed (`Escalation.closedReason`). */
const CLOSED_LABELS: Record<string, string> = { RESPONDED: '已回复', CAUSE_GONE: '原因已消除', SUPERSEDED: '已升级督办' };

const NONE: SheetRow = { style: 'note', cells: ['无'] };

function orNone(rows: SheetRow[]): SheetRow[] {
  return rows.length ? rows : [NONE];
}

const yesNo = (value: boolean) => (value ? '是' : '否');

/** 万元 as 亿元 for prose, rounded half up to two decimals, without trailing zeros ("73400.00" → "7.34", "431000.00" → "43.1"). */
function yi(wan: string): string {
  return new Decimal(wan).dividedBy(10000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString();
}

/** A date as a document writes it: "2026-03-31" → "2026年3月31日". */
function chineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** 完成年计划 − 序时进度 in percentage points, exact on the two printed rates; null when either is missing. */
function aheadOf(completionRate: string | null, timeProgress: string | null): string | null {
  return completionRate === null || timeProgress === null ? null : new Decimal(completionRate).minus(timeProgress).toFixed(2);
}

/** Completion against 序时进度 in words: 序时进度18.99%，低于序时进度0.55个百分点 (超… / 与序时进度持平). */
function againstSchedule(completionRate: string | null, timeProgress: string | null): string {
  const ahead = aheadOf(completionRate, timeProgress);
  if (ahead === null) return `序时进度${timeProgress ?? '—'}%`;
  const points = new Decimal(ahead);
  if (points.isZero()) return `序时进度${timeProgress}%，与序时进度持平`;
  return `序时进度${timeProgress}%，${points.greaterThan(0) ? '超' : '低于'}序时进度${points.abs().toFixed(2)}个百分点`;
}

/** The light counts in words: 绿灯20项、黄灯5项、红灯0项、未到开工期3项. */
function lightsText(counts: MonthlyReportTotal['lightCounts']): string {
  return `绿灯${counts.green}项、黄灯${counts.yellow}项、红灯${counts.red}项${counts.notDue ? `、未到开工期${counts.notDue}项` : ''}`;
}

/**
 * The overall progress of the year's projects at a month end in the words of a district's own
 * bulletin ("28项市重点工程(项目)有19项已动工,完成投资7.34亿元,完成年计划18.44%"): the list, its
 * total and planned investment, then per level the started projects, the completed investment, the
 * completion rate and 序时进度, then the whole list against its 序时进度 and the lights.
 */
function progressParagraph(year: number, progress: ProgressAtMonth, withCompleted: boolean): string {
  const { total, subtotals, month } = progress;
  const at = `截至${year}年${month}月末`;
  if (total.projectCount === 0) return `${at}，${year}年重点工程(项目)名单尚未下达，暂无统计数据。`;
  const counts = subtotals
    .filter((subtotal) => subtotal.projectCount > 0)
    .map((subtotal) => `${LEVEL_LABELS[subtotal.level!]}${subtotal.projectCount}项`)
    .join('、');
  const levels = subtotals
    .filter((subtotal) => subtotal.projectCount > 0)
    .map(
      (subtotal) =>
        `${subtotal.projectCount}项${LEVEL_LABELS[subtotal.level!]}工程(项目)有${subtotal.startedCount}项已动工${withCompleted && subtotal.completedCount ? `、${subtotal.completedCount}项已竣工` : ''}，` +
        `完成投资${yi(subtotal.completedInvestment)}亿元，完成年计划${subtotal.completionRate ?? '—'}%，${againstSchedule(subtotal.completionRate, subtotal.timeProgress)}`,
    )
    .join('；');
  const started = `合计已动工${total.startedCount}项${withCompleted ? `、已竣工${total.completedCount}项` : ''}`;
  return (
    `${at}，全区重点工程(项目)共${total.projectCount}项(其中${counts})，总投资${yi(total.totalInvestment)}亿元，${year}年计划完成投资${yi(total.annualPlannedInvestment)}亿元。` +
    `${levels}。全区${started}，完成投资${yi(total.completedInvestment)}亿元，完成年计划${total.completionRate ?? '—'}%，${againstSchedule(total.completionRate, total.timeProgress)}；` +
    `开工累计完成投资${yi(total.cumulativeInvestment)}亿元。${month}月末亮灯情况${progress.closed ? '' : '(暂定)'}：${lightsText(total.lightCounts)}。`
  );
}

/** A figure of the overall situation, for the list and each level: 指标, 全区, 市重点, 区重点, 单位. */
type FigureRow = (label: string, pick: (total: MonthlyReportTotal) => string | number | null, unit: string) => SheetRow;

function figureRows(progress: ProgressAtMonth): FigureRow {
  const [city, district] = progress.subtotals;
  return (label, pick, unit) => ({ style: 'data', cells: [label, pick(progress.total), pick(city), pick(district), unit] });
}

const OVERVIEW_COLUMNS: SheetColumn[] = [
  { header: '指标', width: 34, kind: 'text', wrap: true },
  { header: '全区', width: 16, kind: 'auto' },
  { header: '市重点', width: 16, kind: 'auto' },
  { header: '区重点', width: 16, kind: 'auto' },
  { header: '单位', width: 8, kind: 'text' },
];

/** The progress figures of the overall situation, by level: counts, investment against the plan and 序时进度, lights. */
function progressFigures(progress: ProgressAtMonth, withCompleted: boolean): SheetRow[] {
  const figure = figureRows(progress);
  const lights = `${progress.month}月末${progress.closed ? '' : '(暂定)'}`;
  return [
    figure('重点项目', (total) => total.projectCount, '个'),
    figure('其中:新开工项目', (total) => total.newBuildCount, '个'),
    figure('已动工项目', (total) => total.startedCount, '个'),
    ...(withCompleted ? [figure('已竣工项目', (total) => total.completedCount, '个')] : []),
    figure('总投资', (total) => total.totalInvestment, '万元'),
    figure('年度计划投资', (total) => total.annualPlannedInvestment, '万元'),
    figure(`序时计划投资(${progress.month}月末)`, (total) => total.plannedToDate, '万元'),
    figure('本年累计完成投资', (total) => total.completedInvestment, '万元'),
    figure('完成年计划', (total) => total.completionRate, '%'),
    figure('序时进度', (total) => total.timeProgress, '%'),
    figure('超(+)/低于(−)序时进度', (total) => aheadOf(total.completionRate, total.timeProgress), '百分点'),
    figure('开工累计完成投资', (total) => total.cumulativeInvestment, '万元'),
    figure(`${lights}绿灯项目`, (total) => total.lightCounts.green, '个'),
    figure(`${lights}黄灯项目`, (total) => total.lightCounts.yellow, '个'),
    figure(`${lights}红灯项目`, (total) => total.lightCounts.red, '个'),
    figure(`${lights}未到开工期项目`, (total) => total.lightCounts.notDue, '个'),
  ];
}

// ---------------------------------------------------------------------------------------------
// 月报表

const MONTHLY_COLUMNS: SheetColumn[] = [
  { header: '序号', width: 6, kind: 'integer' },
  { header: '项目编号', width: 13, kind: 'text' },
  { header: '项目名称', width: 26, kind: 'text', wrap: true },
  { header: '级别', width: 8, kind: 'text' },
  { header: '责任单位', width: 16, kind: 'text', wrap: true },
  { header: '总投资', width: 14, kind: 'money' },
  { header: '年度计划投资', width: 14, kind: 'money' },
  { header: '当月完成投资', width: 14, kind: 'money' },
  { header: '本年累计完成投资', width: 14, kind: 'money' },
  { header: '完成年计划(%)', width: 11, kind: 'percent' },
  { header: '序时进度(%)', width: 11, kind: 'percent' },
  { header: '开工累计完成投资', width: 14, kind: 'money' },
  { header: '形象进度(%)', width: 11, kind: 'percent' },
  { header: '形象进度及进展情况', width: 36, kind: 'text', wrap: true },
  { header: '计划开工', width: 12, kind: 'text' },
  { header: '实际开工', width: 12, kind: 'text' },
  { header: '挂钩区领导', width: 11, kind: 'text', wrap: true },
  { header: '责任人', width: 11, kind: 'text', wrap: true },
  { header: '亮灯', width: 9, kind: 'light', wrap: true },
  { header: '亮灯依据', width: 18, kind: 'text', wrap: true },
  { header: '存在问题', width: 40, kind: 'text', wrap: true },
];

/** The lines a monthly table is signed on; the edition fills the date. */
const MONTHLY_FOOTER: SheetFooter = { signatures: ['填报单位(盖章)', '审核人', '制表人'], date: null };

function monthlyTotalRow(total: MonthlyReportTotal, label: string, style: RowStyle): SheetRow {
  const { green, yellow, red } = total.lightCounts;
  return {
    style,
    cells: [
      null,
      null,
      `${label}(${total.projectCount}个)`,
      null,
      null,
      total.totalInvestment,
      total.annualPlannedInvestment,
      total.monthCompletedInvestment,
      total.completedInvestment,
      total.completionRate,
      total.timeProgress,
      total.cumulativeInvestment,
      null,
      null,
      null,
      `已动工${total.startedCount}个`,
      null,
      null,
      green + yellow + red ? `绿${green} 黄${yellow} 红${red}` : null,
      null,
      null,
    ],
  };
}

/** 计划开工: the listing's planned start; a CONTINUING or PREPARATORY listing has none to keep and says what it is. */
function plannedStartText(row: MonthlyReportRow): string | null {
  if (row.plannedStartOn) return row.plannedStartOn;
  if (row.constructionType === ConstructionType.CONTINUING) return '续建';
  if (row.constructionType === ConstructionType.PREPARATORY) return '预备(前期)';
  return null;
}

/** 实际开工 at the month end: the start date, or 未开工 when works had not started by then (a start dated later was not yet one). */
function actualStartText(row: MonthlyReportRow, endsOn: string): string {
  return row.startedOn !== null && row.startedOn <= endsOn ? row.startedOn : '未开工';
}

/** 月报表: 合计, then 一、市重点 with its projects, then 二、区重点 with its projects; signed under the table. */
export function monthlyReportDocument(report: MonthlyReport, districtName: string): ReportDocument {
  const { year, month } = report;
  const endsOn = monthEnd(year, month);
  const rows: SheetRow[] = [monthlyTotalRow(report.total, '合计', 'total')];
  const numerals = ['一', '二'];
  report.subtotals.forEach((subtotal, index) => {
    rows.push(monthlyTotalRow(subtotal, `${numerals[index]}、${LEVEL_LABELS[subtotal.level!]}`, 'subtotal'));
    for (const row of report.rows.filter((line) => line.level === subtotal.level)) {
      rows.push({
        style: 'data',
        cells: [
          row.position,
          row.code,
          row.name,
          LEVEL_LABELS[row.level],
          row.responsibleUnit,
          row.totalInvestment,
          row.annualPlannedInvestment,
          row.monthCompletedInvestment,
          row.completedInvestment,
          row.completionRate,
          row.timeProgress,
          row.cumulativeInvestment,
          row.physicalProgress,
          row.reported ? row.narrative : report.closed ? '未报(按0计)' : '(当月未填报)',
          plannedStartText(row),
          actualStartText(row, endsOn),
          row.liaisonLeaders,
          row.responsiblePersons,
          row.light,
          row.lightRule ? RULE_LABELS[row.lightRule] : null,
          row.problems,
        ],
      });
    }
  });
  const unreported = report.rows.filter((row) => !row.reported);
  if (report.closed && unreported.length) {
    rows.push({ style: 'note', cells: [`未报项目(${unreported.length}个，按0计)：${unreported.map((row) => `${row.code} ${row.name}`).join('；')}`] });
  }
  return {
    fileName: `${year}年${month}月重点工程月报表`,
    asciiFileName: `monthly-report-${year}-${String(month).padStart(2, '0')}`,
    sheets: [
      {
        name: `${month}月报表`,
        title: `${districtName}${year}年${month}月重点工程(项目)建设进度月报表`,
        subtitle: `单位:万元    全区参考序时进度(月数÷12):${report.timeProgress}%,各项目序时进度按本项目分月计划计算    亮灯为${month}月末情况${report.closed ? '(已关账,正式灯色)' : '(未关账,暂定灯色)'}`,
        columns: MONTHLY_COLUMNS,
        rows,
        frozenColumns: 3,
        footer: MONTHLY_FOOTER,
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Sections shared by the bulletin and the summaries

const SCORE_COLUMNS: SheetColumn[] = [
  { header: '排名', width: 6, kind: 'integer' },
  { header: '项目编号', width: 13, kind: 'text' },
  { header: '项目名称', width: 30, kind: 'text', wrap: true },
  { header: '级别', width: 8, kind: 'text' },
  { header: '责任单位', width: 18, kind: 'text', wrap: true },
  { header: '年度计划投资', width: 15, kind: 'money' },
  { header: '累计完成投资', width: 15, kind: 'money' },
  { header: '完成年计划(%)', width: 13, kind: 'percent' },
  { header: '基准分', width: 9, kind: 'score' },
  { header: '权重分', width: 9, kind: 'score' },
  { header: '奖励分', width: 9, kind: 'score' },
  { header: '扣分', width: 9, kind: 'score' },
  { header: '总分', width: 9, kind: 'score' },
  { header: '完成年度目标', width: 12, kind: 'text' },
  { header: '一票否决', width: 10, kind: 'text' },
];

function scoreSheet(name: string, title: string, subtitle: string, scores: ReportProjectScore[]): ReportSheet {
  return {
    name,
    title,
    subtitle,
    columns: SCORE_COLUMNS,
    rows: orNone(
      scores.map((score) => ({
        style: 'data',
        cells: [
          score.rank,
          score.code,
          score.name,
          LEVEL_LABELS[score.level],
          score.responsibleUnit,
          score.annualPlannedInvestment,
          score.completedInvestment,
          score.completionRate,
          score.baseScore,
          score.weightScore,
          score.bonusScore,
          score.deductions,
          score.total,
          yesNo(score.targetMet),
          yesNo(score.vetoed),
        ],
      })),
    ),
    frozenColumns: 3,
  };
}

/** The persons a sanction names: the person commended or criticised (with the title), and an accountability case's answerable persons. */
function personsOf(sanction: ReportSanction): string | null {
  const named = sanction.personName ? `${sanction.personName}${sanction.personTitle ? `(${sanction.personTitle})` : ''}` : null;
  const answerable = (sanction.answerableNames ?? '').split('、').filter((name) => name && name !== sanction.personName);
  return [named, ...answerable].filter((name) => name !== null).join('、') || null;
}

function sanctionSheet(name: string, title: string, subtitle: string, sanctions: ReportSanction[], withReason = false): ReportSheet {
  const columns: SheetColumn[] = [
    { header: '序号', width: 6, kind: 'integer' },
    { header: '决定日期', width: 12, kind: 'text' },
    { header: '项目编号', width: 13, kind: 'text' },
    { header: '项目名称', width: 30, kind: 'text', wrap: true },
    { header: '责任单位', width: 18, kind: 'text', wrap: true },
    { header: withReason ? '问责对象' : '相关人员', width: 22, kind: 'text', wrap: true },
    ...(withReason ? [{ header: '问责事由', width: 18, kind: 'text' as const }] : []),
    { header: '事由', width: 50, kind: 'text', wrap: true },
  ];
  return {
    name,
    title,
    subtitle,
    columns,
    rows: orNone(
      sanctions.map((sanction, index) => ({
        style: 'data',
        cells: [
          index + 1,
          sanction.decidedOn,
          sanction.projectCode,
          sanction.projectName,
          sanction.unitName ?? sanction.responsibleUnit,
          personsOf(sanction),
          ...(withReason ? [sanction.accountabilityReason ? REASON_LABELS[sanction.accountabilityReason] : null] : []),
          sanction.description,
        ],
      })),
    ),
    frozenColumns: 0,
  };
}

function inspectionSheet(title: string, inspections: InspectionCompletion): ReportSheet {
  const rows: SheetRow[] = inspections.rounds.map((round) => ({
    style: 'data',
    cells: [
      `${round.month}月${['上', '中', '下'][round.dekad - 1]}旬`,
      `${round.startsOn}至${round.endsOn}`,
      round.due,
      round.done,
      round.doneOnTime,
      round.due - round.done,
      round.completionRate,
      round.onTimeRate,
    ],
  }));
  if (rows.length) {
    rows.push({
      style: 'total',
      cells: [
        '合计',
        null,
        inspections.due,
        inspections.done,
        inspections.doneOnTime,
        inspections.due - inspections.done,
        inspections.completionRate,
        inspections.onTimeRate,
      ],
    });
  }
  return {
    name: '督查完成情况',
    title,
    subtitle: `统计已结束的旬次(截至${inspections.asOf});应督查为该旬未竣工项目数`,
    columns: [
      { header: '旬次', width: 12, kind: 'text' },
      { header: '起止日期', width: 24, kind: 'text' },
      { header: '应督查(个)', width: 12, kind: 'integer' },
      { header: '已督查(个)', width: 12, kind: 'integer' },
      { header: '按时督查(个)', width: 13, kind: 'integer' },
      { header: '应督未督(个)', width: 13, kind: 'integer' },
      { header: '督查完成率(%)', width: 14, kind: 'percent' },
      { header: '按时督查率(%)', width: 14, kind: 'percent' },
    ],
    rows: orNone(rows),
    frozenColumns: 0,
  };
}

// ---------------------------------------------------------------------------------------------
// 季度通报

/** Why a line is not ranked against 序时进度 (`scheduleRankings`). */
function unrankedReason(row: MonthlyReportRow): string {
  if (row.constructionType === ConstructionType.PREPARATORY) return '预备项目,按前期手续考核,不参加排名';
  if (row.timeProgress === null) return '无年度计划投资,不参加排名';
  return '尚无序时计划投资(未到计划开工月),暂不排名';
}

/** 排名 against 序时进度 of one level: ranked projects first, then those not ranked with the reason. */
function scheduleSheet(prefix: string, ranking: ScheduleRanking, month: number): ReportSheet {
  const label = LEVEL_LABELS[ranking.level];
  return {
    name: `${label}进度排名`,
    title: `${prefix}${label}工程(项目)进度排名`,
    subtitle: `按${month}月末完成年计划超(+)/低于(−)本项目序时进度的百分点排名    单位:万元`,
    columns: [
      { header: '排名', width: 6, kind: 'integer' },
      { header: '项目编号', width: 13, kind: 'text' },
      { header: '项目名称', width: 28, kind: 'text', wrap: true },
      { header: '责任单位', width: 16, kind: 'text', wrap: true },
      { header: '年度计划投资', width: 14, kind: 'money' },
      { header: '序时计划投资', width: 14, kind: 'money' },
      { header: '本年累计完成投资', width: 14, kind: 'money' },
      { header: '序时进度(%)', width: 11, kind: 'percent' },
      { header: '完成年计划(%)', width: 11, kind: 'percent' },
      { header: '超(+)/低于(−)序时进度(百分点)', width: 14, kind: 'percent' },
      { header: '亮灯', width: 8, kind: 'light' },
      { header: '备注', width: 22, kind: 'text', wrap: true },
    ],
    rows: orNone(
      ranking.lines.map(({ rank, row, aheadOfSchedule }) => ({
        style: 'data',
        cells: [
          rank,
          row.code,
          row.name,
          row.responsibleUnit,
          row.annualPlannedInvestment,
          row.plannedToDate,
          row.completedInvestment,
          row.timeProgress,
          row.completionRate,
          aheadOfSchedule,
          row.light,
          rank !== null ? null : unrankedReason(row),
        ],
      })),
    ),
    frozenColumns: 3,
  };
}

/** 督办情况: the escalation steps created in the quarter, with their state at the bulletin's as-of date and how each closed. */
function escalationSheet(prefix: string, escalations: ReportEscalation[], asOf: string): ReportSheet {
  return {
    name: '督办情况',
    title: `${prefix}督办情况`,
    subtitle: `本季度发起的提醒、督办函、约谈、问责建议和催报    办理状态为截至${asOf}情况`,
    columns: [
      { header: '序号', width: 6, kind: 'integer' },
      { header: '督办类别', width: 10, kind: 'text' },
      { header: '项目编号', width: 13, kind: 'text' },
      { header: '项目名称', width: 26, kind: 'text', wrap: true },
      { header: '督办事由', width: 36, kind: 'text', wrap: true },
      { header: '督办对象', width: 26, kind: 'text', wrap: true },
      { header: '发起日期', width: 12, kind: 'text' },
      { header: '办理期限', width: 12, kind: 'text' },
      { header: '办理状态', width: 11, kind: 'text' },
      { header: '办结情况', width: 30, kind: 'text', wrap: true },
    ],
    rows: orNone(
      escalations.map((step, index) => ({
        style: 'data',
        cells: [
          index + 1,
          ESCALATION_LABELS[step.kind],
          step.projectCode,
          step.projectName,
          step.reason,
          step.addressees,
          step.createdOn,
          step.dueOn,
          step.closedByAsOf ? '已办结' : step.overdueAtAsOf ? '逾期未办结' : '办理中',
          step.closedOn ? `${CLOSED_LABELS[step.closedReason ?? ''] ?? '已办结'}(${step.closedOn})${step.response ? `：${step.response}` : ''}` : null,
        ],
      })),
    ),
    frozenColumns: 0,
  };
}

/**
 * 季度通报: 总体情况 (the overall progress in words and figures), the rankings against 序时进度 of
 * 市重点 and 区重点, 考核排名, 通报表扬, 通报批评, 红灯项目, 逾期问题, 督办情况, 督查完成情况 — a sheet each.
 */
export function quarterlyBulletinDocument(bulletin: BulletinContents, districtName: string): ReportDocument {
  const { year, quarter, progress } = bulletin;
  const prefix = `${districtName}${year}年第${quarter}季度重点工程(项目)`;
  const period = `通报期间:${bulletin.startsOn}至${bulletin.endsOn}`;
  const quarterText =
    `本季度通报表扬${bulletin.commendations.length}次、通报批评${bulletin.criticisms.length}次，发起督办${bulletin.escalations.length}件` +
    `(截至${chineseDate(bulletin.overdueAsOf)}已办结${bulletin.escalations.filter((step) => step.closedByAsOf).length}件)；` +
    `截至${chineseDate(bulletin.overdueAsOf)}，逾期未整改问题${bulletin.overdueProblems.length}个；督查完成率${bulletin.inspections.completionRate ?? '—'}%。`;
  return {
    fileName: `${year}年第${quarter}季度重点工程通报`,
    asciiFileName: `quarterly-bulletin-${year}-q${quarter}`,
    sheets: [
      {
        name: '总体情况',
        title: `${prefix}建设总体情况`,
        subtitle: `${period}    进度按${progress.month}月末计${progress.closed ? '' : '(未关账,暂定)'}    单位:万元`,
        preamble: [progressParagraph(year, progress, false), quarterText],
        columns: OVERVIEW_COLUMNS,
        rows: [
          ...progressFigures(progress, false),
          { style: 'data', cells: ['通报表扬', bulletin.commendations.length, null, null, '次'] },
          { style: 'data', cells: ['通报批评', bulletin.criticisms.length, null, null, '次'] },
          { style: 'data', cells: ['发起督办', bulletin.escalations.length, null, null, '件'] },
          { style: 'data', cells: [`逾期未整改问题(截至${bulletin.overdueAsOf})`, bulletin.overdueProblems.length, null, null, '个'] },
          { style: 'data', cells: ['督查完成率', bulletin.inspections.completionRate, null, null, '%'] },
        ],
        frozenColumns: 0,
      },
      ...bulletin.scheduleRankings.map((ranking) => scheduleSheet(prefix, ranking, progress.month)),
      scoreSheet('考核排名', `${prefix}考核排名`, `${period}    得分为${year}年度考核当前得分`, bulletin.ranking),
      sanctionSheet('通报表扬', `${prefix}通报表扬`, period, bulletin.commendations),
      sanctionSheet('通报批评', `${prefix}通报批评`, period, bulletin.criticisms),
      {
        name: '红灯项目',
        title: `${prefix}红灯项目`,
        subtitle: bulletin.lightMonth ? `${bulletin.lightMonth}月末亮灯情况    单位:%` : '本季度尚无亮灯数据',
        columns: [
          { header: '序号', width: 6, kind: 'integer' },
          { header: '项目编号', width: 13, kind: 'text' },
          { header: '项目名称', width: 30, kind: 'text', wrap: true },
          { header: '级别', width: 8, kind: 'text' },
          { header: '责任单位', width: 18, kind: 'text', wrap: true },
          { header: '序时进度(%)', width: 12, kind: 'percent' },
          { header: '完成年计划(%)', width: 13, kind: 'percent' },
          { header: '滞后(百分点)', width: 13, kind: 'percent' },
          { header: '亮灯原因', width: 30, kind: 'text', wrap: true },
        ],
        rows: orNone(
          bulletin.redLights.map((project, index) => ({
            style: 'data',
            cells: [
              index + 1,
              project.code,
              project.name,
              LEVEL_LABELS[project.level],
              project.responsibleUnit,
              project.timeProgress,
              project.completionRate,
              project.lag,
              RULE_LABELS[project.rule],
            ],
          })),
        ),
        frozenColumns: 3,
      },
      {
        name: '逾期问题',
        title: `${prefix}逾期未整改问题`,
        subtitle: `截至${bulletin.overdueAsOf}超过整改期限仍未整改的问题`,
        columns: [
          { header: '序号', width: 6, kind: 'integer' },
          { header: '项目编号', width: 13, kind: 'text' },
          { header: '项目名称', width: 28, kind: 'text', wrap: true },
          { header: '问题描述', width: 40, kind: 'text', wrap: true },
          { header: '整改责任单位', width: 18, kind: 'text', wrap: true },
          { header: '整改责任人', width: 12, kind: 'text' },
          { header: '提出日期', width: 12, kind: 'text' },
          { header: '整改期限', width: 12, kind: 'text' },
          { header: '逾期天数', width: 10, kind: 'integer' },
          { header: '当前状态', width: 10, kind: 'text' },
        ],
        rows: orNone(
          bulletin.overdueProblems.map((problem, index) => ({
            style: 'data',
            cells: [
              index + 1,
              problem.projectCode,
              problem.projectName,
              problem.description,
              problem.ownerUnit,
              problem.ownerPerson,
              problem.raisedOn,
              problem.deadline,
              problem.daysOverdue,
              problem.status === ProblemStatus.RESOLVED ? `已整改(${problem.resolvedOn})` : STATUS_LABELS[problem.status],
            ],
          })),
        ),
        frozenColumns: 3,
      },
      escalationSheet(prefix, bulletin.escalations, bulletin.overdueAsOf),
      inspectionSheet(`${prefix}督查完成情况`, bulletin.inspections),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// 半年小结, 年终总结

function subjectSheet(name: string, title: string, subtitle: string, scores: SubjectScore[], inspectors: boolean): ReportSheet {
  const columns: SheetColumn[] = inspectors
    ? [
        { header: '排名', width: 6, kind: 'integer' },
        { header: '姓名', width: 10, kind: 'text' },
        { header: '职务', width: 30, kind: 'text', wrap: true },
        { header: '应督查次数', width: 12, kind: 'integer' },
        { header: '按时督查次数', width: 13, kind: 'integer' },
        { header: '按时督查率(%)', width: 14, kind: 'percent' },
      ]
    : [
        { header: '排名', width: 6, kind: 'integer' },
        { header: '姓名', width: 10, kind: 'text' },
        { header: '职务', width: 30, kind: 'text', wrap: true },
        { header: '项目数', width: 8, kind: 'integer' },
        { header: '平均得分', width: 10, kind: 'score' },
      ];
  return {
    name,
    title,
    subtitle,
    columns,
    rows: orNone(
      scores.map((score) => ({
        style: 'data',
        cells: inspectors
          ? [score.rank, score.person.name, score.person.title, score.count, score.doneOnTime, score.score]
          : [score.rank, score.person.name, score.person.title, score.count, score.score],
      })),
    ),
    frozenColumns: 0,
  };
}

/** 征地和房屋征收 in words: 应征地5175.3亩,已征地3853.4亩(74.46%);应征收2413户,已征收1241户(51.42%). */
function landText(land: LandTotals): string {
  if (land.taskCount === 0) return '名单项目无征地和房屋征收任务。';
  return (
    `征地和房屋征收(任务${land.taskCount}项)：应征地${new Decimal(land.areaToAcquire).toString()}亩，已征地${new Decimal(land.areaAcquired).toString()}亩(${land.areaRate ?? '—'}%)；` +
    `应征收${land.householdsToRelocate}户，已征收${land.householdsRelocated}户(${land.householdsRate ?? '—'}%)。`
  );
}

/** 未完成目标: one row per explanation (the project's figures on each), a project without one on a row of its own. */
function missedTargetSheet(prefix: string, summary: SummaryContents, half: boolean): ReportSheet {
  const columns: SheetColumn[] = [
    { header: '序号', width: 6, kind: 'integer' },
    { header: '项目编号', width: 13, kind: 'text' },
    { header: '项目名称', width: 26, kind: 'text', wrap: true },
    { header: '级别', width: 8, kind: 'text' },
    { header: '责任单位', width: 16, kind: 'text', wrap: true },
    { header: '年度计划投资', width: 14, kind: 'money' },
    ...(half ? [{ header: '序时计划投资', width: 14, kind: 'money' as const }] : []),
    { header: '本年累计完成投资', width: 14, kind: 'money' },
    ...(half ? [{ header: '序时进度(%)', width: 11, kind: 'percent' as const }] : []),
    { header: '完成年计划(%)', width: 11, kind: 'percent' },
    { header: '未完成情况', width: 24, kind: 'text', wrap: true },
    { header: '说明人', width: 16, kind: 'text', wrap: true },
    { header: '未完成原因', width: 36, kind: 'text', wrap: true },
    { header: '整改措施', width: 36, kind: 'text', wrap: true },
    { header: '提交日期', width: 12, kind: 'text' },
  ];
  const shortfall = (target: MissedTarget): string => {
    if (target.vetoed) return '一票否决';
    if (target.plannedToDate !== null) {
      return `低于序时进度${new Decimal(target.timeProgress ?? '0').minus(target.completionRate ?? '0').toFixed(2)}个百分点，差${new Decimal(target.plannedToDate).minus(target.completedInvestment).toFixed(2)}万元`;
    }
    const short = new Decimal(target.annualPlannedInvestment ?? '0').minus(target.completedInvestment);
    return short.greaterThan(0) ? `年度投资未完成，差${short.toFixed(2)}万元` : '年度投资已完成，目标任务节点未全部完成';
  };
  const rows: SheetRow[] = summary.missedTargets.flatMap((target, index) => {
    const figures = [
      index + 1,
      target.code,
      target.name,
      LEVEL_LABELS[target.level],
      target.responsibleUnit,
      target.annualPlannedInvestment,
      ...(half ? [target.plannedToDate] : []),
      target.completedInvestment,
      ...(half ? [target.timeProgress] : []),
      target.completionRate,
      shortfall(target),
    ];
    if (target.explanations.length === 0) return [{ style: 'data' as const, cells: [...figures, half ? null : '未提交', null, null, null] }];
    return target.explanations.map((line) => ({
      style: 'data' as const,
      cells: [
        ...figures,
        `${line.authorName}(${line.roles.map((role) => ROLE_LABELS[role] ?? role).join('、') || line.authorTitle || '—'})`,
        line.explanation,
        line.rectificationPlan,
        line.submittedOn,
      ],
    }));
  });
  return {
    name: '未完成目标项目',
    title: `${prefix}未完成${half ? '序时计划' : '年度目标任务'}项目`,
    subtitle: half
      ? `${summary.progress.month}月末本年累计完成投资低于本项目序时计划投资的项目${summary.progress.closed ? '' : '(未关账,暂定)'}    单位:万元`
      : '年度考核未完成年度目标任务的项目,由挂钩区领导、责任人说明原因并提出整改措施    单位:万元',
    columns,
    rows: orNone(rows),
    frozenColumns: 3,
  };
}

/** 半年小结 / 年终总结: 总体情况 (in words, then the figures by level), then a sheet per section. */
export function periodSummaryDocument(summary: SummaryContents, districtName: string): ReportDocument {
  const { year, half, totals, progress } = summary;
  const periodName = half === null ? `${year}年` : `${year}年${half === 1 ? '上' : '下'}半年`;
  const kind = half === null ? '年终总结' : '半年小结';
  const prefix = `${districtName}${periodName}重点工程(项目)`;
  const through = summary.throughMonth ? `月报填报至${year}年${summary.throughMonth}月` : '期内尚无月报数据';
  const subtitle = `${summary.startsOn}至${summary.endsOn}    ${through}`;
  const [land, cityLand, districtLand] = summary.land;
  const figure = (label: string, value: string | number | null, unit: string): SheetRow => ({ style: 'data', cells: [label, value, null, null, unit] });
  const byLevel = (label: string, pick: (land: LandTotals) => string | number | null, unit: string): SheetRow => ({
    style: 'data',
    cells: [label, pick(land), pick(cityLand), pick(districtLand), unit],
  });
  const missed = summary.missedTargets.length;
  const periodText =
    `${half === null ? '全年' : '期内'}表彰奖励${totals.commendationCount}次、通报批评${totals.criticismCount}次、问责${totals.accountabilityCount}次；` +
    `${missed}个项目未完成${half === null ? '年度目标任务' : '序时计划'}${half === null && missed ? `，已提交原因说明${summary.missedTargets.filter((target) => target.explanations.length).length}个` : ''}。`;
  return {
    fileName: `${periodName}重点工程${kind}`,
    asciiFileName: half === null ? `annual-summary-${year}` : `half-year-summary-${year}-h${half}`,
    sheets: [
      {
        name: '总体情况',
        title: `${prefix}${kind}`,
        subtitle: `${subtitle}    序时进度及亮灯按${progress.month}月末计${progress.closed ? '' : '(未关账,暂定)'}    单位:万元`,
        preamble: [progressParagraph(year, progress, true), landText(land), periodText],
        columns: OVERVIEW_COLUMNS,
        rows: [
          ...progressFigures(progress, true),
          byLevel('应征地面积', (totals) => totals.areaToAcquire, '亩'),
          byLevel('已征地面积', (totals) => totals.areaAcquired, '亩'),
          byLevel('征地完成率', (totals) => totals.areaRate, '%'),
          byLevel('应征收户数', (totals) => totals.householdsToRelocate, '户'),
          byLevel('已征收户数', (totals) => totals.householdsRelocated, '户'),
          byLevel('房屋征收完成率', (totals) => totals.householdsRate, '%'),
          figure(`未完成${half === null ? '年度目标任务' : '序时计划'}项目`, missed, '个'),
          figure('参与考核项目数', totals.scoredCount, '个'),
          figure('完成年度考核指标项目数', totals.targetMetCount, '个'),
          figure('一票否决项目数', totals.vetoedCount, '个'),
          figure('项目平均得分', totals.averageScore, '分'),
          figure('表彰奖励', totals.commendationCount, '次'),
          figure('通报批评', totals.criticismCount, '次'),
          figure('问责', totals.accountabilityCount, '次'),
          figure('督查完成率', summary.inspections.completionRate, '%'),
          figure('按时督查率', summary.inspections.onTimeRate, '%'),
          figure('期内发现问题', totals.problemsRaised, '个'),
          figure('期内完成整改', totals.problemsResolved, '个'),
          figure(`未整改问题(截至${summary.asOf})`, totals.problemsOpen, '个'),
          figure(`其中逾期未整改`, totals.problemsOverdue, '个'),
        ],
        frozenColumns: 0,
      },
      scoreSheet('项目得分排名', `${prefix}考核得分排名`, `得分为${year}年度考核当前得分`, summary.projectScores),
      missedTargetSheet(prefix, summary, half !== null),
      subjectSheet('挂钩区领导', `${prefix}挂钩区领导考核得分`, '得分为所挂钩项目得分的平均分', summary.liaisonLeaders, false),
      subjectSheet('责任人', `${prefix}责任人考核得分`, '得分为所负责项目得分的平均分', summary.responsiblePersons, false),
      subjectSheet('督查组成员', `${prefix}督查组成员考核得分`, '得分为按时督查次数/应督查次数(全年已结束的旬次)', summary.inspectors, true),
      sanctionSheet('表彰奖励', `${prefix}表彰奖励`, subtitle, summary.commendations),
      sanctionSheet('通报批评', `${prefix}通报批评`, subtitle, summary.criticisms),
      sanctionSheet('问责', `${prefix}问责情况`, subtitle, summary.accountabilities, true),
      inspectionSheet(`${prefix}督查完成情况`, summary.inspections),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Editions: live (current figures) and issued (印发)

/** What the title of a live download says: these are the current figures, not an issued document. */
export const LIVE_NOTICE = '(实时数据，非印发文件)';

/** A sheet's footer dated `date` (报送日期); a sheet without one unchanged. */
function dated(sheet: ReportSheet, date: string): ReportSheet {
  return sheet.footer ? { ...sheet, footer: { ...sheet.footer, date } } : sheet;
}

/** A live download on `date` (today): every sheet's title says it is not an issued document, and its form is dated that day. */
export function liveEdition(document: ReportDocument, date: string): ReportDocument {
  return { ...document, sheets: document.sheets.map((sheet) => dated({ ...sheet, title: `${sheet.title}${LIVE_NOTICE}` }, date)) };
}

/** The text of a form's footer: each label with a blank line to sign, then the date (a blank line while undated). */
export function footerFields(footer: SheetFooter): string[] {
  const blank = '_'.repeat(14);
  return [...footer.signatures.map((label) => `${label}：${blank}`), `报送日期：${footer.date ? chineseDate(footer.date) : blank}`];
}

/** A correction approved since the last issued document of the same kind, as the 更正说明 states it. */
export interface CorrectionNote {
  code: string;
  name: string;
  year: number;
  month: number;
  previousCompletedInvestment: string;
  completedInvestment: string;
  previousPhysicalProgress: string;
  physicalProgress: string;
  reason: string;
  /** Day the office approved it. */
  approvedOn: string;
}

/**
 * The issued edition (印发): the document number and issue date under every title, forms dated the issue date, the file named
 * with the number, and — when corrections were approved since the last document of this kind — a
 * 更正说明 sheet stating each (the earlier document itself never changes).
 */
export function issuedEdition(document: ReportDocument, issue: { number: string; issuedOn: string }, corrections: readonly CorrectionNote[]): ReportDocument {
  const sheets = document.sheets.map((sheet) => dated({ ...sheet, subtitle: `文号:${issue.number}    印发日期:${issue.issuedOn}    ${sheet.subtitle}` }, issue.issuedOn));
  if (corrections.length) {
    sheets.push({
      name: '更正说明',
      title: '更正说明',
      subtitle: `文号:${issue.number}    以下数据经审批更正,以本文件为准    单位:万元`,
      columns: [
        { header: '序号', width: 6, kind: 'integer' },
        { header: '项目编号', width: 13, kind: 'text' },
        { header: '项目名称', width: 30, kind: 'text', wrap: true },
        { header: '所属月份', width: 10, kind: 'text' },
        { header: '原当月完成投资', width: 14, kind: 'money' },
        { header: '更正后当月完成投资', width: 16, kind: 'money' },
        { header: '原形象进度(%)', width: 13, kind: 'percent' },
        { header: '更正后形象进度(%)', width: 15, kind: 'percent' },
        { header: '更正原因', width: 30, kind: 'text', wrap: true },
        { header: '批准日期', width: 12, kind: 'text' },
      ],
      rows: corrections.map((note, index) => ({
        style: 'data',
        cells: [
          index + 1,
          note.code,
          note.name,
          `${note.year}年${note.month}月`,
          note.previousCompletedInvestment,
          note.completedInvestment,
          note.previousPhysicalProgress,
          note.physicalProgress,
          note.reason,
          note.approvedOn,
        ],
      })),
      frozenColumns: 3,
    });
  }
  return {
    fileName: `${document.fileName}(${issue.number})`,
    asciiFileName: `${document.asciiFileName}-issued`,
    sheets,
  };
}
