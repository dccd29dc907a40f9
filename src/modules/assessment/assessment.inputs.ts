import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../shared/scalars.js';
import { AccountabilityReason } from './score.rules.js';

@InputType({ description: 'A weight tier. 权重档次。' })
export class WeightTierInput {
  @Field(() => DecimalScalar, { description: '年度计划投资下限(万元,含)' })
  minPlannedInvestment!: string;

  @Field(() => DecimalScalar, { description: '权重分' })
  weight!: string;
}

@InputType({ description: "Changes to a year's scheme; a new version is created, omitted fields carry over. 修订考核办法。" })
export class UpdateAssessmentSchemeInput {
  @Field(() => Int)
  year!: number;

  @Field(() => DecimalScalar, { nullable: true, description: '基准分' })
  baseScore?: string | null;

  @Field(() => [WeightTierInput], { nullable: true, description: '权重分档次(最低档下限须为0)' })
  weightTiers?: WeightTierInput[] | null;

  @Field(() => DecimalScalar, { nullable: true, description: '超额每个百分点奖励分' })
  bonusPerPoint?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '奖励分上限' })
  bonusCap?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '每次通报批评扣分' })
  criticismDeduction?: string | null;

  @Field(() => [AccountabilityReason], { nullable: true, description: '一票否决事由' })
  vetoReasons?: AccountabilityReason[] | null;

  @Field(() => DecimalScalar, { nullable: true, description: '黄灯阈值(滞后百分点)' })
  yellowLag?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '红灯阈值(滞后百分点)' })
  redLag?: string | null;

  @Field(() => Int, { nullable: true, description: '延迟开工转红灯月数' })
  startDelayRedMonths?: number | null;

  @Field(() => Int, { nullable: true, description: 'Reports of a month are due by this day of the next month, 1–28. 月报报送截止日。' })
  reportDeadlineDay?: number | null;
}

@InputType({ description: 'A commendation or public criticism. 表彰或通报批评。' })
export class RecordSanctionInput {
  @Field(() => Int)
  year!: number;

  @Field(() => ID, { nullable: true, description: 'Project concerned. 相关项目。' })
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Person concerned: a criticism deducts from their subject score. 相关人员。' })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Unit concerned (责任单位): a criticism deducts from its unit score. 相关单位。' })
  unitId?: string | null;

  @Field(() => String, { description: '事由' })
  description!: string;

  @Field(() => DateScalar, { description: '决定日期' })
  decidedOn!: string;
}

@InputType({ description: 'An accountability case. 问责记录。' })
export class RecordAccountabilityInput extends RecordSanctionInput {
  @Field(() => AccountabilityReason, { description: '问责事由' })
  reason!: AccountabilityReason;

  @Field(() => [ID], { nullable: true, description: 'The persons answerable (问责对象): their subject scores become 0 and they are marked. 被问责人员。' })
  answerablePersonIds?: string[] | null;
}

@InputType({ description: 'Explanation of a missed target with the rectification plan. 未完成目标说明。' })
export class SubmitTargetExplanationInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => ID, { description: 'The liaison leader or responsible person writing it. 说明人(挂钩区领导或责任人)。' })
  authorId!: string;

  @Field(() => String, { description: '原因说明' })
  explanation!: string;

  @Field(() => String, { description: '整改措施' })
  rectificationPlan!: string;
}
