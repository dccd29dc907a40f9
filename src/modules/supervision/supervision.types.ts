import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../shared/pagination.js';
import { DateScalar } from '../../shared/scalars.js';
import { Project } from '../project/project.entity.js';
import { Inspection } from './supervision.entity.js';
import { RoundStatus } from './supervision.service.js';

registerEnumType(RoundStatus, {
  name: 'RoundStatus',
  description: 'Where a ten-day round stands today. 督查轮次状态。',
  valuesConfig: { UPCOMING: { description: '未开始' }, OPEN: { description: '进行中' }, CLOSED: { description: '已结束' } },
});

@ObjectType({ simpleResolvers: true, description: 'A ten-day inspection round: inspected and missing projects. 每旬督查情况。' })
export class InspectionRound {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  month!: number;

  @Field(() => Int, { description: '旬' })
  dekad!: number;

  @Field(() => DateScalar)
  startsOn!: string;

  @Field(() => DateScalar)
  endsOn!: string;

  @Field(() => RoundStatus)
  status!: RoundStatus;

  @Field(() => Int, { description: 'Projects due in the round. 应督查项目数。' })
  dueCount!: number;

  @Field(() => [Inspection], { description: '已督查' })
  inspections!: Inspection[];

  @Field(() => [Project], { description: 'Due but not inspected (open or closed rounds). 应督未督。' })
  missing!: Project[];
}

/** A page of inspections, newest first. */
@ObjectType({ simpleResolvers: true, description: 'A page of inspections, newest first. 督查记录分页。' })
export class InspectionConnection extends Connection(Inspection, 'Inspection', (inspection) => inspection.id) {}
