import { Decimal } from 'decimal.js';
import { BadUserInputError } from './errors.js';

/** numeric(14,2): at most 12 integer digits and 2 decimals. */
const DECIMAL_PATTERN = /^(-?)(\d{1,12})(?:\.(\d{1,2}))?$/;

/** A exact decimal, as strings are exchanged with PostgreSQL and clients ("73400.00"). */
export type DecimalString = string;

/**
 * Parses an exact decimal with at most two decimals and returns it in canonical form ("12.50").
 * Returns undefined when the text is not such a decimal (NaN, exponent, 3 decimals, too large).
 */
export function canonicalDecimal(text: string): DecimalString | undefined {
  const match = DECIMAL_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const [, sign, whole, fraction = ''] = match;
  const canonicalWhole = whole.replace(/^0+(?=\d)/, '');
  const value = `${canonicalWhole}.${fraction.padEnd(2, '0')}`;
  return sign && /[1-9]/.test(value) ? `-${value}` : value;
}

/**
 * Validates a decimal input field: exact, at most two decimals, within [min, max].
 * Throws `BadUserInputError` naming the field.
 */
export function requireDecimal(
  value: string,
  field: string,
  { min = '0', max }: { min?: string; max?: string } = {},
): DecimalString {
  const canonical = canonicalDecimal(value);
  if (canonical === undefined) {
    throw new BadUserInputError(`${field} must be a decimal with at most 2 decimals, got "${value}"`, field);
  }
  const decimal = new Decimal(canonical);
  if (decimal.lessThan(min)) throw new BadUserInputError(`${field} must be at least ${min}, got ${canonical}`, field);
  if (max !== undefined && decimal.greaterThan(max)) {
    throw new BadUserInputError(`${field} must be at most ${max}, got ${canonical}`, field);
  }
  return canonical;
}

/** Sums decimal strings exactly. */
export function sumDecimals(values: Iterable<DecimalString>): DecimalString {
  let total = new Decimal(0);
  for (const value of values) total = total.plus(value);
  return total.toFixed(2);
}

/**
 * Completion rate in percent, two decimals rounded half up ("18.44"); null when nothing is planned.
 */
export function completionRate(completed: DecimalString, planned: DecimalString | null | undefined): DecimalString | null {
  if (planned === null || planned === undefined) return null;
  const plan = new Decimal(planned);
  if (plan.lessThanOrEqualTo(0)) return null;
  return new Decimal(completed).times(100).dividedBy(plan).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** 投资档次 by total investment in 万元 (1亿 = 10000万元); lower bounds inclusive. */
export enum InvestmentBand {
  UNDER_100M = 'UNDER_100M',
  FROM_100M_TO_500M = 'FROM_100M_TO_500M',
  FROM_500M_TO_1B = 'FROM_500M_TO_1B',
  OVER_1B = 'OVER_1B',
}

/** Lower (inclusive) and upper (exclusive) bounds of each band in 万元; null = unbounded. */
export const INVESTMENT_BAND_BOUNDS: Record<InvestmentBand, { min: string | null; max: string | null }> = {
  [InvestmentBand.UNDER_100M]: { min: null, max: '10000' },
  [InvestmentBand.FROM_100M_TO_500M]: { min: '10000', max: '50000' },
  [InvestmentBand.FROM_500M_TO_1B]: { min: '50000', max: '100000' },
  [InvestmentBand.OVER_1B]: { min: '100000', max: null },
};

/** The band a total investment (万元) falls in. */
export function investmentBandOf(totalInvestment: DecimalString): InvestmentBand {
  const total = new Decimal(totalInvestment);
  for (const [band, { min, max }] of Object.entries(INVESTMENT_BAND_BOUNDS) as [InvestmentBand, { min: string | null; max: string | null }][]) {
    if ((min === null || total.greaterThanOrEqualTo(min)) && (max === null || total.lessThan(max))) return band;
  }
  throw new Error(`no band for ${totalInvestment}`);
}
