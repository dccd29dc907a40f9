import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../shared/scalars.js';
import { ConstructionType, ProjectLevel } from '../project/project.entity.js';
import { Light, LightRule } from '../light/light.rules.js';
import { LightCounts } from '../light/light.types.js';
// Imported for its enum registrations (Light, LightRule) as well as the types.
import '../light/light-record.entity.js';
import { ProblemStatus } from '../problem/problem.entity.js';
import { SanctionKind } from '../assessment/assessment.entity.js';
import { AccountabilityReason } from '../assessment/score.rules.js';
import { ScoreFigures, SubjectScore } from '../assessment/assessment.types.js';
import type { AssignmentRole } from '../assignment/assignment.entity.js';
import type { EscalationKind } from '../escalation/escalation.entity.js';

/** One project's line of the monthly report table (月报表). */
@ObjectType({ simpleResolvers: true, description: "One project's line of the monthly report table. 月报表项目行。" })
export class MonthlyReportRow {
  /** Database id of the project, for the `project` link. */
  projectId!: number;

  @Field(() => Int, { description: 'Line number, CITY before DISTRICT, then by code. 序号。' })
  position!: number;

  @Field(() => String, { description: '项目编号' })
  code!: string;

  @Field(() => String, { description: '项目名称' })
  name!: string;

  @Field(() => ProjectLevel, { description: '级别' })
  level!: ProjectLevel;

  @Field(() => String, { nullable: true, description: '责任单位' })
  responsibleUnit!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Annual planned investment, 万元 (null without a plan). 年度计划投资(万元)。' })
  annualPlannedInvestment!: string | null;

  @Field(() => DecimalScalar, { description: 'Completed in the month, 万元. 当月完成投资(万元)。' })
  monthCompletedInvestment!: string;

  @Field(() => DecimalScalar, { description: 'Completed from January through the month, 万元. 累计完成投资(万元)。' })
  completedInvestment!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Year to date / annual plan, percent. 完成年计划(%)。' })
  completionRate!: string | null;

  @Field(() => Light, { nullable: true, description: 'Light at the month end: official once the month is closed, provisional before (see lightOfficial). 月末亮灯。' })
  light!: Light | null;

  @Field(() => LightRule, { nullable: true, description: 'The rule that decided the light. 亮灯规则。' })
  lightRule!: LightRule | null;

  @Field(() => Boolean, { description: 'Whether the light is official (the month is closed) or provisional (暂定). 是否正式灯色。' })
  lightOfficial!: boolean;

  @Field(() => Boolean, { description: 'Whether the month was reported. 当月是否已填报。' })
  reported!: boolean;

  @Field(() => String, { nullable: true, description: "The month's narrative. 进展情况。" })
  narrative!: string | null;

  @Field(() => Int, { description: 'Problems unresolved at the month end. 月末未整改问题数。' })
  openProblemCount!: number;

  @Field(() => String, { nullable: true, description: 'Problems unresolved at the month end, as text. 存在问题。' })
  problems!: string | null;

  // What the documents print besides (not in the schema: the project's own fields give them to clients).

  /** 总投资, 万元. */
  totalInvestment!: string;
  /** The year's construction type (新开工/续建/预备). */
  constructionType!: ConstructionType;
  /** 计划开工 (the year's listing). */
  plannedStartOn!: string | null;
  /** 实际开工, whenever it is (compare with the month end: a later start was not yet a start then). */
  startedOn!: string | null;
  /** 竣工. */
  completedOn!: string | null;
  /** The plan's phasing summed to the month end, 万元. */
  plannedToDate!: string;
  /** The project's own 序时进度 at the month end, percent (null without a plan). */
  timeProgress!: string | null;
  /** 开工累计完成投资 at the month end, 万元 (null when the opening balance counts to a later date). */
  cumulativeInvestment!: string | null;
  /** 形象进度 reported for the month, percent (null when not reported). */
  physicalProgress!: string | null;
  /** 挂钩区领导, names joined with 、. */
  liaisonLeaders!: string | null;
  /** 责任人, names joined with 、. */
  responsiblePersons!: string | null;
}

/** Totals of the monthly report for all projects or one level. */
@ObjectType({ simpleResolvers: true, description: 'Totals of the monthly report. 月报表合计/小计。' })
export class MonthlyReportTotal {
  @Field(() => ProjectLevel, { nullable: true, description: 'Level, null for all projects (合计). 级别。' })
  level!: ProjectLevel | null;

  @Field(() => Int, { description: '项目数' })
  projectCount!: number;

  @Field(() => DecimalScalar, { description: '年度计划投资(万元)' })
  annualPlannedInvestment!: string;

  @Field(() => DecimalScalar, { description: '当月完成投资(万元)' })
  monthCompletedInvestment!: string;

  @Field(() => DecimalScalar, { description: '累计完成投资(万元)' })
  completedInvestment!: string;

  @Field(() => DecimalScalar, { nullable: true, description: '完成年计划(%)' })
  completionRate!: string | null;

  @Field(() => LightCounts, { description: 'Lights at the month end. 月末亮灯数。' })
  lightCounts!: LightCounts;

  // What the documents print besides (not in the schema).

  /** 总投资, 万元. */
  totalInvestment!: string;
  /** The lines' planned-to-date at the month end, 万元. */
  plannedToDate!: string;
  /** Planned-to-date ÷ annual plan, percent: the 序时进度 of these projects together. */
  timeProgress!: string | null;
  /** 开工累计完成投资 at the month end, 万元 (lines whose cumulative is not known then count nothing). */
  cumulativeInvestment!: string;
  /** Listings of construction type NEW (新开工). */
  newBuildCount!: number;
  /** Started by the month end (已动工). */
  startedCount!: number;
  /** Completed by the month end (已竣工). */
  completedCount!: number;
}

/** 每月一报表. */
@ObjectType({ simpleResolvers: true, description: 'The monthly report table. 重点工程建设进度月报表(每月一报表)。' })
export class MonthlyReport {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  month!: number;

  @Field(() => DecimalScalar, { description: 'The district reference line: share of the year elapsed at the month end (month ÷ 12), percent; each project is judged on its own plan. 序时进度参考线(%)。' })
  timeProgress!: string;

  @Field(() => Boolean, { description: 'Whether the month is closed (its figures and lights official); an open month is provisional (暂定). 是否已关账。' })
  closed!: boolean;

  @Field(() => [MonthlyReportRow], { description: "The projects on the year's issued list. 项目明细。" })
  rows!: MonthlyReportRow[];

  @Field(() => MonthlyReportTotal, { description: '合计' })
  total!: MonthlyReportTotal;

  @Field(() => [MonthlyReportTotal], { description: 'CITY then DISTRICT. 市重点、区重点小计。' })
  subtotals!: MonthlyReportTotal[];
}

/** A project's score in a ranking (考核排名). */
@ObjectType({ simpleResolvers: true, description: "A project's line in a ranking. 项目考核得分排名。" })
export class ReportProjectScore extends ScoreFigures {
  projectId!: number;

  @Field(() => Int, { description: 'Dense rank (ties share). 排名。' })
  rank!: number;

  @Field(() => String, { description: '项目编号' })
  code!: string;

  @Field(() => String, { description: '项目名称' })
  name!: string;

  @Field(() => ProjectLevel, { description: '级别' })
  level!: ProjectLevel;

  @Field(() => String, { nullable: true, description: '责任单位' })
  responsibleUnit!: string | null;

  @Field(() => DecimalScalar, { description: '年度计划投资(万元)' })
  annualPlannedInvestment!: string;

  @Field(() => DecimalScalar, { description: 'Completed over every reported month of the year, the basis of the score. 累计完成投资(万元)。' })
  completedInvestment!: string;

  @Field(() => DecimalScalar, { nullable: true, description: '完成年计划(%)' })
  completionRate!: string | null;
}

/** A commendation, criticism or accountability case as a report lists it. */
@ObjectType({ simpleResolvers: true, description: 'A commendation, criticism or accountability case in a report. 奖惩情况。' })
export class ReportSanction {
  projectId!: number | null;
  personId!: number | null;

  @Field(() => SanctionKind, { description: '类别' })
  kind!: SanctionKind;

  @Field(() => Int, { description: 'Assessment year it counts for. 考核年度。' })
  year!: number;

  @Field(() => DateScalar, { description: '决定日期' })
  decidedOn!: string;

  @Field(() => String, { description: '事由说明' })
  description!: string;

  @Field(() => AccountabilityReason, { nullable: true, description: '问责事由' })
  accountabilityReason!: AccountabilityReason | null;

  @Field(() => String, { nullable: true, description: '项目编号' })
  projectCode!: string | null;

  @Field(() => String, { nullable: true, description: '项目名称' })
  projectName!: string | null;

  @Field(() => String, { nullable: true, description: "The project's responsible unit. 责任单位。" })
  responsibleUnit!: string | null;

  @Field(() => String, { nullable: true, description: '相关人员' })
  personName!: string | null;

  @Field(() => String, { nullable: true, description: '职务' })
  personTitle!: string | null;

  /** The unit commended or criticised, when the sanction names one (documents only, not in the schema). */
  unitName!: string | null;
  /** An accountability case's answerable persons (问责对象), names joined with 、 (documents only). */
  answerableNames!: string | null;
}

/** A project showing a red light (红灯项目). */
@ObjectType({ simpleResolvers: true, description: 'A red-light project at a month end. 红灯项目。' })
export class RedLightProject {
  projectId!: number;

  @Field(() => String, { description: '项目编号' })
  code!: string;

  @Field(() => String, { description: '项目名称' })
  name!: string;

  @Field(() => ProjectLevel, { description: '级别' })
  level!: ProjectLevel;

  @Field(() => String, { nullable: true, description: '责任单位' })
  responsibleUnit!: string | null;

  @Field(() => LightRule, { description: '亮灯规则' })
  rule!: LightRule;

  @Field(() => DecimalScalar, { nullable: true, description: '序时进度(%)' })
  timeProgress!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '完成年计划(%)' })
  completionRate!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Lag behind the time progress, percentage points. 滞后(百分点)。' })
  lag!: string | null;
}

/** A problem past its deadline and unresolved at a date (逾期问题). */
@ObjectType({ simpleResolvers: true, description: 'A problem overdue at a date. 逾期未整改问题。' })
export class OverdueProblem {
  projectId!: number;

  @Field(() => ID, { description: 'Global id of the Problem. 问题标识。' })
  problemId!: string;

  @Field(() => String, { description: '问题描述' })
  description!: string;

  @Field(() => String, { description: '项目编号' })
  projectCode!: string;

  @Field(() => String, { description: '项目名称' })
  projectName!: string;

  @Field(() => String, { nullable: true, description: '整改责任单位' })
  ownerUnit!: string | null;

  @Field(() => String, { nullable: true, description: '整改责任人' })
  ownerPerson!: string | null;

  @Field(() => DateScalar, { description: '提出日期' })
  raisedOn!: string;

  @Field(() => DateScalar, { description: '整改期限' })
  deadline!: string;

  @Field(() => Int, { description: 'Days past the deadline at the as-of date. 逾期天数。' })
  daysOverdue!: number;

  @Field(() => ProblemStatus, { description: 'Status now (RESOLVED when resolved after the as-of date). 当前整改状态。' })
  status!: ProblemStatus;

  @Field(() => DateScalar, { nullable: true, description: '整改完成日期' })
  resolvedOn!: string | null;
}

/** Inspections of one closed ten-day round. */
@ObjectType({ simpleResolvers: true, description: 'Inspections of one closed ten-day round. 单旬督查完成情况。' })
export class InspectionRoundCompletion {
  @Field(() => Int)
  month!: number;

  @Field(() => Int, { description: '旬' })
  dekad!: number;

  @Field(() => DateScalar)
  startsOn!: string;

  @Field(() => DateScalar)
  endsOn!: string;

  @Field(() => Int, { description: 'Projects due (not completed before the round began). 应督查项目数。' })
  due!: number;

  @Field(() => Int, { description: 'Due projects inspected in the round. 已督查项目数。' })
  done!: number;

  @Field(() => Int, { description: 'Inspected by the round end. 按时督查项目数。' })
  doneOnTime!: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'done / due, percent. 督查完成率(%)。' })
  completionRate!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'doneOnTime / due, percent. 按时督查率(%)。' })
  onTimeRate!: string | null;
}

/** 每十天一督查 over a period: rounds closed by the as-of date. */
@ObjectType({ simpleResolvers: true, description: 'Inspection completion over the closed rounds of a period. 督查完成情况。' })
export class InspectionCompletion {
  @Field(() => DateScalar, { description: 'Rounds ending before this date count. 统计截止日期。' })
  asOf!: string;

  @Field(() => [InspectionRoundCompletion], { description: 'Closed rounds, in order. 各旬情况。' })
  rounds!: InspectionRoundCompletion[];

  @Field(() => Int, { description: '应督查(项目·旬)' })
  due!: number;

  @Field(() => Int, { description: '已督查' })
  done!: number;

  @Field(() => Int, { description: '按时督查' })
  doneOnTime!: number;

  @Field(() => DecimalScalar, { nullable: true, description: '督查完成率(%)' })
  completionRate!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '按时督查率(%)' })
  onTimeRate!: string | null;
}

/** 每季一通报. */
@ObjectType({ simpleResolvers: true, description: 'The quarterly bulletin. 重点工程季度通报(每季一通报)。' })
export class QuarterlyBulletin {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: '季度' })
  quarter!: number;

  @Field(() => DateScalar, { description: 'First day of the quarter.' })
  startsOn!: string;

  @Field(() => DateScalar, { description: 'Last day of the quarter.' })
  endsOn!: string;

  @Field(() => [ReportProjectScore], {
    description:
      "The year's project scores as they stood at the quarter's end (reports through its last month, milestones met and sanctions decided by its last day; as currently computed while the quarter runs), best first. 项目考核排名(截至季末)。",
  })
  ranking!: ReportProjectScore[];

  @Field(() => [ReportSanction], { description: 'Commendations decided in the quarter. 通报表扬。' })
  commendations!: ReportSanction[];

  @Field(() => [ReportSanction], { description: 'Public criticisms decided in the quarter. 通报批评。' })
  criticisms!: ReportSanction[];

  @Field(() => Int, { nullable: true, description: 'The last month of the quarter with lights (null when none). 亮灯月份。' })
  lightMonth!: number | null;

  @Field(() => [RedLightProject], { description: 'Red-light projects at the end of `lightMonth`. 红灯项目。' })
  redLights!: RedLightProject[];

  @Field(() => DateScalar, { description: 'The quarter end, or today while the quarter runs. 逾期统计日期。' })
  overdueAsOf!: string;

  @Field(() => [OverdueProblem], { description: 'Problems past their deadline and unresolved at `overdueAsOf`. 逾期未整改问题。' })
  overdueProblems!: OverdueProblem[];

  @Field(() => InspectionCompletion, { description: '督查完成情况' })
  inspections!: InspectionCompletion;
}

/** Headline figures of a half-year or year-end summary. */
@ObjectType({ simpleResolvers: true, description: 'Headline figures of a summary. 小结/总结总体情况。' })
export class SummaryTotals {
  @Field(() => Int, { description: "The year's projects (with a plan or a report). 项目数。" })
  projectCount!: number;

  @Field(() => DecimalScalar, { description: '年度计划投资(万元)' })
  annualPlannedInvestment!: string;

  @Field(() => DecimalScalar, { description: 'Completed from January through the period end, 万元. 累计完成投资(万元)。' })
  completedInvestment!: string;

  @Field(() => DecimalScalar, { nullable: true, description: '完成年计划(%)' })
  completionRate!: string | null;

  @Field(() => Int, { description: 'Projects with a score. 参与考核项目数。' })
  scoredCount!: number;

  @Field(() => Int, { description: '完成年度考核指标项目数' })
  targetMetCount!: number;

  @Field(() => Int, { description: '一票否决项目数' })
  vetoedCount!: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'Mean project total. 项目平均得分。' })
  averageScore!: string | null;

  @Field(() => Int, { description: '表彰奖励数' })
  commendationCount!: number;

  @Field(() => Int, { description: '通报批评数' })
  criticismCount!: number;

  @Field(() => Int, { description: '问责数' })
  accountabilityCount!: number;

  @Field(() => Int, { description: 'Problems raised in the period. 新发现问题数。' })
  problemsRaised!: number;

  @Field(() => Int, { description: 'Problems resolved in the period. 已整改问题数。' })
  problemsResolved!: number;

  @Field(() => Int, { description: 'Problems unresolved at the as-of date. 未整改问题数。' })
  problemsOpen!: number;

  @Field(() => Int, { description: 'Of those, past their deadline. 逾期未整改问题数。' })
  problemsOverdue!: number;
}

/** 每半年一小结 and 年终一总结. */
@ObjectType({ simpleResolvers: true, description: 'A half-year summary (半年小结) or the year-end summary (年终总结).' })
export class PeriodSummary {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true, description: '1 or 2; null for the year-end summary. 上/下半年。' })
  half!: number | null;

  @Field(() => DateScalar)
  startsOn!: string;

  @Field(() => DateScalar)
  endsOn!: string;

  @Field(() => DateScalar, { description: 'The period end, or today while the period runs. 统计截止日期。' })
  asOf!: string;

  @Field(() => Int, { description: 'Last reported month within the period (0 when none). 数据截至月份。' })
  throughMonth!: number;

  @Field(() => SummaryTotals, { description: '总体情况' })
  totals!: SummaryTotals;

  @Field(() => [ReportProjectScore], {
    description:
      "The year's project scores, best first: for a half-year that is over, as they stood at its end; for a running half-year and the year-end summary (which counts every sanction of the year), as currently computed. 项目得分排名。",
  })
  projectScores!: ReportProjectScore[];

  @Field(() => [SubjectScore], { description: '挂钩区领导得分排名' })
  liaisonLeaders!: SubjectScore[];

  @Field(() => [SubjectScore], { description: '责任人得分排名' })
  responsiblePersons!: SubjectScore[];

  @Field(() => [SubjectScore], { description: '督查组成员按时督查率排名' })
  inspectors!: SubjectScore[];

  @Field(() => [ReportSanction], { description: '表彰奖励' })
  commendations!: ReportSanction[];

  @Field(() => [ReportSanction], { description: '通报批评' })
  criticisms!: ReportSanction[];

  @Field(() => [ReportSanction], { description: '问责' })
  accountabilities!: ReportSanction[];

  @Field(() => InspectionCompletion, { description: '督查完成情况' })
  inspections!: InspectionCompletion;
}

// ---------------------------------------------------------------------------------------------
// What only the documents hold (plain types, not in the schema)

/** The projects' progress at one month end with its totals: a monthly table's lines, which a bulletin's and a summary's overview and rankings read too. */
export interface ProgressAtMonth {
  month: number;
  /** Whether the month is closed (lights official) or open (lights provisional). */
  closed: boolean;
  rows: MonthlyReportRow[];
  total: MonthlyReportTotal;
  /** CITY then DISTRICT. */
  subtotals: MonthlyReportTotal[];
}

/** A project's line in a ranking against its own 序时进度. */
export interface ScheduleRankLine {
  /** Dense rank (ties share); null when not ranked (a PREPARATORY listing, or no annual plan). */
  rank: number | null;
  row: MonthlyReportRow;
  /** 完成年计划 − 序时进度, percentage points: ahead (+) or behind (−) the project's own plan; null when not ranked. */
  aheadOfSchedule: string | null;
}

/** One level's ranking against 序时进度 (市重点 and 区重点 are ranked separately). */
export interface ScheduleRanking {
  level: ProjectLevel;
  lines: ScheduleRankLine[];
}

/** An escalation step as a bulletin lists it. */
export interface ReportEscalation {
  projectId: number;
  kind: EscalationKind;
  /** The year and month whose lights or report raised it (month null for an overdue problem). */
  year: number;
  month: number | null;
  projectCode: string;
  projectName: string;
  reason: string;
  /** The addressed unit and persons, as text. */
  addressees: string | null;
  createdOn: string;
  dueOn: string;
  /** Whether it was closed by the bulletin's as-of date (else open then, and overdue when past its due date). */
  closedByAsOf: boolean;
  overdueAtAsOf: boolean;
  /** How and when it closed (whenever that was), and the answer. */
  closedReason: string | null;
  closedOn: string | null;
  response: string | null;
}

/** 季度通报 as its document prints it: the bulletin, the overall progress, the rankings against 序时进度 and the escalations of the quarter. */
export interface BulletinContents extends QuarterlyBulletin {
  /** The projects at the quarter's last month (while the quarter runs, the latest month begun). */
  progress: ProgressAtMonth;
  /** CITY then DISTRICT. */
  scheduleRankings: ScheduleRanking[];
  /** Steps created within the quarter, with their state at `overdueAsOf`. */
  escalations: ReportEscalation[];
}

/** Land acquisition and relocation (征地和房屋征收) of one level's listed projects, or of all (level null). */
export interface LandTotals {
  level: ProjectLevel | null;
  /** Land tasks (征地和房屋征收任务) of the listed projects. */
  taskCount: number;
  areaToAcquire: string;
  areaAcquired: string;
  /** Acquired ÷ to acquire, percent. */
  areaRate: string | null;
  householdsToRelocate: number;
  householdsRelocated: number;
  householdsRate: string | null;
}

/** An explanation of a missed target by the liaison leader or the responsible person. */
export interface TargetExplanationLine {
  authorName: string;
  authorTitle: string | null;
  /** The author's roles on the project (挂钩区领导 / 责任人). */
  roles: AssignmentRole[];
  explanation: string;
  rectificationPlan: string;
  submittedOn: string;
}

/** A project that missed its target in a summary's period, with its explanations. */
export interface MissedTarget {
  projectId: number;
  code: string;
  name: string;
  level: ProjectLevel;
  responsibleUnit: string | null;
  annualPlannedInvestment: string | null;
  /** Planned-to-date at the period's judged month (the half-year's target); null in the year-end summary, whose target is the plan. */
  plannedToDate: string | null;
  completedInvestment: string;
  completionRate: string | null;
  timeProgress: string | null;
  /** Vetoed by an accountability case (一票否决): the score is 0 whatever was completed. */
  vetoed: boolean;
  explanations: TargetExplanationLine[];
}

/** 半年小结 / 年终总结 as its document prints it: the summary, the overall progress by level, land, and the missed targets. */
export interface SummaryContents extends PeriodSummary {
  /** The projects at the period's last month (while it runs, the latest month begun). */
  progress: ProgressAtMonth;
  /** All (level null), then CITY, then DISTRICT. */
  land: LandTotals[];
  /** A half-year's: behind the plan phased to its end; the year-end summary's: the year's target not met (the assessment's). */
  missedTargets: MissedTarget[];
}
