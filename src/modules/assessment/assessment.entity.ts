import { ArrayType, Check, Entity, Enum, Index, ManyToOne, OneToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../shared/node.js';
import { toGlobalId } from '../../shared/global-id.js';
import { DateScalar, DecimalScalar } from '../../shared/scalars.js';
import { Person } from '../person/person.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Project } from '../project/project.entity.js';
import { AccountabilityReason, type WeightTier } from './score.rules.js';

registerEnumType(AccountabilityReason, {
  name: 'AccountabilityReason',
  description: 'Reason for accountability. 问责事由。',
  valuesConfig: {
    SAFETY_ACCIDENT: { description: '安全生产责任事故' },
    MANAGEMENT_FAILURE: { description: '重大管理或服务失误' },
    SERIOUS_VIOLATION: { description: '严重违法违纪' },
    TARGET_MISSED: { description: '未完成年度考核指标' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A weight tier: plans from this amount up score this weight. 权重档次。' })
export class WeightTierType implements WeightTier {
  @Field(() => DecimalScalar, { description: 'Lower bound of annual planned investment (inclusive), 万元. 年度计划投资下限。' })
  minPlannedInvestment!: string;

  @Field(() => DecimalScalar, { description: '权重分' })
  weight!: string;
}

/** One version of a year's assessment rules (考核办法); every edit adds a version. */
@Entity({ tableName: 'assessment_scheme' })
@Unique({ name: 'assessment_scheme_year_version_unique', properties: ['year', 'version'] })
@Check({ name: 'assessment_scheme_report_deadline_day_range', expression: 'report_deadline_day >= 1 and report_deadline_day <= 28' })
@ObjectType({ simpleResolvers: true, implements: Node, description: "A version of a year's assessment scheme. 考核办法(版本)。" })
export class AssessmentScheme {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  year!: number;

  @Field(() => Int, { description: '版本号' })
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => DecimalScalar, { description: '基准分' })
  @Property({ type: 'decimal', precision: 6, scale: 2 })
  baseScore!: string;

  @Field(() => [WeightTierType], { description: '权重分档次' })
  @Property({ type: 'json' })
  weightTiers!: WeightTier[];

  @Field(() => DecimalScalar, { description: 'Bonus per percentage point above 100%. 超额每个百分点奖励分。' })
  @Property({ type: 'decimal', precision: 6, scale: 2 })
  bonusPerPoint!: string;

  @Field(() => DecimalScalar, { description: '奖励分上限' })
  @Property({ type: 'decimal', precision: 6, scale: 2 })
  bonusCap!: string;

  @Field(() => DecimalScalar, { description: 'Deduction per public criticism. 每次通报批评扣分。' })
  @Property({ type: 'decimal', precision: 6, scale: 2 })
  criticismDeduction!: string;

  @Field(() => [AccountabilityReason], { description: 'Reasons that set the score to 0. 一票否决事由。' })
  @Property({ type: ArrayType, columnType: 'text[]' })
  vetoReasons!: AccountabilityReason[];

  @Field(() => DecimalScalar, { description: 'Lag (points) from which a light is yellow. 黄灯阈值。' })
  @Property({ type: 'decimal', precision: 6, scale: 2 })
  yellowLag!: string;

  @Field(() => DecimalScalar, { description: 'Lag (points) from which a light is red. 红灯阈值。' })
  @Property({ type: 'decimal', precision: 6, scale: 2 })
  redLag!: string;

  @Field(() => Int, { description: 'Months of start delay that make red. 延迟开工转红灯月数。' })
  @Property({ type: 'smallint' })
  startDelayRedMonths!: number;

  @Field(() => Int, { description: 'Reports of a month are due by this day of the next month. 月报报送截止日(次月)。' })
  @Property({ type: 'smallint', default: 5 })
  reportDeadlineDay: number & Opt = 5;

  @Field(() => Date, { description: '生效时间' })
  @Property({ type: 'datetime', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date & Opt;

  get nodeId(): string & Opt {
    return toGlobalId('AssessmentScheme', this.id);
  }
}

/** What a sanction or award applies to. */
export enum SanctionKind {
  COMMENDATION = 'COMMENDATION',
  CRITICISM = 'CRITICISM',
  ACCOUNTABILITY = 'ACCOUNTABILITY',
}
registerEnumType(SanctionKind, {
  name: 'SanctionKind',
  description: 'Commendation, public criticism or accountability. 奖惩类别。',
  valuesConfig: { COMMENDATION: { description: '表彰奖励' }, CRITICISM: { description: '通报批评' }, ACCOUNTABILITY: { description: '问责' } },
});

/** A commendation (表彰), public criticism (通报批评) or accountability case (问责) of a year. */
@Entity({ tableName: 'sanction' })
@Index({ name: 'sanction_year_kind_index', properties: ['year', 'kind'] })
@Check({
  name: 'sanction_reason_only_for_accountability',
  expression: "(kind = 'ACCOUNTABILITY') = (accountability_reason is not null)",
})
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A commendation, criticism or accountability case. 奖惩记录。' })
export class Sanction {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => SanctionKind)
  @Enum({ items: () => SanctionKind, type: 'string', length: 16 })
  kind!: SanctionKind;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  year!: number;

  @ManyToOne({ entity: () => Project, ref: true, nullable: true, deleteRule: 'cascade', index: true })
  project!: Ref<Project> | null;

  @ManyToOne({ entity: () => Person, ref: true, nullable: true, deleteRule: 'restrict', index: true })
  person!: Ref<Person> | null;

  /** A unit commended or criticised (责任单位). */
  @ManyToOne({ entity: () => Organization, ref: true, nullable: true, deleteRule: 'restrict', index: true })
  unit: Ref<Organization> | null = null;

  /** Accountability: the persons answerable (问责对象), whose subject scores it sets to 0. */
  @Property({ type: 'json', default: '[]' })
  answerablePersonIds: number[] & Opt = [];

  @Field(() => Date, { nullable: true, description: 'When it was revoked (recorded in error); a revoked sanction counts for nothing. 撤销时间。' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Who revoked it (caller id). 撤销人。' })
  @Property({ type: 'varchar', length: 64, nullable: true })
  revokedBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was revoked. 撤销原因。' })
  @Property({ type: 'text', nullable: true })
  revocationReason: string | null = null;

  @Field(() => AccountabilityReason, { nullable: true, description: '问责事由' })
  @Enum({ items: () => AccountabilityReason, type: 'string', length: 24, nullable: true })
  accountabilityReason!: AccountabilityReason | null;

  @Field(() => String, { description: '事由说明' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => DateScalar, { description: '决定日期' })
  @Property({ type: 'date' })
  decidedOn!: string;

  /** When it was recorded: a sanction counts "as of" an instant only once recorded. */
  @Property({ type: 'datetime', columnType: 'timestamptz', onCreate: () => new Date() })
  recordedAt!: Date & Opt;

  get nodeId(): string & Opt {
    return toGlobalId('Sanction', this.id);
  }
}

/** The explanation and rectification plan a liaison leader or responsible person owes for a missed target. */
@Entity({ tableName: 'target_explanation' })
@Unique({ name: 'target_explanation_unique', properties: ['project', 'year', 'author'] })
@ObjectType({ simpleResolvers: true, implements: Node, description: 'Explanation of a missed target and the rectification plan. 未完成目标的原因说明和整改措施。' })
export class TargetExplanation {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Project, ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  year!: number;

  @ManyToOne({ entity: () => Person, ref: true, deleteRule: 'restrict' })
  author!: Ref<Person>;

  @Field(() => String, { description: '原因说明' })
  @Property({ type: 'text' })
  explanation!: string;

  @Field(() => String, { description: '整改措施' })
  @Property({ type: 'text' })
  rectificationPlan!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz', onCreate: () => new Date(), onUpdate: () => new Date() })
  submittedAt!: Date & Opt;

  get nodeId(): string & Opt {
    return toGlobalId('TargetExplanation', this.id);
  }
}

/** A project's score for a year as last computed, with its explanation. */
@Entity({ tableName: 'project_score' })
@Unique({ name: 'project_score_project_year_unique', properties: ['project', 'year'] })
@Index({ name: 'project_score_year_total_index', properties: ['year', 'total'] })
export class ProjectScoreRecord {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Project, ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @Property({ type: 'smallint' })
  year!: number;

  @Property({ type: 'decimal', precision: 8, scale: 2 })
  baseScore!: string;

  @Property({ type: 'decimal', precision: 8, scale: 2 })
  weightScore!: string;

  @Property({ type: 'decimal', precision: 8, scale: 2 })
  bonusScore!: string;

  @Property({ type: 'decimal', precision: 8, scale: 2 })
  deductions!: string;

  @Property({ type: 'decimal', precision: 8, scale: 2 })
  total!: string;

  /**
   * Dense rank by total within the year, computed when read (`rankedScores`), never stored: one
   * project's new score can move thousands of others by one place.
   */
  rank!: number;

  @Property({ type: 'boolean' })
  targetMet!: boolean;

  @Property({ type: 'boolean' })
  vetoed!: boolean;

  /**
   * How the total was reached, part by part. Kept in `project_score_explanation` (see
   * ProjectScoreExplanation) and joined in by `rankedScores`.
   */
  @Property({ type: 'json', persist: false })
  explanation!: unknown[];

  @Property({ type: 'integer' })
  schemeVersion!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz', onCreate: () => new Date(), onUpdate: () => new Date() })
  computedAt!: Date & Opt;
}

/**
 * The explanation of a stored score (≈2 KB of JSON), kept apart so that `project_score` stays
 * narrow: a rank counts the distinct higher totals of a year, and with the explanation in the row
 * that count read a heap page for every three scores.
 */
@Entity({ tableName: 'project_score_explanation' })
export class ProjectScoreExplanation {
  @OneToOne({ entity: () => ProjectScoreRecord, primary: true, ref: true, deleteRule: 'cascade', fieldName: 'score_id' })
  score!: Ref<ProjectScoreRecord>;

  @Property({ type: 'json' })
  explanation!: unknown[];
}
