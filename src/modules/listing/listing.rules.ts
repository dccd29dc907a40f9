import { Decimal } from 'decimal.js';
import type { DateString } from '../../shared/dates.js';
import type { DecimalString } from '../../shared/money.js';

/** How a listing's annual plan is spread over the year (分月/分季计划). */
export enum PhasingKind {
  /** None entered: spread evenly from the planned start month (NEW) or January to December. */
  DEFAULT = 'DEFAULT',
  /** Twelve monthly amounts entered (分月). */
  MONTHLY = 'MONTHLY',
  /** Four quarterly amounts entered (分季), each spread evenly over its three months. */
  QUARTERLY = 'QUARTERLY',
}

/** What a listing's phasing depends on. */
export interface PhasingInput {
  year: number;
  constructionType: 'NEW' | 'CONTINUING' | 'PREPARATORY';
  /** The annual plan, 万元. */
  plannedInvestment: DecimalString;
  plannedStartOn: DateString | null;
  kind: PhasingKind;
  /** 12 monthly or 4 quarterly amounts as entered; ignored for DEFAULT. */
  amounts: readonly DecimalString[] | null;
}

const FEN = 100;

function toFen(amount: DecimalString): bigint {
  return BigInt(new Decimal(amount).times(FEN).toFixed(0));
}

function fromFen(fen: bigint): DecimalString {
  const negative = fen < 0n;
  const digits = (negative ? -fen : fen).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * `total` split into `parts` amounts that sum to it exactly, each running total being the exact
 * proportional share rounded half up to the fen (so 52000.00 over twelve months is 13000.00 at the
 * end of March, never 13000.02).
 */
export function evenSplit(total: DecimalString, parts: number): DecimalString[] {
  if (parts <= 0) return [];
  const fen = toFen(total);
  const runningTotal = (index: number): bigint => (fen * BigInt(2 * index) + BigInt(parts)) / BigInt(2 * parts);
  return Array.from({ length: parts }, (_, index) => fromFen(runningTotal(index + 1) - runningTotal(index)));
}

/** The first month (1–12) the default phasing spreads over, or 13 when the plan falls entirely after this year. */
export function defaultFirstMonth(input: Pick<PhasingInput, 'year' | 'constructionType' | 'plannedStartOn'>): number {
  if (input.constructionType !== 'NEW' || !input.plannedStartOn) return 1;
  const startYear = Number(input.plannedStartOn.slice(0, 4));
  if (startYear < input.year) return 1;
  if (startYear > input.year) return 13;
  return Number(input.plannedStartOn.slice(5, 7));
}

/**
 * The twelve monthly amounts of a listing's plan. PREPARATORY listings have no investment phasing
 * (all zero: they are judged on their pre-construction milestones). Entered phasing is taken as is
 * (quarters spread evenly over their months); the default spreads the plan evenly from the planned
 * start month (NEW) or January to December, to the fen.
 */
export function monthlyPhasing(input: PhasingInput): DecimalString[] {
  if (input.constructionType === 'PREPARATORY') return Array.from({ length: 12 }, () => '0.00');
  if (input.kind === PhasingKind.MONTHLY && input.amounts) return input.amounts.map((amount) => new Decimal(amount).toFixed(2));
  if (input.kind === PhasingKind.QUARTERLY && input.amounts) return input.amounts.flatMap((amount) => evenSplit(amount, 3));
  const first = defaultFirstMonth(input);
  if (first > 12) return Array.from({ length: 12 }, () => '0.00');
  const spread = evenSplit(input.plannedInvestment, 13 - first);
  return Array.from({ length: 12 }, (_, index) => (index + 1 < first ? '0.00' : spread[index + 1 - first]));
}

/** A listing as the SQL reads it (snake_case columns): what its phasing is computed from. */
export interface PhasingRow {
  construction_type: PhasingInput['constructionType'];
  planned_investment: DecimalString;
  planned_start_on: DateString | null;
  phasing_kind: PhasingKind | null;
  phasing: readonly DecimalString[] | null;
}

/** The twelve monthly amounts of a listing row of `year` (`monthlyPhasing`). */
export function phasingOfRow(row: PhasingRow, year: number): DecimalString[] {
  return monthlyPhasing({
    year,
    constructionType: row.construction_type,
    plannedInvestment: row.planned_investment,
    plannedStartOn: row.planned_start_on,
    kind: row.phasing_kind ?? PhasingKind.DEFAULT,
    amounts: row.phasing,
  });
}

/** The planned-to-date amount at the end of `month`: the phasing summed to that month, 万元. */
export function plannedToDate(monthly: readonly DecimalString[], month: number): DecimalString {
  let total = new Decimal(0);
  for (let index = 0; index < month && index < monthly.length; index++) total = total.plus(monthly[index]);
  return total.toFixed(2);
}

/**
 * A project's 序时进度 at a month end: planned-to-date ÷ annual plan, percent with two decimals
 * rounded half up; null without a plan.
 */
export function timeProgressOf(plannedToDateAmount: DecimalString, plannedInvestment: DecimalString | null): DecimalString | null {
  if (plannedInvestment === null || new Decimal(plannedInvestment).lessThanOrEqualTo(0)) return null;
  return new Decimal(plannedToDateAmount).times(100).dividedBy(plannedInvestment).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** The district-wide reference line printed on reports: month ÷ 12, percent ("25.00" at March). */
export function referenceTimeProgress(month: number): DecimalString {
  return new Decimal(month).times(100).dividedBy(12).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** Why entered phasing was refused, for the caller to report against the field. */
export class PhasingError extends Error {}

/**
 * Checks entered amounts: 12 for MONTHLY, 4 for QUARTERLY, none negative, summing exactly to the
 * annual plan. Throws PhasingError saying what is wrong.
 */
export function checkPhasing(kind: PhasingKind, amounts: readonly DecimalString[], plannedInvestment: DecimalString): void {
  if (kind === PhasingKind.DEFAULT) {
    if (amounts.length) throw new PhasingError('DEFAULT phasing takes no amounts');
    return;
  }
  const expected = kind === PhasingKind.MONTHLY ? 12 : 4;
  if (amounts.length !== expected) throw new PhasingError(`${kind} phasing needs ${expected} amounts, got ${amounts.length}`);
  if (amounts.some((amount) => new Decimal(amount).isNegative())) throw new PhasingError('phasing amounts must not be negative');
  const total = amounts.reduce((sum, amount) => sum.plus(amount), new Decimal(0));
  if (!total.equals(plannedInvestment)) {
    throw new PhasingError(`the phasing sums to ${total.toFixed(2)} but the annual plan is ${new Decimal(plannedInvestment).toFixed(2)}; they must be equal`);
  }
}
