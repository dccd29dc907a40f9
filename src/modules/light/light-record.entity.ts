import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, Index, type Opt, type Ref } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { Project } from '../project/project.entity.js';
import { Light, LightKind, LightRule } from './light.rules.js';

registerEnumType(Light, {
  name: 'Light',
  description: 'Progress warning light. 红黄绿灯。',
  valuesConfig: { GREEN: { description: '绿灯' }, YELLOW: { description: '黄灯' }, RED: { description: '红灯' }, NOT_DUE: { description: '未到开工期(无灯色)' } },
});
registerEnumType(LightKind, {
  name: 'LightKind',
  description: 'Which light decided. 亮灯类别。',
  valuesConfig: {
    START: { description: '开工灯(新开工项目未开工)' },
    PROGRESS: { description: '进度灯(对照本项目序时计划)' },
    PRELIMINARY: { description: '前期灯(预备项目前期手续)' },
  },
});
registerEnumType(LightRule, {
  name: 'LightRule',
  description: 'The rule that decided a light. 亮灯规则。',
  valuesConfig: {
    NOT_DUE_TO_START: { description: '未到计划开工月' },
    NO_PLANNED_START: { description: '无计划开工日期,暂不判定' },
    START_DELAYED: { description: '计划开工月已过仍未开工' },
    START_DELAYED_LONG: { description: '计划开工月后三个月仍未开工' },
    NO_ANNUAL_PLAN: { description: '无年度计划' },
    ON_SCHEDULE: { description: '滞后本项目序时计划不足黄灯阈值(或超前)' },
    LAG_YELLOW: { description: '滞后本项目序时计划达黄灯阈值' },
    LAG_RED: { description: '滞后本项目序时计划达红灯阈值' },
    PRELIMINARY_ON_TRACK: { description: '前期手续无逾期' },
    PRELIMINARY_OVERDUE: { description: '前期手续逾期' },
    PRELIMINARY_OVERDUE_LONG: { description: '前期手续逾期三个月以上' },
  },
});

/**
 * A project's official light at the end of a closed month (month close writes it; nothing else
 * does), with the rule and inputs that produced it and whether the month was reported (未报 counts 0).
 */
@Entity({ tableName: 'light_record' })
@Unique({ name: 'light_record_project_month_unique', properties: ['project', 'year', 'month'] })
@Index({ name: 'light_record_year_month_index', properties: ['year', 'month'] })
@Check({ name: 'light_record_month_range', expression: 'month >= 1 and month <= 12' })
export class LightRecord {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Project, ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @Property({ type: 'smallint' })
  year!: number;

  @Property({ type: 'smallint' })
  month!: number;

  @Enum({ items: () => Light, type: 'string' })
  light!: Light;

  @Enum({ items: () => LightKind, type: 'string' })
  kind!: LightKind;

  @Enum({ items: () => LightRule, type: 'string' })
  rule!: LightRule;

  @Property({ type: 'json' })
  inputs!: Record<string, unknown>;

  /** False when the project had no report for the month at close (未报). */
  @Property({ type: 'boolean' })
  reported!: boolean;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  computedAt!: Date & Opt;
}
