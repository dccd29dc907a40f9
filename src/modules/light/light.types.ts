import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Project } from '../project/project.entity.js';
import { Light, LightRule } from './light.rules.js';
import { DecimalScalar } from '../../shared/scalars.js';

@ObjectType({ simpleResolvers: true, description: 'Projects per light at the latest month end of the period. 红黄绿灯数量。' })
export class LightCounts {
  @Field(() => Int, { description: 'Month end the lights are for (0 when nothing is reported yet). 月份。' })
  month!: number;

  @Field(() => Int, { description: '绿灯' })
  green!: number;

  @Field(() => Int, { description: '黄灯' })
  yellow!: number;

  @Field(() => Int, { description: '红灯' })
  red!: number;
}

@ObjectType({ simpleResolvers: true, description: "A change of a project's light. 亮灯变化。" })
export class LightChange {
  @Field(() => Project)
  project!: Project;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Month end. 月份。' })
  month!: number;

  @Field(() => Light, { nullable: true, description: 'Previous light (null for a first light). 原灯色。' })
  from!: Light | null;

  @Field(() => Light, { description: '新灯色' })
  to!: Light;

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

  @Field(() => LightRule)
  rule!: LightRule;

  @Field(() => DecimalScalar, { nullable: true, description: 'Points behind 序时进度 (negative: ahead). 滞后百分点。' })
  lag!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '完成年计划(%)' })
  completionRate!: string | null;
}
