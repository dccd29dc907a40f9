import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../shared/scalars.js';

@InputType({ description: 'A milestone of the year. 年度节点目标。' })
export class MilestoneInput {
  @Field(() => String, { description: '节点内容' })
  name!: string;

  @Field(() => DateScalar, { description: '计划完成日期(在该年度内)' })
  dueOn!: string;

  @Field(() => DateScalar, { nullable: true, description: '实际完成日期' })
  metOn?: string | null;
}

@InputType({ description: "Set a project's plan for a year; replaces the plan and its milestones. 设定年度计划。" })
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
