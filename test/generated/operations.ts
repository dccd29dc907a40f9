/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Reason for accountability. 问责事由。 */
export type AccountabilityReason =
  /** 重大管理或服务失误 */
  | 'MANAGEMENT_FAILURE'
  /** 安全生产责任事故 */
  | 'SAFETY_ACCIDENT'
  /** 严重违法违纪 */
  | 'SERIOUS_VIOLATION'
  /** 未完成年度考核指标 */
  | 'TARGET_MISSED';

/** A new land acquisition / relocation task. 新增征地和房屋征收任务。 */
export type AddLandTaskInput = {
  /** 已征地面积(亩) */
  areaAcquired?: string | null | undefined;
  /** 应征地面积(亩) */
  areaToAcquire: string;
  /** 已征收户数 */
  householdsRelocated?: number | null | undefined;
  /** 应征收户数 */
  householdsToRelocate: number;
  /** 任务名称 */
  name: string;
  projectId: string | number;
};

/** Link a person to a project in a role, or unlink. 分配/取消项目责任。 */
export type AssignmentInput = {
  personId: string | number;
  projectId: string | number;
  role: AssignmentRole;
};

/** Role of a person on a project. 项目责任角色。 */
export type AssignmentRole =
  /** 分片负责领导 */
  | 'AREA_LEADER'
  /** 督查责任人(督查组成员) */
  | 'INSPECTOR'
  /** 征地和房屋征收专责人 */
  | 'LAND_OFFICER'
  /** 挂钩区领导 */
  | 'LIAISON_LEADER'
  /** 一把手(负总责) */
  | 'PRINCIPAL'
  /** 责任人 */
  | 'RESPONSIBLE_PERSON';

/** Construction type for the year. 建设性质。 */
export type ConstructionType =
  /** 续建 */
  | 'CONTINUING'
  /** 新开工(本年开工) */
  | 'NEW'
  /** 预备(前期) */
  | 'PREPARATORY';

/** A new town/street or department. 新增单位。 */
export type CreateOrganizationInput = {
  /** 单位类型 */
  kind: OrganizationKind;
  /** 单位名称 */
  name: string;
};

/** A new leader or official. 新增人员。 */
export type CreatePersonInput = {
  /** 所属班子(区领导) */
  leadershipBody?: LeadershipBody | null | undefined;
  /** 姓名 */
  name: string;
  /** Organization id. 所在单位。 */
  organizationId?: string | number | null | undefined;
  /** 联系电话 */
  phone?: string | null | undefined;
  /** 职务 */
  title: string;
};

/** A new key project. 新增重点项目。 */
export type CreateProjectInput = {
  /** Where it is built (town or street). 建设地点。 */
  address?: string | null | undefined;
  /** 产业集群 */
  clusters?: Array<string> | null | undefined;
  /** 项目编号 */
  code: string;
  /** Construction type on the listing of `year`. 建设性质。 */
  constructionType: ConstructionType;
  industry: Industry;
  /** Level on the listing of `year`. 项目级别。 */
  level: ProjectLevel;
  /** Site coordinates (WGS-84). 项目坐标。 */
  location?: GeoPointInput | null | undefined;
  /** 项目名称 */
  name: string;
  /** Planned completion, on the listing of `year`. 计划竣工日期。 */
  plannedCompletionOn?: string | null | undefined;
  /** Annual plan of that year, 万元 (default 0). 年度计划投资(万元)。 */
  plannedInvestment?: string | null | undefined;
  /** Planned start, on the listing of `year`. 计划开工日期。 */
  plannedStartOn?: string | null | undefined;
  /** Organization id. 责任单位。 */
  responsibleUnitId?: string | number | null | undefined;
  /** 总投资(万元) */
  totalInvestment: string;
  /** The town or street the site lies in (an Organization of kind TOWN or STREET). 所在镇/街。 */
  townId?: string | number | null | undefined;
  /** The year whose list the project joins (default the current year): a draft, or issued at once when that year's list is issued. 列入年度。 */
  year?: number | null | undefined;
};

/** Kind of change recorded in the event log. 事件类型。 */
export type EventType =
  /** 接口密钥吊销(仅管理员可见) */
  | 'API_KEY_REVOKED'
  /** 责任分工变更 */
  | 'ASSIGNMENT_CHANGED'
  /** 更正申请驳回 */
  | 'CORRECTION_REJECTED'
  /** 提出更正申请 */
  | 'CORRECTION_REQUESTED'
  /** 文件印发 */
  | 'DOCUMENT_ISSUED'
  /** 督办办结 */
  | 'ESCALATION_CLOSED'
  /** 发起督办(提醒、督办函、约谈、问责建议、催报) */
  | 'ESCALATION_CREATED'
  /** 上传佐证材料 */
  | 'EVIDENCE_ATTACHED'
  /** 未完成目标说明 */
  | 'EXPLANATION_SUBMITTED'
  /** 督查记录 */
  | 'INSPECTION_RECORDED'
  /** 征地和房屋征收进度变更 */
  | 'LAND_TASK_CHANGED'
  /** 红黄绿灯变化 */
  | 'LIGHT_CHANGED'
  /** 年度名单下达 */
  | 'LISTINGS_ISSUED'
  /** 年度名单项目设定或拟定 */
  | 'LISTING_SET'
  /** 月度关账(灯色转为正式) */
  | 'MONTH_CLOSED'
  /** 新增单位 */
  | 'ORGANIZATION_CREATED'
  /** 本月预警变化(距绿灯/红灯尚需完成投资) */
  | 'OUTLOOK_CHANGED'
  /** 新增人员 */
  | 'PERSON_CREATED'
  /** 分月/分季计划设定 */
  | 'PHASING_SET'
  /** 年度计划设定 */
  | 'PLAN_SET'
  /** 提出问题 */
  | 'PROBLEM_RAISED'
  /** 问题整改进展 */
  | 'PROBLEM_UPDATED'
  /** 月度进度填报或更正 */
  | 'PROGRESS_REPORTED'
  /** 新增项目 */
  | 'PROJECT_CREATED'
  /** 项目开工 */
  | 'PROJECT_STARTED'
  /** 修改项目 */
  | 'PROJECT_UPDATED'
  /** 考核排名变化 */
  | 'RANK_CHANGED'
  /** 整改核验不通过 */
  | 'RECTIFICATION_REJECTED'
  /** 提交整改 */
  | 'RECTIFICATION_SUBMITTED'
  /** 整改核验通过(问题销号) */
  | 'RECTIFICATION_VERIFIED'
  /** 月报审核通过 */
  | 'REPORT_APPROVED'
  /** 更正获批,月报数据更正 */
  | 'REPORT_CORRECTED'
  /** 月报退回修改 */
  | 'REPORT_RETURNED'
  /** 奖惩记录 */
  | 'SANCTION_RECORDED'
  /** 撤销奖惩 */
  | 'SANCTION_REVOKED'
  /** 考核办法修订 */
  | 'SCHEME_UPDATED'
  /** 督查组组成 */
  | 'SUPERVISION_GROUP_SET';

/** A point in WGS-84 degrees. 坐标(WGS-84)。 */
export type GeoPointInput = {
  /** 纬度 −90…90 */
  latitude: number;
  /** 经度 −180…180 */
  longitude: number;
};

/** Sector of the economy. 产业类别。 */
export type Industry =
  /** 第一产业 */
  | 'PRIMARY'
  /** 第二产业 */
  | 'SECONDARY'
  /** 第三产业 */
  | 'TERTIARY';

/** Inspection method. 督查方式。 */
export type InspectionMethod =
  /** 听汇报 */
  | 'BRIEFING'
  /** 看资料 */
  | 'DOCUMENT_REVIEW'
  /** 点评 */
  | 'REVIEW'
  /** 看现场 */
  | 'SITE_VISIT';

/** Band of total investment (lower bound inclusive). 投资档次。 */
export type InvestmentBand =
  /** 1–5亿元 */
  | 'FROM_100M_TO_500M'
  /** 5–10亿元 */
  | 'FROM_500M_TO_1B'
  /** 10亿元以上 */
  | 'OVER_1B'
  /** 1亿元以下 */
  | 'UNDER_100M';

/** The four leadership bodies. 四套班子。 */
export type LeadershipBody =
  /** 区人大 */
  | 'CONGRESS'
  /** 区政协 */
  | 'CPPCC'
  /** 区政府 */
  | 'GOVERNMENT'
  /** 区委 */
  | 'PARTY';

/** Progress warning light. 红黄绿灯。 */
export type Light =
  /** 绿灯 */
  | 'GREEN'
  /** 未到开工期(无灯色) */
  | 'NOT_DUE'
  /** 红灯 */
  | 'RED'
  /** 黄灯 */
  | 'YELLOW';

/** The rule that decided a light. 亮灯规则。 */
export type LightRule =
  /** 滞后本项目序时计划达红灯阈值 */
  | 'LAG_RED'
  /** 滞后本项目序时计划达黄灯阈值 */
  | 'LAG_YELLOW'
  /** 未到计划开工月 */
  | 'NOT_DUE_TO_START'
  /** 无年度计划 */
  | 'NO_ANNUAL_PLAN'
  /** 无计划开工日期,暂不判定 */
  | 'NO_PLANNED_START'
  /** 滞后本项目序时计划不足黄灯阈值(或超前) */
  | 'ON_SCHEDULE'
  /** 前期手续无逾期 */
  | 'PRELIMINARY_ON_TRACK'
  /** 前期手续逾期 */
  | 'PRELIMINARY_OVERDUE'
  /** 前期手续逾期三个月以上 */
  | 'PRELIMINARY_OVERDUE_LONG'
  /** 计划开工月已过仍未开工 */
  | 'START_DELAYED'
  /** 计划开工月后三个月仍未开工 */
  | 'START_DELAYED_LONG';

/** A target of the year (for a preparatory project, a pre-construction step: 立项, 用地, 规划, 施工许可 …). 年度节点目标。 */
export type MilestoneInput = {
  /** 计划完成日期(在该年度内) */
  dueOn: string;
  /** 实际完成日期 */
  metOn?: string | null | undefined;
  /** 节点内容 */
  name: string;
};

/** A new problem, raised at an inspection or on its own. 发现的问题。 */
export type NewProblemInput = {
  /** 整改期限 */
  deadline: string;
  /** 问题描述 */
  description: string;
  /** Owner (Person id). 整改责任人。 */
  ownerPersonId?: string | number | null | undefined;
  /** Owner unit (Organization id); defaults to the project’s responsible unit. 整改责任单位。 */
  ownerUnitId?: string | number | null | undefined;
};

/** Kind of unit. 单位类型。 */
export type OrganizationKind =
  /** 区直单位 */
  | 'DEPARTMENT'
  /** 街道 */
  | 'STREET'
  /** 镇 */
  | 'TOWN';

/** People filter. 人员筛选条件。 */
export type PersonFilter = {
  /** 所属班子 */
  leadershipBody?: LeadershipBody | null | undefined;
  /** Organization id. 所在单位。 */
  organizationId?: string | number | null | undefined;
  /** Part of the name or title. 姓名或职务关键字。 */
  search?: string | null | undefined;
};

/** Problems filter; all given conditions must hold. 问题筛选。 */
export type ProblemFilter = {
  /** 是否逾期 */
  overdue?: boolean | null | undefined;
  /** Owner (Person id). 整改责任人。 */
  ownerPersonId?: string | number | null | undefined;
  /** Owner unit (Organization id). 整改责任单位。 */
  ownerUnitId?: string | number | null | undefined;
  projectId?: string | number | null | undefined;
  status?: ProblemStatus | null | undefined;
};

/** Rectification status. 整改状态。 */
export type ProblemStatus =
  /** 待整改 */
  | 'OPEN'
  /** 整改中 */
  | 'RECTIFYING'
  /** 已整改 */
  | 'RESOLVED';

/** Which reports to receive; all given conditions must hold. 进度推送筛选。 */
export type ProgressFilter = {
  /** 项目级别 */
  level?: ProjectLevel | null | undefined;
  /** A person assigned to the project (Person id). 相关人员。 */
  personId?: string | number | null | undefined;
  /** Project id. 项目。 */
  projectId?: string | number | null | undefined;
  /** Responsible unit (Organization id). 责任单位。 */
  responsibleUnitId?: string | number | null | undefined;
};

/** Inspectors' rating of progress. 进度评价。 */
export type ProgressRating =
  /** 超序时进度 */
  | 'AHEAD'
  /** 滞后 */
  | 'BEHIND'
  /** 符合序时进度 */
  | 'ON_SCHEDULE'
  /** 严重滞后 */
  | 'SERIOUSLY_BEHIND';

/** Project filter; all given conditions must hold. 项目筛选条件。 */
export type ProjectFilter = {
  /** Cluster tag, e.g. 石材产业. 产业集群。 */
  cluster?: string | null | undefined;
  /** This year's construction type. 建设性质(本年度)。 */
  constructionType?: ConstructionType | null | undefined;
  /** 产业类别 */
  industry?: Industry | null | undefined;
  /** 投资档次 */
  investmentBand?: InvestmentBand | null | undefined;
  /** This year's level (see Project.level). 项目级别(本年度)。 */
  level?: ProjectLevel | null | undefined;
  /** Projects a person is assigned to in any role (Person id). 相关人员。 */
  personId?: string | number | null | undefined;
  /** Responsible unit (Organization id). 责任单位。 */
  responsibleUnitId?: string | number | null | undefined;
  /** Part of the name or code. 名称或编号关键字。 */
  search?: string | null | undefined;
  /** Town or street of the site (Organization id). 所在镇/街。 */
  townId?: string | number | null | undefined;
};

/** Level of a key project. 项目级别。 */
export type ProjectLevel =
  /** 市重点(落户本区的市级重点项目) */
  | 'CITY'
  /** 区重点 */
  | 'DISTRICT';

/** Status of a project. 项目状态。 */
export type ProjectStatus =
  /** 竣工 */
  | 'COMPLETED'
  /** 未开工 */
  | 'NOT_STARTED'
  /** 停工 */
  | 'SUSPENDED'
  /** 在建 */
  | 'UNDER_CONSTRUCTION';

/** A problem raised outside an inspection. 提出问题。 */
export type RaiseProblemInput = {
  /** 整改期限 */
  deadline: string;
  /** 问题描述 */
  description: string;
  /** Owner (Person id). 整改责任人。 */
  ownerPersonId?: string | number | null | undefined;
  /** Owner unit (Organization id); defaults to the project’s responsible unit. 整改责任单位。 */
  ownerUnitId?: string | number | null | undefined;
  projectId: string | number;
};

/** An accountability case. 问责记录。 */
export type RecordAccountabilityInput = {
  /** The persons answerable (问责对象): their subject scores become 0 and they are marked. 被问责人员。 */
  answerablePersonIds?: Array<string | number> | null | undefined;
  /** 决定日期 */
  decidedOn: string;
  /** 事由 */
  description: string;
  /** Person concerned: a criticism deducts from their subject score. 相关人员。 */
  personId?: string | number | null | undefined;
  /** Project concerned. 相关项目。 */
  projectId?: string | number | null | undefined;
  /** 问责事由 */
  reason: AccountabilityReason;
  /** Unit concerned (责任单位): a criticism deducts from its unit score. 相关单位。 */
  unitId?: string | number | null | undefined;
  year: number;
};

/** An inspection of a project in a ten-day round. 记录督查。 */
export type RecordInspectionInput = {
  /** 旬: 1, 2 or 3 */
  dekad: number;
  /** Uploaded evidence (POST /evidence) to attach: site photos, records. 佐证材料。 */
  evidenceIds?: Array<string | number> | null | undefined;
  /** 督查发现 */
  findings: string;
  /** 督查日期(不早于该旬首日) */
  inspectedOn: string;
  /** Inspectors (Person ids, members of the group). 督查人员。 */
  inspectorIds: Array<string | number>;
  /** 督查方式 */
  methods: Array<InspectionMethod>;
  month: number;
  /** 发现的问题 */
  problems?: Array<NewProblemInput> | null | undefined;
  /** 进度评价 */
  progressRating: ProgressRating;
  projectId: string | number;
  year: number;
};

/** A commendation or public criticism. 表彰或通报批评。 */
export type RecordSanctionInput = {
  /** 决定日期 */
  decidedOn: string;
  /** 事由 */
  description: string;
  /** Person concerned: a criticism deducts from their subject score. 相关人员。 */
  personId?: string | number | null | undefined;
  /** Project concerned. 相关项目。 */
  projectId?: string | number | null | undefined;
  /** Unit concerned (责任单位): a criticism deducts from its unit score. 相关单位。 */
  unitId?: string | number | null | undefined;
  year: number;
};

/** Record the start of works. 登记开工。 */
export type RecordStartInput = {
  projectId: string | number;
  /** 实际开工日期 */
  startedOn: string;
};

/** Verdict on a submitted rectification. 整改核验结论。 */
export type RectificationVerdict =
  /** 核验通过(问题销号) */
  | 'ACCEPTED'
  /** 待核验 */
  | 'PENDING'
  /** 核验不通过(退回继续整改) */
  | 'REJECTED';

/** A project's monthly report; re-reporting a month replaces it. 填报月度进度。 */
export type ReportProgressInput = {
  /** Investment completed in the month, 万元. 当月完成投资(万元)。 */
  completedInvestment: string;
  /** Uploaded evidence (POST /evidence) to attach: photos of the works at the month end (形象进度照片). 佐证材料。 */
  evidenceIds?: Array<string | number> | null | undefined;
  /** The version you last read; a different current version is a CONFLICT. 期望版本号(乐观锁)。 */
  expectedVersion?: number | null | undefined;
  /** 月份 1–12 */
  month: number;
  /** 进展情况 */
  narrative?: string | null | undefined;
  /** Physical progress percent 0–100. 形象进度(%)。 */
  physicalProgress: string;
  projectId: string | number;
  /** Person who reports (Person id). 填报人。 */
  reportedById?: string | number | null | undefined;
  /** 年度 */
  year: number;
};

/** What a project lacks under "有人抓、有人管". 缺失的责任落实项。 */
export type ResponsibilityGap =
  /** 缺挂钩区领导 */
  | 'LIAISON_LEADER'
  /** 缺责任人 */
  | 'RESPONSIBLE_PERSON'
  /** 缺责任单位 */
  | 'RESPONSIBLE_UNIT';

/** Where a ten-day round stands today. 督查轮次状态。 */
export type RoundStatus =
  /** 已结束 */
  | 'CLOSED'
  /** 进行中 */
  | 'OPEN'
  /** 未开始 */
  | 'UPCOMING';

/** Commendation, public criticism or accountability. 奖惩类别。 */
export type SanctionKind =
  /** 问责 */
  | 'ACCOUNTABILITY'
  /** 表彰奖励 */
  | 'COMMENDATION'
  /** 通报批评 */
  | 'CRITICISM';

/** Set a project's plan for a year; replaces the plan and its milestones (the plan part of its listing). 设定年度计划。 */
export type SetAnnualPlanInput = {
  /** The version you last read; a different current version is a CONFLICT. 期望版本号(乐观锁)。 */
  expectedVersion?: number | null | undefined;
  /** Milestones; omitted keeps the existing ones. 年度节点目标。 */
  milestones?: Array<MilestoneInput> | null | undefined;
  /** 年度计划投资(万元) */
  plannedInvestment: string;
  projectId: string | number;
  /** 年度 */
  year: number;
};

/** Set a year's supervision group and its members (replaces them). 设定督查组。 */
export type SetSupervisionGroupInput = {
  members: Array<SupervisionMemberInput>;
  name: string;
  year: number;
};

/** Start rectification: OPEN → RECTIFYING. 开始整改。 */
export type StartRectificationInput = {
  /** The version you last read; a different current version is a CONFLICT. 期望版本号(乐观锁)。 */
  expectedVersion?: number | null | undefined;
  problemId: string | number;
  /** 整改措施 */
  rectificationMeasures: string;
};

/** Assessed officials. 考核对象。 */
export type SubjectRole =
  /** 督查组成员(按时督查率) */
  | 'INSPECTOR'
  /** 挂钩区领导(所挂项目平均分) */
  | 'LIAISON_LEADER'
  /** 责任人(所负责项目平均分) */
  | 'RESPONSIBLE_PERSON';

/** The owner's rectification of a problem, for the supervision group to verify. 提交整改。 */
export type SubmitRectificationInput = {
  /** 整改完成日期 */
  doneOn: string;
  /** Uploaded evidence (POST /evidence): photos, documents. 整改材料。 */
  evidenceIds?: Array<string | number> | null | undefined;
  /** 整改措施 */
  measures: string;
  problemId: string | number;
};

/** Explanation of a missed target with the rectification plan. 未完成目标说明。 */
export type SubmitTargetExplanationInput = {
  /** The liaison leader or responsible person writing it. 说明人(挂钩区领导或责任人)。 */
  authorId: string | number;
  /** 原因说明 */
  explanation: string;
  projectId: string | number;
  /** 整改措施 */
  rectificationPlan: string;
  year: number;
};

/** A member of the supervision group. 督查组成员。 */
export type SupervisionMemberInput = {
  personId: string | number;
  role: SupervisionRole;
};

/** Role in the supervision group. 督查组职务。 */
export type SupervisionRole =
  /** 副组长 */
  | 'DEPUTY'
  /** 组长 */
  | 'LEADER'
  /** 成员 */
  | 'MEMBER';

/** Changes to a year's scheme; a new version is created, omitted fields carry over. 修订考核办法。 */
export type UpdateAssessmentSchemeInput = {
  /** 基准分 */
  baseScore?: string | null | undefined;
  /** 奖励分上限 */
  bonusCap?: string | null | undefined;
  /** 超额每个百分点奖励分 */
  bonusPerPoint?: string | null | undefined;
  /** 每次通报批评扣分 */
  criticismDeduction?: string | null | undefined;
  /** 红灯阈值(滞后百分点) */
  redLag?: string | null | undefined;
  /** Reports of a month are due by this day of the next month, 1–28. 月报报送截止日。 */
  reportDeadlineDay?: number | null | undefined;
  /** 延迟开工转红灯月数 */
  startDelayRedMonths?: number | null | undefined;
  /** 一票否决事由 */
  vetoReasons?: Array<AccountabilityReason> | null | undefined;
  /** 权重分档次(最低档下限须为0) */
  weightTiers?: Array<WeightTierInput> | null | undefined;
  year: number;
  /** 黄灯阈值(滞后百分点) */
  yellowLag?: string | null | undefined;
};

/** Progress or correction of a land task; omitted fields stay. 更新征地和房屋征收进度。 */
export type UpdateLandTaskInput = {
  areaAcquired?: string | null | undefined;
  areaToAcquire?: string | null | undefined;
  /** The version you last read; a different current version is a CONFLICT. 期望版本号(乐观锁)。 */
  expectedVersion?: number | null | undefined;
  householdsRelocated?: number | null | undefined;
  householdsToRelocate?: number | null | undefined;
  id: string | number;
  name?: string | null | undefined;
};

/** Changes to a project; omitted fields stay, null clears. 修改项目信息。 */
export type UpdateProjectInput = {
  /** Where it is built; null clears it. 建设地点。 */
  address?: string | null | undefined;
  clusters?: Array<string> | null | undefined;
  /** 竣工日期 */
  completedOn?: string | null | undefined;
  /** Changes this year's listing. 本年度建设性质。 */
  constructionType?: ConstructionType | null | undefined;
  /** The version you last read; a different current version is a CONFLICT. 期望版本号(乐观锁)。 */
  expectedVersion?: number | null | undefined;
  id: string | number;
  industry?: Industry | null | undefined;
  /** Changes this year's listing. 本年度项目级别。 */
  level?: ProjectLevel | null | undefined;
  /** Site coordinates (WGS-84); null clears them. 项目坐标。 */
  location?: GeoPointInput | null | undefined;
  name?: string | null | undefined;
  /** Changes this year's listing. 计划竣工日期。 */
  plannedCompletionOn?: string | null | undefined;
  /** Changes this year's listing. 计划开工日期。 */
  plannedStartOn?: string | null | undefined;
  responsibleUnitId?: string | number | null | undefined;
  status?: ProjectStatus | null | undefined;
  totalInvestment?: string | null | undefined;
  /** The town or street the site lies in (TOWN or STREET); null clears it. 所在镇/街。 */
  townId?: string | number | null | undefined;
};

/** A weight tier. 权重档次。 */
export type WeightTierInput = {
  /** 年度计划投资下限(万元,含) */
  minPlannedInvestment: string;
  /** 权重分 */
  weight: string;
};

export type ProjectLightsQueryVariables = Exact<{
  id: string | number;
  year: number;
}>;


export type ProjectLightsQuery = { project: { id: string, code: string, light: { month: number, light: Light, rule: LightRule, inputs: Record<string, unknown> } | null, lights: Array<{ month: number, light: Light, rule: LightRule }>, score: { total: string, rank: number, baseScore: string, weightScore: string, bonusScore: string, deductions: string, targetMet: boolean, vetoed: boolean, schemeVersion: number } | null } };

export type LightCountsQueryVariables = Exact<{
  year: number;
  level?: ProjectLevel | null | undefined;
}>;


export type LightCountsQuery = { dashboard: { completedInvestment: string, lightCounts: { month: number, green: number, yellow: number, red: number } } };

export type ScoresAndLightsQueryVariables = Exact<{
  first?: number | null | undefined;
  year: number;
}>;


export type ScoresAndLightsQuery = { projects: { nodes: Array<{ id: string, light: { light: Light, rule: LightRule } | null, lights: Array<{ month: number, light: Light }>, score: { total: string, rank: number } | null, problems: Array<{ id: string, status: ProblemStatus }> }> } };

export type ProjectScoresQueryVariables = Exact<{
  year: number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProjectScoresQuery = { projectScores: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ total: string, rank: number, baseScore: string, weightScore: string, bonusScore: string, deductions: string, targetMet: boolean, vetoed: boolean, schemeVersion: number, simulated: boolean, project: { id: string, code: string }, explanation: Array<{ part: string, points: string, rule: string, inputs: Record<string, unknown> }> }> } };

export type ProjectScoreQueryVariables = Exact<{
  projectId: string | number;
  year: number;
}>;


export type ProjectScoreQuery = { projectScore: { total: string, rank: number, baseScore: string, weightScore: string, bonusScore: string, deductions: string, targetMet: boolean, vetoed: boolean, schemeVersion: number, explanation: Array<{ part: string, points: string, rule: string }> } | null };

export type SimulateScoreQueryVariables = Exact<{
  projectId: string | number;
  year: number;
  completedInvestment: string;
  milestonesMet?: boolean | null | undefined;
}>;


export type SimulateScoreQuery = { simulateScore: { total: string, rank: number, baseScore: string, weightScore: string, bonusScore: string, targetMet: boolean, simulated: boolean } };

export type SubjectScoresQueryVariables = Exact<{
  year: number;
  role: SubjectRole;
}>;


export type SubjectScoresQuery = { subjectScores: Array<{ role: SubjectRole, score: string | null, rank: number | null, count: number, doneOnTime: number | null, person: { id: string, name: string } }> };

export type AssessmentSchemeQueryVariables = Exact<{
  year: number;
}>;


export type AssessmentSchemeQuery = { assessmentScheme: { version: number, baseScore: string, bonusPerPoint: string, bonusCap: string, criticismDeduction: string, vetoReasons: Array<AccountabilityReason>, yellowLag: string, redLag: string, startDelayRedMonths: number, weightTiers: Array<{ minPlannedInvestment: string, weight: string }> }, assessmentSchemeVersions: Array<{ version: number }> };

export type UpdateAssessmentSchemeMutationVariables = Exact<{
  input: UpdateAssessmentSchemeInput;
}>;


export type UpdateAssessmentSchemeMutation = { updateAssessmentScheme: { version: number, baseScore: string, yellowLag: string, redLag: string, weightTiers: Array<{ minPlannedInvestment: string, weight: string }> } };

export type RecordCriticismMutationVariables = Exact<{
  input: RecordSanctionInput;
}>;


export type RecordCriticismMutation = { recordCriticism: { id: string, kind: SanctionKind, project: { id: string } | null } };

export type RecordAccountabilityMutationVariables = Exact<{
  input: RecordAccountabilityInput;
}>;


export type RecordAccountabilityMutation = { recordAccountability: { id: string, kind: SanctionKind, accountabilityReason: AccountabilityReason | null } };

export type SubmitTargetExplanationMutationVariables = Exact<{
  input: SubmitTargetExplanationInput;
}>;


export type SubmitTargetExplanationMutation = { submitTargetExplanation: { id: string, explanation: string, rectificationPlan: string, author: { id: string }, project: { id: string, targetExplanations: Array<{ id: string }> } } };

export type InspectionRoundsQueryVariables = Exact<{
  year: number;
  month: number;
}>;


export type InspectionRoundsQuery = { inspectionRounds: Array<{ dekad: number, startsOn: string, endsOn: string, status: RoundStatus, dueCount: number, inspections: Array<{ id: string, onTime: boolean, project: { id: string }, inspectors: Array<{ id: string }>, problems: Array<{ id: string }> }>, missing: Array<{ id: string, code: string }> }> };

export type SupervisionGroupQueryVariables = Exact<{
  year: number;
}>;


export type SupervisionGroupQuery = { supervisionGroup: { id: string, name: string, members: Array<{ role: SupervisionRole, person: { id: string, name: string, organization: { name: string } | null } }> } | null };

export type RecordInspectionMutationVariables = Exact<{
  input: RecordInspectionInput;
}>;


export type RecordInspectionMutation = { recordInspection: { id: string, year: number, month: number, dekad: number, inspectedOn: string, onTime: boolean, methods: Array<InspectionMethod>, progressRating: ProgressRating, inspectors: Array<{ id: string }>, problems: Array<{ id: string, status: ProblemStatus, deadline: string, overdue: boolean, ownerUnit: { id: string } | null }> } };

export type ProblemsQueryVariables = Exact<{
  filter?: ProblemFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProblemsQuery = { problems: { totalCount: number, nodes: Array<{ id: string, status: ProblemStatus, deadline: string, overdue: boolean, description: string, project: { id: string } }> } };

export type RaiseProblemMutationVariables = Exact<{
  input: RaiseProblemInput;
}>;


export type RaiseProblemMutation = { raiseProblem: { id: string, status: ProblemStatus, deadline: string, overdue: boolean } };

export type StartRectificationMutationVariables = Exact<{
  input: StartRectificationInput;
}>;


export type StartRectificationMutation = { startRectification: { id: string, status: ProblemStatus, rectificationMeasures: string | null } };

export type SubmitRectificationMutationVariables = Exact<{
  input: SubmitRectificationInput;
}>;


export type SubmitRectificationMutation = { submitRectification: { id: string, submission: number, verdict: RectificationVerdict, doneOn: string } };

export type VerifyRectificationMutationVariables = Exact<{
  id: string | number;
}>;


export type VerifyRectificationMutation = { verifyRectification: { id: string, verdict: RectificationVerdict, verdictByPerson: { id: string } | null } };

export type ProblemAfterRectificationQueryVariables = Exact<{
  id: string | number;
}>;


export type ProblemAfterRectificationQuery = { problem: { id: string, status: ProblemStatus, resolvedOn: string | null, overdue: boolean, verifiedBy: { id: string } | null, rectifications: Array<{ submission: number, verdict: RectificationVerdict }> } };

export type LightChangedSubscriptionVariables = Exact<{
  level?: ProjectLevel | null | undefined;
  projectId?: string | number | null | undefined;
}>;


export type LightChangedSubscription = { lightChanged: { year: number, month: number, from: Light | null, to: Light, rule: LightRule, inputs: Record<string, unknown>, sequence: string, project: { id: string } } };

export type SetSupervisionGroupMutationVariables = Exact<{
  input: SetSupervisionGroupInput;
}>;


export type SetSupervisionGroupMutation = { setSupervisionGroup: { id: string, year: number, name: string, members: Array<{ role: SupervisionRole, person: { id: string } }> } };

export type ProjectsWithResponsibilityQueryVariables = Exact<{
  filter?: ProjectFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProjectsWithResponsibilityQuery = { projects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, level: ProjectLevel | null, industry: Industry, constructionType: ConstructionType | null, investmentBand: InvestmentBand, clusters: Array<string>, responsibleUnit: { id: string, name: string } | null, assignments: Array<{ role: AssignmentRole, person: { id: string } }> }> } };

export type UpdateProjectAllFieldsMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type UpdateProjectAllFieldsMutation = { updateProject: { id: string, code: string, name: string, level: ProjectLevel | null, industry: Industry, constructionType: ConstructionType | null, clusters: Array<string>, totalInvestment: string, investmentBand: InvestmentBand, address: string | null, plannedStartOn: string | null, plannedCompletionOn: string | null, startedOn: string | null, completedOn: string | null, status: ProjectStatus, responsibleUnit: { id: string, name: string } | null } };

export type PersonByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonByIdQuery = { person: { id: string, name: string, title: string, leadershipBody: LeadershipBody | null, phone: string | null, organization: { id: string, name: string, kind: OrganizationKind } | null } };

export type OrganizationByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganizationByIdQuery = { organization: { id: string, name: string, kind: OrganizationKind } };

export type OrganizationPeoplePageQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganizationPeoplePageQuery = { organization: { id: string, people: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, organization: { id: string } | null }> } } };

export type PeopleEdgesQueryVariables = Exact<{
  filter?: PersonFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PeopleEdgesQuery = { people: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string } }> } };

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CreateProjectMutation = { createProject: { id: string, code: string, name: string, level: ProjectLevel | null, industry: Industry, constructionType: ConstructionType | null, clusters: Array<string>, totalInvestment: string, investmentBand: InvestmentBand, address: string | null, plannedStartOn: string | null, plannedCompletionOn: string | null, status: ProjectStatus, responsibleUnit: { id: string } | null } };

export type UpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type UpdateProjectMutation = { updateProject: { id: string, name: string, level: ProjectLevel | null, totalInvestment: string, investmentBand: InvestmentBand, clusters: Array<string>, address: string | null, completedOn: string | null, status: ProjectStatus, responsibleUnit: { id: string } | null } };

export type RecordStartMutationVariables = Exact<{
  input: RecordStartInput;
}>;


export type RecordStartMutation = { recordStart: { id: string, startedOn: string | null, status: ProjectStatus } };

export type AssignPersonMutationVariables = Exact<{
  input: AssignmentInput;
}>;


export type AssignPersonMutation = { assignPerson: { id: string, role: AssignmentRole, person: { id: string }, project: { id: string, assignments: Array<{ role: AssignmentRole, person: { id: string } }> } } };

export type UnassignPersonMutationVariables = Exact<{
  input: AssignmentInput;
}>;


export type UnassignPersonMutation = { unassignPerson: { id: string, assignments: Array<{ role: AssignmentRole, person: { id: string } }> } };

export type SetAnnualPlanMutationVariables = Exact<{
  input: SetAnnualPlanInput;
}>;


export type SetAnnualPlanMutation = { setAnnualPlan: { id: string, year: number, plannedInvestment: string, milestones: Array<{ name: string, dueOn: string, metOn: string | null }>, project: { id: string, completionRate: string | null } } };

export type ReportProgressMutationVariables = Exact<{
  input: ReportProgressInput;
}>;


export type ReportProgressMutation = { reportProgress: { id: string, year: number, month: number, completedInvestment: string, physicalProgress: string, narrative: string, reportedBy: { id: string } | null, project: { id: string, completedInvestment: string } } };

export type CreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type CreatePersonMutation = { createPerson: { id: string, name: string, title: string, leadershipBody: LeadershipBody | null, phone: string | null, organization: { id: string } | null } };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { id: string, name: string, kind: OrganizationKind } };

export type AddLandTaskMutationVariables = Exact<{
  input: AddLandTaskInput;
}>;


export type AddLandTaskMutation = { addLandTask: { id: string, name: string, areaToAcquire: string, areaAcquired: string, householdsToRelocate: number, householdsRelocated: number, project: { id: string } } };

export type UpdateLandTaskMutationVariables = Exact<{
  input: UpdateLandTaskInput;
}>;


export type UpdateLandTaskMutation = { updateLandTask: { id: string, name: string, areaToAcquire: string, areaAcquired: string, householdsToRelocate: number, householdsRelocated: number } };

export type DashboardQueryVariables = Exact<{
  year: number;
  level?: ProjectLevel | null | undefined;
}>;


export type DashboardQuery = { dashboard: { year: number, level: ProjectLevel | null, projectCount: number, totalInvestment: string, annualPlannedInvestment: string, completedInvestment: string, completionRate: string | null, startedCount: number, newBuildCount: number, byIndustry: Array<{ industry: Industry, projectCount: number }>, byInvestmentBand: Array<{ band: InvestmentBand, projectCount: number }> } };

export type ProjectsQueryVariables = Exact<{
  filter?: ProjectFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProjectsQuery = { projects: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, code: string } }>, nodes: Array<{ id: string, code: string, name: string, level: ProjectLevel | null, industry: Industry, constructionType: ConstructionType | null, investmentBand: InvestmentBand, clusters: Array<string>, totalInvestment: string, status: ProjectStatus, startedOn: string | null }> } };

export type ProjectTreeQueryVariables = Exact<{
  first?: number | null | undefined;
  year: number;
}>;


export type ProjectTreeQuery = { projects: { nodes: Array<{ id: string, completedInvestment: string, completionRate: string | null, assignments: Array<{ role: AssignmentRole, person: { id: string, name: string } }>, responsibleUnit: { id: string, name: string } | null, annualPlan: { plannedInvestment: string, milestones: Array<{ name: string }> } | null, progress: Array<{ month: number, completedInvestment: string }>, landTasks: Array<{ id: string }> }> } };

export type ProjectDetailQueryVariables = Exact<{
  id: string | number;
  year: number;
}>;


export type ProjectDetailQuery = { project: { id: string, code: string, name: string, level: ProjectLevel | null, industry: Industry, constructionType: ConstructionType | null, clusters: Array<string>, totalInvestment: string, investmentBand: InvestmentBand, address: string | null, plannedStartOn: string | null, plannedCompletionOn: string | null, startedOn: string | null, completedOn: string | null, status: ProjectStatus, completedInvestment: string, completionRate: string | null, responsibleUnit: { id: string, name: string, kind: OrganizationKind } | null, assignments: Array<{ id: string, role: AssignmentRole, person: { id: string, name: string, title: string } }>, annualPlan: { id: string, year: number, plannedInvestment: string, milestones: Array<{ id: string, name: string, dueOn: string, metOn: string | null }> } | null, progress: Array<{ id: string, year: number, month: number, completedInvestment: string, physicalProgress: string, narrative: string, reportedAt: string, reportedBy: { id: string, name: string } | null }>, landTasks: Array<{ id: string, name: string, areaToAcquire: string, areaAcquired: string, householdsToRelocate: number, householdsRelocated: number }> } };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'AnnualPlan', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AssessmentScheme', id: string }
    | { __typename: 'Assignment', id: string }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'Correction', id: string }
    | { __typename: 'Escalation', id: string }
    | { __typename: 'Evidence', id: string }
    | { __typename: 'Inspection', id: string }
    | { __typename: 'IssuedDocument', id: string }
    | { __typename: 'LandTask', id: string }
    | { __typename: 'Listing', id: string }
    | { __typename: 'Milestone', id: string }
    | { __typename: 'Organization', name: string, id: string }
    | { __typename: 'Person', name: string, id: string }
    | { __typename: 'Problem', id: string }
    | { __typename: 'ProgressReport', id: string }
    | { __typename: 'Project', code: string, id: string }
    | { __typename: 'Rectification', id: string }
    | { __typename: 'Sanction', id: string }
    | { __typename: 'SupervisionGroup', id: string }
    | { __typename: 'TargetExplanation', id: string }
   | null };

export type PeopleQueryVariables = Exact<{
  filter?: PersonFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PeopleQuery = { people: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, title: string, leadershipBody: LeadershipBody | null, phone: string | null, organization: { id: string, name: string } | null }> } };

export type PersonProjectsQueryVariables = Exact<{
  id: string | number;
  role?: AssignmentRole | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PersonProjectsQuery = { person: { id: string, name: string, projects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string }> } } };

export type OrganizationsQueryVariables = Exact<{
  kind?: OrganizationKind | null | undefined;
}>;


export type OrganizationsQuery = { organizations: Array<{ id: string, name: string, kind: OrganizationKind }> };

export type OrganizationDetailQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganizationDetailQuery = { organization: { id: string, name: string, kind: OrganizationKind, projects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string }> }, people: { totalCount: number, nodes: Array<{ id: string, name: string }> } } };

export type OrganizationsWithPeopleQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type OrganizationsWithPeopleQuery = { organizations: Array<{ id: string, people: { totalCount: number, nodes: Array<{ id: string, projects: { totalCount: number, nodes: Array<{ id: string }> } }> }, projects: { totalCount: number, nodes: Array<{ id: string }> } }> };

export type UnassignedProjectsQueryVariables = Exact<{
  year: number;
}>;


export type UnassignedProjectsQuery = { unassignedProjects: Array<{ missing: Array<ResponsibilityGap>, project: { id: string, code: string } }> };

export type ReportTotalFieldsFragment = { level: ProjectLevel | null, projectCount: number, annualPlannedInvestment: string, monthCompletedInvestment: string, completedInvestment: string, completionRate: string | null, lightCounts: { month: number, green: number, yellow: number, red: number } };

export type MonthlyReportQueryVariables = Exact<{
  year: number;
  month: number;
}>;


export type MonthlyReportQuery = { monthlyReport: { year: number, month: number, timeProgress: string, rows: Array<{ position: number, code: string, name: string, level: ProjectLevel, responsibleUnit: string | null, annualPlannedInvestment: string | null, monthCompletedInvestment: string, completedInvestment: string, completionRate: string | null, light: Light | null, reported: boolean, narrative: string | null, openProblemCount: number, problems: string | null }>, total: { level: ProjectLevel | null, projectCount: number, annualPlannedInvestment: string, monthCompletedInvestment: string, completedInvestment: string, completionRate: string | null, lightCounts: { month: number, green: number, yellow: number, red: number } }, subtotals: Array<{ level: ProjectLevel | null, projectCount: number, annualPlannedInvestment: string, monthCompletedInvestment: string, completedInvestment: string, completionRate: string | null, lightCounts: { month: number, green: number, yellow: number, red: number } }> } };

export type MonthlyReportTotalsQueryVariables = Exact<{
  year: number;
  month: number;
}>;


export type MonthlyReportTotalsQuery = { monthlyReport: { rows: Array<{ code: string, completedInvestment: string }>, total: { completedInvestment: string } } };

export type MonthlyReportWithProjectsQueryVariables = Exact<{
  year: number;
  month: number;
}>;


export type MonthlyReportWithProjectsQuery = { monthlyReport: { rows: Array<{ code: string, project: { id: string, code: string, responsibleUnit: { name: string } | null } }> } };

export type ReportDashboardQueryVariables = Exact<{
  year: number;
  level?: ProjectLevel | null | undefined;
}>;


export type ReportDashboardQuery = { dashboard: { projectCount: number, annualPlannedInvestment: string, completedInvestment: string, completionRate: string | null, lightCounts: { month: number, green: number, yellow: number, red: number } } };

export type ReportProjectLightsQueryVariables = Exact<{
  year: number;
}>;


export type ReportProjectLightsQuery = { projects: { totalCount: number, nodes: Array<{ id: string, code: string, light: { month: number, light: Light } | null }> }, projectScores: { totalCount: number } };

export type ReportSanctionFieldsFragment = { kind: SanctionKind, year: number, decidedOn: string, description: string, accountabilityReason: AccountabilityReason | null, projectCode: string | null, projectName: string | null, responsibleUnit: string | null, personName: string | null, project: { id: string, code: string } | null };

export type InspectionCompletionFieldsFragment = { asOf: string, due: number, done: number, doneOnTime: number, completionRate: string | null, onTimeRate: string | null, rounds: Array<{ month: number, dekad: number, startsOn: string, endsOn: string, due: number, done: number, doneOnTime: number, completionRate: string | null }> };

export type ReportProjectScoreFieldsFragment = { rank: number, code: string, name: string, level: ProjectLevel, annualPlannedInvestment: string, completedInvestment: string, completionRate: string | null, baseScore: string, weightScore: string, bonusScore: string, deductions: string, total: string, targetMet: boolean, vetoed: boolean, project: { id: string } };

export type QuarterlyBulletinQueryVariables = Exact<{
  year: number;
  quarter: number;
}>;


export type QuarterlyBulletinQuery = { quarterlyBulletin: { year: number, quarter: number, startsOn: string, endsOn: string, lightMonth: number | null, overdueAsOf: string, ranking: Array<{ rank: number, code: string, name: string, level: ProjectLevel, annualPlannedInvestment: string, completedInvestment: string, completionRate: string | null, baseScore: string, weightScore: string, bonusScore: string, deductions: string, total: string, targetMet: boolean, vetoed: boolean, project: { id: string } }>, commendations: Array<{ kind: SanctionKind, year: number, decidedOn: string, description: string, accountabilityReason: AccountabilityReason | null, projectCode: string | null, projectName: string | null, responsibleUnit: string | null, personName: string | null, project: { id: string, code: string } | null }>, criticisms: Array<{ kind: SanctionKind, year: number, decidedOn: string, description: string, accountabilityReason: AccountabilityReason | null, projectCode: string | null, projectName: string | null, responsibleUnit: string | null, personName: string | null, project: { id: string, code: string } | null }>, redLights: Array<{ code: string, name: string, level: ProjectLevel, rule: LightRule, timeProgress: string | null, completionRate: string | null, lag: string | null, project: { id: string } }>, overdueProblems: Array<{ problemId: string, description: string, projectCode: string, ownerUnit: string | null, raisedOn: string, deadline: string, daysOverdue: number, status: ProblemStatus, resolvedOn: string | null, project: { id: string } }>, inspections: { asOf: string, due: number, done: number, doneOnTime: number, completionRate: string | null, onTimeRate: string | null, rounds: Array<{ month: number, dekad: number, startsOn: string, endsOn: string, due: number, done: number, doneOnTime: number, completionRate: string | null }> } } };

export type SubjectScoreFieldsFragment = { role: SubjectRole, score: string | null, rank: number | null, count: number, doneOnTime: number | null, person: { id: string, name: string } };

export type PeriodSummaryFieldsFragment = { year: number, half: number | null, startsOn: string, endsOn: string, asOf: string, throughMonth: number, totals: { projectCount: number, annualPlannedInvestment: string, completedInvestment: string, completionRate: string | null, scoredCount: number, targetMetCount: number, vetoedCount: number, averageScore: string | null, commendationCount: number, criticismCount: number, accountabilityCount: number, problemsRaised: number, problemsResolved: number, problemsOpen: number, problemsOverdue: number }, projectScores: Array<{ rank: number, code: string, name: string, level: ProjectLevel, annualPlannedInvestment: string, completedInvestment: string, completionRate: string | null, baseScore: string, weightScore: string, bonusScore: string, deductions: string, total: string, targetMet: boolean, vetoed: boolean, project: { id: string } }>, liaisonLeaders: Array<{ role: SubjectRole, score: string | null, rank: number | null, count: number, doneOnTime: number | null, person: { id: string, name: string } }>, responsiblePersons: Array<{ role: SubjectRole, score: string | null, rank: number | null, count: number, doneOnTime: number | null, person: { id: string, name: string } }>, inspectors: Array<{ role: SubjectRole, score: string | null, rank: number | null, count: number, doneOnTime: number | null, person: { id: string, name: string } }>, commendations: Array<{ kind: SanctionKind, year: number, decidedOn: string, description: string, accountabilityReason: AccountabilityReason | null, projectCode: string | null, projectName: string | null, responsibleUnit: string | null, personName: string | null, project: { id: string, code: string } | null }>, criticisms: Array<{ kind: SanctionKind, year: number, decidedOn: string, description: string, accountabilityReason: AccountabilityReason | null, projectCode: string | null, projectName: string | null, responsibleUnit: string | null, personName: string | null, project: { id: string, code: string } | null }>, accountabilities: Array<{ kind: SanctionKind, year: number, decidedOn: string, description: string, accountabilityReason: AccountabilityReason | null, projectCode: string | null, projectName: string | null, responsibleUnit: string | null, personName: string | null, project: { id: string, code: string } | null }>, inspections: { asOf: string, due: number, done: number, doneOnTime: number, completionRate: string | null, onTimeRate: string | null, rounds: Array<{ month: number, dekad: number, startsOn: string, endsOn: string, due: number, done: number, doneOnTime: number, completionRate: string | null }> } };

export type HalfYearSummaryQueryVariables = Exact<{
  year: number;
  half: number;
}>;


export type HalfYearSummaryQuery = { halfYearSummary: { year: number, half: number | null, startsOn: string, endsOn: string, asOf: string, throughMonth: number, totals: { projectCount: number, annualPlannedInvestment: string, completedInvestment: string, completionRate: string | null, scoredCount: number, targetMetCount: number, vetoedCount: number, averageScore: string | null, commendationCount: number, criticismCount: number, accountabilityCount: number, problemsRaised: number, problemsResolved: number, problemsOpen: number, problemsOverdue: number }, projectScores: Array<{ rank: number, code: string, name: string, level: ProjectLevel, annualPlannedInvestment: string, completedInvestment: string, completionRate: string | null, baseScore: string, weightScore: string, bonusScore: string, deductions: string, total: string, targetMet: boolean, vetoed: boolean, project: { id: string } }>, liaisonLeaders: Array<{ role: SubjectRole, score: string | null, rank: number | null, count: number, doneOnTime: number | null, person: { id: string, name: string } }>, responsiblePersons: Array<{ role: SubjectRole, score: string | null, rank: number | null, count: number, doneOnTime: number | null, person: { id: string, name: string } }>, inspectors: Array<{ role: SubjectRole, score: string | null, rank: number | null, count: number, doneOnTime: number | null, person: { id: string, name: string } }>, commendations: Array<{ kind: SanctionKind, year: number, decidedOn: string, description: string, accountabilityReason: AccountabilityReason | null, projectCode: string | null, projectName: string | null, responsibleUnit: string | null, personName: string | null, project: { id: string, code: string } | null }>, criticisms: Array<{ kind: SanctionKind, year: number, decidedOn: string, description: string, accountabilityReason: AccountabilityReason | null, projectCode: string | null, projectName: string | null, responsibleUnit: string | null, personName: string | null, project: { id: string, code: string } | null }>, accountabilities: Array<{ kind: SanctionKind, year: number, decidedOn: string, description: string, accountabilityReason: AccountabilityReason | null, projectCode: string | null, projectName: string | null, responsibleUnit: string | null, personName: string | null, project: { id: string, code: string } | null }>, inspections: { asOf: string, due: number, done: number, doneOnTime: number, completionRate: string | null, onTimeRate: string | null, rounds: Array<{ month: number, dekad: number, startsOn: string, endsOn: string, due: number, done: number, doneOnTime: number, completionRate: string | null }> } } };

export type AnnualSummaryQueryVariables = Exact<{
  year: number;
}>;


export type AnnualSummaryQuery = { annualSummary: { year: number, half: number | null, startsOn: string, endsOn: string, asOf: string, throughMonth: number, totals: { projectCount: number, annualPlannedInvestment: string, completedInvestment: string, completionRate: string | null, scoredCount: number, targetMetCount: number, vetoedCount: number, averageScore: string | null, commendationCount: number, criticismCount: number, accountabilityCount: number, problemsRaised: number, problemsResolved: number, problemsOpen: number, problemsOverdue: number }, projectScores: Array<{ rank: number, code: string, name: string, level: ProjectLevel, annualPlannedInvestment: string, completedInvestment: string, completionRate: string | null, baseScore: string, weightScore: string, bonusScore: string, deductions: string, total: string, targetMet: boolean, vetoed: boolean, project: { id: string } }>, liaisonLeaders: Array<{ role: SubjectRole, score: string | null, rank: number | null, count: number, doneOnTime: number | null, person: { id: string, name: string } }>, responsiblePersons: Array<{ role: SubjectRole, score: string | null, rank: number | null, count: number, doneOnTime: number | null, person: { id: string, name: string } }>, inspectors: Array<{ role: SubjectRole, score: string | null, rank: number | null, count: number, doneOnTime: number | null, person: { id: string, name: string } }>, commendations: Array<{ kind: SanctionKind, year: number, decidedOn: string, description: string, accountabilityReason: AccountabilityReason | null, projectCode: string | null, projectName: string | null, responsibleUnit: string | null, personName: string | null, project: { id: string, code: string } | null }>, criticisms: Array<{ kind: SanctionKind, year: number, decidedOn: string, description: string, accountabilityReason: AccountabilityReason | null, projectCode: string | null, projectName: string | null, responsibleUnit: string | null, personName: string | null, project: { id: string, code: string } | null }>, accountabilities: Array<{ kind: SanctionKind, year: number, decidedOn: string, description: string, accountabilityReason: AccountabilityReason | null, projectCode: string | null, projectName: string | null, responsibleUnit: string | null, personName: string | null, project: { id: string, code: string } | null }>, inspections: { asOf: string, due: number, done: number, doneOnTime: number, completionRate: string | null, onTimeRate: string | null, rounds: Array<{ month: number, dekad: number, startsOn: string, endsOn: string, due: number, done: number, doneOnTime: number, completionRate: string | null }> } } };

export type ReportOverdueProblemsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportOverdueProblemsQuery = { problems: { totalCount: number, nodes: Array<{ id: string }> } };

export type ReportSubjectScoresQueryVariables = Exact<{
  year: number;
  role: SubjectRole;
}>;


export type ReportSubjectScoresQuery = { subjectScores: Array<{ score: string | null, rank: number | null, person: { id: string } }> };

export type ScreenAggregatesQueryVariables = Exact<{
  year: number;
  level?: ProjectLevel | null | undefined;
}>;


export type ScreenAggregatesQuery = { dashboard: { projectCount: number, startedCount: number, completedCount: number, annualPlannedInvestment: string, completedInvestment: string, totalInvestment: string, byUnit: Array<{ name: string | null, projectCount: number, startedCount: number, totalInvestment: string, plannedInvestment: string, completedInvestment: string, completionRate: string | null, organization: { id: string, name: string, kind: OrganizationKind } | null }>, byTown: Array<{ name: string | null, projectCount: number, startedCount: number, plannedInvestment: string, completedInvestment: string, completionRate: string | null, organization: { id: string, name: string, kind: OrganizationKind } | null }>, byCluster: Array<{ name: string | null, projectCount: number, plannedInvestment: string, completedInvestment: string, completionRate: string | null }>, land: { taskCount: number, areaToAcquire: string, areaAcquired: string, householdsToRelocate: number, householdsRelocated: number }, lightCounts: { month: number, green: number, yellow: number, red: number, notDue: number } }, investmentSeries: { plannedInvestment: string, closedMonth: number, months: Array<{ month: number, plannedToDate: string, completedToDate: string | null, timeProgress: string | null, completionRate: string | null, official: boolean }> } };

export type DashboardChangedSubscriptionVariables = Exact<{
  year: number;
  level?: ProjectLevel | null | undefined;
}>;


export type DashboardChangedSubscription = { dashboardChanged: { projectCount: number, totalInvestment: string, annualPlannedInvestment: string, completedInvestment: string, completionRate: string | null, startedCount: number, newBuildCount: number, byIndustry: Array<{ industry: Industry, projectCount: number }>, byInvestmentBand: Array<{ band: InvestmentBand, projectCount: number }> } };

export type ProgressReportedSubscriptionVariables = Exact<{
  filter?: ProgressFilter | null | undefined;
}>;


export type ProgressReportedSubscription = { progressReported: { year: number, month: number, amount: string, yearToDate: string, completionRate: string | null, sequence: string, project: { id: string, code: string } } };

export type ProjectChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ProjectChangedSubscription = { projectChanged: { id: string, name: string, startedOn: string | null, status: ProjectStatus, completedInvestment: string } };

export type EventsSubscriptionVariables = Exact<{
  afterSequence?: string | null | undefined;
  types?: Array<EventType> | EventType | null | undefined;
}>;


export type EventsSubscription = { events: { sequence: string, type: EventType, projectId: string | null, year: number | null, occurredAt: string, payload: Record<string, unknown> } };

export const ReportTotalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportTotalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonthlyReportTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"annualPlannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"monthCompletedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"lightCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"red"}}]}}]}}]} as unknown as DocumentNode<ReportTotalFieldsFragment, unknown>;
export const ReportProjectScoreFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportProjectScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportProjectScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"annualPlannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"baseScore"}},{"kind":"Field","name":{"kind":"Name","value":"weightScore"}},{"kind":"Field","name":{"kind":"Name","value":"bonusScore"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"vetoed"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReportProjectScoreFieldsFragment, unknown>;
export const SubjectScoreFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubjectScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}}]}}]} as unknown as DocumentNode<SubjectScoreFieldsFragment, unknown>;
export const ReportSanctionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportSanctionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSanction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"accountabilityReason"}},{"kind":"Field","name":{"kind":"Name","value":"projectCode"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ReportSanctionFieldsFragment, unknown>;
export const InspectionCompletionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionCompletionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionCompletion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"dekad"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}}]}}]} as unknown as DocumentNode<InspectionCompletionFieldsFragment, unknown>;
export const PeriodSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"half"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"throughMonth"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"annualPlannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"scoredCount"}},{"kind":"Field","name":{"kind":"Name","value":"targetMetCount"}},{"kind":"Field","name":{"kind":"Name","value":"vetoedCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"commendationCount"}},{"kind":"Field","name":{"kind":"Name","value":"criticismCount"}},{"kind":"Field","name":{"kind":"Name","value":"accountabilityCount"}},{"kind":"Field","name":{"kind":"Name","value":"problemsRaised"}},{"kind":"Field","name":{"kind":"Name","value":"problemsResolved"}},{"kind":"Field","name":{"kind":"Name","value":"problemsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"problemsOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportProjectScoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liaisonLeaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubjectScoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePersons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubjectScoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubjectScoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportSanctionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criticisms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportSanctionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportSanctionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionCompletionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportProjectScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportProjectScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"annualPlannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"baseScore"}},{"kind":"Field","name":{"kind":"Name","value":"weightScore"}},{"kind":"Field","name":{"kind":"Name","value":"bonusScore"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"vetoed"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubjectScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportSanctionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSanction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"accountabilityReason"}},{"kind":"Field","name":{"kind":"Name","value":"projectCode"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionCompletionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionCompletion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"dekad"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}}]}}]} as unknown as DocumentNode<PeriodSummaryFieldsFragment, unknown>;
export const ProjectLightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectLights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"light"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"baseScore"}},{"kind":"Field","name":{"kind":"Name","value":"weightScore"}},{"kind":"Field","name":{"kind":"Name","value":"bonusScore"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"vetoed"}},{"kind":"Field","name":{"kind":"Name","value":"schemeVersion"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectLightsQuery, ProjectLightsQueryVariables>;
export const LightCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LightCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLevel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"lightCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"red"}}]}}]}}]}}]} as unknown as DocumentNode<LightCountsQuery, LightCountsQueryVariables>;
export const ScoresAndLightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoresAndLights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"light"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"light"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScoresAndLightsQuery, ScoresAndLightsQueryVariables>;
export const ProjectScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"baseScore"}},{"kind":"Field","name":{"kind":"Name","value":"weightScore"}},{"kind":"Field","name":{"kind":"Name","value":"bonusScore"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"vetoed"}},{"kind":"Field","name":{"kind":"Name","value":"schemeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"simulated"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectScoresQuery, ProjectScoresQueryVariables>;
export const ProjectScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"baseScore"}},{"kind":"Field","name":{"kind":"Name","value":"weightScore"}},{"kind":"Field","name":{"kind":"Name","value":"bonusScore"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"vetoed"}},{"kind":"Field","name":{"kind":"Name","value":"schemeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectScoreQuery, ProjectScoreQueryVariables>;
export const SimulateScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimulateScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"completedInvestment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"milestonesMet"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulateScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"completedInvestment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"completedInvestment"}}},{"kind":"Argument","name":{"kind":"Name","value":"milestonesMet"},"value":{"kind":"Variable","name":{"kind":"Name","value":"milestonesMet"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"baseScore"}},{"kind":"Field","name":{"kind":"Name","value":"weightScore"}},{"kind":"Field","name":{"kind":"Name","value":"bonusScore"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"simulated"}}]}}]}}]} as unknown as DocumentNode<SimulateScoreQuery, SimulateScoreQueryVariables>;
export const SubjectScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}}]}}]}}]} as unknown as DocumentNode<SubjectScoresQuery, SubjectScoresQueryVariables>;
export const AssessmentSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"baseScore"}},{"kind":"Field","name":{"kind":"Name","value":"weightTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPlannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusPerPoint"}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"criticismDeduction"}},{"kind":"Field","name":{"kind":"Name","value":"vetoReasons"}},{"kind":"Field","name":{"kind":"Name","value":"yellowLag"}},{"kind":"Field","name":{"kind":"Name","value":"redLag"}},{"kind":"Field","name":{"kind":"Name","value":"startDelayRedMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessmentSchemeVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AssessmentSchemeQuery, AssessmentSchemeQueryVariables>;
export const UpdateAssessmentSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAssessmentScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAssessmentSchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAssessmentScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"baseScore"}},{"kind":"Field","name":{"kind":"Name","value":"yellowLag"}},{"kind":"Field","name":{"kind":"Name","value":"redLag"}},{"kind":"Field","name":{"kind":"Name","value":"weightTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPlannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAssessmentSchemeMutation, UpdateAssessmentSchemeMutationVariables>;
export const RecordCriticismDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCriticism"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSanctionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCriticism"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RecordCriticismMutation, RecordCriticismMutationVariables>;
export const RecordAccountabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAccountability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAccountabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAccountability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"accountabilityReason"}}]}}]}}]} as unknown as DocumentNode<RecordAccountabilityMutation, RecordAccountabilityMutationVariables>;
export const SubmitTargetExplanationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitTargetExplanation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitTargetExplanationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitTargetExplanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationPlan"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targetExplanations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2026"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitTargetExplanationMutation, SubmitTargetExplanationMutationVariables>;
export const InspectionRoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionRounds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dekad"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueCount"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<InspectionRoundsQuery, InspectionRoundsQueryVariables>;
export const SupervisionGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupervisionGroupQuery, SupervisionGroupQueryVariables>;
export const RecordInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"dekad"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"progressRating"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordInspectionMutation, RecordInspectionMutationVariables>;
export const ProblemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Problems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProblemFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProblemsQuery, ProblemsQueryVariables>;
export const RaiseProblemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseProblem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseProblemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseProblem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<RaiseProblemMutation, RaiseProblemMutationVariables>;
export const StartRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationMeasures"}}]}}]}}]} as unknown as DocumentNode<StartRectificationMutation, StartRectificationMutationVariables>;
export const SubmitRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submission"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}}]}}]}}]} as unknown as DocumentNode<SubmitRectificationMutation, SubmitRectificationMutationVariables>;
export const VerifyRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rectificationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"verdictByPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyRectificationMutation, VerifyRectificationMutationVariables>;
export const ProblemAfterRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProblemAfterRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rectifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}}]}}]} as unknown as DocumentNode<ProblemAfterRectificationQuery, ProblemAfterRectificationQueryVariables>;
export const LightChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LightChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lightChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}}]}}]}}]} as unknown as DocumentNode<LightChangedSubscription, LightChangedSubscriptionVariables>;
export const SetSupervisionGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSupervisionGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSupervisionGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSupervisionGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetSupervisionGroupMutation, SetSupervisionGroupMutationVariables>;
export const ProjectsWithResponsibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectsWithResponsibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"constructionType"}},{"kind":"Field","name":{"kind":"Name","value":"investmentBand"}},{"kind":"Field","name":{"kind":"Name","value":"clusters"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectsWithResponsibilityQuery, ProjectsWithResponsibilityQueryVariables>;
export const UpdateProjectAllFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProjectAllFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"constructionType"}},{"kind":"Field","name":{"kind":"Name","value":"clusters"}},{"kind":"Field","name":{"kind":"Name","value":"totalInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"investmentBand"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartOn"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCompletionOn"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProjectAllFieldsMutation, UpdateProjectAllFieldsMutationVariables>;
export const PersonByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipBody"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<PersonByIdQuery, PersonByIdQueryVariables>;
export const OrganizationByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<OrganizationByIdQuery, OrganizationByIdQueryVariables>;
export const OrganizationPeoplePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationPeoplePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationPeoplePageQuery, OrganizationPeoplePageQueryVariables>;
export const PeopleEdgesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleEdges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeopleEdgesQuery, PeopleEdgesQueryVariables>;
export const CreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"constructionType"}},{"kind":"Field","name":{"kind":"Name","value":"clusters"}},{"kind":"Field","name":{"kind":"Name","value":"totalInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"investmentBand"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartOn"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCompletionOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProjectMutation, CreateProjectMutationVariables>;
export const UpdateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"totalInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"investmentBand"}},{"kind":"Field","name":{"kind":"Name","value":"clusters"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const RecordStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordStartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordStart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordStartMutation, RecordStartMutationVariables>;
export const AssignPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssignPersonMutation, AssignPersonMutationVariables>;
export const UnassignPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnassignPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unassignPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnassignPersonMutation, UnassignPersonMutationVariables>;
export const SetAnnualPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAnnualPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAnnualPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAnnualPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"plannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"metOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2026"}}]}]}}]}}]}}]} as unknown as DocumentNode<SetAnnualPlanMutation, SetAnnualPlanMutationVariables>;
export const ReportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"physicalProgress"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2026"}}]}]}}]}}]}}]} as unknown as DocumentNode<ReportProgressMutation, ReportProgressMutationVariables>;
export const CreatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipBody"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePersonMutation, CreatePersonMutationVariables>;
export const CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const AddLandTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddLandTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddLandTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addLandTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areaToAcquire"}},{"kind":"Field","name":{"kind":"Name","value":"areaAcquired"}},{"kind":"Field","name":{"kind":"Name","value":"householdsToRelocate"}},{"kind":"Field","name":{"kind":"Name","value":"householdsRelocated"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AddLandTaskMutation, AddLandTaskMutationVariables>;
export const UpdateLandTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLandTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLandTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLandTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areaToAcquire"}},{"kind":"Field","name":{"kind":"Name","value":"areaAcquired"}},{"kind":"Field","name":{"kind":"Name","value":"householdsToRelocate"}},{"kind":"Field","name":{"kind":"Name","value":"householdsRelocated"}}]}}]}}]} as unknown as DocumentNode<UpdateLandTaskMutation, UpdateLandTaskMutationVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLevel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"annualPlannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"startedCount"}},{"kind":"Field","name":{"kind":"Name","value":"newBuildCount"}},{"kind":"Field","name":{"kind":"Name","value":"byIndustry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byInvestmentBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const ProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Projects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"constructionType"}},{"kind":"Field","name":{"kind":"Name","value":"investmentBand"}},{"kind":"Field","name":{"kind":"Name","value":"clusters"}},{"kind":"Field","name":{"kind":"Name","value":"totalInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectsQuery, ProjectsQueryVariables>;
export const ProjectTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annualPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]},{"kind":"Field","name":{"kind":"Name","value":"completionRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]},{"kind":"Field","name":{"kind":"Name","value":"landTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectTreeQuery, ProjectTreeQueryVariables>;
export const ProjectDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"constructionType"}},{"kind":"Field","name":{"kind":"Name","value":"clusters"}},{"kind":"Field","name":{"kind":"Name","value":"totalInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"investmentBand"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartOn"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCompletionOn"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"annualPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"plannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"metOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"physicalProgress"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]},{"kind":"Field","name":{"kind":"Name","value":"completionRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]},{"kind":"Field","name":{"kind":"Name","value":"landTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areaToAcquire"}},{"kind":"Field","name":{"kind":"Name","value":"areaAcquired"}},{"kind":"Field","name":{"kind":"Name","value":"householdsToRelocate"}},{"kind":"Field","name":{"kind":"Name","value":"householdsRelocated"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectDetailQuery, ProjectDetailQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const PeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"People"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipBody"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;
export const PersonProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentRole"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonProjectsQuery, PersonProjectsQueryVariables>;
export const OrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;
export const OrganizationDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationDetailQuery, OrganizationDetailQueryVariables>;
export const OrganizationsWithPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationsWithPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationsWithPeopleQuery, OrganizationsWithPeopleQueryVariables>;
export const UnassignedProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnassignedProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unassignedProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]} as unknown as DocumentNode<UnassignedProjectsQuery, UnassignedProjectsQueryVariables>;
export const MonthlyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonthlyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"timeProgress"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"annualPlannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"monthCompletedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"openProblemCount"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportTotalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportTotalFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportTotalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonthlyReportTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"annualPlannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"monthCompletedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"lightCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"red"}}]}}]}}]} as unknown as DocumentNode<MonthlyReportQuery, MonthlyReportQueryVariables>;
export const MonthlyReportTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonthlyReportTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"}}]}}]}}]}}]} as unknown as DocumentNode<MonthlyReportTotalsQuery, MonthlyReportTotalsQueryVariables>;
export const MonthlyReportWithProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonthlyReportWithProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MonthlyReportWithProjectsQuery, MonthlyReportWithProjectsQueryVariables>;
export const ReportDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLevel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"annualPlannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"lightCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"red"}}]}}]}}]}}]} as unknown as DocumentNode<ReportDashboardQuery, ReportDashboardQueryVariables>;
export const ReportProjectLightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportProjectLights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"light"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"light"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ReportProjectLightsQuery, ReportProjectLightsQueryVariables>;
export const QuarterlyBulletinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuarterlyBulletin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarterlyBulletin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportProjectScoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportSanctionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criticisms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportSanctionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lightMonth"}},{"kind":"Field","name":{"kind":"Name","value":"redLights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"timeProgress"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"lag"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"overdueProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problemId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"projectCode"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUnit"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionCompletionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportProjectScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportProjectScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"annualPlannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"baseScore"}},{"kind":"Field","name":{"kind":"Name","value":"weightScore"}},{"kind":"Field","name":{"kind":"Name","value":"bonusScore"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"vetoed"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportSanctionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSanction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"accountabilityReason"}},{"kind":"Field","name":{"kind":"Name","value":"projectCode"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionCompletionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionCompletion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"dekad"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}}]}}]} as unknown as DocumentNode<QuarterlyBulletinQuery, QuarterlyBulletinQueryVariables>;
export const HalfYearSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HalfYearSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"half"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"halfYearSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"half"},"value":{"kind":"Variable","name":{"kind":"Name","value":"half"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportProjectScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportProjectScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"annualPlannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"baseScore"}},{"kind":"Field","name":{"kind":"Name","value":"weightScore"}},{"kind":"Field","name":{"kind":"Name","value":"bonusScore"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"vetoed"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubjectScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportSanctionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSanction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"accountabilityReason"}},{"kind":"Field","name":{"kind":"Name","value":"projectCode"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionCompletionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionCompletion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"dekad"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"half"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"throughMonth"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"annualPlannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"scoredCount"}},{"kind":"Field","name":{"kind":"Name","value":"targetMetCount"}},{"kind":"Field","name":{"kind":"Name","value":"vetoedCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"commendationCount"}},{"kind":"Field","name":{"kind":"Name","value":"criticismCount"}},{"kind":"Field","name":{"kind":"Name","value":"accountabilityCount"}},{"kind":"Field","name":{"kind":"Name","value":"problemsRaised"}},{"kind":"Field","name":{"kind":"Name","value":"problemsResolved"}},{"kind":"Field","name":{"kind":"Name","value":"problemsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"problemsOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportProjectScoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liaisonLeaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubjectScoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePersons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubjectScoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubjectScoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportSanctionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criticisms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportSanctionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportSanctionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionCompletionFields"}}]}}]}}]} as unknown as DocumentNode<HalfYearSummaryQuery, HalfYearSummaryQueryVariables>;
export const AnnualSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnualSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportProjectScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportProjectScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"annualPlannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"baseScore"}},{"kind":"Field","name":{"kind":"Name","value":"weightScore"}},{"kind":"Field","name":{"kind":"Name","value":"bonusScore"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"vetoed"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubjectScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportSanctionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSanction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"accountabilityReason"}},{"kind":"Field","name":{"kind":"Name","value":"projectCode"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionCompletionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionCompletion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"dekad"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"half"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"throughMonth"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"annualPlannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"scoredCount"}},{"kind":"Field","name":{"kind":"Name","value":"targetMetCount"}},{"kind":"Field","name":{"kind":"Name","value":"vetoedCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"commendationCount"}},{"kind":"Field","name":{"kind":"Name","value":"criticismCount"}},{"kind":"Field","name":{"kind":"Name","value":"accountabilityCount"}},{"kind":"Field","name":{"kind":"Name","value":"problemsRaised"}},{"kind":"Field","name":{"kind":"Name","value":"problemsResolved"}},{"kind":"Field","name":{"kind":"Name","value":"problemsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"problemsOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportProjectScoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liaisonLeaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubjectScoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePersons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubjectScoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubjectScoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportSanctionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criticisms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportSanctionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportSanctionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionCompletionFields"}}]}}]}}]} as unknown as DocumentNode<AnnualSummaryQuery, AnnualSummaryQueryVariables>;
export const ReportOverdueProblemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportOverdueProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReportOverdueProblemsQuery, ReportOverdueProblemsQueryVariables>;
export const ReportSubjectScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportSubjectScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}}]} as unknown as DocumentNode<ReportSubjectScoresQuery, ReportSubjectScoresQueryVariables>;
export const ScreenAggregatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScreenAggregates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLevel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"startedCount"}},{"kind":"Field","name":{"kind":"Name","value":"completedCount"}},{"kind":"Field","name":{"kind":"Name","value":"annualPlannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"totalInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"byUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"startedCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"plannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"startedCount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"land"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskCount"}},{"kind":"Field","name":{"kind":"Name","value":"areaToAcquire"}},{"kind":"Field","name":{"kind":"Name","value":"areaAcquired"}},{"kind":"Field","name":{"kind":"Name","value":"householdsToRelocate"}},{"kind":"Field","name":{"kind":"Name","value":"householdsRelocated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lightCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"notDue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"investmentSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"closedMonth"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"plannedToDate"}},{"kind":"Field","name":{"kind":"Name","value":"completedToDate"}},{"kind":"Field","name":{"kind":"Name","value":"timeProgress"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"official"}}]}}]}}]}}]} as unknown as DocumentNode<ScreenAggregatesQuery, ScreenAggregatesQueryVariables>;
export const DashboardChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectLevel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboardChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"annualPlannedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"startedCount"}},{"kind":"Field","name":{"kind":"Name","value":"newBuildCount"}},{"kind":"Field","name":{"kind":"Name","value":"byIndustry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byInvestmentBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardChangedSubscription, DashboardChangedSubscriptionVariables>;
export const ProgressReportedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ProgressReported"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progressReported"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"yearToDate"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}}]}}]}}]} as unknown as DocumentNode<ProgressReportedSubscription, ProgressReportedSubscriptionVariables>;
export const ProjectChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ProjectChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedInvestment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2026"}}]}]}}]}}]} as unknown as DocumentNode<ProjectChangedSubscription, ProjectChangedSubscriptionVariables>;
export const EventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Events"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSequence"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventType"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"afterSequence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSequence"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}}]} as unknown as DocumentNode<EventsSubscription, EventsSubscriptionVariables>;