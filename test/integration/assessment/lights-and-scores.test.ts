import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../support/harness.js';
import { subscribe } from '../../support/ws-client.js';
import {
  AssessmentSchemeDocument,
  LightChangedDocument,
  LightCountsDocument,
  ProjectDetailDocument,
  ProjectLightsDocument,
  ProjectScoreDocument,
  ProjectScoresDocument,
  ProjectsWithResponsibilityDocument,
  RecordAccountabilityDocument,
  RecordCriticismDocument,
  ReportProgressDocument,
  ScoresAndLightsDocument,
  SimulateScoreDocument,
  SubmitTargetExplanationDocument,
  UpdateAssessmentSchemeDocument,
} from '../../generated/operations.js';

let api: TestApi;
let projects: { id: string; code: string; level: string | null; assignments: { role: string; person: { id: string } }[] }[];

beforeAll(async () => {
  api = await startTestApi('assess');
  projects = (await api.data(ProjectsWithResponsibilityDocument, { first: 100 })).projects.nodes;
});
afterAll(() => api?.close());

function cents(value: string): bigint {
  const [whole, fraction = ''] = value.split('.');
  return BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
}

function money(fen: bigint): string {
  return `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
}

describe('warning lights', () => {
  it('a report changes no official light; closing the month emits one lightChanged per project whose official light changed', async () => {
    const target = projects.find((project) => project.code === 'SZ2026-019')!;
    const before = (await api.data(LightCountsDocument, { year: 2026 })).dashboard.lightCounts;
    expect(before.month).toBe(3);
    const march = (await api.data(ProjectLightsDocument, { id: target.id, year: 2026 })).project.light;
    // Planned to start on 10 April: not due in March.
    expect(march).toMatchObject({ month: 3, light: 'NOT_DUE' });

    const changes = subscribe(api.wsUrl, LightChangedDocument, { projectId: target.id });
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await api.data(ReportProgressDocument, { input: { projectId: projects[0].id, year: 2026, month: 4, completedInvestment: '10.00', physicalProgress: '30.00' } });
      expect((await api.data(LightCountsDocument, { year: 2026 })).dashboard.lightCounts, 'a report changes no official light').toEqual(before);
      const closed = await api.raw('mutation { closeMonth(year: 2026, month: 4) { period { month } } }');
      expect(closed.errors).toBeUndefined();
      // Still not started at the end of April, its planned start month: YELLOW.
      const [change] = await changes.until((values) => values.length >= 1);
      expect(change.lightChanged).toMatchObject({ project: { id: target.id }, year: 2026, month: 4, from: 'NOT_DUE', to: 'YELLOW', rule: 'START_DELAYED' });
      expect(change.lightChanged.inputs).toMatchObject({ plannedStartOn: '2026-04-10', monthsStartDelayed: 0 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(changes.values).toHaveLength(1);
    } finally {
      await changes.dispose();
    }
    const { project } = await api.data(ProjectLightsDocument, { id: target.id, year: 2026 });
    expect(project.light).toMatchObject({ month: 4, light: 'YELLOW', rule: 'START_DELAYED' });
    expect(project.lights.map((light) => light.month).slice(0, 4)).toEqual([1, 2, 3, 4]);
    expect((await api.data(LightCountsDocument, { year: 2026 })).dashboard.lightCounts.month).toBe(4);
  });

  it('laggingProjects lists the projects furthest behind, largest lag first, with the lights projects show', async () => {
    const response = await api.raw<{ laggingProjects: { project: { id: string }; light: string; lag: string | null; month: number }[] }>(
      '{ laggingProjects(year: 2026, level: CITY, first: 20) { project { id } light lag month } }',
    );
    expect(response.errors).toBeUndefined();
    const rows = response.data!.laggingProjects;
    expect(rows).toHaveLength(20);
    const lags = rows.map((row) => (row.lag === null ? -Infinity : Number(row.lag)));
    for (let i = 1; i < lags.length; i++) expect(lags[i]).toBeLessThanOrEqual(lags[i - 1]);
    const { project } = await api.data(ProjectLightsDocument, { id: rows[0].project.id, year: 2026 });
    expect(project.light).toMatchObject({ light: rows[0].light, month: rows[0].month });
    const bad = await api.raw('{ laggingProjects(year: 2026, first: 101) { lag } }');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('lights and scores for a page of 50 projects run the same number of SQL statements as for 5', async () => {
    const five = await api.request(ScoresAndLightsDocument, { first: 5, year: 2026 });
    const fifty = await api.request(ScoresAndLightsDocument, { first: 50, year: 2026 });
    expect(five.errors).toBeUndefined();
    expect(fifty.data?.projects.nodes).toHaveLength(50);
    expect(fifty.extensions?.sqlStatements).toBe(five.extensions?.sqlStatements);
  });
});

describe('assessment', () => {
  it('ranks are dense, best first, and every score explains its parts', async () => {
    const { projectScores } = await api.data(ProjectScoresDocument, { year: 2026, first: 100 });
    expect(projectScores.totalCount).toBe(50);
    const totals = projectScores.nodes.map((node) => Number(node.total));
    for (let i = 1; i < totals.length; i++) expect(totals[i]).toBeLessThanOrEqual(totals[i - 1]);
    expect(projectScores.nodes[0].rank).toBe(1);
    for (let i = 1; i < projectScores.nodes.length; i++) {
      const step = projectScores.nodes[i].rank - projectScores.nodes[i - 1].rank;
      expect(step).toBe(projectScores.nodes[i].total === projectScores.nodes[i - 1].total ? 0 : 1);
    }
    for (const node of projectScores.nodes) {
      expect(node.explanation.map((part) => part.part)).toEqual(expect.arrayContaining(['BASE', 'WEIGHT', 'BONUS', 'DEDUCTION', 'TOTAL']));
      expect(node.explanation.find((part) => part.part === 'TOTAL')!.points).toBe(node.total);
    }
    const paged = await api.data(ProjectScoresDocument, { year: 2026, first: 20, after: projectScores.nodes.length ? undefined : null });
    const next = await api.data(ProjectScoresDocument, { year: 2026, first: 20, after: paged.projectScores.pageInfo.endCursor });
    expect(next.projectScores.nodes[0].project.id).toBe(projectScores.nodes[20].project.id);
  });

  it('a report that moves a project up the ranking emits one RANK_CHANGED for it, with the ranks before and after', async () => {
    const { projectScores } = await api.data(ProjectScoresDocument, { year: 2026, first: 100 });
    const last = projectScores.nodes.at(-1)!;
    const detail = await api.data(ProjectDetailDocument, { id: last.project.id, year: 2026 });
    const plan = cents(detail.project.annualPlan!.plannedInvestment);
    const [{ sequence }] = await api.db.sql<{ sequence: string }>('select coalesce(max(sequence), 0)::text as sequence from event');
    await api.data(ReportProgressDocument, {
      input: { projectId: last.project.id, year: 2026, month: 5, completedInvestment: money(plan), physicalProgress: '90.00' },
    });
    const { projectScore } = await api.data(ProjectScoreDocument, { projectId: last.project.id, year: 2026 });
    expect(projectScore!.rank).toBeLessThan(last.rank);
    const events = await api.db.sql<{ project_id: number; payload: { from: number; to: number } }>(
      `select project_id, payload from event where type = 'RANK_CHANGED' and sequence > $1`,
      [sequence],
    );
    expect(events).toHaveLength(1);
    expect(events[0].payload).toMatchObject({ projectId: last.project.id, from: last.rank, to: projectScore!.rank });
  });

  it('simulateScore writes nothing', async () => {
    const project = projects[1];
    const before = await api.db.sql('select * from project_score order by id');
    const events = await api.db.sql<{ n: number }>('select count(*)::int as n from event');
    const { projectScore } = await api.data(ProjectScoreDocument, { projectId: project.id, year: 2026 });
    const detail = await api.data(ProjectDetailDocument, { id: project.id, year: 2026 });
    const plan = detail.project.annualPlan!.plannedInvestment;
    const { simulateScore } = await api.data(SimulateScoreDocument, { projectId: project.id, year: 2026, completedInvestment: plan, milestonesMet: true });
    expect(simulateScore).toMatchObject({ simulated: true, targetMet: true, baseScore: '60.00', bonusScore: '0.00' });
    expect(Number(simulateScore.total)).toBeGreaterThan(Number(projectScore!.total));
    expect(simulateScore.rank).toBe(1);
    const notMet = await api.data(SimulateScoreDocument, { projectId: project.id, year: 2026, completedInvestment: plan, milestonesMet: false });
    expect(notMet.simulateScore).toMatchObject({ targetMet: false, baseScore: '0.00' });
    expect(await api.db.sql('select * from project_score order by id')).toEqual(before);
    expect(await api.db.sql('select count(*)::int as n from event')).toEqual(events);
  });

  it('editing the scheme makes a new version and changes the scores and lights', async () => {
    const project = projects[2];
    const { projectScore: before } = await api.data(ProjectScoreDocument, { projectId: project.id, year: 2026 });
    const scheme = await api.data(AssessmentSchemeDocument, { year: 2026 });
    expect(scheme.assessmentScheme).toMatchObject({ version: 1, baseScore: '60.00', yellowLag: '10.00', redLag: '30.00', bonusCap: '10.00' });
    const doubled = scheme.assessmentScheme.weightTiers.map((tier) => ({ minPlannedInvestment: tier.minPlannedInvestment, weight: (Number(tier.weight) * 2).toFixed(2) }));
    const { updateAssessmentScheme } = await api.data(UpdateAssessmentSchemeDocument, { input: { year: 2026, weightTiers: doubled } });
    expect(updateAssessmentScheme.version).toBe(2);
    const { projectScore: after } = await api.data(ProjectScoreDocument, { projectId: project.id, year: 2026 });
    expect(after!.schemeVersion).toBe(2);
    expect(cents(after!.weightScore)).toBeGreaterThan(cents(before!.weightScore));
    const versions = await api.data(AssessmentSchemeDocument, { year: 2026 });
    expect(versions.assessmentSchemeVersions.map((version) => version.version)).toEqual([2, 1]);

    const lagYellow = async () => {
      const response = await api.raw<{ projects: { nodes: { light: { rule: string } | null }[] } }>('{ projects(first: 100) { nodes { light(year: 2026, month: 5) { rule } } } }', undefined, {
        'cache-control': 'no-cache',
      });
      return response.data!.projects.nodes.filter((node) => node.light?.rule === 'LAG_YELLOW' || node.light?.rule === 'LAG_RED').length;
    };
    const officialBefore = (await api.data(LightCountsDocument, { year: 2026 })).dashboard.lightCounts;
    expect(await lagYellow(), 'in May, unreported since March, some projects lag their own plan').toBeGreaterThan(0);
    await api.data(UpdateAssessmentSchemeDocument, { input: { year: 2026, yellowLag: '40.00', redLag: '60.00' } });
    // The open month is judged with the new thresholds; closed months keep the lights they were closed with.
    expect(await lagYellow()).toBe(0);
    expect((await api.data(LightCountsDocument, { year: 2026 })).dashboard.lightCounts).toEqual(officialBefore);
    const bad = await api.request(UpdateAssessmentSchemeDocument, { input: { year: 2026, yellowLag: '70.00' } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'yellowLag' });
  });

  it('reports racing a scheme change all commit, and every rank read equals a dense ranking of the stored totals', async () => {
    const { assessmentScheme } = await api.data(AssessmentSchemeDocument, { year: 2026 });
    const [{ month: period }] = await api.db.sql<{ month: number }>('select max(month)::int + 1 as month from reporting_period where year = 2026');
    const writes = projects.slice(10, 30).map((project, index) =>
      api.data(ReportProgressDocument, {
        // Half report the first open month, half the next one.
        input: { projectId: project.id, year: 2026, month: index % 2 ? period : period + 1, completedInvestment: `${100 + index}.00`, physicalProgress: '50.00' },
      }),
    );
    const tiers = assessmentScheme.weightTiers.map((tier) => ({ minPlannedInvestment: tier.minPlannedInvestment, weight: (Number(tier.weight) + 1).toFixed(2) }));
    writes.splice(10, 0, api.data(UpdateAssessmentSchemeDocument, { input: { year: 2026, weightTiers: tiers } }) as never);
    await Promise.all(writes);

    const { projectScores } = await api.data(ProjectScoresDocument, { year: 2026, first: 100 });
    const totals = [...new Set(projectScores.nodes.map((node) => cents(node.total)))].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0));
    for (const node of projectScores.nodes) expect(node.rank).toBe(totals.indexOf(cents(node.total)) + 1);
    const [{ official }] = await api.db.sql<{ official: number }>('select count(*)::int as official from light_record where year = 2026 and month >= $1', [period]);
    expect(official, 'open months have no official light: reports never write one').toBe(0);
  });

  it('a public criticism deducts its points and a safety accident vetoes the year', async () => {
    const project = projects[3];
    const { projectScore: before } = await api.data(ProjectScoreDocument, { projectId: project.id, year: 2026 });
    await api.data(RecordCriticismDocument, { input: { year: 2026, projectId: project.id, description: '进度严重滞后', decidedOn: '2026-04-10' } });
    const { projectScore: criticised } = await api.data(ProjectScoreDocument, { projectId: project.id, year: 2026 });
    expect(criticised!.deductions).toBe(money(cents(before!.deductions) + 500n));
    const expected = cents(before!.total) - 500n;
    expect(criticised!.total).toBe(money(expected > 0n ? expected : 0n));

    const other = projects[4];
    await api.data(RecordAccountabilityDocument, {
      input: { year: 2026, projectId: other.id, description: '发生一般安全生产责任事故', decidedOn: '2026-05-01', reason: 'SAFETY_ACCIDENT' },
    });
    const { projectScore: vetoed } = await api.data(ProjectScoreDocument, { projectId: other.id, year: 2026 });
    expect(vetoed).toMatchObject({ vetoed: true, total: '0.00' });
    expect(vetoed!.explanation.map((part) => part.part)).toContain('VETO');
    const missed = await api.request(RecordAccountabilityDocument, {
      input: { year: 2026, projectId: other.id, description: '目标未完成', decidedOn: '2026-05-02', reason: 'TARGET_MISSED' },
    });
    expect(missed.errors).toBeUndefined();
  });

  it('only the liaison leader or the responsible person may explain a missed target', async () => {
    const project = projects[5];
    const liaison = project.assignments.find((assignment) => assignment.role === 'LIAISON_LEADER')!.person.id;
    const principal = project.assignments.find((assignment) => assignment.role === 'PRINCIPAL')!.person.id;
    const ok = await api.data(SubmitTargetExplanationDocument, {
      input: { projectId: project.id, year: 2026, authorId: liaison, explanation: '征地拆迁滞后', rectificationPlan: '成立专班,倒排工期' },
    });
    expect(ok.submitTargetExplanation.project.targetExplanations).toHaveLength(1);
    const refused = await api.request(SubmitTargetExplanationDocument, {
      input: { projectId: project.id, year: 2026, authorId: principal, explanation: 'x', rectificationPlan: 'y' },
    });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'authorId' });
  });
});
