import { ArrayType, Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../shared/node.js';
import { toGlobalId } from '../../shared/global-id.js';
import { DateScalar } from '../../shared/scalars.js';
import { Person } from '../person/person.entity.js';
import { Project } from '../project/project.entity.js';

/** Role in the supervision group (督查组). */
export enum SupervisionRole {
  LEADER = 'LEADER',
  DEPUTY = 'DEPUTY',
  MEMBER = 'MEMBER',
}
registerEnumType(SupervisionRole, {
  name: 'SupervisionRole',
  description: 'Role in the supervision group. 督查组职务。',
  valuesConfig: { LEADER: { description: '组长' }, DEPUTY: { description: '副组长' }, MEMBER: { description: '成员' } },
});

/** How an inspection was carried out: 看资料、看现场、听汇报、点评. */
export enum InspectionMethod {
  DOCUMENT_REVIEW = 'DOCUMENT_REVIEW',
  SITE_VISIT = 'SITE_VISIT',
  BRIEFING = 'BRIEFING',
  REVIEW = 'REVIEW',
}
registerEnumType(InspectionMethod, {
  name: 'InspectionMethod',
  description: 'Inspection method. 督查方式。',
  valuesConfig: {
    DOCUMENT_REVIEW: { description: '看资料' },
    SITE_VISIT: { description: '看现场' },
    BRIEFING: { description: '听汇报' },
    REVIEW: { description: '点评' },
  },
});

/** The inspectors' judgement of progress. */
export enum ProgressRating {
  AHEAD = 'AHEAD',
  ON_SCHEDULE = 'ON_SCHEDULE',
  BEHIND = 'BEHIND',
  SERIOUSLY_BEHIND = 'SERIOUSLY_BEHIND',
}
registerEnumType(ProgressRating, {
  name: 'ProgressRating',
  description: "Inspectors' rating of progress. 进度评价。",
  valuesConfig: {
    AHEAD: { description: '超序时进度' },
    ON_SCHEDULE: { description: '符合序时进度' },
    BEHIND: { description: '滞后' },
    SERIOUSLY_BEHIND: { description: '严重滞后' },
  },
});

/** The district's supervision group of a year (督查组), reporting to the party committee and government. */
@Entity({ tableName: 'supervision_group' })
@ObjectType({ simpleResolvers: true, implements: Node, description: 'The supervision group. 重点工程督查组。' })
export class SupervisionGroup {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: '名称' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => Int, { description: '年度' })
  @Property({ type: 'smallint', unique: true })
  year!: number;

  get nodeId(): string & Opt {
    return toGlobalId('SupervisionGroup', this.id);
  }
}

/** A person's membership of the supervision group. */
@Entity({ tableName: 'supervision_member' })
@Unique({ name: 'supervision_member_group_person_unique', properties: ['group', 'person'] })
@ObjectType({ simpleResolvers: true, description: 'A member of the supervision group. 督查组成员。' })
export class SupervisionMember {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => SupervisionGroup, ref: true, deleteRule: 'cascade' })
  group!: Ref<SupervisionGroup>;

  @ManyToOne({ entity: () => Person, ref: true, deleteRule: 'restrict', index: true })
  person!: Ref<Person>;

  @Field(() => SupervisionRole)
  @Enum({ items: () => SupervisionRole, type: 'string', length: 16 })
  role!: SupervisionRole;
}

/** One inspection of one project in one ten-day round (旬). */
@Entity({ tableName: 'inspection' })
@Unique({ name: 'inspection_project_round_unique', properties: ['project', 'year', 'month', 'dekad'] })
@Check({ name: 'inspection_round_range', expression: 'year >= 2000 and year <= 2100 and month >= 1 and month <= 12 and dekad >= 1 and dekad <= 3' })
@ObjectType({ simpleResolvers: true, implements: Node, description: 'An inspection of a project in a ten-day round. 督查记录(每十天一督查)。' })
export class Inspection {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Project, ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  year!: number;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  month!: number;

  @Field(() => Int, { description: 'Ten-day round: 1 = days 1–10, 2 = 11–20, 3 = 21–end. 旬。' })
  @Property({ type: 'smallint' })
  dekad!: number;

  @Field(() => DateScalar, { description: '督查日期' })
  @Property({ type: 'date' })
  inspectedOn!: string;

  @Field(() => [InspectionMethod], { description: '督查方式' })
  @Property({ type: ArrayType, columnType: 'text[]' })
  methods!: InspectionMethod[];

  @Field(() => String, { description: '督查发现' })
  @Property({ type: 'text' })
  findings!: string;

  @Field(() => ProgressRating, { description: '进度评价' })
  @Enum({ items: () => ProgressRating, type: 'string', length: 24 })
  progressRating!: ProgressRating;

  @Property({ type: 'datetime', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date & Opt;

  get nodeId(): string & Opt {
    return toGlobalId('Inspection', this.id);
  }
}

/** An inspector of an inspection. */
@Entity({ tableName: 'inspection_inspector' })
@Unique({ name: 'inspection_inspector_unique', properties: ['inspection', 'person'] })
export class InspectionInspector {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Inspection, ref: true, deleteRule: 'cascade' })
  inspection!: Ref<Inspection>;

  @ManyToOne({ entity: () => Person, ref: true, deleteRule: 'restrict', index: true })
  person!: Ref<Person>;
}
