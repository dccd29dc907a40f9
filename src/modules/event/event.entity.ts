import { Entity, Enum, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';

/** Kinds of change a screen may care about. */
export enum EventType {
  PROJECT_CREATED = 'PROJECT_CREATED',
  PROJECT_UPDATED = 'PROJECT_UPDATED',
  PROJECT_STARTED = 'PROJECT_STARTED',
  ASSIGNMENT_CHANGED = 'ASSIGNMENT_CHANGED',
  PLAN_SET = 'PLAN_SET',
  PROGRESS_REPORTED = 'PROGRESS_REPORTED',
  LAND_TASK_CHANGED = 'LAND_TASK_CHANGED',
  PERSON_CREATED = 'PERSON_CREATED',
  ORGANIZATION_CREATED = 'ORGANIZATION_CREATED',
  INSPECTION_RECORDED = 'INSPECTION_RECORDED',
  PROBLEM_RAISED = 'PROBLEM_RAISED',
  PROBLEM_UPDATED = 'PROBLEM_UPDATED',
  LIGHT_CHANGED = 'LIGHT_CHANGED',
  SCHEME_UPDATED = 'SCHEME_UPDATED',
  SANCTION_RECORDED = 'SANCTION_RECORDED',
  EXPLANATION_SUBMITTED = 'EXPLANATION_SUBMITTED',
  RANK_CHANGED = 'RANK_CHANGED',
  SUPERVISION_GROUP_SET = 'SUPERVISION_GROUP_SET',
  API_KEY_REVOKED = 'API_KEY_REVOKED',
  LISTING_SET = 'LISTING_SET',
  LISTINGS_ISSUED = 'LISTINGS_ISSUED',
  PHASING_SET = 'PHASING_SET',
  MONTH_CLOSED = 'MONTH_CLOSED',
  OUTLOOK_CHANGED = 'OUTLOOK_CHANGED',
  REPORT_APPROVED = 'REPORT_APPROVED',
  REPORT_RETURNED = 'REPORT_RETURNED',
  CORRECTION_REQUESTED = 'CORRECTION_REQUESTED',
  REPORT_CORRECTED = 'REPORT_CORRECTED',
  CORRECTION_REJECTED = 'CORRECTION_REJECTED',
  DOCUMENT_ISSUED = 'DOCUMENT_ISSUED',
  RECTIFICATION_SUBMITTED = 'RECTIFICATION_SUBMITTED',
  RECTIFICATION_VERIFIED = 'RECTIFICATION_VERIFIED',
  RECTIFICATION_REJECTED = 'RECTIFICATION_REJECTED',
  ESCALATION_CREATED = 'ESCALATION_CREATED',
  ESCALATION_CLOSED = 'ESCALATION_CLOSED',
  SANCTION_REVOKED = 'SANCTION_REVOKED',
  EVIDENCE_ATTACHED = 'EVIDENCE_ATTACHED',
}
registerEnumType(EventType, {
  name: 'EventType',
  description: 'Kind of change recorded in the event log. 事件类型。',
  valuesConfig: {
    PROJECT_CREATED: { description: '新增项目' },
    PROJECT_UPDATED: { description: '修改项目' },
    PROJECT_STARTED: { description: '项目开工' },
    ASSIGNMENT_CHANGED: { description: '责任分工变更' },
    PLAN_SET: { description: '年度计划设定' },
    PROGRESS_REPORTED: { description: '月度进度填报或更正' },
    LAND_TASK_CHANGED: { description: '征地和房屋征收进度变更' },
    PERSON_CREATED: { description: '新增人员' },
    ORGANIZATION_CREATED: { description: '新增单位' },
    INSPECTION_RECORDED: { description: '督查记录' },
    PROBLEM_RAISED: { description: '提出问题' },
    PROBLEM_UPDATED: { description: '问题整改进展' },
    LIGHT_CHANGED: { description: '红黄绿灯变化' },
    SCHEME_UPDATED: { description: '考核办法修订' },
    SANCTION_RECORDED: { description: '奖惩记录' },
    EXPLANATION_SUBMITTED: { description: '未完成目标说明' },
    RANK_CHANGED: { description: '考核排名变化' },
    SUPERVISION_GROUP_SET: { description: '督查组组成' },
    API_KEY_REVOKED: { description: '接口密钥吊销(仅管理员可见)' },
    LISTING_SET: { description: '年度名单项目设定或拟定' },
    LISTINGS_ISSUED: { description: '年度名单下达' },
    PHASING_SET: { description: '分月/分季计划设定' },
    MONTH_CLOSED: { description: '月度关账(灯色转为正式)' },
    OUTLOOK_CHANGED: { description: '本月预警变化(距绿灯/红灯尚需完成投资)' },
    REPORT_APPROVED: { description: '月报审核通过' },
    REPORT_RETURNED: { description: '月报退回修改' },
    CORRECTION_REQUESTED: { description: '提出更正申请' },
    REPORT_CORRECTED: { description: '更正获批,月报数据更正' },
    CORRECTION_REJECTED: { description: '更正申请驳回' },
    DOCUMENT_ISSUED: { description: '文件印发' },
    RECTIFICATION_SUBMITTED: { description: '提交整改' },
    RECTIFICATION_VERIFIED: { description: '整改核验通过(问题销号)' },
    RECTIFICATION_REJECTED: { description: '整改核验不通过' },
    ESCALATION_CREATED: { description: '发起督办(提醒、督办函、约谈、问责建议、催报)' },
    ESCALATION_CLOSED: { description: '督办办结' },
    SANCTION_REVOKED: { description: '撤销奖惩' },
    EVIDENCE_ATTACHED: { description: '上传佐证材料' },
  },
});

/**
 * One committed change, in commit order. Appended in the same transaction as the change, so an
 * event exists if and only if its change committed; `sequence` only grows.
 */
@Entity({ tableName: 'event' })
@Index({ name: 'event_project_sequence_index', properties: ['projectId', 'sequence'] })
export class DomainEvent {
  /** bigint, exchanged as a string: it outgrows 2^53. */
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  sequence!: string;

  @Enum({ items: () => EventType, type: 'string', length: 32 })
  type!: EventType;

  /** Not a foreign key: the log keeps its history whatever happens to the project later. */
  @Property({ type: 'integer', nullable: true })
  projectId!: number | null;

  @Property({ type: 'smallint', nullable: true })
  year!: number | null;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  occurredAt!: Date & Opt;
}
