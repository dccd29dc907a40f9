import { Field, ID, InputType } from 'type-graphql';
import { AssignmentRole } from './assignment.entity.js';

@InputType({ description: 'Link a person to a project in a role, or unlink. 分配/取消项目责任。' })
export class AssignmentInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => AssignmentRole)
  role!: AssignmentRole;
}
