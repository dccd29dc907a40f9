import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../shared/scalars.js';
import { ProblemStatus } from './problem.entity.js';

@InputType({ description: 'A new problem, raised at an inspection or on its own. 发现的问题。' })
export class NewProblemInput {
  @Field(() => String, { description: '问题描述' })
  description!: string;

  @Field(() => ID, { nullable: true, description: 'Owner (Person id). 整改责任人。' })
  ownerPersonId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Owner unit (Organization id); defaults to the project’s responsible unit. 整改责任单位。' })
  ownerUnitId?: string | null;

  @Field(() => DateScalar, { description: '整改期限' })
  deadline!: string;
}

@InputType({ description: 'Problems filter; all given conditions must hold. 问题筛选。' })
export class ProblemFilter {
  @Field(() => ProblemStatus, { nullable: true })
  status?: ProblemStatus | null;

  @Field(() => ID, { nullable: true, description: 'Owner (Person id). 整改责任人。' })
  ownerPersonId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Owner unit (Organization id). 整改责任单位。' })
  ownerUnitId?: string | null;

  @Field(() => ID, { nullable: true })
  projectId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '是否逾期' })
  overdue?: boolean | null;
}

@InputType({ description: 'A problem raised outside an inspection. 提出问题。' })
export class RaiseProblemInput extends NewProblemInput {
  @Field(() => ID)
  projectId!: string;
}

@InputType({ description: 'Start rectification: OPEN → RECTIFYING. 开始整改。' })
export class StartRectificationInput {
  @Field(() => ID)
  problemId!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; a different current version is a CONFLICT. 期望版本号(乐观锁)。' })
  expectedVersion?: number | null;

  @Field(() => String, { description: '整改措施' })
  rectificationMeasures!: string;
}

@InputType({ description: "The owner's rectification of a problem, for the supervision group to verify. 提交整改。" })
export class SubmitRectificationInput {
  @Field(() => ID)
  problemId!: string;

  @Field(() => String, { description: '整改措施' })
  measures!: string;

  @Field(() => DateScalar, { description: '整改完成日期' })
  doneOn!: string;

  @Field(() => [ID], { nullable: true, description: 'Uploaded evidence (POST /evidence): photos, documents. 整改材料。' })
  evidenceIds?: string[] | null;
}
