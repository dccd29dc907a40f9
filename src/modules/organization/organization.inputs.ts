import { Field, InputType } from 'type-graphql';
import { OrganizationKind } from './organization.entity.js';

@InputType({ description: 'A new town/street or department. 新增单位。' })
export class CreateOrganizationInput {
  @Field(() => String, { description: '单位名称' })
  name!: string;

  @Field(() => OrganizationKind, { description: '单位类型' })
  kind!: OrganizationKind;
}
