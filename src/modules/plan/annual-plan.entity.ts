import { Check, Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../shared/node.js';
import { toGlobalId } from '../../shared/global-id.js';
import { DateScalar, DecimalScalar } from '../../shared/scalars.js';
import { Project } from '../project/project.entity.js';

/** A project's plan for one year (年度计划). */
@Entity({ tableName: 'annual_plan' })
@Unique({ name: 'annual_plan_project_year_unique', properties: ['project', 'year'] })
@Index({ name: 'annual_plan_year_index', properties: ['year'] })
@Check({ name: 'annual_plan_year_range', expression: 'year >= 2000 and year <= 2100' })
@Check({ name: 'annual_plan_planned_investment_non_negative', expression: 'planned_investment >= 0' })
@ObjectType({ simpleResolvers: true, implements: Node, description: "A project's plan for one year. 年度计划。" })
export class AnnualPlan {
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

  @Field(() => DecimalScalar, { description: 'Investment planned for the year, 万元. 年度计划投资(万元)。' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  plannedInvestment!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt!: Date & Opt;

  get nodeId(): string & Opt {
    return toGlobalId('AnnualPlan', this.id);
  }
}

/** A dated target of an annual plan (节点目标); met when `metOn` is set. */
@Entity({ tableName: 'milestone' })
@Check({ name: 'milestone_position_non_negative', expression: 'position >= 0' })
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A milestone of an annual plan. 年度节点目标。' })
export class Milestone {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => AnnualPlan, ref: true, deleteRule: 'cascade', index: true })
  plan!: Ref<AnnualPlan>;

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
