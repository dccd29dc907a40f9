import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../shared/scalars.js';
import { InvestmentBand } from '../../shared/money.js';
import { Industry, ProjectLevel } from '../project/project.entity.js';
import { LightCounts } from '../light/light.types.js';

@ObjectType({ simpleResolvers: true, description: 'Projects of one industry. 按产业统计。' })
export class IndustryCount {
  @Field(() => Industry)
  industry!: Industry;

  @Field(() => Int)
  projectCount!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Projects of one investment band. 按投资档次统计。' })
export class InvestmentBandCount {
  @Field(() => InvestmentBand)
  band!: InvestmentBand;

  @Field(() => Int)
  projectCount!: number;
}

/** The command centre's headline figures for a year, aggregated in SQL from the rows. */
@ObjectType({ simpleResolvers: true, description: "A year's headline figures, computed from the rows. 指挥大屏汇总数据。" })
export class Dashboard {
  @Field(() => Int, { description: 'Year. 年度。' })
  year!: number;

  @Field(() => Date, { nullable: true, description: 'The instant the figures are as of; null for the live figures. 数据截止时点(空为实时)。' })
  asOf!: Date | null;

  @Field(() => ProjectLevel, { nullable: true, description: 'Level filter, null for all. 项目级别(空为全部)。' })
  level!: ProjectLevel | null;

  @Field(() => Int, { description: "Projects on the year's issued list. 年度名单项目数。" })
  projectCount!: number;

  @Field(() => DecimalScalar, { description: 'Total investment, 万元. 总投资(万元)。' })
  totalInvestment!: string;

  @Field(() => DecimalScalar, { description: 'Annual planned investment, 万元. 年度计划投资(万元)。' })
  annualPlannedInvestment!: string;

  @Field(() => DecimalScalar, { description: 'Completed in the year to date, every submitted report counted at once (live), 万元. 年度累计完成投资(万元)。' })
  completedInvestment!: string;

  @Field(() => DecimalScalar, { description: 'Completed since works began: opening balances plus every report since, 万元. 开工累计完成投资(万元)。' })
  cumulativeInvestment!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Completed / planned, percent. 完成年计划(%)。' })
  completionRate!: string | null;

  @Field(() => Int, { description: 'Projects whose works have started by the year end. 已动工项目数。' })
  startedCount!: number;

  @Field(() => Int, { description: 'Listings of construction type NEW. 新开工项目数。' })
  newBuildCount!: number;

  @Field(() => Int, { description: 'Projects completed (竣工) by the year end. 已竣工项目数。' })
  completedCount!: number;

  @Field(() => [IndustryCount], { description: 'Projects per industry, every industry listed. 按产业分布。' })
  byIndustry!: IndustryCount[];

  @Field(() => [InvestmentBandCount], { description: 'Projects per investment band, every band listed. 按投资档次分布。' })
  byInvestmentBand!: InvestmentBandCount[];

  /** The official light counts at the latest closed month (the `lightCounts` field without a month). */
  officialLightCounts!: LightCounts;

  /** Breakdowns computed once per dashboard value and shared by every request and subscriber reading it. */
  derived?: Map<string, Promise<unknown>>;
}

/** One group of a breakdown of the year's projects (a unit, a town or street, a cluster). */
@ObjectType({ description: "The year's projects of one unit, town or cluster. 分组统计。" })
export class DashboardGroup {
  /** The unit or town (null for a cluster, or for projects without one). */
  organizationId!: number | null;

  @Field(() => String, { nullable: true, description: 'Name of the unit, town or cluster; null for projects without one. 名称。' })
  name!: string | null;

  @Field(() => Int, { description: '项目数' })
  projectCount!: number;

  @Field(() => Int, { description: 'Started by the year end. 已动工项目数。' })
  startedCount!: number;

  @Field(() => DecimalScalar, { description: '总投资(万元)' })
  totalInvestment!: string;

  @Field(() => DecimalScalar, { description: '年度计划投资(万元)' })
  plannedInvestment!: string;

  @Field(() => DecimalScalar, { description: '年度累计完成投资(万元)' })
  completedInvestment!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Completed / planned, percent. 完成年计划(%)。' })
  completionRate!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Land acquisition and relocation (征地拆迁) of the year's projects, as their tasks stand now. 征地拆迁汇总。" })
export class LandTotals {
  @Field(() => Int, { description: '征地拆迁任务数' })
  taskCount!: number;

  @Field(() => DecimalScalar, { description: 'Area to acquire, 亩. 应征地面积(亩)。' })
  areaToAcquire!: string;

  @Field(() => DecimalScalar, { description: 'Area acquired, 亩. 已征地面积(亩)。' })
  areaAcquired!: string;

  @Field(() => Int, { description: '应征收户数' })
  householdsToRelocate!: number;

  @Field(() => Int, { description: '已征收户数' })
  householdsRelocated!: number;
}

@ObjectType({ simpleResolvers: true, description: 'One month of the investment curve. 月度投资进度。' })
export class InvestmentPoint {
  @Field(() => Int, { description: '月份' })
  month!: number;

  @Field(() => DecimalScalar, { description: 'Planned to date by the month end, from the listings’ phased plans (PREPARATORY listings are judged on their milestones and add nothing), 万元. 序时计划投资(万元)。' })
  plannedToDate!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Completed to date by the month end, 万元; null for a month not yet begun. 累计完成投资(万元)。' })
  completedToDate!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Planned to date / annual plan, percent. 序时进度(%)。' })
  timeProgress!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Completed to date / annual plan, percent. 完成年计划(%)。' })
  completionRate!: string | null;

  @Field(() => Boolean, { description: 'True for a closed month (official figures); false for an open month (provisional, 暂定) or one not yet begun. 是否已关账。' })
  official!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "A year's investment curve: planned against completed, month by month. 投资进度曲线。" })
export class InvestmentSeries {
  @Field(() => Int)
  year!: number;

  @Field(() => ProjectLevel, { nullable: true })
  level!: ProjectLevel | null;

  @Field(() => Date, { nullable: true, description: 'The instant the figures are as of; null for the live figures. 数据截止时点。' })
  asOf!: Date | null;

  @Field(() => DecimalScalar, { description: '年度计划投资(万元)' })
  plannedInvestment!: string;

  @Field(() => Int, { description: 'The latest closed month (0 when none). 最近关账月份。' })
  closedMonth!: number;

  @Field(() => [InvestmentPoint], { description: 'January to December. 1—12月。' })
  months!: InvestmentPoint[];
}
