import { describe, expect, it } from 'vitest';
import { computeLight, DEFAULT_LIGHT_THRESHOLDS, Light, LightKind, LightRule, outlookOf, type LightInput } from '../../src/modules/light/light.rules.js';

/** A started CONTINUING listing of 2026 with a plan of 1000.00, judged at the end of March. */
const base: LightInput = {
  year: 2026,
  month: 3,
  constructionType: 'CONTINUING',
  plannedStartOn: null,
  startedOn: '2025-05-01',
  plannedInvestment: '1000.00',
  plannedToDate: '250.00',
  completedToDate: '250.00',
  milestones: [],
};

describe('the progress light: lag behind the project’s own planned-to-date', () => {
  it.each([
    ['on plan', '250.00', Light.GREEN, LightRule.ON_SCHEDULE, '0.00'],
    ['ahead of plan', '900.00', Light.GREEN, LightRule.ON_SCHEDULE, '-65.00'],
    ['9.99 points behind', '150.10', Light.GREEN, LightRule.ON_SCHEDULE, '9.99'],
    ['10.00 points behind: YELLOW from exactly 10', '150.00', Light.YELLOW, LightRule.LAG_YELLOW, '10.00'],
    ['29.99 points behind', '-49.90', Light.YELLOW, LightRule.LAG_YELLOW, '29.99'],
    ['nothing done, 25 points behind', '0.00', Light.YELLOW, LightRule.LAG_YELLOW, '25.00'],
  ])('%s', (_sentence, completedToDate, light, rule, lag) => {
    const result = computeLight({ ...base, completedToDate: completedToDate.startsWith('-') ? '0.00' : completedToDate, plannedToDate: completedToDate.startsWith('-') ? '299.90' : base.plannedToDate });
    expect(result).toMatchObject({ light, rule, kind: LightKind.PROGRESS });
    expect(result.inputs.lag).toBe(lag);
  });

  it.each([
    ['30.00 points behind: RED from exactly 30', '300.00', '0.00', Light.RED, LightRule.LAG_RED],
    ['29.99 points behind', '299.90', '0.00', Light.YELLOW, LightRule.LAG_YELLOW],
    ['a third of a fen under 30 points stays YELLOW (the decision uses the exact lag)', '300.00', '0.01', Light.YELLOW, LightRule.LAG_YELLOW],
  ])('%s', (_sentence, plannedToDate, completedToDate, light, rule) => {
    expect(computeLight({ ...base, plannedToDate, completedToDate })).toMatchObject({ light, rule });
  });

  it('without an annual plan there is nothing to lag against: GREEN', () => {
    expect(computeLight({ ...base, plannedInvestment: null, plannedToDate: '0.00' })).toMatchObject({ light: Light.GREEN, rule: LightRule.NO_ANNUAL_PLAN });
    expect(computeLight({ ...base, plannedInvestment: '0.00', plannedToDate: '0.00' })).toMatchObject({ light: Light.GREEN, rule: LightRule.NO_ANNUAL_PLAN });
  });

  it('the thresholds come from the scheme', () => {
    expect(computeLight({ ...base, completedToDate: '200.00' }, { ...DEFAULT_LIGHT_THRESHOLDS, yellowLag: '5.00' })).toMatchObject({ light: Light.YELLOW });
  });

  it('reports the figures it judged', () => {
    expect(computeLight({ ...base, completedToDate: '200.00' }).inputs).toMatchObject({
      plannedInvestment: '1000.00',
      plannedToDate: '250.00',
      completedToDate: '200.00',
      timeProgress: '25.00',
      completionRate: '20.00',
      lag: '5.00',
      yellowLag: '10.00',
      redLag: '30.00',
    });
  });
});

describe('the start light of a NEW listing not yet started', () => {
  const planned = (plannedStartOn: string, month: number, startedOn: string | null = null): LightInput => ({
    ...base,
    constructionType: 'NEW',
    plannedStartOn,
    startedOn,
    month,
    plannedToDate: '0.00',
    completedToDate: '0.00',
  });

  it.each([
    ['planned start after the judged month: NOT_DUE', planned('2026-04-01', 3), Light.NOT_DUE, LightRule.NOT_DUE_TO_START, -1],
    ['planned start next year: NOT_DUE', planned('2027-01-10', 12), Light.NOT_DUE, LightRule.NOT_DUE_TO_START, -1],
    ['planned on the start month’s last day, judged at that month end: the month is over, YELLOW', planned('2026-03-31', 3), Light.YELLOW, LightRule.START_DELAYED, 0],
    ['planned start month over by one month', planned('2026-02-15', 3), Light.YELLOW, LightRule.START_DELAYED, 1],
    ['two months after', planned('2026-01-15', 3), Light.YELLOW, LightRule.START_DELAYED, 2],
    ['three months after: RED', planned('2025-12-20', 3), Light.RED, LightRule.START_DELAYED_LONG, 3],
    ['no planned start: nothing to judge yet', { ...planned('2026-01-01', 3), plannedStartOn: null }, Light.NOT_DUE, LightRule.NO_PLANNED_START, null],
  ])('%s', (_sentence, input, light, rule, monthsStartDelayed) => {
    const result = computeLight(input);
    expect(result).toMatchObject({ light, rule, kind: LightKind.START });
    expect(result.inputs.monthsStartDelayed).toBe(monthsStartDelayed);
  });

  it('started on the last day of the planned month: judged on progress from then on', () => {
    expect(computeLight({ ...planned('2026-03-31', 3, '2026-03-31'), plannedToDate: '100.00', completedToDate: '100.00' })).toMatchObject({
      light: Light.GREEN,
      kind: LightKind.PROGRESS,
      rule: LightRule.ON_SCHEDULE,
    });
  });

  it('a start after the judged month end does not count yet', () => {
    expect(computeLight(planned('2026-02-01', 3, '2026-04-01'))).toMatchObject({ light: Light.YELLOW, kind: LightKind.START });
  });

  it('after the planned start month, the progress light shows when it is worse', () => {
    expect(computeLight({ ...planned('2026-03-01', 3), plannedToDate: '400.00' })).toMatchObject({ light: Light.RED, kind: LightKind.PROGRESS, rule: LightRule.LAG_RED });
  });

  it('before the planned start month even a phased plan cannot make it YELLOW', () => {
    expect(computeLight({ ...planned('2026-06-01', 3), plannedToDate: '400.00' })).toMatchObject({ light: Light.NOT_DUE });
  });
});

describe('PREPARATORY listings are judged on their pre-construction milestones', () => {
  const preparatory = (month: number, ...milestones: LightInput['milestones']): LightInput => ({
    ...base,
    constructionType: 'PREPARATORY',
    startedOn: null,
    plannedStartOn: '2027-03-01',
    month,
    plannedToDate: '0.00',
    completedToDate: '0.00',
    milestones,
  });

  it.each([
    ['nothing due yet', preparatory(3, { name: '立项', dueOn: '2026-04-30', metOn: null }), Light.GREEN, LightRule.PRELIMINARY_ON_TRACK],
    ['due on the judged month’s last day and not met: overdue', preparatory(3, { name: '立项', dueOn: '2026-03-31', metOn: null }), Light.YELLOW, LightRule.PRELIMINARY_OVERDUE],
    ['met on time', preparatory(3, { name: '立项', dueOn: '2026-02-28', metOn: '2026-02-20' }), Light.GREEN, LightRule.PRELIMINARY_ON_TRACK],
    ['met late, but met by the judged month end', preparatory(3, { name: '立项', dueOn: '2026-01-31', metOn: '2026-03-15' }), Light.GREEN, LightRule.PRELIMINARY_ON_TRACK],
    ['met after the judged month end: still overdue then', preparatory(3, { name: '立项', dueOn: '2026-01-31', metOn: '2026-04-02' }), Light.YELLOW, LightRule.PRELIMINARY_OVERDUE],
    ['overdue two months', preparatory(3, { name: '用地', dueOn: '2026-01-15', metOn: null }), Light.YELLOW, LightRule.PRELIMINARY_OVERDUE],
    ['overdue three months: RED', preparatory(4, { name: '用地', dueOn: '2026-01-15', metOn: null }), Light.RED, LightRule.PRELIMINARY_OVERDUE_LONG],
    ['the longest overdue decides', preparatory(4, { name: '规划', dueOn: '2026-04-10', metOn: null }, { name: '用地', dueOn: '2026-01-15', metOn: null }), Light.RED, LightRule.PRELIMINARY_OVERDUE_LONG],
  ])('%s', (_sentence, input, light, rule) => {
    expect(computeLight(input)).toMatchObject({ light, rule, kind: LightKind.PRELIMINARY });
  });

  it('names the overdue milestones and how long', () => {
    expect(computeLight(preparatory(4, { name: '用地', dueOn: '2026-01-15', metOn: null })).inputs.overdueMilestones).toEqual([{ name: '用地', dueOn: '2026-01-15', monthsOverdue: 3 }]);
  });
});

describe('no "two yellows make red": each month is judged on its own', () => {
  it('a second YELLOW month is YELLOW', () => {
    expect(computeLight({ ...base, month: 3, completedToDate: '150.00' }).light).toBe(Light.YELLOW);
    expect(computeLight({ ...base, month: 4, plannedToDate: '333.33', completedToDate: '200.00' }).light).toBe(Light.YELLOW);
  });
});

describe('the early warning names what an open month still needs', () => {
  it.each([
    ['behind: needs enough to be strictly under 10 points', { plannedToDate: '250.00', completedToDate: '100.00' }, '50.01', '0.00'],
    ['far behind: needs more to avoid RED too', { plannedToDate: '500.00', completedToDate: '100.00' }, '300.01', '100.01'],
    ['already GREEN: nothing', { plannedToDate: '250.00', completedToDate: '250.00' }, '0.00', '0.00'],
    ['a bound between two fen rounds to the next fen', { plannedToDate: '250.005', completedToDate: '0.00' }, '150.01', '0.00'],
  ])('%s', (_sentence, figures, neededForGreen, neededToAvoidRed) => {
    const outlook = outlookOf({ plannedInvestment: '1000.00', ...figures });
    expect(outlook).toMatchObject({ neededForGreen, neededToAvoidRed });
  });

  it('completing exactly the amount named for GREEN makes the light GREEN, one fen less does not', () => {
    for (const [plannedToDate, completedToDate, plan] of [
      ['250.00', '100.00', '1000.00'],
      ['3333.33', '100.45', '10000.00'],
      ['12345.67', '0.00', '52000.00'],
    ]) {
      const { neededForGreen } = outlookOf({ plannedInvestment: plan, plannedToDate, completedToDate });
      const exactly = (Number(completedToDate) * 100 + Math.round(Number(neededForGreen) * 100)) / 100;
      const judged = (completed: number) => computeLight({ ...base, plannedInvestment: plan, plannedToDate, completedToDate: completed.toFixed(2) }).light;
      expect(judged(exactly)).toBe(Light.GREEN);
      expect(judged(exactly - 0.01)).toBe(Light.YELLOW);
    }
  });

  it('without a plan nothing is needed', () => {
    expect(outlookOf({ plannedInvestment: null, plannedToDate: '0.00', completedToDate: '0.00' })).toMatchObject({ neededForGreen: '0.00', neededToAvoidRed: '0.00' });
  });
});
