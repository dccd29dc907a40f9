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

  @Field(() => [IndustryCount], { description: 'Projects per industry, every industry listed. 按产业分布。' })
  byIndustry!: IndustryCount[];

  @Field(() => [InvestmentBandCount], { description: 'Projects per investment band, every band listed. 按投资档次分布。' })
  byInvestmentBand!: InvestmentBandCount[];

  /** The official light counts at the latest closed month (the `lightCounts` field without a month). */
  officialLightCounts!: LightCounts;
}
