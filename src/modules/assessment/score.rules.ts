import { Decimal } from 'decimal.js';
import { isDateString, yearEnd, type DateString } from '../../shared/dates.js';
import { completionRate, type DecimalString } from '../../shared/money.js';

/** Why a project was held accountable (问责) in a year. */
export enum AccountabilityReason {
  /** 安全事故 */
  SAFETY_ACCIDENT = 'SAFETY_ACCIDENT',
  /** 重大管理失职 */
  MANAGEMENT_FAILURE = 'MANAGEMENT_FAILURE',
  /** 严重违规 */
  SERIOUS_VIOLATION = 'SERIOUS_VIOLATION',
  /** 未完成目标任务 */
  TARGET_MISSED = 'TARGET_MISSED',
}

const REASON_LABELS: Record<AccountabilityReason, { zh: string; en: string }> = {
  [AccountabilityReason.SAFETY_ACCIDENT]: { zh: '安全事故', en: 'a safety accident' },
  [AccountabilityReason.MANAGEMENT_FAILURE]: { zh: '重大管理失职', en: 'a major management failure' },
  [AccountabilityReason.SERIOUS_VIOLATION]: { zh: '严重违规', en: 'a serious violation' },
  [AccountabilityReason.TARGET_MISSED]: { zh: '未完成目标任务', en: 'a missed target' },
};

/** 权重分档: the weight of projects whose annual planned investment is at least `minPlannedInvestment` 万元. */
export interface WeightTier {
  minPlannedInvestment: DecimalString;
  weight: DecimalString;
}

/** The scoring rules of one year's assessment scheme (考核办法). */
export interface SchemeRules {
  /** 基准分, granted when 100% of the year's targets are met ("60.00"). */
  baseScore: DecimalString;
  /** Weight by annual planned investment; the tier with the highest minimum not above the plan applies. */
  weightTiers: WeightTier[];
  /** 奖励分 per percentage point of completion above 100 ("0.20"). */
  bonusPerPoint: DecimalString;
  /** Most bonus a project can earn ("10.00"). */
  bonusCap: DecimalString;
  /** Deducted per public criticism (通报批评) of the year ("5.00"). */
  criticismDeduction: DecimalString;
  /** Accountability reasons that set the year's total to 0 (一票否决). */
  vetoReasons: AccountabilityReason[];
}

/** The district's scheme: 60 base, 20/15/10/5 weight by tier, 0.2 per point above 100% up to 10, 5 per criticism. */
export const DEFAULT_SCHEME_RULES: SchemeRules = Object.freeze({
  baseScore: '60.00',
  weightTiers: [
    { minPlannedInvestment: '100000.00', weight: '20.00' },
    { minPlannedInvestment: '50000.00', weight: '15.00' },
    { minPlannedInvestment: '10000.00', weight: '10.00' },
    { minPlannedInvestment: '0.00', weight: '5.00' },
  ],
  bonusPerPoint: '0.20',
  bonusCap: '10.00',
  criticismDeduction: '5.00',
  vetoReasons: [
    AccountabilityReason.SAFETY_ACCIDENT,
    AccountabilityReason.MANAGEMENT_FAILURE,
    AccountabilityReason.SERIOUS_VIOLATION,
  ],
});

/** One milestone (节点目标) of the year. */
export interface MilestoneInput {
  name: string;
  /** 'YYYY-MM-DD'; its year is the year the milestone belongs to. */
  dueOn: DateString;
  /** 'YYYY-MM-DD' when met; null when not met. */
  metOn: DateString | null;
}

/** What a project's score for one year depends on. */
export interface ScoreInput {
  /** The year's annual planned investment, 万元; null when there is no plan. */
  plannedInvestment: DecimalString | null;
  /** Investment completed in the year to date, 万元. */
  completedInvestment: DecimalString;
  /** The year's milestones. */
  milestones: MilestoneInput[];
  /** Public criticisms (通报批评) of the year. */
  criticisms: number;
  /** Accountability cases (问责) of the year. */
  accountabilityReasons: AccountabilityReason[];
}

/** One line of a score's breakdown: the points, the rule in Chinese and English, and the figures it used. */
export interface ScoreExplanationPart {
  part: 'BASE' | 'WEIGHT' | 'BONUS' | 'DEDUCTION' | 'VETO' | 'TOTAL';
  /** Signed points of the part: deductions and a veto are negative; TOTAL is the total. */
  points: DecimalString;
  rule: string;
  inputs: Record<string, string | number | boolean | null>;
}

/** A project's score for one year with its breakdown. */
export interface ScoreResult {
  baseScore: DecimalString;
  weightScore: DecimalString;
  bonusScore: DecimalString;
  /** Points deducted for criticisms, as a non-negative amount. */
  deductions: DecimalString;
  total: DecimalString;
  /** Completed investment ≥ a positive annual plan and every milestone met within its year. */
  targetMet: boolean;
  /** An accountability case in `vetoReasons` set the total to 0. */
  vetoed: boolean;
  /** 完成年计划, percent; null without a plan. */
  completionRate: DecimalString | null;
  /** BASE, WEIGHT, BONUS, DEDUCTION, then VETO when vetoed, then TOTAL. */
  explanation: ScoreExplanationPart[];
}

const ZERO = new Decimal(0);
const HUNDRED = new Decimal(100);

function points(value: Decimal): DecimalString {
  const rounded = value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return (rounded.isZero() ? ZERO : rounded).toFixed(2);
}

function negativePoints(value: Decimal): DecimalString {
  return points(value.negated());
}

function requireMilestoneDate(date: DateString, field: string): DateString {
  if (!isDateString(date)) throw new RangeError(`${field} must be a date YYYY-MM-DD, got "${date}"`);
  return date;
}

/** A milestone counts as met when it was met on or before December 31 of its year, late or not. */
function milestoneMet({ dueOn, metOn }: MilestoneInput): boolean {
  const end = yearEnd(Number(requireMilestoneDate(dueOn, 'milestone dueOn').slice(0, 4)));
  return metOn !== null && requireMilestoneDate(metOn, 'milestone metOn') <= end;
}

/** The tier with the highest minimum not above the plan, whatever order the scheme lists them in. */
function weightTierFor(plan: Decimal, tiers: WeightTier[]): WeightTier {
  const tier = [...tiers]
    .sort((a, b) => new Decimal(b.minPlannedInvestment).comparedTo(a.minPlannedInvestment))
    .find((candidate) => plan.greaterThanOrEqualTo(candidate.minPlannedInvestment));
  if (!tier) throw new RangeError(`no weight tier covers a planned investment of ${plan.toFixed(2)} 万元`);
  return tier;
}

/**
 * Scores one project for one year under a scheme (考核办法), with a breakdown of every part.
 *
 * - BASE: `baseScore` when the target is met (completed ≥ a positive plan and every milestone met
 *   by December 31 of its year), else 0.
 * - WEIGHT: the tier weight times min(completionRate, 100)/100, using the two-decimal completion
 *   rate; 0 without a plan.
 * - BONUS: only with the target met, (completionRate − 100) × `bonusPerPoint`, at most `bonusCap`.
 * - DEDUCTION: `criticisms` × `criticismDeduction`.
 * - VETO: any accountability reason in `vetoReasons` sets the total to 0; the other parts are
 *   still reported.
 * - TOTAL: max(0, base + weight + bonus − deductions), or 0 when vetoed.
 *
 * Throws `RangeError` when `criticisms` is not a non-negative integer, a milestone date is invalid,
 * or no weight tier covers the plan.
 */
export function scoreProject(input: ScoreInput, rules: SchemeRules = DEFAULT_SCHEME_RULES): ScoreResult {
  if (!Number.isInteger(input.criticisms) || input.criticisms < 0) {
    throw new RangeError(`criticisms must be a non-negative integer, got ${input.criticisms}`);
  }
  const plan = input.plannedInvestment === null ? null : new Decimal(input.plannedInvestment);
  const positivePlan = plan !== null && plan.greaterThan(0) ? plan : null;
  const completed = new Decimal(input.completedInvestment);
  const rateText = completionRate(input.completedInvestment, input.plannedInvestment);
  const rate = rateText === null ? null : new Decimal(rateText);

  const investmentMet = positivePlan !== null && completed.greaterThanOrEqualTo(positivePlan);
  const missedMilestones = input.milestones.filter((milestone) => !milestoneMet(milestone));
  const targetMet = investmentMet && missedMilestones.length === 0;
  const base = targetMet ? new Decimal(rules.baseScore) : ZERO;

  const tier = positivePlan === null ? null : weightTierFor(positivePlan, rules.weightTiers);
  const countedRate = rate === null ? null : Decimal.max(ZERO, Decimal.min(rate, HUNDRED));
  const weight =
    tier !== null && countedRate !== null
      ? new Decimal(tier.weight).times(countedRate).dividedBy(HUNDRED).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
      : ZERO;

  const pointsAbove100 = rate !== null && rate.greaterThan(HUNDRED) ? rate.minus(HUNDRED) : ZERO;
  const uncappedBonus = targetMet
    ? pointsAbove100.times(rules.bonusPerPoint).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
    : ZERO;
  const bonus = Decimal.min(uncappedBonus, rules.bonusCap);

  const deductions = new Decimal(rules.criticismDeduction).times(input.criticisms);

  const vetoReasons = [...new Set(input.accountabilityReasons.filter((reason) => rules.vetoReasons.includes(reason)))];
  const vetoed = vetoReasons.length > 0;
  const sum = base.plus(weight).plus(bonus).minus(deductions);
  const beforeVeto = Decimal.max(ZERO, sum);
  const total = vetoed ? ZERO : beforeVeto;

  const perPoint = new Decimal(rules.bonusPerPoint).toFixed(2);
  const cap = new Decimal(rules.bonusCap).toFixed(2);
  const perCriticism = new Decimal(rules.criticismDeduction).toFixed(2);
  const planText = plan === null ? null : plan.toFixed(2);

  const explanation: ScoreExplanationPart[] = [
    {
      part: 'BASE',
      points: points(base),
      rule: "完成年度考核指标100%得基准分 (base score when 100% of the year's targets are met)",
      inputs: {
        baseScore: new Decimal(rules.baseScore).toFixed(2),
        plannedInvestment: planText,
        completedInvestment: completed.toFixed(2),
        investmentMet,
        milestones: input.milestones.length,
        milestonesMet: input.milestones.length - missedMilestones.length,
        missedMilestones: missedMilestones.length > 0 ? missedMilestones.map((m) => m.name).join('、') : null,
        targetMet,
      },
    },
    {
      part: 'WEIGHT',
      points: points(weight),
      rule: '按年度计划投资档次取权重分，乘以完成率（最高100%），无年度计划不得分 (weight of the annual planned investment tier times the completion rate, at most 100%; none without a plan)',
      inputs: {
        plannedInvestment: planText,
        tierMinPlannedInvestment: tier === null ? null : new Decimal(tier.minPlannedInvestment).toFixed(2),
        tierWeight: tier === null ? null : new Decimal(tier.weight).toFixed(2),
        completionRate: rateText,
        countedRate: countedRate === null ? null : countedRate.toFixed(2),
      },
    },
    {
      part: 'BONUS',
      points: points(bonus),
      rule: `得基准分且超额完成的，每超1个百分点奖励${perPoint}分，最高${cap}分 (with the base score, ${perPoint} per percentage point of completion above 100%, at most ${cap})`,
      inputs: {
        targetMet,
        completionRate: rateText,
        pointsAbove100: pointsAbove100.toFixed(2),
        bonusPerPoint: perPoint,
        bonusCap: cap,
        capped: uncappedBonus.greaterThan(bonus),
      },
    },
    {
      part: 'DEDUCTION',
      points: negativePoints(deductions),
      rule: `每次通报批评扣${perCriticism}分 (${perCriticism} deducted per public criticism)`,
      inputs: { criticisms: input.criticisms, criticismDeduction: perCriticism },
    },
  ];
  if (vetoed) {
    const labels = rules.vetoReasons.map((reason) => REASON_LABELS[reason]);
    explanation.push({
      part: 'VETO',
      points: negativePoints(beforeVeto),
      rule: `因${labels.map((l) => l.zh).join('、')}被问责的，实行一票否决，得分为0 (veto: an accountability case for ${labels.map((l) => l.en).join(', ')} sets the score to 0)`,
      inputs: {
        vetoReasons: vetoReasons.join(','),
        accountabilityReasons: input.accountabilityReasons.join(','),
        scoreBeforeVeto: points(beforeVeto),
      },
    });
  }
  explanation.push({
    part: 'TOTAL',
    points: points(total),
    rule: '总分 = 基准分 + 权重分 + 奖励分 − 扣分，最低0分；一票否决为0分 (total = base + weight + bonus − deductions, not below 0; 0 when vetoed)',
    inputs: {
      baseScore: points(base),
      weightScore: points(weight),
      bonusScore: points(bonus),
      deductions: points(deductions),
      flooredAtZero: sum.lessThan(0),
      vetoed,
    },
  });

  return {
    baseScore: points(base),
    weightScore: points(weight),
    bonusScore: points(bonus),
    deductions: points(deductions),
    total: points(total),
    targetMet,
    vetoed,
    completionRate: rateText,
    explanation,
  };
}

/**
 * Dense ranks by descending total (ties share a rank, the next rank is one more):
 * [90, 80, 80, 70] → [1, 2, 2, 3]. Totals compare as exact decimals ("80.00" ties "80.0").
 * Returns the ranks in input order.
 */
/** What a score ranks by: its total, or −1 when vetoed (一票否决), so that vetoed scores rank after all others. */
export function rankKey(score: { total: DecimalString; vetoed: boolean }): DecimalString {
  return score.vetoed ? '-1' : score.total;
}

export function denseRanks(totals: DecimalString[]): number[] {
  const values = totals.map((total) => new Decimal(total));
  const distinct = [...new Map(values.map((value) => [value.toString(), value])).values()].sort((a, b) =>
    b.comparedTo(a),
  );
  const rankOf = new Map(distinct.map((value, index) => [value.toString(), index + 1]));
  return values.map((value) => rankOf.get(value.toString()) as number);
}

/** Mean of totals, two decimals rounded half up; null for none (a leader's or person's score). */
export function meanScore(totals: DecimalString[]): DecimalString | null {
  if (totals.length === 0) return null;
  const sum = totals.reduce((acc, total) => acc.plus(total), ZERO);
  return sum.dividedBy(totals.length).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}
