import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../shared/node.js';
import { toGlobalId } from '../../shared/global-id.js';
import { DecimalScalar } from '../../shared/scalars.js';
import { Person } from '../person/person.entity.js';
import { ProgressReport, ReportStatus } from './progress-report.entity.js';

/** What happened to a report in one revision. */
export enum RevisionKind {
  SUBMITTED = 'SUBMITTED',
  RESUBMITTED = 'RESUBMITTED',
  RETURNED = 'RETURNED',
  APPROVED = 'APPROVED',
  CORRECTED = 'CORRECTED',
}
registerEnumType(RevisionKind, {
  name: 'RevisionKind',
  description: 'What a revision of a monthly report records. 报表变更类型。',
  valuesConfig: {
    SUBMITTED: { description: '首次报送' },
    RESUBMITTED: { description: '重新报送(关账前)' },
    RETURNED: { description: '退回' },
    APPROVED: { description: '审核通过' },
    CORRECTED: { description: '更正(关账后,经批准)' },
  },
});

/**
 * One version of a monthly report (报表留痕): written with every submission, review and approved
 * correction, never changed. The figures "as of" an instant are each report's latest revision
 * recorded by then (a RETURNED one not counting).
 */
@Entity({ tableName: 'progress_report_revision' })
@Unique({ name: 'progress_report_revision_report_revision_unique', properties: ['report', 'revision'] })
@Index({ name: 'progress_report_revision_project_year_index', properties: ['projectId', 'year'] })
@ObjectType({ simpleResolvers: true, description: 'One version of a monthly report, kept forever. 报表历史版本。' })
export class ReportRevision {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => ProgressReport, ref: true, deleteRule: 'cascade' })
  report!: Ref<ProgressReport>;

  /** The report's project, year and month (they never change for a report), for reading history by project. */
  @Property({ type: 'integer' })
  projectId!: number;

  @Property({ type: 'smallint' })
  year!: number;

  @Property({ type: 'smallint' })
  month!: number;

  @Field(() => Int, { description: 'Revision number, from 1. 版本序号。' })
  @Property({ type: 'smallint' })
  revision!: number;

  @Field(() => RevisionKind, { description: '变更类型' })
  @Enum({ items: () => RevisionKind, type: 'string' })
  kind!: RevisionKind;

  @Field(() => ReportStatus, { description: 'Review state after this revision. 变更后审核状态。' })
  @Enum({ items: () => ReportStatus, type: 'string' })
  status!: ReportStatus;

  @Field(() => DecimalScalar, { description: 'Completed investment of the month in this version, 万元. 当月完成投资(万元)。' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  completedInvestment!: string;

  @Field(() => DecimalScalar, { description: '形象进度(%)' })
  @Property({ type: 'decimal', precision: 5, scale: 2 })
  physicalProgress!: string;

  @Field(() => String, { description: '进展情况' })
  @Property({ type: 'text' })
  narrative!: string;

  @ManyToOne({ entity: () => Person, ref: true, nullable: true, deleteRule: 'set null' })
  reportedBy!: Ref<Person> | null;

  /** The caller who made the change (user or API key id). */
  @Field(() => String, { description: 'Who made the change (caller id). 操作人。' })
  @Property({ type: 'varchar', length: 64 })
  actor!: string;

  @Field(() => String, { nullable: true, description: 'Reason given: a return or a correction. 原因。' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => Date, { description: 'When it was recorded. 记录时间。' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  recordedAt!: Date;
}

/** Where a correction request stands. */
export enum CorrectionStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(CorrectionStatus, {
  name: 'CorrectionStatus',
  description: 'State of a correction request. 更正申请状态。',
  valuesConfig: { PENDING: { description: '待审批' }, APPROVED: { description: '已批准' }, REJECTED: { description: '已驳回' } },
});

/** A request to change a report of a closed month (更正申请), decided by the office. */
@Entity({ tableName: 'report_correction' })
@Index({ name: 'report_correction_pending_unique', expression: `create unique index "report_correction_pending_unique" on "report_correction" ("report_id") where "status" = 'PENDING'` })
@Index({ name: 'report_correction_decided_at_index', properties: ['decidedAt'] })
@Check({ name: 'report_correction_completed_non_negative', expression: 'completed_investment >= 0' })
@Check({ name: 'report_correction_physical_percent', expression: 'physical_progress >= 0 and physical_progress <= 100' })
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A correction request for a report of a closed month. 更正申请。' })
export class Correction {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => ProgressReport, ref: true, deleteRule: 'cascade' })
  report!: Ref<ProgressReport>;

  @Field(() => CorrectionStatus, { description: '状态' })
  @Enum({ items: () => CorrectionStatus, type: 'string', default: CorrectionStatus.PENDING })
  status: CorrectionStatus & Opt = CorrectionStatus.PENDING;

  @Field(() => DecimalScalar, { description: 'The corrected completed investment, 万元. 更正后完成投资(万元)。' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  completedInvestment!: string;

  @Field(() => DecimalScalar, { description: 'The corrected physical progress. 更正后形象进度(%)。' })
  @Property({ type: 'decimal', precision: 5, scale: 2 })
  physicalProgress!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'The figure it replaced (set when approved). 原完成投资(万元)。' })
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  previousCompletedInvestment: string | null = null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The physical progress it replaced (set when approved). 原形象进度(%)。' })
  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  previousPhysicalProgress: string | null = null;

  @Field(() => String, { description: 'Why the figure must change. 更正原因。' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => String, { description: 'Who asked (caller id). 申请人。' })
  @Property({ type: 'varchar', length: 64 })
  requestedBy!: string;

  @Field(() => Date, { description: '申请时间' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  requestedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Who decided (caller id). 审批人。' })
  @Property({ type: 'varchar', length: 64, nullable: true })
  decidedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: '审批时间' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected. 驳回原因。' })
  @Property({ type: 'text', nullable: true })
  rejectionReason: string | null = null;

  get nodeId(): string & Opt {
    return toGlobalId('Correction', this.id);
  }
}
