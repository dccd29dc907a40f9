import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../shared/node.js';
import { toGlobalId } from '../../shared/global-id.js';
import { DateScalar } from '../../shared/scalars.js';
import { Person } from '../person/person.entity.js';
import { Problem } from './problem.entity.js';

/** The supervision group's verdict on a rectification. */
export enum RectificationVerdict {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}
registerEnumType(RectificationVerdict, {
  name: 'RectificationVerdict',
  description: 'Verdict on a submitted rectification. 整改核验结论。',
  valuesConfig: { PENDING: { description: '待核验' }, ACCEPTED: { description: '核验通过(问题销号)' }, REJECTED: { description: '核验不通过(退回继续整改)' } },
});

/** One rectification submitted by the owner unit (整改报告), and the verdict on it; every one is kept. */
@Entity({ tableName: 'rectification' })
@Index({ name: 'rectification_pending_unique', expression: `create unique index "rectification_pending_unique" on "rectification" ("problem_id") where "verdict" = 'PENDING'` })
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A rectification submitted for a problem and its verdict. 整改提交与核验。' })
export class Rectification {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Problem, ref: true, deleteRule: 'cascade', index: true })
  problem!: Ref<Problem>;

  @Field(() => Int, { description: 'Submission number for the problem, from 1. 第几次提交。' })
  @Property({ type: 'smallint' })
  submission!: number;

  @Field(() => String, { description: '整改措施' })
  @Property({ type: 'text' })
  measures!: string;

  @Field(() => DateScalar, { description: '整改完成日期' })
  @Property({ type: 'date' })
  doneOn!: string;

  @Field(() => String, { description: 'Who submitted it (caller id). 提交人。' })
  @Property({ type: 'varchar', length: 64 })
  submittedBy!: string;

  @ManyToOne({ entity: () => Person, ref: true, nullable: true, deleteRule: 'set null' })
  submittedByPerson: Ref<Person> | null = null;

  @Field(() => Date, { description: '提交时间' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  submittedAt!: Date;

  @Field(() => RectificationVerdict, { description: '核验结论' })
  @Enum({ items: () => RectificationVerdict, type: 'string', default: RectificationVerdict.PENDING })
  verdict: RectificationVerdict & Opt = RectificationVerdict.PENDING;

  @Field(() => String, { nullable: true, description: 'Who gave the verdict (caller id). 核验人。' })
  @Property({ type: 'varchar', length: 64, nullable: true })
  verdictBy: string | null = null;

  @ManyToOne({ entity: () => Person, ref: true, nullable: true, deleteRule: 'set null' })
  verdictByPerson: Ref<Person> | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected. 不通过原因。' })
  @Property({ type: 'text', nullable: true })
  verdictReason: string | null = null;

  @Field(() => Date, { nullable: true, description: '核验时间' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  verdictAt: Date | null = null;

  get nodeId(): string & Opt {
    return toGlobalId('Rectification', this.id);
  }
}
