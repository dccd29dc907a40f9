import { Light, LightRule } from '../light/light.rules.js';
import { ProblemStatus } from '../problem/problem.entity.js';
import { ProjectLevel } from '../project/project.entity.js';
import { AccountabilityReason } from '../assessment/score.rules.js';
import type { SubjectScore } from '../assessment/assessment.types.js';
import type {
  InspectionCompletion,
  MonthlyReport,
  MonthlyReportTotal,
  PeriodSummary,
  QuarterlyBulletin,
  ReportProjectScore,
  ReportSanction,
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

const NONE: SheetRow = { style: 'note', cells: ['无'] };

function orNone(rows: SheetRow[]): SheetRow[] {
  return rows.length ? rows : [NONE];
}

const yesNo = (value: boolean) => (value ? '是' : '否');

// ---------------------------------------------------------------------------------------------
// 月报表

const MONTHLY_COLUMNS: SheetColumn[] = [
  { header: '序号', width: 6, kind: 'integer' },
  { header: '项目编号', width: 13, kind: 'text' },
  { header: '项目名称', width: 30, kind: 'text', wrap: true },
  { header: '级别', width: 8, kind: 'text' },
  { header: '责任单位', width: 18, kind: 'text', wrap: true },
  { header: '年度计划投资', width: 15, kind: 'money' },
  { header: '当月完成投资', width: 15, kind: 'money' },
  { header: '累计完成投资', width: 15, kind: 'money' },
  { header: '完成年计划(%)', width: 13, kind: 'percent' },
  { header: '亮灯', width: 8, kind: 'light' },
  { header: '进展情况', width: 40, kind: 'text', wrap: true },
  { header: '存在问题', width: 44, kind: 'text', wrap: true },
];

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
      total.annualPlannedInvestment,
      total.monthCompletedInvestment,
      total.completedInvestment,
      total.completionRate,
      green + yellow + red ? `绿${green} 黄${yellow} 红${red}` : null,
      null,
      null,
    ],
  };
}

/** 月报表: 合计, then 一、市重点 with its projects, then 二、区重点 with its projects. */
export function monthlyReportDocument(report: MonthlyReport, districtName: string): ReportDocument {
  const { year, month } = report;
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
          row.annualPlannedInvestment,
          row.monthCompletedInvestment,
          row.completedInvestment,
          row.completionRate,
          row.light,
          row.reported ? row.narrative : report.closed ? '未报(按0计)' : '(当月未填报)',
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
        subtitle: `单位:万元    序时进度:${report.timeProgress}%    亮灯为${month}月末情况${report.closed ? '(已关账,正式灯色)' : '(未关账,暂定灯色)'}`,
        columns: MONTHLY_COLUMNS,
        rows,
        frozenColumns: 3,
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

function sanctionSheet(name: string, title: string, subtitle: string, sanctions: ReportSanction[], withReason = false): ReportSheet {
  const columns: SheetColumn[] = [
    { header: '序号', width: 6, kind: 'integer' },
    { header: '决定日期', width: 12, kind: 'text' },
    { header: '项目编号', width: 13, kind: 'text' },
    { header: '项目名称', width: 30, kind: 'text', wrap: true },
    { header: '责任单位', width: 18, kind: 'text', wrap: true },
    { header: '相关人员', width: 22, kind: 'text', wrap: true },
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
          sanction.responsibleUnit,
          sanction.personName ? `${sanction.personName}${sanction.personTitle ? `(${sanction.personTitle})` : ''}` : null,
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

/** 季度通报: 考核排名, 通报表扬, 通报批评, 红灯项目, 逾期问题, 督查完成情况 — a sheet each. */
export function quarterlyBulletinDocument(bulletin: QuarterlyBulletin, districtName: string): ReportDocument {
  const { year, quarter } = bulletin;
  const prefix = `${districtName}${year}年第${quarter}季度重点工程(项目)`;
  const period = `通报期间:${bulletin.startsOn}至${bulletin.endsOn}`;
  return {
    fileName: `${year}年第${quarter}季度重点工程通报`,
    asciiFileName: `quarterly-bulletin-${year}-q${quarter}`,
    sheets: [
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

/** 半年小结 / 年终总结: 总体情况, then a sheet per section. */
export function periodSummaryDocument(summary: PeriodSummary, districtName: string): ReportDocument {
  const { year, half, totals } = summary;
  const periodName = half === null ? `${year}年` : `${year}年${half === 1 ? '上' : '下'}半年`;
  const kind = half === null ? '年终总结' : '半年小结';
  const prefix = `${districtName}${periodName}重点工程(项目)`;
  const through = summary.throughMonth ? `数据截至${year}年${summary.throughMonth}月` : '期内尚无进度数据';
  const subtitle = `${summary.startsOn}至${summary.endsOn}    ${through}`;
  const figure = (label: string, value: string | number | null, unit: string): SheetRow => ({ style: 'data', cells: [label, value, unit] });
  return {
    fileName: `${periodName}重点工程${kind}`,
    asciiFileName: half === null ? `annual-summary-${year}` : `half-year-summary-${year}-h${half}`,
    sheets: [
      {
        name: '总体情况',
        title: `${prefix}${kind}`,
        subtitle,
        columns: [
          { header: '指标', width: 30, kind: 'text' },
          { header: '数值', width: 16, kind: 'auto' },
          { header: '单位', width: 8, kind: 'text' },
        ],
        rows: [
          figure('重点项目数', totals.projectCount, '个'),
          figure('年度计划投资', totals.annualPlannedInvestment, '万元'),
          figure('累计完成投资', totals.completedInvestment, '万元'),
          figure('完成年计划', totals.completionRate, '%'),
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

/** A live download: every sheet's title says it is not an issued document. */
export function liveEdition(document: ReportDocument): ReportDocument {
  return { ...document, sheets: document.sheets.map((sheet) => ({ ...sheet, title: `${sheet.title}${LIVE_NOTICE}` })) };
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
 * The issued edition (印发): the document number and issue date under every title, the file named
 * with the number, and — when corrections were approved since the last document of this kind — a
 * 更正说明 sheet stating each (the earlier document itself never changes).
 */
export function issuedEdition(document: ReportDocument, issue: { number: string; issuedOn: string }, corrections: readonly CorrectionNote[]): ReportDocument {
  const sheets = document.sheets.map((sheet) => ({ ...sheet, subtitle: `文号:${issue.number}    印发日期:${issue.issuedOn}    ${sheet.subtitle}` }));
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
