import { describe, expect, it } from 'vitest';
import { canonicalDecimal, completionRate, investmentBandOf, requireDecimal, sumDecimals, InvestmentBand } from '../../src/shared/money.js';
import { BadUserInputError } from '../../src/shared/errors.js';

describe('money is exact decimal text with two decimals', () => {
  it.each([
    ['0', '0.00'],
    ['7', '7.00'],
    ['1000.5', '1000.50'],
    ['073400.00', '73400.00'],
    ['-0.00', '0.00'],
    ['-12.3', '-12.30'],
    [' 5.10 ', '5.10'],
    ['999999999999.99', '999999999999.99'],
  ])('canonicalDecimal(%j) is %j', (input, expected) => {
    expect(canonicalDecimal(input)).toBe(expected);
  });

  it.each(['1.234', 'NaN', 'Infinity', '1e5', '', '.5', '5.', '1,000.00', '0x10', '1000000000000.00', '--1', '+1'])(
    'canonicalDecimal rejects %j',
    (input) => {
      expect(canonicalDecimal(input)).toBeUndefined();
    },
  );

  it('requireDecimal names the field and enforces bounds', () => {
    expect(requireDecimal('100', 'physicalProgress', { max: '100' })).toBe('100.00');
    expect(() => requireDecimal('100.01', 'physicalProgress', { max: '100' })).toThrow(/physicalProgress must be at most 100/);
    expect(() => requireDecimal('-0.01', 'completedInvestment')).toThrow(BadUserInputError);
    try {
      requireDecimal('1.234', 'completedInvestment');
    } catch (error) {
      expect((error as BadUserInputError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'completedInvestment' });
    }
  });

  it('sums without floating-point drift', () => {
    expect(sumDecimals(['0.10', '0.20'])).toBe('0.30');
    expect(sumDecimals(Array.from({ length: 1000 }, () => '0.01'))).toBe('10.00');
    expect(sumDecimals([])).toBe('0.00');
  });
});

describe('completion rate is a percent rounded half up to two decimals', () => {
  it.each([
    ['73400.00', '398000.00', '18.44'],
    ['74400.00', '398000.00', '18.69'],
    ['1.00', '8.00', '12.50'],
    ['1.00', '3.00', '33.33'],
    ['2.00', '3.00', '66.67'],
    ['0.01', '200.00', '0.01'], // 0.005 rounds half up
    ['0.01', '200.01', '0.00'],
    ['100.00', '100.00', '100.00'],
    ['150.00', '100.00', '150.00'],
    ['0.00', '100.00', '0.00'],
  ])('%s of %s is %s%%', (completed, planned, rate) => {
    expect(completionRate(completed, planned)).toBe(rate);
  });

  it('is null without a positive plan', () => {
    expect(completionRate('10.00', null)).toBeNull();
    expect(completionRate('10.00', undefined)).toBeNull();
    expect(completionRate('10.00', '0.00')).toBeNull();
  });
});

describe('investment bands by total investment in 万元, lower bound inclusive', () => {
  it.each([
    ['0.00', InvestmentBand.UNDER_100M],
    ['9999.99', InvestmentBand.UNDER_100M],
    ['10000.00', InvestmentBand.FROM_100M_TO_500M],
    ['49999.99', InvestmentBand.FROM_100M_TO_500M],
    ['50000.00', InvestmentBand.FROM_500M_TO_1B],
    ['99999.99', InvestmentBand.FROM_500M_TO_1B],
    ['100000.00', InvestmentBand.OVER_1B],
    ['200000.00', InvestmentBand.OVER_1B],
  ])('%s 万元 is %s', (total, band) => {
    expect(investmentBandOf(total)).toBe(band);
  });
});
