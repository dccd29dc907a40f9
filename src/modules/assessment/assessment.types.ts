import { Organization } from '../organization/organization.entity.js';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { DecimalScalar } from '../../shared/scalars.js';
import { Person } from '../person/person.entity.js';
import { Project } from '../project/project.entity.js';

@ObjectType({ simpleResolvers: true, description: 'One part of a score: its points, the rule and the inputs. 得分构成。' })
export class ScoreExplanationPartType {
  @Field(() => String, { description: 'BASE, WEIGHT, BONUS, DEDUCTION, VETO or TOTAL' })
  part!: string;

  @Field(() => DecimalScalar, { description: '分值' })
  points!: string;

  @Field(() => String, { description: '规则' })
  rule!: string;

  @Field(() => GraphQLJSONObject, { description: '计算依据' })
  inputs!: Record<string, unknown>;
}

/** The parts of a project's score, as the API and the reports show them. */
@ObjectType({ simpleResolvers: true })
export abstract class ScoreFigures {
  @Field(() => DecimalScalar, { description: '基准分' })
  baseScore!: string;

  @Field(() => DecimalScalar, { description: '权重分' })
  weightScore!: string;

  @Field(() => DecimalScalar, { description: '奖励分' })
  bonusScore!: string;

  @Field(() => DecimalScalar, { description: '扣分' })
  deductions!: string;

  @Field(() => DecimalScalar, { description: '总分' })
  total!: string;

  @Field(() => Boolean, { description: '是否完成年度考核指标' })
  targetMet!: boolean;

  @Field(() => Boolean, { description: '是否一票否决' })
  vetoed!: boolean;
}

/** A project's score for a year (考核得分), with rank and explanation. */
@ObjectType({ simpleResolvers: true, description: "A project's assessment score for a year. 项目考核得分。" })
export class ProjectScore extends ScoreFigures {
  @Field(() => Project)
  project!: Project;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Dense rank by total (ties share). 排名。' })
  rank!: number;

  @Field(() => [ScoreExplanationPartType], { description: '得分说明' })
  explanation!: ScoreExplanationPartType[];

  @Field(() => Int, { description: 'Scheme version used (0 = defaults). 考核办法版本。' })
  schemeVersion!: number;

  @Field(() => Boolean, { description: 'A what-if result; nothing was written. 是否模拟。' })
  simulated!: boolean;

  /** Position in the ranking, for cursors. */
  position!: number;
}

/** Whose scores `subjectScores` ranks. */
export enum SubjectRole {
  LIAISON_LEADER = 'LIAISON_LEADER',
  RESPONSIBLE_PERSON = 'RESPONSIBLE_PERSON',
  INSPECTOR = 'INSPECTOR',
}
registerEnumType(SubjectRole, {
  name: 'SubjectRole',
  description: 'Assessed officials. 考核对象。',
  valuesConfig: {
    LIAISON_LEADER: { description: '挂钩区领导(所挂项目平均分)' },
    RESPONSIBLE_PERSON: { description: '责任人(所负责项目平均分)' },
    INSPECTOR: { description: '督查组成员(按时督查率)' },
  },
});

@ObjectType({ simpleResolvers: true, description: "An official's score and rank. 考核对象得分。" })
export class SubjectScore {
  @Field(() => Person)
  person!: Person;

  @Field(() => SubjectRole)
  role!: SubjectRole;

  @Field(() => DecimalScalar, { nullable: true, description: 'Mean of project totals, or for inspectors the on-time percent. 得分。' })
  score!: string | null;

  @Field(() => Int, { nullable: true, description: '排名' })
  rank!: number | null;

  @Field(() => Int, { description: 'Projects counted (inspectors: rounds due). 项目数/应督查次数。' })
  count!: number;

  @Field(() => Int, { nullable: true, description: 'Inspectors: inspections done on time. 按时督查次数。' })
  doneOnTime!: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Deducted for criticisms naming the person (leaders and responsible persons). 通报批评扣分。' })
  deductions!: string | null;

  @Field(() => Boolean, { description: 'An accountability case names the person: the score is 0 and ranks last. 是否被问责。' })
  accountable!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "A responsible unit's score and rank. 责任单位得分。" })
export class UnitScore {
  @Field(() => Organization)
  unit!: Organization;

  @Field(() => DecimalScalar, { description: 'Mean of its projects’ totals, less criticisms of the unit. 得分。' })
  score!: string;

  @Field(() => Int, { description: '排名' })
  rank!: number;

  @Field(() => Int, { description: 'Scored projects. 项目数。' })
  projectCount!: number;

  @Field(() => Int, { description: 'Criticisms of the unit. 通报批评次数。' })
  criticisms!: number;

  @Field(() => DecimalScalar, { description: '扣分' })
  deductions!: string;
}
