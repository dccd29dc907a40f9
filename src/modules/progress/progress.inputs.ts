import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../../shared/scalars.js';
import { ReportStatus } from './progress-report.entity.js';
import { CorrectionStatus } from './report-history.entity.js';

@InputType({ description: "A project's monthly report; re-reporting a month replaces it. 填报月度进度。" })
export class ReportProgressInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => Int, { description: '年度' })
  year!: number;

  @Field(() => Int, { description: '月份 1–12' })
  month!: number;

  @Field(() => DecimalScalar, { description: 'Investment completed in the month, 万元. 当月完成投资(万元)。' })
  completedInvestment!: string;

  @Field(() => DecimalScalar, { description: 'Physical progress percent 0–100. 形象进度(%)。' })
  physicalProgress!: string;

  @Field(() => String, { nullable: true, description: '进展情况' })
  narrative?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you last read; a different current version is a CONFLICT. 期望版本号(乐观锁)。' })
  expectedVersion?: number | null;

  @Field(() => ID, { nullable: true, description: 'Person who reports (Person id). 填报人。' })
  reportedById?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Uploaded evidence (POST /evidence) to attach: photos of the works at the month end (形象进度照片). 佐证材料。' })
  evidenceIds?: string[] | null;
}

@InputType({ description: 'A request to change a report of a closed month. 更正申请。' })
export class RequestCorrectionInput {
  @Field(() => ID, { description: 'The report (ProgressReport id). 月报。' })
  reportId!: string;

  @Field(() => DecimalScalar, { description: 'The corrected completed investment of the month, 万元. 更正后当月完成投资(万元)。' })
  completedInvestment!: string;

  @Field(() => DecimalScalar, { description: 'The corrected physical progress percent. 更正后形象进度(%)。' })
  physicalProgress!: string;

  @Field(() => String, { description: 'Why it must change. 更正原因。' })
  reason!: string;
}

@InputType({ description: 'Which monthly reports to list; all given conditions must hold. 月报筛选。' })
export class ReportFilter {
  @Field(() => Int, { nullable: true, description: '年度' })
  year?: number | null;

  @Field(() => Int, { nullable: true, description: '月份' })
  month?: number | null;

  @Field(() => ReportStatus, { nullable: true, description: '审核状态' })
  status?: ReportStatus | null;

  @Field(() => ID, { nullable: true, description: '项目' })
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Responsible unit (Organization id). 责任单位。' })
  responsibleUnitId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only the caller's own unit's projects (a REPORTER's worklist). 仅本单位。" })
  mine?: boolean | null;
}

@InputType({ description: 'Which correction requests to list. 更正申请筛选。' })
export class CorrectionFilter {
  @Field(() => Int, { nullable: true, description: "The corrected report's year. 年度。" })
  year?: number | null;

  @Field(() => Int, { nullable: true, description: "The corrected report's month. 月份。" })
  month?: number | null;

  @Field(() => CorrectionStatus, { nullable: true, description: '状态' })
  status?: CorrectionStatus | null;

  @Field(() => ID, { nullable: true, description: '项目' })
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Responsible unit (Organization id). 责任单位。' })
  responsibleUnitId?: string | null;
}
