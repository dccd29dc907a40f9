import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Node } from '../../shared/node.js';
import { toGlobalId } from '../../shared/global-id.js';

/** One change on record (留痕): who, when, which operation, which row, before and after. */
@Entity({ tableName: 'audit_entry' })
@Index({ name: 'audit_entry_entity_index', properties: ['entityType', 'entityId'] })
@Index({ name: 'audit_entry_actor_index', properties: ['actor'] })
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A recorded change. 操作留痕。' })
export class AuditEntry {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => Date, { description: '时间' })
  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  at!: Date & Opt;

  @Field(() => String, { description: 'Who: person:<id>, role:<ROLE> or apikey:<id>. 操作人。' })
  @Property({ type: 'string', length: 64 })
  actor!: string;

  @Field(() => String, { description: '角色' })
  @Property({ type: 'string', length: 16 })
  role!: string;

  @Field(() => String, { description: '请求标识' })
  @Property({ type: 'string', length: 100 })
  requestId!: string;

  @Field(() => String, { description: 'Operation, e.g. reportProgress. 操作。' })
  @Property({ type: 'string', length: 64 })
  operation!: string;

  @Field(() => String, { description: 'CREATE, UPDATE or DELETE' })
  @Property({ type: 'string', length: 8 })
  action!: string;

  @Field(() => String, { description: 'Entity type, e.g. ProgressReport. 对象类型。' })
  @Property({ type: 'string', length: 64 })
  entityType!: string;

  @Field(() => String, { description: 'Primary key of the row. 对象标识。' })
  @Property({ type: 'string', length: 64 })
  entityId!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: '修改前' })
  @Property({ type: 'json', nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: '修改后' })
  @Property({ type: 'json', nullable: true })
  after!: Record<string, unknown> | null;

  get nodeId(): string & Opt {
    return toGlobalId('AuditEntry', this.id);
  }
}
