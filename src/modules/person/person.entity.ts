import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../shared/node.js';
import { toGlobalId } from '../../shared/global-id.js';
import { Organization } from '../organization/organization.entity.js';

/** 四套班子: the four leadership bodies of a district. */
export enum LeadershipBody {
  PARTY = 'PARTY',
  CONGRESS = 'CONGRESS',
  GOVERNMENT = 'GOVERNMENT',
  CPPCC = 'CPPCC',
}
registerEnumType(LeadershipBody, {
  name: 'LeadershipBody',
  description: 'The four leadership bodies. 四套班子。',
  valuesConfig: {
    PARTY: { description: '区委' },
    CONGRESS: { description: '区人大' },
    GOVERNMENT: { description: '区政府' },
    CPPCC: { description: '区政协' },
  },
});

/** A district leader, a unit head or an officer who can be assigned to projects. */
@Entity({ tableName: 'person' })
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A leader or official. 人员(区领导、责任人、专责人等)。' })
export class Person {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Name. 姓名。' })
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field(() => String, { description: 'Title, e.g. 副区长. 职务。' })
  @Property({ type: 'string', length: 100 })
  title!: string;

  @Field(() => LeadershipBody, { nullable: true, description: 'Leadership body for district leaders. 所属班子。' })
  @Enum({ items: () => LeadershipBody, type: 'string', length: 16, nullable: true })
  leadershipBody!: LeadershipBody | null;

  @ManyToOne({ entity: () => Organization, ref: true, nullable: true, deleteRule: 'restrict', index: true })
  organization!: Ref<Organization> | null;

  /** Personal contact field: shown only to roles in CONTACT_READERS (see PersonResolver.phone). */
  @Property({ type: 'string', length: 32, nullable: true })
  phone!: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date & Opt;

  get nodeId(): string & Opt {
    return toGlobalId('Person', this.id);
  }
}
