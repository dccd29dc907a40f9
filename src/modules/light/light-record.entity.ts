import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, Index, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Project } from '../project/project.entity.js';
import { Light, LightRule } from './light.rules.js';

registerEnumType(Light, {
  name: 'Light',
  description: 'Progress warning light. 红黄绿灯。',
  valuesConfig: { GREEN: { description: '绿灯' }, YELLOW: { description: '黄灯' }, RED: { description: '红灯' } },
});
registerEnumType(LightRule, {
  name: 'LightRule',
  description: 'The rule that decided a light. 亮灯规则。',
  valuesConfig: {
    NO_ANNUAL_PLAN: { description: '无年度计划' },
    ON_SCHEDULE: { description: '滞后序时进度不足黄灯阈值' },
    LAG_YELLOW: { description: '滞后序时进度达黄灯阈值' },
    LAG_RED: { description: '滞后序时进度达红灯阈值' },
    START_DELAYED: { description: '新建项目未按计划月份开工' },
    START_DELAYED_LONG: { description: '新建项目计划开工后三个月仍未开工' },
    TWO_YELLOWS: { description: '连续两个月黄灯' },
  },
});

/** A project's light at one month end, with the rule and inputs that produced it (history kept). */
@Entity({ tableName: 'light_record' })
@Unique({ name: 'light_record_project_month_unique', properties: ['project', 'year', 'month'] })
@Index({ name: 'light_record_year_month_index', properties: ['year', 'month'] })
@ObjectType('ProjectLight', { simpleResolvers: true, description: "A project's light at a month end. 月末亮灯情况。" })
export class LightRecord {
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

  @Field(() => Light)
  @Enum({ items: () => Light, type: 'string', length: 8 })
  light!: Light;

  /** The light before the two-yellows escalation; the next month's rule needs it. */
  @Enum({ items: () => Light, type: 'string', length: 8 })
  ownLight!: Light;

  @Field(() => LightRule)
  @Enum({ items: () => LightRule, type: 'string', length: 24 })
  rule!: LightRule;

  @Field(() => GraphQLJSONObject, { description: 'Inputs of the rule (序时进度, 完成率, 滞后, thresholds). 计算依据。' })
  @Property({ type: 'json' })
  inputs!: Record<string, unknown>;

  @Property({ type: 'datetime', columnType: 'timestamptz', onCreate: () => new Date(), onUpdate: () => new Date() })
  computedAt!: Date & Opt;
}
