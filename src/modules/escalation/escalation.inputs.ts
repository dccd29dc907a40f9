import { Field, ID, InputType, Int } from 'type-graphql';
import { EscalationKind, EscalationStatus } from './escalation.entity.js';

@InputType({ description: 'Which escalation steps to list; all given conditions must hold. 督办筛选。' })
export class EscalationFilter {
  @Field(() => Int, { nullable: true, description: '年度' })
  year?: number | null;

  @Field(() => Int, { nullable: true, description: 'The month whose close or reporting deadline raised the step (steps on overdue problems have none). 月份。' })
  month?: number | null;

  @Field(() => EscalationKind, { nullable: true, description: '类别' })
  kind?: EscalationKind | null;

  @Field(() => ID, { nullable: true, description: '项目' })
  projectId?: string | null;

  @Field(() => EscalationStatus, { nullable: true, description: '状态' })
  status?: EscalationStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the steps addressed to the caller (as a person, or as a reporter of the unit). 仅本人/本单位。' })
  mine?: boolean | null;
}
