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
let projects: { id: string; code: string; level: string; assignments: { role: string; person: { id: string } }[] }[];

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
  it('a report that pushes a project from RED to GREEN changes its light and the dashboard counts, and emits one lightChanged', async () => {
    // A red project whose light comes from lagging (not from a delayed start).
    let target: { id: string; plan: string; janFeb: bigint } | undefined;
    for (const project of projects) {
      const { project: detail } = await api.data(ProjectLightsDocument, { id: project.id, year: 2026 });
      if (detail.light?.light !== 'RED' || !['TWO_YELLOWS', 'LAG_RED', 'LAG_YELLOW'].includes(detail.light.rule)) continue;
      const full = await api.data(ProjectDetailDocument, { id: project.id, year: 2026 });
      if (!full.project.annualPlan) continue;
      const janFeb = full.project.progress.filter((report) => report.month < 3).reduce((sum, report) => sum + cents(report.completedInvestment), 0n);
      target = { id: project.id, plan: full.project.annualPlan.plannedInvestment, janFeb };
      break;
    }
    expect(target, 'the demo district has a project red for lagging').toBeDefined();
    const before = (await api.data(LightCountsDocument, { year: 2026 })).dashboard.lightCounts;
    expect(before.month).toBe(3);

    const changes = subscribe(api.wsUrl, LightChangedDocument, { projectId: target!.id });
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      // Year to date at 20% of the plan: lag 25.00 − 20.00 = 5.00 < 10 → GREEN.
      const march = (cents(target!.plan) * 20n) / 100n - target!.janFeb;
      await api.data(ReportProgressDocument, {
        input: { projectId: target!.id, year: 2026, month: 3, completedInvestment: money(march), physicalProgress: '30.00' },
      });
      const [change] = await changes.until((values) => values.length >= 1);
      expect(change.lightChanged).toMatchObject({ project: { id: target!.id }, year: 2026, month: 3, from: 'RED', to: 'GREEN', rule: 'ON_SCHEDULE' });
      expect(change.lightChanged.inputs).toMatchObject({ timeProgress: '25.00', completionRate: '20.00', lag: '5.00' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(changes.values).toHaveLength(1);
    } finally {
      await changes.dispose();
    }
    const { project } = await api.data(ProjectLightsDocument, { id: target!.id, year: 2026 });
    expect(project.light).toMatchObject({ month: 3, light: 'GREEN', rule: 'ON_SCHEDULE' });
    expect(project.lights.map((light) => light.month)).toEqual([1, 2, 3]);
    const after = (await api.data(LightCountsDocument, { year: 2026 })).dashboard.lightCounts;
    expect(after).toEqual({ ...before, red: before.red - 1, green: before.green + 1 });
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

    const countsBefore = (await api.data(LightCountsDocument, { year: 2026 })).dashboard.lightCounts;
    await api.data(UpdateAssessmentSchemeDocument, { input: { year: 2026, yellowLag: '40.00', redLag: '60.00' } });
    const countsAfter = (await api.data(LightCountsDocument, { year: 2026 })).dashboard.lightCounts;
    // With a 40-point threshold no March lag (at most 25) is yellow: only delayed starts stay lit.
    expect(countsAfter.green).toBeGreaterThan(countsBefore.green);
    const bad = await api.request(UpdateAssessmentSchemeDocument, { input: { year: 2026, yellowLag: '70.00' } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'yellowLag' });
  });

  it('reports racing a scheme change and the opening of a new month all commit, and every rank read equals a dense ranking of the stored totals', async () => {
    const { assessmentScheme } = await api.data(AssessmentSchemeDocument, { year: 2026 });
    const [{ month: period }] = await api.db.sql<{ month: number }>('select max(month)::int as month from progress_report where year = 2026');
    const writes = projects.slice(10, 30).map((project, index) =>
      api.data(ReportProgressDocument, {
        // Half report the current period, half open the next month (a year-wide light recomputation).
        input: { projectId: project.id, year: 2026, month: index % 2 ? period : period + 1, completedInvestment: `${100 + index}.00`, physicalProgress: '50.00' },
      }),
    );
    const tiers = assessmentScheme.weightTiers.map((tier) => ({ minPlannedInvestment: tier.minPlannedInvestment, weight: (Number(tier.weight) + 1).toFixed(2) }));
    writes.splice(10, 0, api.data(UpdateAssessmentSchemeDocument, { input: { year: 2026, weightTiers: tiers } }) as never);
    await Promise.all(writes);

    const { projectScores } = await api.data(ProjectScoresDocument, { year: 2026, first: 100 });
    const totals = [...new Set(projectScores.nodes.map((node) => cents(node.total)))].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0));
    for (const node of projectScores.nodes) expect(node.rank).toBe(totals.indexOf(cents(node.total)) + 1);
    const [{ stale }] = await api.db.sql<{ stale: number }>(
      `select count(*)::int as stale from light_record l join project p on p.id = l.project_id
        where l.year = 2026 and l.month = $1 and p.completed_on is null`,
      [period + 1],
    );
    const [{ active }] = await api.db.sql<{ active: number }>('select count(*)::int as active from project where completed_on is null');
    expect(stale, 'every active project has a light for the newly opened month').toBe(active);
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
