import { Decimal } from 'decimal.js';
import { isDateString, type DateString } from '../../shared/dates.js';
import type { DecimalString } from '../../shared/money.js';
import { timeProgressOf } from '../listing/listing.rules.js';

/** 红黄绿灯: a project's warning light at a month end; NOT_DUE is no colour (未到开工期). */
export enum Light {
  GREEN = 'GREEN',
  YELLOW = 'YELLOW',
  RED = 'RED',
  NOT_DUE = 'NOT_DUE',
}

/** Which of the two lights decided (the start light, the progress light) or the preparatory one. */
export enum LightKind {
  /** A NEW listing not yet started: judged on its planned start. */
  START = 'START',
  /** A started NEW or a CONTINUING listing: judged on its lag behind its own planned-to-date. */
  PROGRESS = 'PROGRESS',
  /** A PREPARATORY listing: judged on its overdue pre-construction milestones (前期手续). */
  PRELIMINARY = 'PRELIMINARY',
}

/** The rule that decided a light; recorded with every light so a change of light explains itself. */
export enum LightRule {
  /** A NEW listing before the end of its planned start month: NOT_DUE. */
  NOT_DUE_TO_START = 'NOT_DUE_TO_START',
  /** A NEW listing with no planned start, not started: nothing to judge yet, NOT_DUE. */
  NO_PLANNED_START = 'NO_PLANNED_START',
  /** Planned start month over, not started: YELLOW. */
  START_DELAYED = 'START_DELAYED',
  /** Still not started `startDelayRedMonths` months after the planned start month: RED. */
  START_DELAYED_LONG = 'START_DELAYED_LONG',
  /** No annual plan (or 0): GREEN, there is nothing to lag against. */
  NO_ANNUAL_PLAN = 'NO_ANNUAL_PLAN',
  /** Lag behind its own planned-to-date below `yellowLag` (or ahead of plan): GREEN. */
  ON_SCHEDULE = 'ON_SCHEDULE',
  /** `yellowLag` ≤ lag < `redLag`: YELLOW. */
  LAG_YELLOW = 'LAG_YELLOW',
  /** Lag ≥ `redLag`: RED. */
  LAG_RED = 'LAG_RED',
  /** A PREPARATORY listing with no overdue pre-construction milestone: GREEN. */
  PRELIMINARY_ON_TRACK = 'PRELIMINARY_ON_TRACK',
  /** A pre-construction milestone overdue: YELLOW. */
  PRELIMINARY_OVERDUE = 'PRELIMINARY_OVERDUE',
  /** A pre-construction milestone overdue by `startDelayRedMonths` months or more: RED. */
  PRELIMINARY_OVERDUE_LONG = 'PRELIMINARY_OVERDUE_LONG',
}

/** The light thresholds of a year's assessment scheme. */
export interface LightThresholds {
  /** Lag in percentage points from which the light is YELLOW ("10.00"). */
  yellowLag: DecimalString;
  /** Lag in percentage points from which the light is RED ("30.00"). */
  redLag: DecimalString;
  /** Months after the planned start month (or a milestone's due month) from which the light is RED (3). */
  startDelayRedMonths: number;
}

/** YELLOW from 10 points behind the project's own plan, RED from 30, RED three months after a missed start. */
export const DEFAULT_LIGHT_THRESHOLDS: LightThresholds = Object.freeze({ yellowLag: '10.00', redLag: '30.00', startDelayRedMonths: 3 });

/** A milestone of the listing (for PREPARATORY listings, its pre-construction steps). */
export interface MilestoneState {
  name: string;
  dueOn: DateString;
  metOn: DateString | null;
}

/** What the light of one listing at one month end depends on. */
export interface LightInput {
  year: number;
  /** The month (1–12) whose end is judged. */
  month: number;
  constructionType: 'NEW' | 'CONTINUING' | 'PREPARATORY';
  plannedStartOn: DateString | null;
  /** Actual start; a date after the judged month end counts as not yet started. */
  startedOn: DateString | null;
  /** The listing's annual plan, 万元. */
  plannedInvestment: DecimalString | null;
  /** The phasing summed to the judged month end, 万元. */
  plannedToDate: DecimalString;
  /** Completed investment of the year to the judged month end (an unreported month counts 0), 万元. */
  completedToDate: DecimalString;
  milestones: readonly MilestoneState[];
}

/** A light with its kind, the rule that decided it and the figures the rule looked at. */
export interface LightResult {
  light: Light;
  kind: LightKind;
  rule: LightRule;
  inputs: {
    plannedInvestment: DecimalString | null;
    plannedToDate: DecimalString;
    completedToDate: DecimalString;
    /** The project's own 序时进度 at the month end (planned-to-date ÷ plan), percent. */
    timeProgress: DecimalString | null;
    /** 完成年计划, percent. */
    completionRate: DecimalString | null;
    /** (planned-to-date − completed-to-date) ÷ plan, percentage points, two decimals (negative: ahead). */
    lag: DecimalString | null;
    plannedStartOn: DateString | null;
    startedOn: DateString | null;
    /** Months since the end of the planned start month without a start (0 = that month itself); null when not judged on its start. */
    monthsStartDelayed: number | null;
    /** Pre-construction milestones overdue at the month end, with the months they are overdue. */
    overdueMilestones: { name: string; dueOn: DateString; monthsOverdue: number }[];
    yellowLag: DecimalString;
    redLag: DecimalString;
    startDelayRedMonths: number;
  };
}

const SEVERITY: Record<Light, number> = { [Light.NOT_DUE]: -1, [Light.GREEN]: 0, [Light.YELLOW]: 1, [Light.RED]: 2 };

/** The worse of two lights; NOT_DUE is better than any colour. */
export function worseLight(a: Light, b: Light): Light {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}

function requireMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month must be an integer from 1 to 12, got ${month}`);
}

/** Months since year 0 of the month a 'YYYY-MM-DD' date falls in. */
function monthIndexOf(date: DateString, field: string): number {
  if (!isDateString(date)) throw new RangeError(`${field} must be a date YYYY-MM-DD, got "${date}"`);
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
}

/** The last day of a month, 'YYYY-MM-DD'. */
export function monthEnd(year: number, month: number): DateString {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The lag in percentage points, exact (for the decision) and shown to two decimals; null without a plan. */
function lagOf(plannedToDate: DecimalString, completedToDate: DecimalString, plan: DecimalString | null): Decimal | null {
  if (plan === null || new Decimal(plan).lessThanOrEqualTo(0)) return null;
  return new Decimal(plannedToDate).minus(completedToDate).times(100).dividedBy(plan);
}

/** The progress light of a lag: GREEN below `yellowLag` (ahead of plan included), YELLOW below `redLag`, else RED. */
function progressLight(lag: Decimal | null, thresholds: LightThresholds): [Light, LightRule] {
  if (lag === null) return [Light.GREEN, LightRule.NO_ANNUAL_PLAN];
  if (lag.greaterThanOrEqualTo(thresholds.redLag)) return [Light.RED, LightRule.LAG_RED];
  if (lag.greaterThanOrEqualTo(thresholds.yellowLag)) return [Light.YELLOW, LightRule.LAG_YELLOW];
  return [Light.GREEN, LightRule.ON_SCHEDULE];
}

/**
 * The warning light of one listing at one month end (红黄绿灯), as the year's list defines it:
 *
 * - PREPARATORY: GREEN while no pre-construction milestone is overdue at the month end, YELLOW when
 *   one is, RED when one has been overdue `startDelayRedMonths` months (counted from its due month).
 * - NEW and not started by the month end: NOT_DUE until its planned start month is over; then the
 *   start light, YELLOW, and RED `startDelayRedMonths` months after the planned start month — or the
 *   progress light if that is worse (a plan phased before the start that is already behind).
 * - Started (or CONTINUING): the progress light, lag = (planned-to-date − completed-to-date) ÷ plan
 *   in percentage points against `yellowLag` and `redLag`. Ahead of plan is GREEN.
 *
 * No "two yellows make red": persistence is the escalation ladder's business.
 */
export function computeLight(input: LightInput, thresholds: LightThresholds = DEFAULT_LIGHT_THRESHOLDS): LightResult {
  requireMonth(input.month);
  const judged = input.year * 12 + input.month;
  const end = monthEnd(input.year, input.month);
  const lag = lagOf(input.plannedToDate, input.completedToDate, input.plannedInvestment);
  const started = input.startedOn !== null && input.startedOn <= end;
  const overdueMilestones =
    input.constructionType === 'PREPARATORY'
      ? input.milestones
          .filter((milestone) => milestone.dueOn <= end && (milestone.metOn === null || milestone.metOn > end))
          .map((milestone) => ({ name: milestone.name, dueOn: milestone.dueOn, monthsOverdue: judged - monthIndexOf(milestone.dueOn, 'dueOn') }))
      : [];
  const monthsStartDelayed =
    input.constructionType === 'NEW' && !started && input.plannedStartOn !== null ? judged - monthIndexOf(input.plannedStartOn, 'plannedStartOn') : null;

  let light: Light;
  let kind: LightKind;
  let rule: LightRule;
  if (input.constructionType === 'PREPARATORY') {
    kind = LightKind.PRELIMINARY;
    const longest = Math.max(-1, ...overdueMilestones.map((milestone) => milestone.monthsOverdue));
    if (overdueMilestones.length === 0) [light, rule] = [Light.GREEN, LightRule.PRELIMINARY_ON_TRACK];
    else if (longest >= thresholds.startDelayRedMonths) [light, rule] = [Light.RED, LightRule.PRELIMINARY_OVERDUE_LONG];
    else [light, rule] = [Light.YELLOW, LightRule.PRELIMINARY_OVERDUE];
  } else if (input.constructionType === 'NEW' && !started) {
    kind = LightKind.START;
    if (monthsStartDelayed === null) [light, rule] = [Light.NOT_DUE, LightRule.NO_PLANNED_START];
    else if (monthsStartDelayed < 0) [light, rule] = [Light.NOT_DUE, LightRule.NOT_DUE_TO_START];
    else {
      // The planned start month is over (its month end is the one judged, or earlier).
      [light, rule] = monthsStartDelayed >= thresholds.startDelayRedMonths ? [Light.RED, LightRule.START_DELAYED_LONG] : [Light.YELLOW, LightRule.START_DELAYED];
      const [progress, progressRule] = progressLight(lag, thresholds);
      if (SEVERITY[progress] > SEVERITY[light]) [light, kind, rule] = [progress, LightKind.PROGRESS, progressRule];
    }
  } else {
    kind = LightKind.PROGRESS;
    [light, rule] = progressLight(lag, thresholds);
  }

  const plan = input.plannedInvestment;
  return {
    light,
    kind,
    rule,
    inputs: {
      plannedInvestment: plan,
      plannedToDate: new Decimal(input.plannedToDate).toFixed(2),
      completedToDate: new Decimal(input.completedToDate).toFixed(2),
      timeProgress: timeProgressOf(input.plannedToDate, plan),
      completionRate: plan === null || new Decimal(plan).lessThanOrEqualTo(0) ? null : new Decimal(input.completedToDate).times(100).dividedBy(plan).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
      lag: lag === null ? null : lag.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
      plannedStartOn: input.plannedStartOn,
      startedOn: input.startedOn,
      monthsStartDelayed,
      overdueMilestones,
      yellowLag: new Decimal(thresholds.yellowLag).toFixed(2),
      redLag: new Decimal(thresholds.redLag).toFixed(2),
      startDelayRedMonths: thresholds.startDelayRedMonths,
    },
  };
}

/** What an open month still needs (预警): the amounts that would make its light GREEN, or not RED, at close. */
export interface Outlook {
  plannedToDate: DecimalString;
  completedToDate: DecimalString;
  /** More completed investment needed by the month end for a GREEN progress light ("0.00" when it already is). */
  neededForGreen: DecimalString;
  /** More needed to avoid RED ("0.00" when it already avoids it). */
  neededToAvoidRed: DecimalString;
}

/** The least completed-to-date whose lag is below `threshold` points: strictly more than planned − plan × threshold ÷ 100, to the fen. */
function leastCompletedBelow(plannedToDate: DecimalString, plan: DecimalString, threshold: DecimalString): Decimal {
  const bound = new Decimal(plannedToDate).minus(new Decimal(plan).times(threshold).dividedBy(100));
  return bound.toDecimalPlaces(2, Decimal.ROUND_FLOOR).plus('0.01');
}

/**
 * The early warning of an open month for a project judged on its progress: how much more it must
 * complete by the month end for GREEN and to avoid RED, with the same arithmetic as `computeLight`
 * (reporting exactly `neededForGreen` more makes the light GREEN at close).
 */
export function outlookOf(input: Pick<LightInput, 'plannedInvestment' | 'plannedToDate' | 'completedToDate'>, thresholds: LightThresholds = DEFAULT_LIGHT_THRESHOLDS): Outlook {
  const completed = new Decimal(input.completedToDate);
  const needed = (threshold: DecimalString): string => {
    const plan = input.plannedInvestment;
    if (plan === null || new Decimal(plan).lessThanOrEqualTo(0)) return '0.00';
    return Decimal.max(0, leastCompletedBelow(input.plannedToDate, plan, threshold).minus(completed)).toFixed(2);
  };
  return {
    plannedToDate: new Decimal(input.plannedToDate).toFixed(2),
    completedToDate: completed.toFixed(2),
    neededForGreen: needed(thresholds.yellowLag),
    neededToAvoidRed: needed(thresholds.redLag),
  };
}
