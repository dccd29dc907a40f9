import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../support/harness.js';
import { statementsFor } from '../../support/testkit.js';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

let api: TestApi;
const ids = new Map<string, string>();

beforeAll(async () => {
  api = await startTestApi('month-close');
  const response = await api.raw<{ projects: { nodes: { id: string; code: string }[] } }>('{ projects(first: 100) { nodes { id code } } }');
  for (const node of response.data!.projects.nodes) ids.set(node.code, node.id);
});
afterAll(() => api?.close());

interface LightView {
  month: number;
  light: string;
  kind: string;
  official: boolean;
  reported: boolean;
  rule: string;
  inputs: Record<string, unknown>;
}

async function lightsAt(month: number): Promise<Map<string, LightView>> {
  const response = await api.raw<{ projects: { nodes: { code: string; light: LightView | null }[] } }>(
    'query($m: Int) { projects(first: 100) { nodes { code light(year: 2026, month: $m) { month light kind official reported rule inputs } } } }',
    { m: month },
    { 'cache-control': 'no-cache' },
  );
  expect(response.errors).toBeUndefined();
  return new Map(response.data!.projects.nodes.filter((node) => node.light).map((node) => [node.code, node.light!]));
}

describe('the demo’s official lights at the closed month March 2026', () => {
  it('are 40 GREEN, 3 YELLOW and 7 NOT_DUE, each non-GREEN one for a reason the data gives', async () => {
    const march = await lightsAt(3);
    expect(march.size).toBe(50);
    expect([...march.values()].every((light) => light.official && light.month === 3)).toBe(true);

    const notGreen = [...march.entries()].filter(([, light]) => light.light !== 'GREEN').map(([code, light]) => [code, light.light, light.rule]);
    expect(notGreen.sort()).toEqual(
      [
        // Planned to start on 15 March, not started by its end: the start month is over (0 months late).
        ['SZ2026-012', 'YELLOW', 'START_DELAYED'],
        // Planned to start on 15 February, not started by 31 March: one month late.
        ['SZ2026-021', 'YELLOW', 'START_DELAYED'],
        // Preparatory; its 可研批复 was due on 20 March and is not met.
        ['QZ2026-003', 'YELLOW', 'PRELIMINARY_OVERDUE'],
        // NEW projects whose planned start is after 31 March: not due, no colour.
        ['SZ2026-006', 'NOT_DUE', 'NOT_DUE_TO_START'],
        ['SZ2026-019', 'NOT_DUE', 'NOT_DUE_TO_START'],
        ['SZ2026-020', 'NOT_DUE', 'NOT_DUE_TO_START'],
        ['SZ2026-024', 'NOT_DUE', 'NOT_DUE_TO_START'],
        ['QZ2026-011', 'NOT_DUE', 'NOT_DUE_TO_START'],
        ['QZ2026-017', 'NOT_DUE', 'NOT_DUE_TO_START'],
        ['QZ2026-021', 'NOT_DUE', 'NOT_DUE_TO_START'],
      ].sort(),
    );
    expect(march.get('SZ2026-012')!.inputs).toMatchObject({ plannedStartOn: '2026-03-15', startedOn: null, monthsStartDelayed: 0 });
    expect(march.get('SZ2026-021')!.inputs).toMatchObject({ plannedStartOn: '2026-02-15', monthsStartDelayed: 1 });
    expect(march.get('QZ2026-003')!.inputs.overdueMilestones).toEqual([{ name: '完成项目可研批复', dueOn: '2026-03-20', monthsOverdue: 0 }]);
    // Judged on its own plan: SZ2026-003 (planned from January) is 8.9 points behind its 25% — GREEN, not RED against month ÷ 12.
    expect(march.get('SZ2026-003')!.inputs).toMatchObject({ plannedToDate: '9500.00', completedToDate: '6120.00', timeProgress: '25.00', lag: '8.89' });
    // SZ2026-004 (planned from March) is judged against 10% of its plan by March.
    expect(march.get('SZ2026-004')!.inputs).toMatchObject({ plannedToDate: '2600.00', timeProgress: '10.00', lag: '-3.00' });
  });

  it('no project whose planned start is after 31 March is YELLOW or RED', async () => {
    const march = await lightsAt(3);
    const late = await api.db.sql<{ code: string }>(
      `select p.code from listing l join project p on p.id = l.project_id where l.year = 2026 and l.construction_type = 'NEW' and l.planned_start_on > '2026-03-31'`,
    );
    expect(late.length).toBe(7);
    for (const { code } of late) expect(march.get(code)!.light).toBe('NOT_DUE');
  });

  it('the dashboard counts the latest closed month, and the month being reported separately as provisional', async () => {
    const response = await api.raw<{ dashboard: { lightCounts: unknown; provisionalLightCounts: { month: number; official: boolean } | null } }>(
      '{ dashboard(year: 2026) { lightCounts { month official green yellow red notDue } provisionalLightCounts { month official green yellow red notDue } } }',
    );
    expect(response.data!.dashboard.lightCounts).toEqual({ month: 3, official: true, green: 40, yellow: 3, red: 0, notDue: 7 });
    expect(response.data!.dashboard.provisionalLightCounts).toMatchObject({ month: 4, official: false });
  });
});

describe('an open month, its early warning and its close', () => {
  it('an April report for one project changes no other project’s light, for March or April; April is provisional', async () => {
    const [marchBefore, aprilBefore] = [await lightsAt(3), await lightsAt(4)];
    expect([...aprilBefore.values()].every((light) => !light.official)).toBe(true);
    const report = await api.raw('mutation($id: ID!) { reportProgress(input: { projectId: $id, year: 2026, month: 4, completedInvestment: "5000.00", physicalProgress: "40.00" }) { id } }', {
      id: ids.get('SZ2026-001'),
    });
    expect(report.errors).toBeUndefined();
    const [marchAfter, aprilAfter] = [await lightsAt(3), await lightsAt(4)];
    expect(marchAfter).toEqual(marchBefore);
    for (const [code, light] of aprilAfter) {
      if (code === 'SZ2026-001') expect(light.reported).toBe(true);
      else expect(light, code).toEqual(aprilBefore.get(code));
    }
  });

  it('the outlook names what a project behind its plan needs; reporting exactly that makes it GREEN at close', async () => {
    const id = ids.get('SZ2026-003')!;
    const outlook = await api.raw<{ project: { outlook: { month: number; plannedToDate: string; completedToDate: string; neededForGreen: string; neededToAvoidRed: string; light: { light: string; official: boolean } } } }>(
      'query($id: ID!) { project(id: $id) { outlook(year: 2026, month: 4) { month plannedToDate completedToDate neededForGreen neededToAvoidRed light { light official } } } }',
      { id },
    );
    const figures = outlook.data!.project.outlook;
    // Planned from January: 4/12 of 38000.00 by the end of April; 6120.00 done.
    expect(figures).toMatchObject({ month: 4, plannedToDate: '12666.67', completedToDate: '6120.00', light: { light: 'YELLOW', official: false } });
    // GREEN needs a lag under 10 points: more than 12666.67 − 3800.00 = 8866.67 done by the month end.
    expect(figures.neededForGreen).toBe('2746.68');
    expect(figures.neededToAvoidRed).toBe('0.00');
    const report = await api.raw('mutation($id: ID!, $amount: Decimal!) { reportProgress(input: { projectId: $id, year: 2026, month: 4, completedInvestment: $amount, physicalProgress: "30.00" }) { id } }', {
      id,
      amount: figures.neededForGreen,
    });
    expect(report.errors).toBeUndefined();
    // The warning is derived just after the commit; this reads the log directly, so it waits for it.
    await api.server.derivations.settled();
    const events = await api.db.sql<{ payload: { neededForGreen: string; light: string } }>(
      `select payload from event where type = 'OUTLOOK_CHANGED' and project_id = $1 order by sequence desc limit 1`,
      [Number(Buffer.from(id, 'base64').toString().split(':')[1])],
    );
    expect(events[0].payload).toMatchObject({ neededForGreen: '0.00', light: 'GREEN' });

    // A city project listed to start on 10 January that never starts: RED three months on (April).
    const late = await api.raw<{ createProject: { id: string } }>(
      `mutation { createProject(input: { code: "MC-LATE", name: "迟迟未开工项目", level: CITY, industry: TERTIARY, constructionType: NEW,
                                         totalInvestment: "30000.00", plannedStartOn: "2026-01-10", year: 2026, plannedInvestment: "6000.00" }) { id } }`,
    );
    expect(late.errors).toBeUndefined();

    const closed = await api.raw<{ closeMonth: { period: { month: number; state: string }; notReported: { code: string }[]; lightCounts: { official: boolean } } }>(
      'mutation { closeMonth(year: 2026, month: 4) { period { month state } notReported { code } lightCounts { official green yellow red notDue } } }',
    );
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closeMonth.period).toEqual({ month: 4, state: 'CLOSED' });
    const april = await lightsAt(4);
    expect(april.get('SZ2026-003')).toMatchObject({ light: 'GREEN', official: true, reported: true });

    // Closing April with unreported projects marks them NOT_REPORTED (counted as 0).
    const notReported = closed.data!.closeMonth.notReported.map((project) => project.code);
    expect(notReported).toHaveLength(49);
    expect(notReported).not.toContain('SZ2026-001');
    expect(notReported).not.toContain('SZ2026-003');
    expect(april.get('SZ2026-002')).toMatchObject({ official: true, reported: false });
    expect(april.get('SZ2026-002')!.inputs.completedToDate).toBe('11250.00');

    // The second quarter's bulletin lists exactly April's RED lights, the late project among them.
    expect(april.get('MC-LATE')).toMatchObject({ light: 'RED', kind: 'START', rule: 'START_DELAYED_LONG', official: true });
    const red = [...april.entries()].filter(([, light]) => light.light === 'RED').map(([code]) => code).sort();
    const bulletin = await api.raw<{ quarterlyBulletin: { lightMonth: number; redLights: { code: string; rule: string }[] } }>(
      '{ quarterlyBulletin(year: 2026, quarter: 2) { lightMonth redLights { code rule } } }',
    );
    expect(bulletin.errors).toBeUndefined();
    expect(bulletin.data!.quarterlyBulletin.lightMonth).toBe(4);
    expect(bulletin.data!.quarterlyBulletin.redLights.map((project) => project.code).sort()).toEqual(red);
    expect(red).toContain('MC-LATE');
    for (const project of bulletin.data!.quarterlyBulletin.redLights) expect(project.rule).toMatch(/LAG_RED|START_DELAYED_LONG|PRELIMINARY_OVERDUE_LONG/);
  });

  it('a closed month refuses reports with MONTH_CLOSED, writing nothing; months close in order and once', async () => {
    const before = await api.db.sql('select * from progress_report order by id');
    const late = await api.raw('mutation($id: ID!) { reportProgress(input: { projectId: $id, year: 2026, month: 4, completedInvestment: "1.00", physicalProgress: "1.00" }) { id } }', {
      id: ids.get('SZ2026-002'),
    });
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'MONTH_CLOSED', year: 2026, month: 4 });
    expect(await api.db.sql('select * from progress_report order by id')).toEqual(before);
    expect((await api.raw('mutation { closeMonth(year: 2026, month: 4) { period { month } } }')).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await api.raw('mutation { closeMonth(year: 2026, month: 6) { period { month } } }')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
    expect((await api.raw('mutation { closeMonth(year: 2026, month: 12) { period { month } } }')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const periods = await api.raw<{ reportingPeriods: { month: number; state: string; deadline: string }[] }>('{ reportingPeriods(year: 2026) { month state deadline } }');
    expect(periods.data!.reportingPeriods.slice(0, 5)).toEqual([
      { month: 1, state: 'CLOSED', deadline: '2026-02-05' },
      { month: 2, state: 'CLOSED', deadline: '2026-03-05' },
      { month: 3, state: 'CLOSED', deadline: '2026-04-05' },
      { month: 4, state: 'CLOSED', deadline: '2026-05-05' },
      { month: 5, state: 'OPEN', deadline: '2026-06-05' },
    ]);
  });

  it('closing a month is for the office: a viewer or a reporter is FORBIDDEN', async () => {
    const { tokenFor } = await import('../../support/tokens.js');
    for (const role of ['VIEWER', 'REPORTER', 'LEADER', 'INSPECTOR'] as const) {
      const response = await api.as(await tokenFor(role)).raw('mutation { closeMonth(year: 2026, month: 5) { period { month } } }');
      expect(response.errors?.[0].extensions?.code, role).toBe('FORBIDDEN');
    }
  });
});

describe('lights and listings cost a constant number of statements', () => {
  it('a page of 5 and a page of 50 with listings, lights, outlooks and cumulative investment', async () => {
    const query: TypedDocumentNode<unknown, { first: number }> = parse(`query LightsPage($first: Int) {
      projects(first: $first) { nodes { id level constructionType listing(year: 2026) { status plannedToDate(month: 5) phasing { kind } milestones { name } }
        lights(year: 2026) { month light official } light(year: 2026) { light } outlook(year: 2026, month: 5) { neededForGreen }
        cumulativeInvestment } }
    }`);
    const five = await statementsFor(api, query, { first: 5 });
    const fifty = await statementsFor(api, query, { first: 50 });
    expect(five.count).toBe(fifty.count);
    expect(fifty.count).toBeLessThanOrEqual(12);
  });
});
