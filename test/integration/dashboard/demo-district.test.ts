import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../support/harness.js';
import { DashboardDocument, ProjectsDocument, ReportProgressDocument } from '../../generated/operations.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('demo');
});
afterAll(() => api?.close());

describe('the demo district reproduces DOMAIN.md', () => {
  it('the 28 city-level projects give every figure of the source document', async () => {
    const { dashboard } = await api.data(DashboardDocument, { year: 2026, level: 'CITY' });
    expect(dashboard).toMatchObject({
      year: 2026,
      level: 'CITY',
      projectCount: 28,
      totalInvestment: '1706200.00',
      annualPlannedInvestment: '398000.00',
      completedInvestment: '73400.00',
      completionRate: '18.44',
      startedCount: 19,
      newBuildCount: 18,
    });
    expect(dashboard.byIndustry.find((row) => row.industry === 'TERTIARY')?.projectCount).toBe(19);
    expect(Object.fromEntries(dashboard.byInvestmentBand.map((row) => [row.band, row.projectCount]))).toEqual({
      OVER_1B: 6,
      FROM_500M_TO_1B: 9,
      FROM_100M_TO_500M: 10,
      UNDER_100M: 3,
    });
  });

  it('all 50 projects total 258.7亿 with a plan of 43.1亿', async () => {
    const { dashboard } = await api.data(DashboardDocument, { year: 2026 });
    expect(dashboard).toMatchObject({ level: null, projectCount: 50, totalInvestment: '2587000.00', annualPlannedInvestment: '431000.00' });
    const district = await api.data(DashboardDocument, { year: 2026, level: 'DISTRICT' });
    expect(district.dashboard.projectCount).toBe(22);
  });

  it('the figures are computed from the rows, not stored', async () => {
    const [row] = await api.db.sql<{ total: string }>(
      `select sum(pr.completed_investment)::text as total from progress_report pr join listing l on l.project_id = pr.project_id and l.year = pr.year where l.level = 'CITY' and pr.year = 2026`,
    );
    expect(row.total).toBe('73400.00');
  });

  it('the stone-industry cluster holds the four projects the document names', async () => {
    const { projects } = await api.data(ProjectsDocument, { filter: { cluster: '石材产业' }, first: 100 });
    expect(projects.nodes.map((project) => project.name)).toEqual(
      expect.arrayContaining(['XX国际石材产业城', '康利石材', '石材博览中心', '安塘石材基地']),
    );
  });

  it("reporting 1000.00 for a city project's April raises the city's completed to 74400.00", async () => {
    const { projects } = await api.data(ProjectsDocument, { filter: { level: 'CITY' }, first: 1 });
    const report = await api.data(ReportProgressDocument, {
      input: { projectId: projects.nodes[0].id, year: 2026, month: 4, completedInvestment: '1000.00', physicalProgress: '50.00', narrative: '四月进展' },
    });
    expect(report.reportProgress).toMatchObject({ month: 4, completedInvestment: '1000.00' });
    const { dashboard } = await api.data(DashboardDocument, { year: 2026, level: 'CITY' });
    expect(dashboard.completedInvestment).toBe('74400.00');
    expect(dashboard.completionRate).toBe('18.69');
  });
});
