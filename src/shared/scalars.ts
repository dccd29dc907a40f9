import { GraphQLScalarType, Kind } from 'graphql';
import { ScalarInputError } from './errors.js';
import { canonicalDecimal, type DecimalString } from './money.js';
import { isDateString, type DateString } from './dates.js';

function decimalFrom(value: unknown): DecimalString {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  const canonical = typeof text === 'string' ? canonicalDecimal(text) : undefined;
  if (canonical === undefined) {
    throw new ScalarInputError(
      `Decimal must be an exact number with at most 2 decimals and 12 integer digits, given as a string such as "1000.00"; got ${JSON.stringify(value)}`,
    );
  }
  return canonical;
}

/** Exact decimal (money in 万元, percents), serialised as a string with two decimals. */
export const DecimalScalar = new GraphQLScalarType<DecimalString, string>({
  name: 'Decimal',
  description:
    'Exact decimal serialised as a string with two decimals, e.g. "73400.00". Money is in 万元 (ten thousand yuan); rates are percents. 精确小数(金额单位:万元)。',
  serialize(value) {
    if (typeof value === 'string' || typeof value === 'number') return decimalFrom(value);
    throw new TypeError(`Decimal cannot represent ${typeof value}`);
  },
  parseValue: decimalFrom,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return decimalFrom(ast.value);
    throw new ScalarInputError('Decimal must be a string such as "1000.00"');
  },
});

function dateFrom(value: unknown): DateString {
  if (typeof value === 'string' && isDateString(value)) return value;
  throw new ScalarInputError(`Date must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
}

/** Calendar date without time or zone, "2026-03-31". */
export const DateScalar = new GraphQLScalarType<DateString, string>({
  name: 'Date',
  description: 'Calendar date YYYY-MM-DD without time zone, e.g. "2026-03-31". 日期。',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return dateFrom(value);
  },
  parseValue: dateFrom,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING) return dateFrom(ast.value);
    throw new ScalarInputError('Date must be a string YYYY-MM-DD');
  },
});
