import { describe, expect, it } from 'vitest';
import {
  computeLight,
  computeLightHistory,
  DEFAULT_LIGHT_THRESHOLDS,
  Light,
  LightRule,
  timeProgress,
  type LightInput,
} from '../../src/modules/light/light.rules.js';

const { GREEN, YELLOW, RED } = Light;

/** A CONTINUING project judged at the end of March 2026 with a plan of 100.00 万元, on schedule. */
function input(overrides: Partial<LightInput> = {}): LightInput {
  return {
    year: 2026,
    month: 3,
    constructionType: 'CONTINUING',
    plannedStartOn: null,
    startedOn: null,
    plannedInvestment: '100.00',
    completedToDate: '25.00',
    previousOwnLight: null,
    ...overrides,
  };
}

describe('序时进度 is the share of the year elapsed, rounded half up', () => {
  it.each([
    [1, '8.33'],
    [2, '16.67'],
    [3, '25.00'],
    [4, '33.33'],
    [5, '41.67'],
    [6, '50.00'],
    [7, '58.33'],
    [8, '66.67'],
    [9, '75.00'],
    [10, '83.33'],
    [11, '91.67'],
    [12, '100.00'],
  ])('at the end of month %i it is %s%%', (month, expected) => {
    expect(timeProgress(month)).toBe(expected);
  });

  it.each([0, 13, 1.5, Number.NaN])('month %s is rejected', (month) => {
    expect(() => timeProgress(month)).toThrow(RangeError);
  });
});

describe('the lag light compares completion with time progress, boundaries exact', () => {
  it.each([
    ['a lag of 9.99 points is GREEN', { month: 3, completedToDate: '15.01' }, '15.01', '9.99', GREEN, LightRule.ON_SCHEDULE],
    ['a lag of exactly 10.00 points is YELLOW', { month: 3, completedToDate: '15.00' }, '15.00', '10.00', YELLOW, LightRule.LAG_YELLOW],
    ['a lag of 29.99 points is YELLOW', { month: 6, completedToDate: '20.01' }, '20.01', '29.99', YELLOW, LightRule.LAG_YELLOW],
    ['a lag of exactly 30.00 points is RED', { month: 6, completedToDate: '20.00' }, '20.00', '30.00', RED, LightRule.LAG_RED],
    ['nothing completed at year end is RED', { month: 12, completedToDate: '0.00' }, '0.00', '100.00', RED, LightRule.LAG_RED],
    ['a project exactly on schedule has lag 0.00 and is GREEN', { month: 3, completedToDate: '25.00' }, '25.00', '0.00', GREEN, LightRule.ON_SCHEDULE],
    ['a project ahead of schedule has a negative lag and is GREEN', { month: 3, completedToDate: '40.00' }, '40.00', '-15.00', GREEN, LightRule.ON_SCHEDULE],
    ['the seed figures 73400 of 398000 in March (18.44%) lag 6.56 points', { month: 3, plannedInvestment: '398000.00', completedToDate: '73400.00' }, '18.44', '6.56', GREEN, LightRule.ON_SCHEDULE],
    ['the lag uses the rounded rates: January 1 of 12 is 8.33% against 8.33%', { month: 1, plannedInvestment: '12.00', completedToDate: '1.00' }, '8.33', '0.00', GREEN, LightRule.ON_SCHEDULE],
  ] as const)('%s', (_name, overrides, rate, lag, light, rule) => {
    const result = computeLight(input(overrides));
    expect(result).toMatchObject({ light, ownLight: light, rule });
    expect(result.inputs).toMatchObject({ completionRate: rate, lag });
  });

  it.each([
    ['without an annual plan', null],
    ['with an annual plan of 0', '0.00'],
  ])('a project %s is GREEN with nothing to lag against', (_name, plannedInvestment) => {
    const result = computeLight(input({ month: 12, plannedInvestment, completedToDate: '50.00' }));
    expect(result).toMatchObject({ light: GREEN, ownLight: GREEN, rule: LightRule.NO_ANNUAL_PLAN });
    expect(result.inputs).toMatchObject({ timeProgress: '100.00', completionRate: null, lag: null });
  });

  it('reports every input the rule looked at', () => {
    expect(computeLight(input({ completedToDate: '15.00', previousOwnLight: GREEN }))).toEqual({
      light: YELLOW,
      ownLight: YELLOW,
      rule: LightRule.LAG_YELLOW,
      inputs: {
        timeProgress: '25.00',
        completionRate: '15.00',
        lag: '10.00',
        monthsStartDelayed: null,
        previousOwnLight: GREEN,
        yellowLag: '10.00',
        redLag: '30.00',
      },
    });
  });

  it('uses the thresholds of the scheme when given', () => {
    const thresholds = { yellowLag: '5', redLag: '20.5', startDelayRedMonths: 1 };
    expect(computeLight(input({ completedToDate: '20.01' }), thresholds)).toMatchObject({ light: GREEN, rule: LightRule.ON_SCHEDULE });
    expect(computeLight(input({ completedToDate: '20.00' }), thresholds)).toMatchObject({ light: YELLOW, rule: LightRule.LAG_YELLOW });
    expect(computeLight(input({ completedToDate: '4.50' }), thresholds)).toMatchObject({ light: RED, rule: LightRule.LAG_RED });
    expect(computeLight(input({ completedToDate: '4.50' }), thresholds).inputs).toMatchObject({ yellowLag: '5.00', redLag: '20.50' });
    expect(DEFAULT_LIGHT_THRESHOLDS).toEqual({ yellowLag: '10.00', redLag: '30.00', startDelayRedMonths: 3 });
  });
});

describe('a NEW project not started by its planned start month is YELLOW, and RED three months later', () => {
  const onSchedule = { constructionType: 'NEW', plannedStartOn: '2026-03-15', startedOn: null, completedToDate: '100.00' } as const;

  it.each([
    ['judged the month before its planned start month, it is not delayed', { ...onSchedule, month: 2 }, -1, GREEN, LightRule.ON_SCHEDULE],
    ['not started at the end of its planned start month (0 months), it is YELLOW', { ...onSchedule, month: 3 }, 0, YELLOW, LightRule.START_DELAYED],
    ['not started 1 month after its planned start month, it is YELLOW', { ...onSchedule, month: 4 }, 1, YELLOW, LightRule.START_DELAYED],
    ['not started 2 months after its planned start month, it is YELLOW', { ...onSchedule, month: 5 }, 2, YELLOW, LightRule.START_DELAYED],
    ['not started 3 months after its planned start month, it is RED', { ...onSchedule, month: 6 }, 3, RED, LightRule.START_DELAYED_LONG],
    ['not started 9 months after its planned start month, it is RED', { ...onSchedule, month: 12 }, 9, RED, LightRule.START_DELAYED_LONG],
    ['planned to start in November of the year before, by February it is RED', { ...onSchedule, plannedStartOn: '2025-11-05', month: 2 }, 3, RED, LightRule.START_DELAYED_LONG],
    ['started after its planned start month but before the judged month end, it is not delayed', { ...onSchedule, plannedStartOn: '2026-02-10', startedOn: '2026-03-20', month: 3 }, null, GREEN, LightRule.ON_SCHEDULE],
    ['started on the last day of the judged month, it is not delayed', { ...onSchedule, plannedStartOn: '2026-01-10', startedOn: '2026-03-31', month: 3 }, null, GREEN, LightRule.ON_SCHEDULE],
    ['started only after the judged month end, it was still delayed at that month end', { ...onSchedule, plannedStartOn: '2026-02-10', startedOn: '2026-04-01', month: 3 }, 1, YELLOW, LightRule.START_DELAYED],
    ['without a planned start date, only the lag counts', { ...onSchedule, plannedStartOn: null, month: 12 }, null, GREEN, LightRule.ON_SCHEDULE],
  ] as const)('%s', (_name, overrides, monthsStartDelayed, light, rule) => {
    const result = computeLight(input(overrides));
    expect(result).toMatchObject({ light, ownLight: light, rule });
    expect(result.inputs.monthsStartDelayed).toBe(monthsStartDelayed);
  });

  it.each(['CONTINUING', 'PREPARATORY'] as const)('a %s project is never held to its planned start', (constructionType) => {
    const result = computeLight(input({ constructionType, plannedStartOn: '2025-01-01', startedOn: null, month: 12, completedToDate: '100.00' }));
    expect(result).toMatchObject({ light: GREEN, rule: LightRule.ON_SCHEDULE });
    expect(result.inputs.monthsStartDelayed).toBeNull();
  });

  it.each([
    ['a YELLOW lag and a YELLOW start delay report the start delay', { month: 4, completedToDate: '20.00' }, YELLOW, LightRule.START_DELAYED],
    ['a RED lag and a RED start delay report the start delay', { month: 6, completedToDate: '0.00' }, RED, LightRule.START_DELAYED_LONG],
    ['a RED lag outweighs a YELLOW start delay', { month: 5, completedToDate: '0.00' }, RED, LightRule.LAG_RED],
    ['a RED start delay outweighs a YELLOW lag', { month: 6, completedToDate: '30.00' }, RED, LightRule.START_DELAYED_LONG],
    ['a YELLOW start delay outweighs a GREEN lag', { month: 4, completedToDate: '40.00' }, YELLOW, LightRule.START_DELAYED],
    ['a start delay outweighs having no annual plan', { month: 4, plannedInvestment: null }, YELLOW, LightRule.START_DELAYED],
  ] as const)('%s', (_name, overrides, light, rule) => {
    expect(computeLight(input({ ...onSchedule, ...overrides }))).toMatchObject({ light, ownLight: light, rule });
  });

  it('honours the months of the scheme', () => {
    const thresholds = { ...DEFAULT_LIGHT_THRESHOLDS, startDelayRedMonths: 1 };
    expect(computeLight(input({ ...onSchedule, month: 3 }), thresholds)).toMatchObject({ light: YELLOW, rule: LightRule.START_DELAYED });
    expect(computeLight(input({ ...onSchedule, month: 4 }), thresholds)).toMatchObject({ light: RED, rule: LightRule.START_DELAYED_LONG });
  });

  it.each([
    ['plannedStartOn', { plannedStartOn: '2026-3-1' }],
    ['startedOn', { startedOn: '2026-02-30' }],
  ])('an invalid %s is rejected', (_field, overrides) => {
    expect(() => computeLight(input({ ...onSchedule, ...overrides }))).toThrow(RangeError);
  });
});

describe('two YELLOW months in a row make RED', () => {
  const yellowLag = { completedToDate: '15.00' };
  const redLag = { month: 6, completedToDate: '0.00' };
  const greenLag = { completedToDate: '25.00' };

  it.each([
    ['YELLOW after YELLOW is RED by two yellows', yellowLag, YELLOW, RED, YELLOW, LightRule.TWO_YELLOWS],
    ['YELLOW after GREEN stays YELLOW', yellowLag, GREEN, YELLOW, YELLOW, LightRule.LAG_YELLOW],
    ['YELLOW after RED stays YELLOW', yellowLag, RED, YELLOW, YELLOW, LightRule.LAG_YELLOW],
    ['YELLOW in January, with no previous light, stays YELLOW', yellowLag, null, YELLOW, YELLOW, LightRule.LAG_YELLOW],
    ['GREEN after YELLOW stays GREEN', greenLag, YELLOW, GREEN, GREEN, LightRule.ON_SCHEDULE],
    ['RED after YELLOW is RED by its own rule', redLag, YELLOW, RED, RED, LightRule.LAG_RED],
    [
      'a start-delay YELLOW after YELLOW is RED by two yellows',
      { constructionType: 'NEW', plannedStartOn: '2026-03-01', completedToDate: '25.00' },
      YELLOW, RED, YELLOW, LightRule.TWO_YELLOWS,
    ],
  ] as const)('%s', (_name, overrides, previousOwnLight, light, ownLight, rule) => {
    const result = computeLight(input({ ...overrides, previousOwnLight }));
    expect(result).toMatchObject({ light, ownLight, rule });
    expect(result.inputs.previousOwnLight).toBe(previousOwnLight);
  });
});

describe('a light history feeds each month’s own light into the next', () => {
  const plannedInvestment = '1200.00';
  const months = [
    // month, completed to date, light, own light, rule, lag
    [1, '100.00', GREEN, GREEN, LightRule.ON_SCHEDULE, '0.00'],
    [2, '80.00', YELLOW, YELLOW, LightRule.LAG_YELLOW, '10.00'],
    [3, '150.00', RED, YELLOW, LightRule.TWO_YELLOWS, '12.50'],
    [4, '200.00', RED, YELLOW, LightRule.TWO_YELLOWS, '16.66'],
    [5, '500.00', GREEN, GREEN, LightRule.ON_SCHEDULE, '0.00'],
    [6, '550.00', GREEN, GREEN, LightRule.ON_SCHEDULE, '4.17'],
    [7, '560.00', YELLOW, YELLOW, LightRule.LAG_YELLOW, '11.66'],
    [8, '560.00', RED, YELLOW, LightRule.TWO_YELLOWS, '20.00'],
    [9, '560.00', RED, YELLOW, LightRule.TWO_YELLOWS, '28.33'],
    [10, '560.00', RED, RED, LightRule.LAG_RED, '36.66'],
    [11, '900.00', YELLOW, YELLOW, LightRule.LAG_YELLOW, '16.67'],
    [12, '1200.00', GREEN, GREEN, LightRule.ON_SCHEDULE, '0.00'],
  ] as const;
  const history = computeLightHistory(
    months.map(([month, completedToDate]) => ({
      year: 2026,
      month,
      constructionType: 'CONTINUING' as const,
      plannedStartOn: null,
      startedOn: null,
      plannedInvestment,
      completedToDate,
    })),
  );

  it('has one light per month', () => {
    expect(history).toHaveLength(12);
    expect(history[0].inputs.previousOwnLight).toBeNull();
  });

  it.each(months.map((row, index) => [...row, index] as const))(
    'month %i with %s completed is %s (own %s, rule %s, lag %s)',
    (_month, _completed, light, ownLight, rule, lag, index) => {
      expect(history[index]).toMatchObject({ light, ownLight, rule, inputs: { lag } });
      if (index > 0) expect(history[index].inputs.previousOwnLight).toBe(history[index - 1].ownLight);
    },
  );

  it('a YELLOW start delay that runs on turns RED by two yellows, then by the long delay', () => {
    const results = computeLightHistory(
      [3, 4, 5, 6].map((month) => ({
        year: 2026,
        month,
        constructionType: 'NEW' as const,
        plannedStartOn: '2026-03-01',
        startedOn: null,
        plannedInvestment: null,
        completedToDate: '0.00',
      })),
    );
    expect(results.map((r) => [r.light, r.rule])).toEqual([
      [YELLOW, LightRule.START_DELAYED],
      [RED, LightRule.TWO_YELLOWS],
      [RED, LightRule.TWO_YELLOWS],
      [RED, LightRule.START_DELAYED_LONG],
    ]);
  });

  it('is empty for no months', () => {
    expect(computeLightHistory([])).toEqual([]);
  });

  it.each([
    ['a gap between months', [{ year: 2026, month: 1 }, { year: 2026, month: 3 }]],
    ['months out of order', [{ year: 2026, month: 2 }, { year: 2026, month: 1 }]],
    ['months of two years', [{ year: 2025, month: 12 }, { year: 2026, month: 1 }]],
  ])('rejects %s', (_name, periods) => {
    const inputs = periods.map(({ year, month }) => {
      const { previousOwnLight: _ignored, ...rest } = input({ year, month });
      return rest;
    });
    expect(() => computeLightHistory(inputs)).toThrow(RangeError);
  });
});
