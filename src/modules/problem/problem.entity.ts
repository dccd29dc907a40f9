import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../shared/node.js';
import { toGlobalId } from '../../shared/global-id.js';
import { DateScalar } from '../../shared/scalars.js';
import { today } from '../../shared/dates.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { Project } from '../project/project.entity.js';
import { Inspection } from '../supervision/supervision.entity.js';

/** Rectification status: OPEN → RECTIFYING → RESOLVED. */
export enum ProblemStatus {
  OPEN = 'OPEN',
  RECTIFYING = 'RECTIFYING',
  RESOLVED = 'RESOLVED',
}
registerEnumType(ProblemStatus, {
  name: 'ProblemStatus',
  description: 'Rectification status. 整改状态。',
  valuesConfig: { OPEN: { description: '待整改' }, RECTIFYING: { description: '整改中' }, RESOLVED: { description: '已整改' } },
});

/** A problem found in a project (存在问题), its owner, deadline and rectification (整改). */
@Entity({ tableName: 'problem' })
@Index({ name: 'problem_status_deadline_index', properties: ['status', 'deadline'] })
@Check({ name: 'problem_deadline_after_raised', expression: 'deadline >= raised_on' })
@Check({ name: 'problem_resolved_has_date', expression: "(status = 'RESOLVED') = (resolved_on is not null)" })
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A problem found and its rectification. 存在问题及整改。' })
export class Problem {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => Int, { description: 'Optimistic-lock version: send it back as expectedVersion to update. 版本号。' })
  @Property({ type: 'integer', version: true })
  version!: number & Opt;

  @ManyToOne({ entity: () => Project, ref: true, deleteRule: 'cascade', index: true })
  project!: Ref<Project>;

  @ManyToOne({ entity: () => Inspection, ref: true, nullable: true, deleteRule: 'set null', index: true })
  inspection!: Ref<Inspection> | null;

  @Field(() => String, { description: '问题描述' })
  @Property({ type: 'text' })
  description!: string;

  @ManyToOne({ entity: () => Person, ref: true, nullable: true, deleteRule: 'restrict', index: true })
  ownerPerson!: Ref<Person> | null;

  @ManyToOne({ entity: () => Organization, ref: true, nullable: true, deleteRule: 'restrict', index: true })
  ownerUnit!: Ref<Organization> | null;

  @Field(() => DateScalar, { description: '提出日期' })
  @Property({ type: 'date' })
  raisedOn!: string;

  @Field(() => DateScalar, { description: '整改期限' })
  @Property({ type: 'date' })
  deadline!: string;

  @Field(() => ProblemStatus, { description: '整改状态' })
  @Enum({ items: () => ProblemStatus, type: 'string', length: 16, default: ProblemStatus.OPEN })
  status: ProblemStatus & Opt = ProblemStatus.OPEN;

  @Field(() => String, { nullable: true, description: '整改措施' })
  @Property({ type: 'text', nullable: true })
  rectificationMeasures!: string | null;

  @ManyToOne({ entity: () => Person, ref: true, nullable: true, deleteRule: 'restrict' })
  verifiedBy!: Ref<Person> | null;

  @Field(() => DateScalar, { nullable: true, description: '整改完成日期' })
  @Property({ type: 'date', nullable: true })
  resolvedOn!: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt!: Date & Opt;

  get nodeId(): string & Opt {
    return toGlobalId('Problem', this.id);
  }

  /** Past its deadline and not resolved (逾期). */
  @Field(() => Boolean, { description: 'Past the deadline and not resolved. 是否逾期。' })
  get overdue(): boolean & Opt {
    return this.status !== ProblemStatus.RESOLVED && this.deadline < today();
  }
}
