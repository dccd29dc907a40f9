import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../support/harness.js';
import { statementsFor } from '../../support/testkit.js';
import { ScreenAggregatesDocument } from '../../generated/operations.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('screen-aggregates');
});
afterAll(() => api?.close());

const sum = (values: string[]) => values.reduce((total, value) => total.plus(value), new Decimal(0)).toFixed(2);

describe('the aggregates a command-centre screen needs', () => {
  it('run the same number of SQL statements for a few projects (2025) and for many (2026), computed once per dashboard value', async () => {
    const small = await statementsFor(api, ScreenAggregatesDocument, { year: 2025, level: 'CITY' });
    const large = await statementsFor(api, ScreenAggregatesDocument, { year: 2026, level: 'CITY' });
    expect(small.data.dashboard.projectCount).toBeLessThan(large.data.dashboard.projectCount);
    expect(large.data.dashboard.projectCount).toBe(28);
    expect(large.count).toBe(small.count);
    // dashboard, three breakdowns, land, their organizations, the investment series
    expect(large.count).toBeLessThanOrEqual(8);
    // The breakdowns belong to the dashboard value: the next screen asking pays only for what is not shared.
    const again = await statementsFor(api, ScreenAggregatesDocument, { year: 2026, level: 'CITY' });
    expect(again.count).toBeLessThanOrEqual(2);
    expect(again.data).toEqual(large.data);
  });

  it('add up to the dashboard: every unit, town and cluster group sums to the headline figures', async () => {
    const { data } = await statementsFor(api, ScreenAggregatesDocument, { year: 2026, level: 'CITY' });
    const { dashboard } = data;
    for (const groups of [dashboard.byUnit, dashboard.byTown]) {
      expect(groups.reduce((total, group) => total + group.projectCount, 0)).toBe(dashboard.projectCount);
      expect(groups.reduce((total, group) => total + group.startedCount, 0)).toBe(dashboard.startedCount);
      expect(sum(groups.map((group) => group.plannedInvestment))).toBe(dashboard.annualPlannedInvestment);
      expect(sum(groups.map((group) => group.completedInvestment))).toBe(dashboard.completedInvestment);
    }
    expect(dashboard.byTown.every((group) => group.organization && ['TOWN', 'STREET'].includes(group.organization.kind))).toBe(true);
    expect(dashboard.byTown.map((group) => group.organization!.name)).toContain('XX区水西镇');
    expect(dashboard.byCluster.find((group) => group.name === '石材产业')?.projectCount).toBeGreaterThan(0);
    expect(dashboard.startedCount).toBe(19);
  });

  it('land totals are the sums of the listed projects’ land tasks', async () => {
    const { data } = await statementsFor(api, ScreenAggregatesDocument, { year: 2026 });
    const rows = await api.db.sql<{ area: string; acquired: string; households: number; relocated: number; tasks: number }>(
      `select sum(t.area_to_acquire)::text as area, sum(t.area_acquired)::text as acquired, sum(t.households_to_relocate)::int as households,
              sum(t.households_relocated)::int as relocated, count(*)::int as tasks
         from land_task t join listing l on l.project_id = t.project_id and l.year = 2026 and l.status = 'ISSUED'`,
    );
    expect(data.dashboard.land).toEqual({
      taskCount: rows[0].tasks,
      areaToAcquire: new Decimal(rows[0].area).toFixed(2),
      areaAcquired: new Decimal(rows[0].acquired).toFixed(2),
      householdsToRelocate: rows[0].households,
      householdsRelocated: rows[0].relocated,
    });
  });

  it('the investment curve: planned rises to the phased plans in December; completed to March is the seed’s 7.34亿, official for the closed months', async () => {
    const { data } = await statementsFor(api, ScreenAggregatesDocument, { year: 2026, level: 'CITY' });
    const { months, plannedInvestment, closedMonth } = data.investmentSeries;
    expect(plannedInvestment).toBe(data.dashboard.annualPlannedInvestment);
    expect(plannedInvestment).toBe('398000.00');
    expect(closedMonth).toBe(3);
    expect(months).toHaveLength(12);
    // PREPARATORY listings are judged on their milestones: their plans are not phased into the curve.
    const [{ phased }] = await api.db.sql<{ phased: string }>(
      `select sum(planned_investment)::text as phased from listing where year = 2026 and level = 'CITY' and status = 'ISSUED' and construction_type <> 'PREPARATORY'`,
    );
    expect(months[11].plannedToDate).toBe(new Decimal(phased).toFixed(2));
    for (let index = 1; index < 12; index++) expect(new Decimal(months[index].plannedToDate).gte(months[index - 1].plannedToDate)).toBe(true);
    expect(months[2]).toMatchObject({ month: 3, completedToDate: '73400.00', completionRate: '18.44', official: true });
    expect(months.filter((month) => month.official).map((month) => month.month)).toEqual([1, 2, 3]);
    // The live year-to-date figure is the curve's latest begun month.
    const latest = months.filter((month) => month.completedToDate !== null).at(-1)!;
    expect(latest.completedToDate).toBe(data.dashboard.completedInvestment);
  });
});
