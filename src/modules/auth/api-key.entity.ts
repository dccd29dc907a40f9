import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../shared/node.js';
import { toGlobalId } from '../../shared/global-id.js';

/** A read-only key for a big screen or an integrating system; only its hash is stored. */
@Entity({ tableName: 'api_key' })
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A read-only API key (shown once at creation). 只读接口密钥。' })
export class ApiKey {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: '名称(用途)' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { description: 'First characters, to recognise the key. 密钥前缀。' })
  @Property({ type: 'string', length: 16 })
  prefix!: string;

  /** sha256 of the key, hex. */
  @Property({ type: 'string', length: 64, unique: true })
  hash!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date & Opt;

  @Field(() => Date, { nullable: true, description: '吊销时间' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  get nodeId(): string & Opt {
    return toGlobalId('ApiKey', this.id);
  }
}
