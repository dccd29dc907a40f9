import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Project } from '../project/project.entity.js';
import { Light, LightKind, LightRule } from './light.rules.js';
import { DecimalScalar } from '../../shared/scalars.js';

@ObjectType({ simpleResolvers: true, description: 'Projects of the year’s list per light at a month end. 红黄绿灯数量。' })
export class LightCounts {
  @Field(() => Int, { description: 'Month end the lights are for (0 when no month is closed yet). 月份。' })
  month!: number;

  @Field(() => Boolean, { description: 'True for a closed month (official); false for the month being reported (provisional, 暂定). 是否为正式灯色。' })
  official!: boolean;

  @Field(() => Int, { description: '绿灯' })
  green!: number;

  @Field(() => Int, { description: '黄灯' })
  yellow!: number;

  @Field(() => Int, { description: '红灯' })
  red!: number;

  @Field(() => Int, { description: 'Not due yet: NEW listings before their planned start month is over. 未到开工期。' })
  notDue!: number;
}

@ObjectType({ simpleResolvers: true, description: "A project's light at a month end: official once the month is closed, provisional before. 月末亮灯情况。" })
export class ProjectLight {
  @Field(() => Int, { description: '月份' })
  month!: number;

  @Field(() => Light)
  light!: Light;

  @Field(() => LightKind, { description: 'Which light decided. 亮灯类别(开工灯/进度灯/前期灯)。' })
  kind!: LightKind;

  @Field(() => Boolean, { description: 'True once the month is closed (月度关账); false: provisional (暂定), it can still change. 是否为正式灯色。' })
  official!: boolean;

  @Field(() => Boolean, { description: 'Whether the month was reported (at close for an official light, so far for a provisional one); 未报 counts 0. 当月是否已填报。' })
  reported!: boolean;

  @Field(() => LightRule)
  rule!: LightRule;

  @Field(() => GraphQLJSONObject, { description: 'Inputs of the rule (本项目序时计划, 完成, 滞后, thresholds …). 计算依据。' })
  inputs!: Record<string, unknown>;
}

@ObjectType({ simpleResolvers: true, description: 'What an open month still needs (预警): to reach GREEN, or avoid RED, at close. 本月预警。' })
export class ProjectOutlook {
  @Field(() => Int, { description: '月份' })
  month!: number;

  @Field(() => DecimalScalar, { description: 'Planned investment to the end of the month, 万元. 序时计划投资(万元)。' })
  plannedToDate!: string;

  @Field(() => DecimalScalar, { description: 'Completed so far this year, 万元. 年度累计完成投资(万元)。' })
  completedToDate!: string;

  @Field(() => DecimalScalar, { description: 'More investment to report by the month end for GREEN, 万元 ("0.00": already). 距绿灯尚需完成(万元)。' })
  neededForGreen!: string;

  @Field(() => DecimalScalar, { description: 'More to avoid RED, 万元. 距脱离红灯尚需完成(万元)。' })
  neededToAvoidRed!: string;

  @Field(() => ProjectLight, { description: 'The provisional light as things stand. 当前暂定灯色。' })
  light!: ProjectLight;
}

@ObjectType({ simpleResolvers: true, description: "A change of a project's light. 亮灯变化。" })
export class LightChange {
  @Field(() => Project)
  project!: Project;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Month end. 月份。' })
  month!: number;

  @Field(() => Light, { nullable: true, description: 'Previous official light (null for a first light). 原灯色。' })
  from!: Light | null;

  @Field(() => Light, { description: '新灯色' })
  to!: Light;

  @Field(() => LightKind, { nullable: true })
  kind!: LightKind | null;

  @Field(() => LightRule)
  rule!: LightRule;

  @Field(() => GraphQLJSONObject, { description: '计算依据' })
  inputs!: Record<string, unknown>;

  @Field(() => String, { description: 'Event sequence. 事件序号。' })
  sequence!: string;
}

@ObjectType({ simpleResolvers: true, description: "A project's standing at the latest month end, for ranking who is furthest behind. 滞后项目。" })
export class ProjectLag {
  @Field(() => Project)
  project!: Project;

  @Field(() => Int, { description: '月份' })
  month!: number;

  @Field(() => Light)
  light!: Light;

  @Field(() => LightKind)
  kind!: LightKind;

  @Field(() => LightRule)
  rule!: LightRule;

  @Field(() => DecimalScalar, { nullable: true, description: "Points behind the project's own planned-to-date (negative: ahead). 滞后本项目序时进度百分点。" })
  lag!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '完成年计划(%)' })
  completionRate!: string | null;
}
