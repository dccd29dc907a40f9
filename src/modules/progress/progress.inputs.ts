import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../../shared/scalars.js';

@InputType({ description: "A project's monthly report; re-reporting a month replaces it. 填报月度进度。" })
export class ReportProgressInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => Int, { description: '年度' })
  year!: number;

  @Field(() => Int, { description: '月份 1–12' })
  month!: number;

  @Field(() => DecimalScalar, { description: 'Investment completed in the month, 万元. 当月完成投资(万元)。' })
  completedInvestment!: string;

  @Field(() => DecimalScalar, { description: 'Physical progress percent 0–100. 形象进度(%)。' })
  physicalProgress!: string;

  @Field(() => String, { nullable: true, description: '进展情况' })
  narrative?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you last read; a different current version is a CONFLICT. 期望版本号(乐观锁)。' })
  expectedVersion?: number | null;

  @Field(() => ID, { nullable: true, description: 'Person who reports (Person id). 填报人。' })
  reportedById?: string | null;
}
