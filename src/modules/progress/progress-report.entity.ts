import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../shared/node.js';
import { toGlobalId } from '../../shared/global-id.js';
import { DecimalScalar } from '../../shared/scalars.js';
import { Person } from '../person/person.entity.js';
import { Project } from '../project/project.entity.js';

/** Where a report stands in the office's review (审核). */
export enum ReportStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}
registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  description: 'Review state of a monthly report. 审核状态。',
  valuesConfig: {
    SUBMITTED: { description: '已报送,待审核(计入统计)' },
    APPROVED: { description: '审核通过' },
    RETURNED: { description: '退回修改(不计入统计,直至重新报送)' },
  },
});

/** A project's monthly report (月报): investment completed in the month and physical progress. */
@Entity({ tableName: 'progress_report' })
@Unique({ name: 'progress_report_project_month_unique', properties: ['project', 'year', 'month'] })
@Index({ name: 'progress_report_year_month_index', properties: ['year', 'month'] })
@Check({ name: 'progress_report_year_range', expression: 'year >= 2000 and year <= 2100' })
@Check({ name: 'progress_report_month_range', expression: 'month >= 1 and month <= 12' })
@Check({ name: 'progress_report_completed_non_negative', expression: 'completed_investment >= 0' })
@Check({ name: 'progress_report_physical_percent', expression: 'physical_progress >= 0 and physical_progress <= 100' })
@ObjectType({ simpleResolvers: true, implements: Node, description: 'Monthly progress of a project. 月度进度报告。' })
export class ProgressReport {
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

  @Field(() => Int, { description: 'Month 1–12. 月份。' })
  @Property({ type: 'smallint' })
  month!: number;

  @Field(() => DecimalScalar, { description: 'Investment completed in this month, 万元. 当月完成投资(万元)。' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  completedInvestment!: string;

  @Field(() => DecimalScalar, { description: 'Physical progress, percent of the works. 形象进度(%)。' })
  @Property({ type: 'decimal', precision: 5, scale: 2 })
  physicalProgress!: string;

  @Field(() => String, { description: 'Narrative of the month. 进展情况。' })
  @Property({ type: 'text' })
  narrative!: string;

  @ManyToOne({ entity: () => Person, ref: true, nullable: true, deleteRule: 'set null' })
  reportedBy!: Ref<Person> | null;

  @Field(() => Date, { description: 'When it was last submitted (a resubmission moves it). 最近报送时间。' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  reportedAt!: Date;

  @Field(() => Date, { description: 'When it was first submitted; never changes. 首次报送时间。' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  firstSubmittedAt!: Date;

  @Field(() => ReportStatus, { description: 'Review state; a RETURNED report does not count until resubmitted. 审核状态。' })
  @Enum({ items: () => ReportStatus, type: 'string', default: ReportStatus.SUBMITTED })
  status: ReportStatus & Opt = ReportStatus.SUBMITTED;

  @Field(() => String, { nullable: true, description: 'Why the office returned it (while RETURNED). 退回原因。' })
  @Property({ type: 'text', nullable: true })
  returnReason: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the office last approved or returned it. 审核时间。' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  reviewedAt: Date | null = null;

  /** Who reviewed it (the caller id of the admin). */
  @Property({ type: 'varchar', length: 64, nullable: true })
  reviewedBy: string | null = null;

  get nodeId(): string & Opt {
    return toGlobalId('ProgressReport', this.id);
  }
}
