import { Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../shared/node.js';
import { toGlobalId } from '../../shared/global-id.js';

/** Kind of unit: towns and streets (镇/街) and district departments (区直单位). */
export enum OrganizationKind {
  TOWN = 'TOWN',
  STREET = 'STREET',
  DEPARTMENT = 'DEPARTMENT',
}
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'Kind of unit. 单位类型。',
  valuesConfig: {
    TOWN: { description: '镇' },
    STREET: { description: '街道' },
    DEPARTMENT: { description: '区直单位' },
  },
});

/** A town, street or district department; the responsible unit (责任单位) of projects. */
@Entity({ tableName: 'organization' })
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A town/street or district department. 单位(镇街、区直单位),项目的责任单位。' })
export class Organization {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Name. 单位名称。' })
  @Property({ type: 'string', length: 100, unique: true })
  name!: string;

  @Field(() => OrganizationKind, { description: 'Kind. 单位类型。' })
  @Enum({ items: () => OrganizationKind, type: 'string', length: 16 })
  kind!: OrganizationKind;

  @Property({ type: 'datetime', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date & Opt;

  get nodeId(): string & Opt {
    return toGlobalId('Organization', this.id);
  }
}
