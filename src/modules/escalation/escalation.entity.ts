import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../shared/node.js';
import { toGlobalId } from '../../shared/global-id.js';
import { DateScalar } from '../../shared/scalars.js';
import { Organization } from '../organization/organization.entity.js';
import { Problem } from '../problem/problem.entity.js';
import { Project } from '../project/project.entity.js';

/** The steps of the escalation ladder (督办升级). */
export enum EscalationKind {
  REMINDER = 'REMINDER',
  SUPERVISION_LETTER = 'SUPERVISION_LETTER',
  TALK = 'TALK',
  ACCOUNTABILITY_PROPOSAL = 'ACCOUNTABILITY_PROPOSAL',
  REPORT_REMINDER = 'REPORT_REMINDER',
}
registerEnumType(EscalationKind, {
  name: 'EscalationKind',
  description: 'A step of the escalation ladder. 督办升级类别。',
  valuesConfig: {
    REMINDER: { description: '提醒(首次黄灯,致责任单位)' },
    SUPERVISION_LETTER: { description: '督办函(连续两月黄灯或红灯,督查组发出)' },
    TALK: { description: '约谈(连续两月红灯,挂钩领导约谈责任单位负责人)' },
    ACCOUNTABILITY_PROPOSAL: { description: '问责建议(连续三月红灯或问题逾期30天,报区委区政府)' },
    REPORT_REMINDER: { description: '催报(报送截止日未报)' },
  },
});

/** Whether a step waits for its answer. */
export enum EscalationStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(EscalationStatus, {
  name: 'EscalationStatus',
  description: 'State of an escalation step. 督办状态。',
  valuesConfig: { OPEN: { description: '待回复' }, CLOSED: { description: '已办结(已回复或原因已消除)' } },
});

/**
 * One step of the escalation ladder: who it is addressed to, why, by when, and how it ended (a
 * response, or its cause gone). Created by month close and by the daily sweep; one per step and
 * cause (`cause`, unique with the kind), so a step is never created twice.
 */
@Entity({ tableName: 'escalation' })
@Unique({ name: 'escalation_kind_cause_unique', properties: ['kind', 'cause'] })
@Index({ name: 'escalation_status_index', properties: ['status'] })
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A step of the escalation ladder. 督办事项。' })
export class Escalation {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => EscalationKind, { description: '类别' })
  @Enum({ items: () => EscalationKind, type: 'string' })
  kind!: EscalationKind;

  @Field(() => Int, { description: '年度' })
  @Property({ type: 'smallint' })
  year!: number;

  @Field(() => Int, { nullable: true, description: 'The month whose close or deadline raised it. 所属月份。' })
  @Property({ type: 'smallint', nullable: true })
  month: number | null = null;

  @ManyToOne({ entity: () => Project, ref: true, deleteRule: 'cascade', index: true })
  project!: Ref<Project>;

  @ManyToOne({ entity: () => Problem, ref: true, nullable: true, deleteRule: 'cascade' })
  problem: Ref<Problem> | null = null;

  /** What raised it, e.g. `red:12:2026-04` (a streak of RED lights from April) or `overdue:7` (problem 7). */
  @Field(() => String, { description: 'What raised it (a key). 触发原因编码。' })
  @Property({ type: 'varchar', length: 120 })
  cause!: string;

  @ManyToOne({ entity: () => Organization, ref: true, nullable: true, deleteRule: 'set null' })
  addresseeUnit: Ref<Organization> | null = null;

  /** The persons it is addressed to. */
  @Property({ type: 'json' })
  addresseePersonIds!: number[];

  @Field(() => String, { description: 'Why, in words. 督办事由。' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => DateScalar, { description: '办理期限' })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => EscalationStatus, { description: '状态' })
  @Enum({ items: () => EscalationStatus, type: 'string', default: EscalationStatus.OPEN })
  status: EscalationStatus & Opt = EscalationStatus.OPEN;

  @Field(() => String, { nullable: true, description: 'The addressee’s answer. 办理回复。' })
  @Property({ type: 'text', nullable: true })
  response: string | null = null;

  @Field(() => String, { nullable: true, description: 'Who answered (caller id). 回复人。' })
  @Property({ type: 'varchar', length: 64, nullable: true })
  respondedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: '回复时间' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  respondedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'How it closed: RESPONDED (answered), CAUSE_GONE (the light turned GREEN, the problem was resolved, the report came in) or SUPERSEDED (a higher step of the ladder for the same cause replaced it). 办结方式。' })
  @Property({ type: 'varchar', length: 16, nullable: true })
  closedReason: string | null = null;

  @Field(() => Date, { nullable: true, description: '办结时间' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @Field(() => Date, { description: '发起时间' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  get nodeId(): string & Opt {
    return toGlobalId('Escalation', this.id);
  }
}
