import { Decimal } from 'decimal.js';
import { isDateString, type DateString } from '../../shared/dates.js';
import { completionRate, type DecimalString } from '../../shared/money.js';

/** 红黄绿灯: the progress warning light of a project at a month end. */
export enum Light {
  GREEN = 'GREEN',
  YELLOW = 'YELLOW',
  RED = 'RED',
}

/** The rule that decided a light; recorded with every light so a change of light explains itself. */
export enum LightRule {
  /** No annual plan (or a plan of 0): GREEN, there is nothing to lag against. */
  NO_ANNUAL_PLAN = 'NO_ANNUAL_PLAN',
  /** Lag below `yellowLag`: GREEN. */
  ON_SCHEDULE = 'ON_SCHEDULE',
  /** `yellowLag` ≤ lag < `redLag`: YELLOW. */
  LAG_YELLOW = 'LAG_YELLOW',
  /** Lag ≥ `redLag`: RED. */
  LAG_RED = 'LAG_RED',
  /** A NEW project not started by the end of its planned start month: YELLOW. */
  START_DELAYED = 'START_DELAYED',
  /** A NEW project still not started `startDelayRedMonths` months after its planned start month: RED. */
  START_DELAYED_LONG = 'START_DELAYED_LONG',
  /** This month's own light and last month's own light are both YELLOW: RED. */
  TWO_YELLOWS = 'TWO_YELLOWS',
}

/** The light thresholds of a year's assessment scheme. */
export interface LightThresholds {
  /** Lag in percentage points from which the light is YELLOW ("10.00"). */
  yellowLag: DecimalString;
  /** Lag in percentage points from which the light is RED ("30.00"). */
  redLag: DecimalString;
  /** Months after the planned start month from which a NEW project not yet started is RED (3). */
  startDelayRedMonths: number;
}

/** The thresholds of the district's report: YELLOW from 10 points, RED from 30, RED three months after a missed start. */
export const DEFAULT_LIGHT_THRESHOLDS: LightThresholds = Object.freeze({
  yellowLag: '10.00',
  redLag: '30.00',
  startDelayRedMonths: 3,
});

/** What the light of one project at one month end depends on. */
export interface LightInput {
  /** Year of the month end being judged. */
  year: number;
  /** Month (1–12) of the month end being judged. */
  month: number;
  constructionType: 'NEW' | 'CONTINUING' | 'PREPARATORY';
  /** Planned start date, 'YYYY-MM-DD'. */
  plannedStartOn: DateString | null;
  /** Actual start date, 'YYYY-MM-DD'; a date after the judged month end counts as not yet started. */
  startedOn: DateString | null;
  /** The year's annual planned investment, 万元. */
  plannedInvestment: DecimalString | null;
  /** Year-to-date completed investment at the judged month end, 万元. */
  completedToDate: DecimalString;
  /** Last month's own light, before the two-yellows escalation; null in January or when unknown. */
  previousOwnLight: Light | null;
}

/** A light with the rule that decided it and the figures the rule looked at. */
export interface LightResult {
  /** The light shown. */
  light: Light;
  /** The light before the two-yellows escalation; feed it as `previousOwnLight` next month. */
  ownLight: Light;
  /** The rule that decided `light`. */
  rule: LightRule;
  inputs: {
    /** 序时进度 at the judged month end, percent. */
    timeProgress: DecimalString;
    /** 完成年计划, percent; null without an annual plan. */
    completionRate: DecimalString | null;
    /** timeProgress − completionRate in percentage points (negative when ahead); null without an annual plan. */
    lag: DecimalString | null;
    /**
     * Months from the planned start month to the judged month for a NEW project not started by the
     * judged month end (0 = the planned start month itself, negative = planned start still ahead);
     * null when the start-delay rule does not apply (not NEW, no planned start, or started).
     */
    monthsStartDelayed: number | null;
    previousOwnLight: Light | null;
    yellowLag: DecimalString;
    redLag: DecimalString;
  };
}

const SEVERITY: Record<Light, number> = { [Light.GREEN]: 0, [Light.YELLOW]: 1, [Light.RED]: 2 };

function requireMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`month must be an integer from 1 to 12, got ${month}`);
  }
}

/** Months since year 0 of the month a 'YYYY-MM-DD' date falls in. */
function monthIndexOf(date: DateString, field: string): number {
  if (!isDateString(date)) throw new RangeError(`${field} must be a date YYYY-MM-DD, got "${date}"`);
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
}

/**
 * 序时进度: the share of the year elapsed at the end of `month`, in percent with two decimals
 * rounded half up (1 → "8.33", 2 → "16.67", 12 → "100.00").
 */
export function timeProgress(month: number): DecimalString {
  requireMonth(month);
  return new Decimal(month).times(100).dividedBy(12).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/**
 * The warning light of one project at one month end.
 *
 * The own light is the worse of the lag light (lag = timeProgress − completionRate against
 * `yellowLag`/`redLag`) and, for a NEW project not started by the judged month end, the start-delay
 * light (YELLOW from its planned start month, RED `startDelayRedMonths` months later); on a tie the
 * start-delay rule is reported, being the more specific cause. A YELLOW own light following a
 * YELLOW own light last month is shown RED (TWO_YELLOWS); `ownLight` keeps the YELLOW so that a run
 * of yellows stays RED month after month.
 */
export function computeLight(input: LightInput, thresholds: LightThresholds = DEFAULT_LIGHT_THRESHOLDS): LightResult {
  requireMonth(input.month);
  const yellowLag = new Decimal(thresholds.yellowLag);
  const redLag = new Decimal(thresholds.redLag);

  const progress = timeProgress(input.month);
  const rate = completionRate(input.completedToDate, input.plannedInvestment);
  const lag = rate === null ? null : new Decimal(progress).minus(rate);

  let lagLight: Light;
  let lagRule: LightRule;
  if (lag === null) [lagLight, lagRule] = [Light.GREEN, LightRule.NO_ANNUAL_PLAN];
  else if (lag.greaterThanOrEqualTo(redLag)) [lagLight, lagRule] = [Light.RED, LightRule.LAG_RED];
  else if (lag.greaterThanOrEqualTo(yellowLag)) [lagLight, lagRule] = [Light.YELLOW, LightRule.LAG_YELLOW];
  else [lagLight, lagRule] = [Light.GREEN, LightRule.ON_SCHEDULE];

  const judgedMonth = input.year * 12 + input.month;
  const notStarted =
    input.startedOn === null || monthIndexOf(input.startedOn, 'startedOn') > judgedMonth;
  const monthsStartDelayed =
    input.constructionType === 'NEW' && input.plannedStartOn !== null && notStarted
      ? judgedMonth - monthIndexOf(input.plannedStartOn, 'plannedStartOn')
      : null;

  let ownLight: Light = lagLight;
  let ownRule: LightRule = lagRule;
  if (monthsStartDelayed !== null && monthsStartDelayed >= 0) {
    const [delayLight, delayRule] =
      monthsStartDelayed >= thresholds.startDelayRedMonths
        ? [Light.RED, LightRule.START_DELAYED_LONG]
        : [Light.YELLOW, LightRule.START_DELAYED];
    if (SEVERITY[delayLight] >= SEVERITY[lagLight]) [ownLight, ownRule] = [delayLight, delayRule];
  }

  const twoYellows = ownLight === Light.YELLOW && input.previousOwnLight === Light.YELLOW;
  return {
    light: twoYellows ? Light.RED : ownLight,
    ownLight,
    rule: twoYellows ? LightRule.TWO_YELLOWS : ownRule,
    inputs: {
      timeProgress: progress,
      completionRate: rate,
      lag: lag === null ? null : lag.toFixed(2),
      monthsStartDelayed,
      previousOwnLight: input.previousOwnLight,
      yellowLag: yellowLag.toFixed(2),
      redLag: redLag.toFixed(2),
    },
  };
}

/**
 * Lights of consecutive months of one year, feeding each month's `ownLight` into the next.
 * The first month is judged with no previous light. Throws `RangeError` unless the inputs are of
 * one year and in consecutive months, since a gap would compare lights that are not neighbours.
 */
export function computeLightHistory(
  inputs: Omit<LightInput, 'previousOwnLight'>[],
  thresholds: LightThresholds = DEFAULT_LIGHT_THRESHOLDS,
): LightResult[] {
  const results: LightResult[] = [];
  inputs.forEach((input, index) => {
    const previous = index > 0 ? inputs[index - 1] : undefined;
    if (previous && (input.year !== previous.year || input.month !== previous.month + 1)) {
      throw new RangeError(
        `light history needs consecutive months of one year, got ${previous.year}-${previous.month} then ${input.year}-${input.month}`,
      );
    }
    const previousOwnLight = results.length > 0 ? results[results.length - 1].ownLight : null;
    results.push(computeLight({ ...input, previousOwnLight }, thresholds));
  });
  return results;
}
