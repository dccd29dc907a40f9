import { Field, ID, InputType } from 'type-graphql';
import { LeadershipBody } from './person.entity.js';

@InputType({ description: 'People filter. 人员筛选条件。' })
export class PersonFilter {
  @Field(() => LeadershipBody, { nullable: true, description: '所属班子' })
  leadershipBody?: LeadershipBody | null;

  @Field(() => ID, { nullable: true, description: 'Organization id. 所在单位。' })
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name or title. 姓名或职务关键字。' })
  search?: string | null;
}

@InputType({ description: 'A new leader or official. 新增人员。' })
export class CreatePersonInput {
  @Field(() => String, { description: '姓名' })
  name!: string;

  @Field(() => String, { description: '职务' })
  title!: string;

  @Field(() => LeadershipBody, { nullable: true, description: '所属班子(区领导)' })
  leadershipBody?: LeadershipBody | null;

  @Field(() => ID, { nullable: true, description: 'Organization id. 所在单位。' })
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: '联系电话' })
  phone?: string | null;
}
