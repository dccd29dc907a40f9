import { describe, expect, it } from 'vitest';
import {
  AccountabilityReason,
  DEFAULT_SCHEME_RULES,
  denseRanks,
  meanScore,
  scoreProject,
  type ScoreInput,
  type SchemeRules,
} from '../../src/modules/assessment/score.rules.js';

/** A 10亿 project that completed exactly its plan, all milestones met, clean record. */
function input(overrides: Partial<ScoreInput> = {}): ScoreInput {
  return {
    plannedInvestment: '100000.00',
    completedInvestment: '100000.00',
    milestones: [{ name: '主体封顶', dueOn: '2026-06-30', metOn: '2026-06-20' }],
    criticisms: 0,
    accountabilityReasons: [],
    ...overrides,
  };
}

describe('a project scores base, weight and bonus by its completion', () => {
  type Case = [name: string, overrides: Partial<ScoreInput>, completionRate: string | null, targetMet: boolean, baseScore: string, weightScore: string, bonusScore: string, total: string];
  it.each<Case>([
    ['completing exactly 100% earns the base and the full weight, no bonus', {}, '100.00', true, '60.00', '20.00', '0.00', '80.00'],
    ['completing 99.99% earns no base; its weight 19.998 rounds half up', { completedInvestment: '99990.00' }, '99.99', false, '0.00', '20.00', '0.00', '20.00'],
    ['completing 50% earns half the weight', { completedInvestment: '50000.00' }, '50.00', false, '0.00', '10.00', '0.00', '10.00'],
    ['completing 105% earns a bonus of 1.00', { completedInvestment: '105000.00' }, '105.00', true, '60.00', '20.00', '1.00', '81.00'],
    ['completing 100.03% earns a bonus of 0.006, rounded half up to 0.01', { plannedInvestment: '10000.00', completedInvestment: '10003.00' }, '100.03', true, '60.00', '10.00', '0.01', '70.01'],
    ['completing 100.02% earns a bonus of 0.004, rounded to 0.00', { plannedInvestment: '10000.00', completedInvestment: '10002.00' }, '100.02', true, '60.00', '10.00', '0.00', '70.00'],
    ['completing 150% earns exactly the bonus cap', { completedInvestment: '150000.00' }, '150.00', true, '60.00', '20.00', '10.00', '90.00'],
    ['completing 200% earns a bonus capped at 10', { completedInvestment: '200000.00' }, '200.00', true, '60.00', '20.00', '10.00', '90.00'],
    ['completing nothing earns nothing', { completedInvestment: '0.00' }, '0.00', false, '0.00', '0.00', '0.00', '0.00'],
    ['a weight of 15 at 33.33% is 4.9995, rounded half up to 5.00', { plannedInvestment: '60000.00', completedInvestment: '20000.00' }, '33.33', false, '0.00', '5.00', '0.00', '5.00'],
    [
      'a missed milestone loses the base and the bonus, the weight still counts',
      { completedInvestment: '120000.00', milestones: [{ name: '竣工验收', dueOn: '2026-11-30', metOn: null }] },
      '120.00', false, '0.00', '20.00', '0.00', '20.00',
    ],
    [
      'a milestone met late but within its year still counts',
      { milestones: [{ name: '开工', dueOn: '2026-03-31', metOn: '2026-12-31' }] },
      '100.00', true, '60.00', '20.00', '0.00', '80.00',
    ],
    [
      'a milestone met only after December 31 of its year is missed',
      { milestones: [{ name: '开工', dueOn: '2026-03-31', metOn: '2027-01-05' }] },
      '100.00', false, '0.00', '20.00', '0.00', '20.00',
    ],
    ['a year without milestones is judged by investment alone', { milestones: [] }, '100.00', true, '60.00', '20.00', '0.00', '80.00'],
    ['a project without a plan scores nothing', { plannedInvestment: null, completedInvestment: '5000.00' }, null, false, '0.00', '0.00', '0.00', '0.00'],
    ['a project with a plan of 0 scores nothing', { plannedInvestment: '0.00', completedInvestment: '5000.00' }, null, false, '0.00', '0.00', '0.00', '0.00'],
  ])('%s', (_name, overrides, completionRate, targetMet, baseScore, weightScore, bonusScore, total) => {
    expect(scoreProject(input(overrides))).toMatchObject({
      completionRate,
      targetMet,
      baseScore,
      weightScore,
      bonusScore,
      deductions: '0.00',
      total,
      vetoed: false,
    });
  });
});

describe('the weight tier is chosen by annual planned investment, lower bound inclusive', () => {
  it.each([
    ['200000.00', '20.00', '80.00'],
    ['100000.00', '20.00', '80.00'],
    ['99999.99', '15.00', '75.00'],
    ['50000.00', '15.00', '75.00'],
    ['49999.99', '10.00', '70.00'],
    ['10000.00', '10.00', '70.00'],
    ['9999.99', '5.00', '65.00'],
    ['0.01', '5.00', '65.00'],
  ])('a plan of %s 万元 completed in full weighs %s, total %s', (plannedInvestment, weightScore, total) => {
    const result = scoreProject(input({ plannedInvestment, completedInvestment: plannedInvestment }));
    expect(result).toMatchObject({ weightScore, total });
    expect(result.explanation.find((part) => part.part === 'WEIGHT')?.inputs.tierWeight).toBe(weightScore);
  });

  it('finds the tier whatever order the scheme lists them in', () => {
    const rules: SchemeRules = { ...DEFAULT_SCHEME_RULES, weightTiers: [...DEFAULT_SCHEME_RULES.weightTiers].reverse() };
    expect(scoreProject(input({ plannedInvestment: '60000.00', completedInvestment: '60000.00' }), rules).weightScore).toBe('15.00');
  });

  it('rejects a scheme whose tiers do not cover the plan', () => {
    const rules: SchemeRules = { ...DEFAULT_SCHEME_RULES, weightTiers: [{ minPlannedInvestment: '10000.00', weight: '10.00' }] };
    expect(() => scoreProject(input({ plannedInvestment: '500.00', completedInvestment: '500.00' }), rules)).toThrow(RangeError);
  });
});

describe('criticisms deduct and some accountability cases veto the year', () => {
  it.each([
    ['one criticism deducts 5', { criticisms: 1 }, '5.00', '75.00'],
    ['two criticisms deduct 10', { criticisms: 2 }, '10.00', '70.00'],
    ['the total is floored at 0', { completedInvestment: '50000.00', criticisms: 3 }, '15.00', '0.00'],
    ['a project without a plan and a criticism scores 0, not below', { plannedInvestment: null, criticisms: 1 }, '5.00', '0.00'],
  ] as const)('%s', (_name, overrides, deductions, total) => {
    expect(scoreProject(input(overrides))).toMatchObject({ deductions, total, vetoed: false });
  });

  it.each([AccountabilityReason.SAFETY_ACCIDENT, AccountabilityReason.MANAGEMENT_FAILURE, AccountabilityReason.SERIOUS_VIOLATION])(
    'accountability for %s vetoes the year to 0 while still reporting the parts',
    (reason) => {
      const result = scoreProject(input({ completedInvestment: '105000.00', accountabilityReasons: [reason] }));
      expect(result).toMatchObject({ baseScore: '60.00', weightScore: '20.00', bonusScore: '1.00', total: '0.00', vetoed: true, targetMet: true });
      const veto = result.explanation.find((part) => part.part === 'VETO');
      expect(veto).toMatchObject({ points: '-81.00', inputs: { vetoReasons: reason, scoreBeforeVeto: '81.00' } });
      expect(veto?.rule).toContain('一票否决');
    },
  );

  it('accountability for a missed target is not a veto', () => {
    const result = scoreProject(input({ completedInvestment: '90000.00', accountabilityReasons: [AccountabilityReason.TARGET_MISSED] }));
    expect(result).toMatchObject({ weightScore: '18.00', total: '18.00', vetoed: false });
    expect(result.explanation.map((part) => part.part)).not.toContain('VETO');
  });

  it('a veto of a project already at 0 reports 0 points, not -0', () => {
    const result = scoreProject(input({ plannedInvestment: null, accountabilityReasons: [AccountabilityReason.SAFETY_ACCIDENT, AccountabilityReason.SAFETY_ACCIDENT] }));
    expect(result.explanation.find((part) => part.part === 'VETO')).toMatchObject({ points: '0.00', inputs: { vetoReasons: 'SAFETY_ACCIDENT' } });
  });

  it.each([-1, 1.5])('rejects %s criticisms', (criticisms) => {
    expect(() => scoreProject(input({ criticisms }))).toThrow(RangeError);
  });
});

describe('every score explains itself part by part', () => {
  it('lists base, weight, bonus, deduction and total with their rules and inputs', () => {
    const result = scoreProject(input({ completedInvestment: '105000.00', criticisms: 1 }));
    expect(result.explanation.map((part) => [part.part, part.points])).toEqual([
      ['BASE', '60.00'],
      ['WEIGHT', '20.00'],
      ['BONUS', '1.00'],
      ['DEDUCTION', '-5.00'],
      ['TOTAL', '76.00'],
    ]);
    const [base, weight, bonus, deduction, total] = result.explanation;
    expect(base.rule).toBe("完成年度考核指标100%得基准分 (base score when 100% of the year's targets are met)");
    expect(base.inputs).toMatchObject({ investmentMet: true, milestones: 1, milestonesMet: 1, missedMilestones: null, targetMet: true });
    expect(weight.inputs).toEqual({
      plannedInvestment: '100000.00',
      tierMinPlannedInvestment: '100000.00',
      tierWeight: '20.00',
      completionRate: '105.00',
      countedRate: '100.00',
    });
    expect(bonus.inputs).toMatchObject({ pointsAbove100: '5.00', bonusPerPoint: '0.20', bonusCap: '10.00', capped: false });
    expect(bonus.rule).toContain('0.20');
    expect(deduction.inputs).toEqual({ criticisms: 1, criticismDeduction: '5.00' });
    expect(total.inputs).toMatchObject({ flooredAtZero: false, vetoed: false });
    for (const part of result.explanation) expect(part.rule).toMatch(/[\u4e00-\u9fff].*\(.+\)$/);
  });

  it('names the missed milestones', () => {
    const result = scoreProject(
      input({
        milestones: [
          { name: '开工', dueOn: '2026-03-31', metOn: '2026-03-01' },
          { name: '主体封顶', dueOn: '2026-09-30', metOn: null },
          { name: '竣工', dueOn: '2026-12-31', metOn: null },
        ],
      }),
    );
    expect(result.explanation[0].inputs).toMatchObject({ milestonesMet: 1, missedMilestones: '主体封顶、竣工', targetMet: false });
  });

  it('reports a capped bonus and a floored total', () => {
    expect(scoreProject(input({ completedInvestment: '200000.00' })).explanation[2].inputs).toMatchObject({ capped: true, pointsAbove100: '100.00' });
    const floored = scoreProject(input({ completedInvestment: '0.00', criticisms: 1 }));
    expect(floored.explanation.at(-1)?.inputs).toMatchObject({ flooredAtZero: true });
  });

  it('follows the numbers of the scheme', () => {
    const rules: SchemeRules = { ...DEFAULT_SCHEME_RULES, baseScore: '50', bonusPerPoint: '0.5', bonusCap: '3', criticismDeduction: '2', vetoReasons: [] };
    const result = scoreProject(
      input({ completedInvestment: '110000.00', criticisms: 1, accountabilityReasons: [AccountabilityReason.SAFETY_ACCIDENT] }),
      rules,
    );
    expect(result).toMatchObject({ baseScore: '50.00', bonusScore: '3.00', deductions: '2.00', total: '71.00', vetoed: false });
  });
});

describe('ranks are dense and ties share a rank', () => {
  it.each([
    ['[90, 80, 80, 70]', ['90.00', '80.00', '80.00', '70.00'], [1, 2, 2, 3]],
    ['totals in any order', ['70.00', '90.00', '80.00', '90.00'], [3, 1, 2, 1]],
    ['all equal', ['80.00', '80.00', '80.00'], [1, 1, 1]],
    ['a single total', ['0.00'], [1]],
    ['none', [], []],
    ['decimal ties written differently', ['80.00', '80.0', '80'], [1, 1, 1]],
    ['a difference of one cent', ['80.00', '80.01'], [2, 1]],
  ])('%s', (_name, totals, ranks) => {
    expect(denseRanks(totals)).toEqual(ranks);
  });
});

describe('a subject’s score is the mean of its projects’ totals', () => {
  it.each([
    [['80.00', '70.00'], '75.00'],
    [['80.00', '70.00', '70.00'], '73.33'],
    [['66.67', '66.67', '66.66'], '66.67'],
    [['0.01', '0.00'], '0.01'],
    [['90.00'], '90.00'],
  ])('the mean of %j is %s', (totals, mean) => {
    expect(meanScore(totals)).toBe(mean);
  });

  it('is null for no projects', () => {
    expect(meanScore([])).toBeNull();
  });
});
