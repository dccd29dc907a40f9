import { NewProblemInput } from '../problem/problem.inputs.js';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../shared/scalars.js';
import { InspectionMethod, ProgressRating, SupervisionRole } from './supervision.entity.js';

@InputType({ description: 'A member of the supervision group. 督查组成员。' })
export class SupervisionMemberInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => SupervisionRole)
  role!: SupervisionRole;
}

@InputType({ description: "Set a year's supervision group and its members (replaces them). 设定督查组。" })
export class SetSupervisionGroupInput {
  @Field(() => Int)
  year!: number;

  @Field(() => String)
  name!: string;

  @Field(() => [SupervisionMemberInput])
  members!: SupervisionMemberInput[];
}

@InputType({ description: 'An inspection of a project in a ten-day round. 记录督查。' })
export class RecordInspectionInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  month!: number;

  @Field(() => Int, { description: '旬: 1, 2 or 3' })
  dekad!: number;

  @Field(() => DateScalar, { description: '督查日期(不早于该旬首日)' })
  inspectedOn!: string;

  @Field(() => [ID], { description: 'Inspectors (Person ids, members of the group). 督查人员。' })
  inspectorIds!: string[];

  @Field(() => [InspectionMethod], { description: '督查方式' })
  methods!: InspectionMethod[];

  @Field(() => String, { description: '督查发现' })
  findings!: string;

  @Field(() => ProgressRating, { description: '进度评价' })
  progressRating!: ProgressRating;

  @Field(() => [NewProblemInput], { nullable: true, description: '发现的问题' })
  problems?: NewProblemInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Uploaded evidence (POST /evidence) to attach: site photos, records. 佐证材料。' })
  evidenceIds?: string[] | null;
}

@InputType({ description: 'Which inspections to list; all given conditions must hold. 督查记录筛选。' })
export class InspectionFilter {
  @Field(() => ID, { nullable: true, description: '项目' })
  projectId?: string | null;

  @Field(() => Int, { nullable: true, description: '年度' })
  year?: number | null;

  @Field(() => Int, { nullable: true, description: '月份' })
  month?: number | null;

  @Field(() => ID, { nullable: true, description: 'An inspector who took part (Person id). 督查人员。' })
  inspectorId?: string | null;
}
