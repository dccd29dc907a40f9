import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../shared/scalars.js';
import { Project, ProjectLevel } from '../project/project.entity.js';
import { Connection } from '../../shared/pagination.js';
import { ProgressReport } from './progress-report.entity.js';
import { Correction } from './report-history.entity.js';

@InputType({ description: 'Which reports to receive; all given conditions must hold. 进度推送筛选。' })
export class ProgressFilter {
  @Field(() => ID, { nullable: true, description: 'Project id. 项目。' })
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Responsible unit (Organization id). 责任单位。' })
  responsibleUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A person assigned to the project (Person id). 相关人员。' })
  personId?: string | null;

  @Field(() => ProjectLevel, { nullable: true, description: '项目级别' })
  level?: ProjectLevel | null;
}

/** A monthly report as it committed, with the year-to-date figures at that moment. */
@ObjectType({ simpleResolvers: true, description: 'A committed monthly report with year-to-date figures. 月度进度填报推送。' })
export class ProgressEvent {
  @Field(() => Project)
  project!: Project;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  month!: number;

  @Field(() => DecimalScalar, { description: 'Completed in the month, 万元. 当月完成投资。' })
  amount!: string;

  @Field(() => DecimalScalar, { description: 'Completed in the year to date, 万元. 年度累计完成投资。' })
  yearToDate!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Year to date / annual plan, percent. 完成年计划(%)。' })
  completionRate!: string | null;

  @Field(() => String, { description: 'Event sequence (resume with events(afterSequence:)). 事件序号。' })
  sequence!: string;
}

/** A page of monthly reports. */
@ObjectType({ simpleResolvers: true, description: 'A page of monthly reports. 月报分页。' })
export class ProgressReportConnection extends Connection(ProgressReport, 'ProgressReport', (report) => report.id) {}

/** A page of correction requests. */
@ObjectType({ simpleResolvers: true, description: 'A page of correction requests. 更正申请分页。' })
export class CorrectionConnection extends Connection(Correction, 'Correction', (correction) => correction.id) {}
