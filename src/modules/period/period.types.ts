import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../shared/scalars.js';
import { Project } from '../project/project.entity.js';
import { LightCounts } from '../light/light.types.js';
import { PeriodState } from './period.service.js';

registerEnumType(PeriodState, {
  name: 'PeriodState',
  description: 'Whether a month is open for reports or closed. 月度状态。',
  valuesConfig: { OPEN: { description: '填报中(数据与灯色为暂定)' }, CLOSED: { description: '已关账(数据与灯色为正式,月份锁定)' } },
});

@ObjectType({ simpleResolvers: true, description: 'A month of the reporting cycle. 填报期。' })
export class ReportingPeriodView {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  month!: number;

  @Field(() => PeriodState)
  state!: PeriodState;

  @Field(() => DateScalar, { description: 'Reporting deadline (the 5th of the next month). 报送截止日期。' })
  deadline!: string;

  @Field(() => Date, { nullable: true, description: '关账时间' })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who closed it. 关账人。' })
  closedBy!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A month just closed: its official lights and the projects that did not report. 月度关账结果。' })
export class ClosedMonthResult {
  @Field(() => ReportingPeriodView)
  period!: ReportingPeriodView;

  @Field(() => [Project], { description: 'Listed projects with no report for the month (未报, counted as 0). 未报项目。' })
  notReported!: Project[];

  @Field(() => LightCounts, { description: 'Official lights of the month. 正式灯色统计。' })
  lightCounts!: LightCounts;
}
