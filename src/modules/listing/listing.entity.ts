import { ArrayType, Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../shared/node.js';
import { toGlobalId } from '../../shared/global-id.js';
import { DateScalar, DecimalScalar } from '../../shared/scalars.js';
import { ConstructionType, Project, ProjectLevel } from '../project/project.entity.js';
import { PhasingKind } from './listing.rules.js';

/** Where a year's listing stands: proposed (拟列) or issued by the office (下达). */
export enum ListingStatus {
  DRAFT = 'DRAFT',
  ISSUED = 'ISSUED',
}
registerEnumType(ListingStatus, {
  name: 'ListingStatus',
  description: 'Status of a listing on a year’s key-project list. 名单状态。',
  valuesConfig: { DRAFT: { description: '草拟(未下达,不计入年度统计)' }, ISSUED: { description: '已下达(计入年度统计)' } },
});

registerEnumType(PhasingKind, {
  name: 'PhasingKind',
  description: 'How the annual plan is spread over the year. 计划分解方式。',
  valuesConfig: {
    DEFAULT: { description: '未分解:自计划开工月(新开工)或1月起至12月平均' },
    MONTHLY: { description: '分月计划' },
    QUARTERLY: { description: '分季计划(季内三个月平均)' },
  },
});

/**
 * A project on a year's key-project list (年度重点项目名单): what can change from year to year —
 * level, construction type, the annual plan and its phasing, the year's target tasks (milestones),
 * planned start and completion. Figures of a year count its ISSUED listings only. The row was the
 * project's annual plan before there were listings, and keeps that plan's id.
 */
@Entity({ tableName: 'listing' })
@Unique({ name: 'listing_project_year_unique', properties: ['project', 'year'] })
@Index({ name: 'listing_year_index', properties: ['year'] })
@Index({ name: 'listing_year_status_index', properties: ['year', 'status'] })
@Check({ name: 'listing_year_range', expression: 'year >= 2000 and year <= 2100' })
@Check({ name: 'listing_planned_investment_non_negative', expression: 'planned_investment >= 0' })
@Check({ name: 'listing_planned_dates_ordered', expression: 'planned_completion_on is null or planned_start_on is null or planned_completion_on >= planned_start_on' })
@Check({
  name: 'listing_phasing_shape',
  expression: "(phasing_kind = 'DEFAULT' and phasing is null) or (phasing_kind = 'MONTHLY' and cardinality(phasing) = 12) or (phasing_kind = 'QUARTERLY' and cardinality(phasing) = 4)",
})
@ObjectType('Listing', { simpleResolvers: true, implements: Node, description: "A project on a year's key-project list, with that year's level, type and plan. 年度名单项目。" })
export class Listing {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => Int, { description: 'Optimistic-lock version: send it back as expectedVersion to update. 版本号。' })
  @Property({ type: 'integer', version: true })
  version!: number & Opt;

  @ManyToOne({ entity: () => Project, ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @Field(() => Int, { description: 'Year. 年度。' })
  @Property({ type: 'smallint' })
  year!: number;

  @Field(() => ListingStatus, { description: 'Draft or issued; only issued listings count in the year’s figures. 名单状态。' })
  @Enum({ items: () => ListingStatus, type: 'string', default: ListingStatus.DRAFT })
  status: ListingStatus & Opt = ListingStatus.DRAFT;

  @Field(() => ProjectLevel, { description: 'Level in this year. 项目级别(市重点/区重点)。' })
  @Enum({ items: () => ProjectLevel, type: 'string' })
  level!: ProjectLevel;

  @Field(() => ConstructionType, { description: 'Construction type in this year. 建设性质(新开工/续建/预备)。' })
  @Enum({ items: () => ConstructionType, type: 'string' })
  constructionType!: ConstructionType;

  @Field(() => DecimalScalar, { description: 'Investment planned for the year, 万元. 年度计划投资(万元)。' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  plannedInvestment!: string;

  @Field(() => PhasingKind, { description: 'How the plan is spread over the year. 计划分解方式。' })
  @Enum({ items: () => PhasingKind, type: 'string', default: PhasingKind.DEFAULT })
  phasingKind: PhasingKind & Opt = PhasingKind.DEFAULT;

  /** The amounts as entered: 12 (MONTHLY) or 4 (QUARTERLY); null for the default spread. */
  @Property({ type: ArrayType, columnType: 'numeric[]', nullable: true })
  phasing: string[] | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'Planned start (a NEW listing is judged on it). 计划开工日期。' })
  @Property({ type: 'date', nullable: true })
  plannedStartOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Planned completion. 计划竣工日期。' })
  @Property({ type: 'date', nullable: true })
  plannedCompletionOn!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the listing was issued. 下达时间。' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  issuedAt: Date | null = null;

  /** The plan as issued (原计划): the current plan may be amended later. */
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  issuedPlannedInvestment: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date & Opt;

  @Property({ type: 'datetime', columnType: 'timestamptz', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt!: Date & Opt;

  get nodeId(): string & Opt {
    return toGlobalId('Listing', this.id);
  }
}

/** A dated target of a listing (节点目标: for a PREPARATORY listing its 前期手续); met when `metOn` is set. */
@Entity({ tableName: 'milestone' })
@Check({ name: 'milestone_position_non_negative', expression: 'position >= 0' })
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A target of the year (for a preparatory project, a pre-construction step). 年度节点目标。' })
export class Milestone {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Listing, ref: true, deleteRule: 'cascade', index: true })
  listing!: Ref<Listing>;

  @Property({ type: 'smallint' })
  position!: number;

  @Field(() => String, { description: 'What is to be achieved. 节点内容。' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => DateScalar, { description: 'Due date. 计划完成日期。' })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date met; null while open. 实际完成日期。' })
  @Property({ type: 'date', nullable: true })
  metOn!: string | null;

  get nodeId(): string & Opt {
    return toGlobalId('Milestone', this.id);
  }
}
