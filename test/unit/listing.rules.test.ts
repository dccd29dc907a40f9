import { describe, expect, it } from 'vitest';
import { checkPhasing, evenSplit, monthlyPhasing, PhasingError, PhasingKind, plannedToDate, referenceTimeProgress, timeProgressOf, type PhasingInput } from '../../src/modules/listing/listing.rules.js';

const continuing = (plannedInvestment: string): PhasingInput => ({ year: 2026, constructionType: 'CONTINUING', plannedInvestment, plannedStartOn: null, kind: PhasingKind.DEFAULT, amounts: null });

describe('an amount split evenly to the fen', () => {
  it.each([
    ['1200.00 in 12', '1200.00', 12, Array(12).fill('100.00')],
    ['100.00 in 3: each running total is the proportional share rounded to the fen', '100.00', 3, ['33.33', '33.34', '33.33']],
    ['0.05 in 3', '0.05', 3, ['0.02', '0.01', '0.02']],
    ['52000.00 in 12: 13000.00 by March', '52000.00', 12, ['4333.33', '4333.34', '4333.33', '4333.33', '4333.34', '4333.33', '4333.33', '4333.34', '4333.33', '4333.33', '4333.34', '4333.33']],
    ['0.00 in 4', '0.00', 4, ['0.00', '0.00', '0.00', '0.00']],
    ['none', '5.00', 0, []],
  ])('%s', (_sentence, total, parts, expected) => {
    const split = evenSplit(total, parts);
    expect(split).toEqual(expected);
  });
});

describe('the default phasing spreads the plan evenly from the planned start month (NEW) or January to December', () => {
  it.each([
    ['CONTINUING: January to December', continuing('52000.00'), 3, '13000.00'],
    ['NEW planned in March: ten months from March, nothing before', { ...continuing('26000.00'), constructionType: 'NEW', plannedStartOn: '2026-03-01' } as PhasingInput, 2, '0.00'],
    ['NEW planned in March, at the end of March', { ...continuing('26000.00'), constructionType: 'NEW', plannedStartOn: '2026-03-31' } as PhasingInput, 3, '2600.00'],
    ['NEW planned in June, at the end of May: nothing due yet', { ...continuing('5000.00'), constructionType: 'NEW', plannedStartOn: '2026-06-01' } as PhasingInput, 5, '0.00'],
    ['NEW planned in June, by December the whole plan', { ...continuing('5000.00'), constructionType: 'NEW', plannedStartOn: '2026-06-01' } as PhasingInput, 12, '5000.00'],
    ['NEW planned last year: from January', { ...continuing('1200.00'), constructionType: 'NEW', plannedStartOn: '2025-10-01' } as PhasingInput, 1, '100.00'],
    ['NEW planned next year: nothing this year', { ...continuing('1200.00'), constructionType: 'NEW', plannedStartOn: '2027-03-01' } as PhasingInput, 12, '0.00'],
    ['PREPARATORY: no investment phasing', { ...continuing('1000.00'), constructionType: 'PREPARATORY' } as PhasingInput, 12, '0.00'],
    ['a plan that does not divide: December holds the whole plan to the fen', continuing('1000.01'), 12, '1000.01'],
  ])('%s', (_sentence, input, month, expected) => {
    const monthly = monthlyPhasing(input);
    expect(monthly).toHaveLength(12);
    expect(plannedToDate(monthly, month)).toBe(expected);
  });
});

describe('entered phasing', () => {
  it('monthly amounts are taken as they are', () => {
    const amounts = ['0.00', '0.00', '500.00', '500.00', '1000.00', '1000.00', '1000.00', '1000.00', '1000.00', '1000.00', '1000.00', '1000.00'];
    const monthly = monthlyPhasing({ ...continuing('9000.00'), kind: PhasingKind.MONTHLY, amounts });
    expect(plannedToDate(monthly, 3)).toBe('500.00');
    expect(plannedToDate(monthly, 12)).toBe('9000.00');
  });

  it('quarterly amounts spread evenly over their three months', () => {
    const monthly = monthlyPhasing({ ...continuing('1000.00'), kind: PhasingKind.QUARTERLY, amounts: ['100.00', '200.00', '300.00', '400.00'] });
    expect(monthly.slice(0, 3)).toEqual(['33.33', '33.34', '33.33']);
    expect(plannedToDate(monthly, 3)).toBe('100.00');
    expect(plannedToDate(monthly, 4)).toBe('166.67');
    expect(plannedToDate(monthly, 12)).toBe('1000.00');
  });

  it.each([
    ['11 monthly amounts', PhasingKind.MONTHLY, Array(11).fill('100.00'), '1100.00', /needs 12 amounts/],
    ['5 quarterly amounts', PhasingKind.QUARTERLY, Array(5).fill('1.00'), '5.00', /needs 4 amounts/],
    ['a sum one fen short of the plan', PhasingKind.QUARTERLY, ['250.00', '250.00', '250.00', '249.99'], '1000.00', /sums to 999.99 but the annual plan is 1000.00/],
    ['a negative month', PhasingKind.MONTHLY, ['-1.00', ...Array(11).fill('1.00')], '10.00', /must not be negative/],
    ['amounts with the default', PhasingKind.DEFAULT, ['1.00'], '1.00', /takes no amounts/],
  ])('refuses %s', (_sentence, kind, amounts, plan, message) => {
    expect(() => checkPhasing(kind, amounts, plan)).toThrow(PhasingError);
    expect(() => checkPhasing(kind, amounts, plan)).toThrow(message);
  });

  it('accepts amounts that sum exactly to the plan', () => {
    expect(() => checkPhasing(PhasingKind.QUARTERLY, ['250.00', '250.00', '250.00', '250.00'], '1000.00')).not.toThrow();
  });
});

describe('序时进度', () => {
  it('is planned-to-date over the plan, two decimals rounded half up; the reference line is month ÷ 12', () => {
    expect(timeProgressOf('13000.00', '52000.00')).toBe('25.00');
    expect(timeProgressOf('1.00', '3.00')).toBe('33.33');
    expect(timeProgressOf('2.00', '3.00')).toBe('66.67');
    expect(timeProgressOf('0.00', '0.00')).toBeNull();
    expect(timeProgressOf('0.00', null)).toBeNull();
    expect(referenceTimeProgress(3)).toBe('25.00');
    expect(referenceTimeProgress(2)).toBe('16.67');
  });
});
