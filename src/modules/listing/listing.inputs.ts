import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../shared/scalars.js';
import { ConstructionType, Industry, ProjectLevel } from '../project/project.entity.js';
import { ListingStatus } from './listing.entity.js';
import { PhasingKind } from './listing.rules.js';

@InputType({ description: 'A target of the year (for a preparatory project, a pre-construction step: 立项, 用地, 规划, 施工许可 …). 年度节点目标。' })
export class MilestoneInput {
  @Field(() => String, { description: '节点内容' })
  name!: string;

  @Field(() => DateScalar, { description: '计划完成日期(在该年度内)' })
  dueOn!: string;

  @Field(() => DateScalar, { nullable: true, description: '实际完成日期' })
  metOn?: string | null;
}

@InputType({ description: "Set a project's plan for a year; replaces the plan and its milestones (the plan part of its listing). 设定年度计划。" })
export class SetAnnualPlanInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => Int, { description: '年度' })
  year!: number;

  @Field(() => DecimalScalar, { description: '年度计划投资(万元)' })
  plannedInvestment!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; a different current version is a CONFLICT. 期望版本号(乐观锁)。' })
  expectedVersion?: number | null;

  @Field(() => [MilestoneInput], { nullable: true, description: 'Milestones; omitted keeps the existing ones. 年度节点目标。' })
  milestones?: MilestoneInput[] | null;
}

@InputType({ description: "Put a project on a year's list, or change its listing. 设定年度名单项目。" })
export class SetListingInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => Int, { description: '年度' })
  year!: number;

  @Field(() => ProjectLevel, { description: '项目级别' })
  level!: ProjectLevel;

  @Field(() => ConstructionType, { description: '建设性质' })
  constructionType!: ConstructionType;

  @Field(() => DecimalScalar, { description: '年度计划投资(万元)' })
  plannedInvestment!: string;

  @Field(() => DateScalar, { nullable: true, description: '计划开工日期(新开工项目据此判断开工灯)' })
  plannedStartOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '计划竣工日期' })
  plannedCompletionOn?: string | null;

  @Field(() => [MilestoneInput], { nullable: true, description: 'The year’s targets; omitted keeps the existing ones. 年度目标任务。' })
  milestones?: MilestoneInput[] | null;

  @Field(() => Int, { nullable: true, description: 'The version you last read; a different current version is a CONFLICT. 期望版本号(乐观锁)。' })
  expectedVersion?: number | null;
}

@InputType({ description: "Spread a listing's annual plan by month or by quarter (amounts summing exactly to the plan), or go back to the default spread. 设定分月/分季计划。" })
export class SetPlanPhasingInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => Int, { description: '年度' })
  year!: number;

  @Field(() => PhasingKind, { description: 'MONTHLY: 12 amounts; QUARTERLY: 4; DEFAULT: none. 分解方式。' })
  kind!: PhasingKind;

  @Field(() => [DecimalScalar], { description: 'Amounts in 万元, January (or Q1) first. 各月(季)计划投资。' })
  amounts!: string[];
}

@InputType({ description: "A year's list filter; all given conditions must hold. 年度名单筛选。" })
export class ListingFilter {
  @Field(() => ProjectLevel, { nullable: true, description: '项目级别' })
  level?: ProjectLevel | null;

  @Field(() => ConstructionType, { nullable: true, description: '建设性质' })
  constructionType?: ConstructionType | null;

  @Field(() => ListingStatus, { nullable: true, description: '名单状态(默认全部)' })
  status?: ListingStatus | null;

  @Field(() => Industry, { nullable: true, description: '产业类别' })
  industry?: Industry | null;

  @Field(() => ID, { nullable: true, description: 'Responsible unit (Organization id). 责任单位。' })
  responsibleUnitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the project name or code. 名称或编号关键字。' })
  search?: string | null;
}
