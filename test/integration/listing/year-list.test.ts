import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../support/harness.js';
import { rowId, seed } from '../../support/testkit.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('year-list');
});
afterAll(() => api?.close());

const DASHBOARD = 'query($year: Int!, $level: ProjectLevel) { dashboard(year: $year, level: $level) { projectCount totalInvestment annualPlannedInvestment completedInvestment completionRate newBuildCount cumulativeInvestment } }';

async function dashboard(year: number, level: string | null = null) {
  const response = await api.raw<{ dashboard: Record<string, unknown> }>(DASHBOARD, { year, level }, { 'cache-control': 'no-cache' });
  expect(response.errors).toBeUndefined();
  return response.data!.dashboard;
}

async function projectIdByCode(code: string): Promise<string> {
  const response = await api.raw<{ projects: { nodes: { id: string }[] } }>('query($s: String) { projects(filter: { search: $s }, first: 1) { nodes { id } } }', { s: code });
  return response.data!.projects.nodes[0].id;
}

describe("a year's figures count that year's issued list only", () => {
  it('2026 is the list of 50; 2025 the 14 projects already under way then, with their own plans and reports', async () => {
    const [y2026, y2025] = [await dashboard(2026), await dashboard(2025)];
    expect(y2026).toMatchObject({ projectCount: 50, totalInvestment: '2587000.00', annualPlannedInvestment: '431000.00' });
    expect(y2025.projectCount).toBe(14);
    expect(y2025.annualPlannedInvestment).not.toBe(y2026.annualPlannedInvestment);
    const [{ planned, completed }] = await api.db.sql<{ planned: string; completed: string }>(
      `select (select sum(planned_investment)::text from listing where year = 2025 and status = 'ISSUED') as planned,
              (select sum(r.completed_investment)::text from progress_report r join listing l on l.project_id = r.project_id and l.year = 2025 where r.year = 2025) as completed`,
    );
    expect(y2025).toMatchObject({ annualPlannedInvestment: planned, completedInvestment: completed });
    const codes = await api.db.sql<{ code: string; type: string }>(`select p.code, l.construction_type as type from listing l join project p on p.id = l.project_id where l.year = 2025 order by p.code`);
    expect(codes.find((row) => row.code === 'SZ2026-001')?.type).toBe('CONTINUING');
    expect(codes.find((row) => row.code === 'SZ2026-002')?.type).toBe('NEW');
    expect(codes.map((row) => row.code)).not.toContain('SZ2026-003');
  });

  it('2027 counts nothing until a list is proposed and issued; the proposal drops a project completed in 2026', async () => {
    expect(await dashboard(2027)).toMatchObject({ projectCount: 0, annualPlannedInvestment: '0.00', completedInvestment: '0.00' });

    // SZ2026-017 is completed in 2026: it must not be carried over.
    const completedId = await projectIdByCode('SZ2026-017');
    const done = await api.raw('mutation($id: ID!) { updateProject(input: { id: $id, completedOn: "2026-10-30" }) { status } }', { id: completedId });
    expect(done.errors).toBeUndefined();

    const proposed = await api.raw<{ proposeListings: { year: number; count: number; listings: { status: string; constructionType: string; project: { code: string } }[] } }>(
      'mutation { proposeListings(fromYear: 2026, toYear: 2027) { year count listings { status constructionType plannedInvestment project { code } } } }',
    );
    expect(proposed.errors).toBeUndefined();
    const drafts = proposed.data!.proposeListings;
    expect(drafts.count).toBe(49);
    expect(drafts.listings.every((listing) => listing.status === 'DRAFT')).toBe(true);
    expect(drafts.listings.map((listing) => listing.project.code)).not.toContain('SZ2026-017');
    // Started projects continue; one not started yet is still NEW; a preparatory one stays preparatory.
    const typeOf = (code: string) => drafts.listings.find((listing) => listing.project.code === code)?.constructionType;
    expect([typeOf('SZ2026-003'), typeOf('SZ2026-006'), typeOf('SZ2026-025')]).toEqual(['CONTINUING', 'NEW', 'PREPARATORY']);

    expect((await dashboard(2027)).projectCount, 'a draft counts nothing').toBe(0);
    const again = await api.raw<{ proposeListings: { count: number } }>('mutation { proposeListings(fromYear: 2026, toYear: 2027) { count } }');
    expect(again.data!.proposeListings.count, 'proposing again adds only what is missing').toBe(0);

    const issued = await api.raw<{ issueListings: { count: number } }>('mutation { issueListings(year: 2027) { count } }');
    expect(issued.data!.issueListings.count).toBe(49);
    expect((await dashboard(2027)).projectCount).toBe(49);
    expect((await dashboard(2026)).projectCount, '2026 keeps its own list').toBe(50);
  });

  it('listings(year) pages a year\'s list with its filter; Project.listing(year) and the conveniences read the listing', async () => {
    const page = await api.raw<{ listings: { totalCount: number; nodes: { year: number; level: string; status: string; project: { code: string } }[] } }>(
      'query { listings(year: 2026, filter: { level: CITY, constructionType: NEW }, first: 5) { totalCount nodes { year level status project { code } } } }',
    );
    expect(page.errors).toBeUndefined();
    expect(page.data!.listings.totalCount).toBe(18);
    expect(page.data!.listings.nodes).toHaveLength(5);
    expect(page.data!.listings.nodes.every((node) => node.level === 'CITY' && node.status === 'ISSUED')).toBe(true);

    const id = await projectIdByCode('SZ2026-002');
    const project = await api.raw<{ project: { level: string; constructionType: string; listing2025: { constructionType: string }; listing2026: { constructionType: string; plannedInvestment: string }; annualPlan: { plannedInvestment: string } } }>(
      `query($id: ID!) { project(id: $id) { level constructionType listing2025: listing(year: 2025) { constructionType } listing2026: listing(year: 2026) { constructionType plannedInvestment } annualPlan(year: 2026) { plannedInvestment } } }`,
      { id },
    );
    expect(project.data!.project).toMatchObject({
      level: 'CITY',
      constructionType: 'CONTINUING',
      listing2025: { constructionType: 'NEW' },
      listing2026: { constructionType: 'CONTINUING', plannedInvestment: '42000.00' },
      annualPlan: { plannedInvestment: '42000.00' },
    });
  });

  it('a project created while the year is issued joins the issued list at once; a listing for an unissued year is a draft', async () => {
    const project = await seed(api).project({ level: 'DISTRICT', plannedInvestment: '800.00' } as never);
    const [listing] = await api.db.sql<{ status: string; year: number; planned_investment: string }>('select status, year, planned_investment::text from listing where project_id = $1', [project.rowId]);
    expect(listing).toMatchObject({ status: 'ISSUED', year: 2026, planned_investment: '800.00' });
    const set = await api.raw<{ setListing: { status: string; year: number } }>(
      'mutation($id: ID!) { setListing(input: { projectId: $id, year: 2028, level: DISTRICT, constructionType: CONTINUING, plannedInvestment: "500.00" }) { status year } }',
      { id: project.id },
    );
    expect(set.data!.setListing).toEqual({ status: 'DRAFT', year: 2028 });
  });

  it('cumulative investment is the opening balance plus every report since', async () => {
    const id = await projectIdByCode('SZ2026-001');
    const [row] = await api.db.sql<{ expected: string }>(
      `select (p.opening_investment + coalesce((select sum(r.completed_investment) from progress_report r where r.project_id = p.id
                 and (p.opening_investment_on is null or make_date(r.year, r.month, 1) > p.opening_investment_on)), 0))::text as expected
         from project p where p.id = $1`,
      [rowId(id)],
    );
    const response = await api.raw<{ project: { cumulativeInvestment: string; openingInvestment: string } }>('query($id: ID!) { project(id: $id) { openingInvestment cumulativeInvestment } }', { id });
    expect(response.data!.project.cumulativeInvestment).toBe(row.expected);
    expect(Number(response.data!.project.openingInvestment)).toBeGreaterThan(0);
    const asOf = await api.raw<{ project: { cumulativeInvestment: string } }>('query($id: ID!) { project(id: $id) { cumulativeInvestment(asOf: "2025-12-31T23:59:59+08:00") } }', { id });
    const [then] = await api.db.sql<{ expected: string }>(
      `select (p.opening_investment + coalesce((select sum(r.completed_investment) from progress_report r where r.project_id = p.id
                 and r.reported_at <= '2025-12-31T23:59:59+08:00'), 0))::text as expected from project p where p.id = $1`,
      [rowId(id)],
    );
    expect(asOf.data!.project.cumulativeInvestment).toBe(then.expected);
  });
});

describe('phased plans', () => {
  it('a quarterly phasing moves planned-to-date and 序时进度; amounts that do not sum to the plan are refused, writing nothing', async () => {
    const project = await seed(api).project({ plannedInvestment: '1200.00' } as never);
    const query = 'query($id: ID!) { project(id: $id) { listing(year: 2026) { phasing { kind entered monthly } march: plannedToDate(month: 3) tp: timeProgress(month: 3) } } }';
    const before = await api.raw<{ project: { listing: { phasing: { kind: string; monthly: string[] }; march: string; tp: string } } }>(query, { id: project.id });
    expect(before.data!.project.listing).toMatchObject({ phasing: { kind: 'DEFAULT' }, march: '300.00', tp: '25.00' });

    const wrong = await api.raw('mutation($id: ID!) { setPlanPhasing(input: { projectId: $id, year: 2026, kind: QUARTERLY, amounts: ["100.00", "200.00", "300.00", "599.99"] }) { id } }', { id: project.id });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amounts' });

    const set = await api.raw('mutation($id: ID!) { setPlanPhasing(input: { projectId: $id, year: 2026, kind: QUARTERLY, amounts: ["120.00", "360.00", "360.00", "360.00"] }) { id } }', { id: project.id });
    expect(set.errors).toBeUndefined();
    const after = await api.raw<{ project: { listing: { phasing: { kind: string; entered: string[]; monthly: string[] }; march: string; tp: string } } }>(query, { id: project.id });
    expect(after.data!.project.listing).toMatchObject({ phasing: { kind: 'QUARTERLY', entered: ['120.00', '360.00', '360.00', '360.00'] }, march: '120.00', tp: '10.00' });
    expect(after.data!.project.listing.phasing.monthly).toHaveLength(12);
  });
});
