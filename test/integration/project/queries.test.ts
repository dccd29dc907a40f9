import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../support/harness.js';
import { demoOrganizations, demoPeople, demoProjects, type DemoProject } from '../../../src/db/seed/demo-district.data.js';
import { DEMO_SUPERVISION_STAFF } from '../../../src/db/seed/demo-supervision.js';
import {
  CreateProjectDocument,
  NodeByIdDocument,
  OrganizationByIdDocument,
  OrganizationDetailDocument,
  OrganizationPeoplePageDocument,
  OrganizationsDocument,
  PeopleDocument,
  PeopleEdgesDocument,
  PersonByIdDocument,
  PersonProjectsDocument,
  ProjectDetailDocument,
  ProjectsDocument,
  ProjectsWithResponsibilityDocument,
  type AssignmentRole,
  type PersonFilter,
  type ProjectFilter,
  type ProjectsQuery,
} from '../../generated/operations.js';
import { idOf } from '../../support/fixtures.js';

// The demo district's rows are the oracle: every expected list below is derived from the seed data
// (in seed order, which is id order), and the headline counts are also written out as in DOMAIN.md.

let api: TestApi;
const organizationId = new Map<string, string>();
const personId = new Map<string, string>();
const projectId = new Map<string, string>();

beforeAll(async () => {
  api = await startTestApi('queries');
  const { organizations } = await api.data(OrganizationsDocument, {});
  for (const organization of organizations) organizationId.set(organization.name, organization.id);
  const { people } = await api.data(PeopleDocument, { first: 100 });
  for (const person of people.nodes) personId.set(person.name, person.id);
  const { projects } = await api.data(ProjectsDocument, { first: 100 });
  for (const project of projects.nodes) projectId.set(project.code, project.id);
});
afterAll(() => api?.close());

const organizationName = (key: string) => demoOrganizations.find((organization) => organization.key === key)!.name;
const personName = (key: string) => demoPeople.find((person) => person.key === key)!.name;
const orgIdByKey = (key: string) => idOf(organizationId, organizationName(key));
const personIdByKey = (key: string) => idOf(personId, personName(key));

function seedCodes(predicate: (project: DemoProject) => boolean): string[] {
  return demoProjects.filter(predicate).map((project) => project.code);
}

function bandOf(totalInvestment: string) {
  const total = Number(totalInvestment);
  if (total < 10000) return 'UNDER_100M';
  if (total < 50000) return 'FROM_100M_TO_500M';
  if (total < 100000) return 'FROM_500M_TO_1B';
  return 'OVER_1B';
}

async function codesFor(filter: ProjectFilter) {
  const { projects } = await api.data(ProjectsDocument, { filter, first: 100 });
  expect(projects.totalCount).toBe(projects.nodes.length);
  expect(projects.pageInfo.hasNextPage).toBe(false);
  return projects.nodes.map((project) => project.code);
}

describe('projects filters', () => {
  it('filtering by level gives the 28 city-level and the 22 district-level projects', async () => {
    const city = await codesFor({ level: 'CITY' });
    const district = await codesFor({ level: 'DISTRICT' });
    expect(city).toHaveLength(28);
    expect(district).toHaveLength(22);
    expect(city).toEqual(seedCodes((project) => project.level === 'CITY'));
    expect(district).toEqual(seedCodes((project) => project.level === 'DISTRICT'));
  });

  it('filtering by industry gives each sector its projects, 19 tertiary among the city ones', async () => {
    for (const industry of ['PRIMARY', 'SECONDARY', 'TERTIARY'] as const) {
      expect(await codesFor({ industry })).toEqual(seedCodes((project) => project.industry === industry));
    }
    expect(await codesFor({ industry: 'TERTIARY', level: 'CITY' })).toHaveLength(19);
  });

  it('filtering by investment band follows the total investment, as the city counts of DOMAIN.md', async () => {
    const expectedCityCounts = { OVER_1B: 6, FROM_500M_TO_1B: 9, FROM_100M_TO_500M: 10, UNDER_100M: 3 };
    for (const band of ['UNDER_100M', 'FROM_100M_TO_500M', 'FROM_500M_TO_1B', 'OVER_1B'] as const) {
      const { projects } = await api.data(ProjectsDocument, { filter: { investmentBand: band }, first: 100 });
      expect(projects.nodes.map((project) => project.code)).toEqual(seedCodes((project) => bandOf(project.totalInvestment) === band));
      expect(projects.nodes.every((project) => project.investmentBand === band)).toBe(true);
      expect(await codesFor({ investmentBand: band, level: 'CITY' })).toHaveLength(expectedCityCounts[band]);
    }
  });

  it('filtering by construction type gives 18 new city-level projects', async () => {
    for (const constructionType of ['NEW', 'CONTINUING', 'PREPARATORY'] as const) {
      expect(await codesFor({ constructionType })).toEqual(seedCodes((project) => project.constructionType === constructionType));
    }
    expect(await codesFor({ constructionType: 'NEW', level: 'CITY' })).toHaveLength(18);
  });

  it("filtering by responsible unit gives that unit's projects only", async () => {
    const { projects } = await api.data(ProjectsWithResponsibilityDocument, { filter: { responsibleUnitId: orgIdByKey('town-shashi') }, first: 100 });
    expect(projects.nodes.map((project) => project.code)).toEqual(seedCodes((project) => project.responsibleUnitKey === 'town-shashi'));
    expect(projects.totalCount).toBe(5);
    expect(new Set(projects.nodes.map((project) => project.responsibleUnit?.name))).toEqual(new Set(['XX区沙石镇']));
    expect(await codesFor({ responsibleUnitId: orgIdByKey('dept-tjj') })).toEqual([]);
  });

  it('filtering by person gives the projects they hold any role in, each once', async () => {
    expect(await codesFor({ personId: personIdByKey('party-secretary') })).toHaveLength(50);
    for (const key of ['cppcc-chair', 'gov-executive', 'resp-town-shuixi', 'land-zsb-1']) {
      const expected = seedCodes((project) => project.assignments.some((assignment) => assignment.personKey === key));
      const { projects } = await api.data(ProjectsWithResponsibilityDocument, { filter: { personId: personIdByKey(key) }, first: 100 });
      expect(projects.nodes.map((project) => project.code)).toEqual(expected);
      expect(projects.totalCount).toBe(expected.length);
      for (const project of projects.nodes) {
        expect(project.assignments.some((assignment) => assignment.person.id === personIdByKey(key))).toBe(true);
      }
    }
    expect(await codesFor({ personId: personIdByKey('cppcc-chair') })).toHaveLength(24);
    expect(await codesFor({ personId: personIdByKey('rep-dept-fgj') })).toEqual([]);
  });

  it('filtering by cluster gives the six stone-industry projects', async () => {
    expect(await codesFor({ cluster: '石材产业' })).toEqual(['SZ2026-001', 'SZ2026-007', 'SZ2026-008', 'SZ2026-014', 'QZ2026-001', 'QZ2026-002']);
    expect(await codesFor({ cluster: '石材' })).toEqual([]);
  });

  it('searching matches part of the name or of the code, ignoring case', async () => {
    expect(await codesFor({ search: '产业园' })).toEqual(seedCodes((project) => project.name.includes('产业园')));
    expect(await codesFor({ search: '产业园' })).toEqual(['SZ2026-006', 'SZ2026-012', 'SZ2026-021', 'SZ2026-025', 'QZ2026-018']);
    expect(await codesFor({ search: 'QZ2026-01' })).toEqual(seedCodes((project) => project.code.startsWith('QZ2026-01')));
    expect(await codesFor({ search: 'qz2026-00' })).toHaveLength(9);
    expect(await codesFor({ search: ' 康利石材 ' })).toEqual(['SZ2026-008']);
    expect(await codesFor({ search: '没有这样的项目' })).toEqual([]);
  });

  it('a search for % or _ matches those characters literally', async () => {
    expect(await codesFor({ search: '%' })).toEqual([]);
    expect(await codesFor({ search: '_' })).toEqual([]);
    expect(await codesFor({ search: 'SZ2026_001' })).toEqual([]);
    expect(await codesFor({ search: 'SZ%001' })).toEqual([]);
    expect(await codesFor({ search: '\\' })).toEqual([]);
  });

  it('combined filters must all hold', async () => {
    expect(await codesFor({ level: 'CITY', industry: 'SECONDARY', cluster: '石材产业' })).toEqual(['SZ2026-001', 'SZ2026-008', 'SZ2026-014']);
    expect(await codesFor({ level: 'DISTRICT', cluster: '石材产业', search: '孵化' })).toEqual(['QZ2026-002']);
    const expected = seedCodes(
      (project) => project.level === 'CITY' && project.constructionType === 'NEW' && project.industry === 'TERTIARY' && bandOf(project.totalInvestment) === 'FROM_100M_TO_500M',
    );
    expect(expected.length).toBeGreaterThan(1);
    expect(await codesFor({ level: 'CITY', constructionType: 'NEW', industry: 'TERTIARY', investmentBand: 'FROM_100M_TO_500M' })).toEqual(expected);
    expect(await codesFor({ responsibleUnitId: orgIdByKey('town-shuixi'), personId: personIdByKey('gov-executive') })).toEqual(
      seedCodes((project) => project.responsibleUnitKey === 'town-shuixi' && project.assignments.some((assignment) => assignment.personKey === 'gov-executive')),
    );
    expect(await codesFor({ level: 'DISTRICT', industry: 'PRIMARY', constructionType: 'PREPARATORY' })).toEqual([]);
  });
});

describe('projects pagination', () => {
  async function walk(first: number, filter?: ProjectFilter) {
    const pages: ProjectsQuery['projects'][] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard += 1) {
      const { projects }: ProjectsQuery = await api.data(ProjectsDocument, { filter, first, after });
      pages.push(projects);
      if (!projects.pageInfo.hasNextPage) return pages;
      after = projects.pageInfo.endCursor;
    }
    throw new Error('pagination did not end');
  }

  it('walking all 50 projects 7 at a time visits each once, in stable order, with a constant total', async () => {
    const pages = await walk(7);
    expect(pages.map((page) => page.nodes.length)).toEqual([7, 7, 7, 7, 7, 7, 7, 1]);
    expect(pages.map((page) => page.totalCount)).toEqual(Array(8).fill(50));
    expect(pages.map((page) => page.pageInfo.hasNextPage)).toEqual([true, true, true, true, true, true, true, false]);
    expect(pages.map((page) => page.pageInfo.hasPreviousPage)).toEqual([false, true, true, true, true, true, true, true]);
    const codes = pages.flatMap((page) => page.nodes.map((node) => node.code));
    expect(new Set(codes).size).toBe(50);
    expect(codes).toEqual(demoProjects.map((project) => project.code));
    for (const page of pages) {
      expect(page.edges.map((edge) => edge.node.code)).toEqual(page.nodes.map((node) => node.code));
      expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
      expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1].cursor);
    }
    const again = await walk(7);
    expect(again.flatMap((page) => page.nodes.map((node) => node.code))).toEqual(codes);
  });

  it('a filtered list pages the same way', async () => {
    const pages = await walk(10, { level: 'CITY' });
    expect(pages.map((page) => [page.nodes.length, page.totalCount])).toEqual([
      [10, 28],
      [10, 28],
      [8, 28],
    ]);
    expect(pages.flatMap((page) => page.nodes.map((node) => node.code))).toEqual(seedCodes((project) => project.level === 'CITY'));
  });

  it('the default page holds 20 projects and a page past the end is empty', async () => {
    const { projects } = await api.data(ProjectsDocument, {});
    expect(projects.nodes).toHaveLength(20);
    expect(projects.totalCount).toBe(50);
    const last = await walk(50);
    expect(last).toHaveLength(1);
    expect(last[0].pageInfo.hasNextPage).toBe(false);
    const { projects: beyond } = await api.data(ProjectsDocument, { first: 5, after: last[0].pageInfo.endCursor });
    expect(beyond).toMatchObject({ totalCount: 50, nodes: [], edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null } });
  });
});

describe('project detail and node', () => {
  it('project(id) gives the whole project with its unit, people, plan, progress and land', async () => {
    const { project } = await api.data(ProjectDetailDocument, { id: idOf(projectId, 'SZ2026-001'), year: 2026 });
    expect(project).toMatchObject({
      id: idOf(projectId, 'SZ2026-001'),
      code: 'SZ2026-001',
      name: 'XX国际石材产业城',
      level: 'CITY',
      industry: 'SECONDARY',
      constructionType: 'CONTINUING',
      clusters: ['石材产业'],
      totalInvestment: '200000.00',
      investmentBand: 'OVER_1B',
      address: 'XX区水西镇',
      plannedStartOn: '2024-05-01',
      plannedCompletionOn: '2028-12-31',
      startedOn: '2024-05-18',
      completedOn: null,
      status: 'UNDER_CONSTRUCTION',
      responsibleUnit: { id: orgIdByKey('town-shuixi'), name: 'XX区水西镇', kind: 'TOWN' },
      annualPlan: {
        year: 2026,
        plannedInvestment: '52000.00',
        milestones: [
          { name: '完成征地拆迁', dueOn: '2026-03-15', metOn: '2026-03-12' },
          { name: '完成一季度形象进度目标', dueOn: '2026-03-31', metOn: '2026-03-30' },
          { name: '二期生产线投产', dueOn: '2026-09-30', metOn: null },
          { name: '完成年度投资计划', dueOn: '2026-12-31', metOn: null },
        ],
      },
      // 4895.51 + 3309.12 + 6185.37 = 14390.00; 14390.00 / 52000.00 = 27.673… %
      completedInvestment: '14390.00',
      completionRate: '27.67',
      landTasks: [{ name: '石材产业城三期用地征收', areaToAcquire: '420.00', areaAcquired: '420.00', householdsToRelocate: 36, householdsRelocated: 36 }],
    });
    expect(project.assignments.map((assignment) => [assignment.role, assignment.person.name])).toEqual([
      ['PRINCIPAL', '王立新'],
      ['PRINCIPAL', '徐志刚'],
      ['AREA_LEADER', '陈志强'],
      ['LIAISON_LEADER', '孙丽华'],
      ['LIAISON_LEADER', '杨海涛'],
      ['RESPONSIBLE_PERSON', '梁志勇'],
      ['LAND_OFFICER', '魏建平'],
      ['INSPECTOR', DEMO_SUPERVISION_STAFF[0].name],
    ]);
    expect(project.progress.map((report) => [report.month, report.completedInvestment, report.physicalProgress, report.reportedBy?.name])).toEqual([
      [1, '4895.51', '40.44', '余晓军'],
      [2, '3309.12', '42.10', '余晓军'],
      [3, '6185.37', '45.19', '余晓军'],
    ]);
    expect(project.progress[0].reportedAt).toBe('2026-02-05T01:00:00.000Z');
  });

  it('a project of another year has no plan, no progress and no completion rate', async () => {
    const { project } = await api.data(ProjectDetailDocument, { id: idOf(projectId, 'SZ2026-001'), year: 2024 });
    expect(project).toMatchObject({ annualPlan: null, progress: [], completedInvestment: '0.00', completionRate: null });
  });

  it('node(id) gives a Project, a Person and an Organization with their own type names', async () => {
    const project = await api.data(NodeByIdDocument, { id: idOf(projectId, 'QZ2026-003') });
    expect(project.node).toEqual({ __typename: 'Project', id: idOf(projectId, 'QZ2026-003'), code: 'QZ2026-003' });
    const person = await api.data(NodeByIdDocument, { id: personIdByKey('gov-head') });
    expect(person.node).toEqual({ __typename: 'Person', id: personIdByKey('gov-head'), name: '徐志刚' });
    const organization = await api.data(NodeByIdDocument, { id: orgIdByKey('dept-fgj') });
    expect(organization.node).toEqual({ __typename: 'Organization', id: orgIdByKey('dept-fgj'), name: '区发改局' });
  });

  it('node(id) also resolves assignments, plans, milestones, reports and land tasks', async () => {
    const { project } = await api.data(ProjectDetailDocument, { id: idOf(projectId, 'SZ2026-001'), year: 2026 });
    const ids: [string, string][] = [
      ['Assignment', project.assignments[0].id],
      ['AnnualPlan', project.annualPlan!.id],
      ['Milestone', project.annualPlan!.milestones[0].id],
      ['ProgressReport', project.progress[0].id],
      ['LandTask', project.landTasks[0].id],
    ];
    for (const [typeName, id] of ids) {
      const { node } = await api.data(NodeByIdDocument, { id });
      expect(node).toEqual({ __typename: typeName, id });
    }
  });

  it('node of a well-formed id that names no row is null, and a malformed id is BAD_USER_INPUT', async () => {
    for (const raw of ['Project:99999', 'Person:99999', 'Organization:99999', 'LandTask:99999']) {
      const response = await api.request(NodeByIdDocument, { id: Buffer.from(raw).toString('base64') });
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ node: null });
    }
    const malformed = await api.request(NodeByIdDocument, { id: 'not-an-id' });
    expect(malformed.errors?.[0].extensions).toEqual({ messageZh: expect.any(String), code: 'BAD_USER_INPUT', field: 'id' });
    const unknownType = await api.request(NodeByIdDocument, { id: Buffer.from('Recipe:1').toString('base64') });
    expect(unknownType.errors?.[0].extensions).toEqual({ messageZh: expect.any(String), code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('people', () => {
  async function namesFor(filter: PersonFilter) {
    const { people } = await api.data(PeopleDocument, { filter, first: 100 });
    expect(people.totalCount).toBe(people.nodes.length);
    return people.nodes.map((person) => person.name);
  }

  it('people filtered by leadership body are the members of that body, in order', async () => {
    for (const body of ['PARTY', 'CONGRESS', 'GOVERNMENT', 'CPPCC'] as const) {
      expect(await namesFor({ leadershipBody: body })).toEqual(demoPeople.filter((person) => person.leadershipBody === body).map((person) => person.name));
    }
    expect(await namesFor({ leadershipBody: 'CONGRESS' })).toEqual(['赵文斌', '吴秀英', '周明辉']);
  });

  it('people filtered by organization work in that organization', async () => {
    const { people } = await api.data(PeopleDocument, { filter: { organizationId: orgIdByKey('dept-zsb') }, first: 100 });
    expect(people.nodes.map((person) => person.name)).toEqual(['曾庆华', '蔡国栋', '贾文静', '石建英']);
    expect(people.nodes.every((person) => person.organization?.name === '区征收办')).toBe(true);
  });

  it('searching people matches part of the name or the title, % literally', async () => {
    expect(await namesFor({ search: '副区长' })).toEqual(['孙丽华', '胡振宇', '朱红梅', '高建平', '林晓峰']);
    expect(await namesFor({ search: '孙丽华' })).toEqual(['孙丽华']);
    expect(await namesFor({ search: '副区长', leadershipBody: 'PARTY' })).toEqual([]);
    expect(await namesFor({ search: '联络员', organizationId: orgIdByKey('town-shahe') })).toEqual(['潘志华']);
    expect(await namesFor({ search: '%' })).toEqual([]);
    expect(await namesFor({ search: '_' })).toEqual([]);
  });

  it('people page through all 71 (66 in the district data, 5 supervision staff) in id order without repeats', async () => {
    const names: string[] = [];
    let after: string | null | undefined;
    const totals: number[] = [];
    for (;;) {
      const { people } = await api.data(PeopleEdgesDocument, { first: 20, after });
      totals.push(people.totalCount);
      names.push(...people.edges.map((edge) => edge.node.name));
      expect(people.pageInfo.endCursor).toBe(people.edges.at(-1)?.cursor ?? null);
      if (!people.pageInfo.hasNextPage) break;
      after = people.pageInfo.endCursor;
    }
    expect(totals).toEqual([71, 71, 71, 71]);
    expect(names).toEqual([...demoPeople.map((person) => person.name), ...DEMO_SUPERVISION_STAFF.map((person) => person.name)]);
  });

  it('a filtered people list pages too', async () => {
    const first = await api.data(PeopleDocument, { filter: { leadershipBody: 'PARTY' }, first: 4 });
    expect(first.people).toMatchObject({ totalCount: 7, pageInfo: { hasNextPage: true } });
    const second = await api.data(PeopleDocument, { filter: { leadershipBody: 'PARTY' }, first: 4, after: first.people.pageInfo.endCursor });
    expect(second.people).toMatchObject({ totalCount: 7, pageInfo: { hasNextPage: false } });
    expect([...first.people.nodes, ...second.people.nodes].map((person) => person.name)).toEqual(
      demoPeople.filter((person) => person.leadershipBody === 'PARTY').map((person) => person.name),
    );
  });

  it('person(id) gives the person with their unit', async () => {
    const { person } = await api.data(PersonByIdDocument, { id: personIdByKey('land-shuixi') });
    expect(person).toEqual({
      id: personIdByKey('land-shuixi'),
      name: '魏建平',
      title: '征地和房屋征收专责人(水西镇副镇长)',
      leadershipBody: null,
      phone: '18907971046',
      organization: { id: orgIdByKey('town-shuixi'), name: 'XX区水西镇', kind: 'TOWN' },
    });
  });
});

describe("a person's projects", () => {
  function seedProjectsOf(key: string, role?: AssignmentRole) {
    return seedCodes((project) => project.assignments.some((assignment) => assignment.personKey === key && (!role || assignment.role === role)));
  }

  it('person.projects(role: LIAISON_LEADER) lists the liaison projects with their count and pages through them', async () => {
    const id = personIdByKey('gov-executive');
    const expected = seedProjectsOf('gov-executive', 'LIAISON_LEADER');
    expect(expected).toHaveLength(4);
    const first = await api.data(PersonProjectsDocument, { id, role: 'LIAISON_LEADER', first: 3 });
    expect(first.person).toMatchObject({ id, name: '孙丽华', projects: { totalCount: 4, pageInfo: { hasNextPage: true } } });
    const second = await api.data(PersonProjectsDocument, { id, role: 'LIAISON_LEADER', first: 3, after: first.person.projects.pageInfo.endCursor });
    expect(second.person.projects).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: false } });
    expect([...first.person.projects.nodes, ...second.person.projects.nodes].map((project) => project.code)).toEqual(expected);
  });

  it('person.projects without a role counts each project once, whatever the roles held', async () => {
    const secretary = await api.data(PersonProjectsDocument, { id: personIdByKey('party-secretary'), first: 100 });
    expect(secretary.person.projects.totalCount).toBe(50);
    expect(secretary.person.projects.nodes.map((project) => project.code)).toEqual(demoProjects.map((project) => project.code));
    const chair = await api.data(PersonProjectsDocument, { id: personIdByKey('cppcc-chair'), first: 100 });
    expect(chair.person.projects.totalCount).toBe(24);
    expect(chair.person.projects.nodes.map((project) => project.code)).toEqual(seedProjectsOf('cppcc-chair'));
    const none = await api.data(PersonProjectsDocument, { id: personIdByKey('party-secretary'), role: 'LAND_OFFICER' });
    expect(none.person.projects).toMatchObject({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('an area leader pages through the area 10 at a time', async () => {
    const id = personIdByKey('party-deputy-secretary');
    const expected = seedProjectsOf('party-deputy-secretary', 'AREA_LEADER');
    const codes: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const { person } = await api.data(PersonProjectsDocument, { id, role: 'AREA_LEADER', first: 10, after });
      expect(person.projects.totalCount).toBe(expected.length);
      codes.push(...person.projects.nodes.map((project) => project.code));
      if (!person.projects.pageInfo.hasNextPage) break;
      after = person.projects.pageInfo.endCursor;
    }
    expect(codes).toEqual(expected);
  });
});

describe('organizations', () => {
  it('organizations(kind) lists the units of that kind; without kind towns, streets then departments', async () => {
    for (const kind of ['TOWN', 'STREET', 'DEPARTMENT'] as const) {
      const { organizations } = await api.data(OrganizationsDocument, { kind });
      expect(organizations.map((organization) => organization.name)).toEqual(demoOrganizations.filter((organization) => organization.kind === kind).map((organization) => organization.name));
      expect(organizations.every((organization) => organization.kind === kind)).toBe(true);
    }
    const { organizations } = await api.data(OrganizationsDocument, {});
    expect(organizations.map((organization) => organization.kind)).toEqual([...Array(4).fill('TOWN'), ...Array(4).fill('STREET'), ...Array(14).fill('DEPARTMENT')]);
  });

  it('organization(id) gives the projects it is responsible for and its people', async () => {
    const id = orgIdByKey('town-shashi');
    const { organization } = await api.data(OrganizationDetailDocument, { id, first: 100 });
    expect(organization).toEqual({
      id,
      name: 'XX区沙石镇',
      kind: 'TOWN',
      projects: {
        totalCount: 5,
        pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
        nodes: seedCodes((project) => project.responsibleUnitKey === 'town-shashi').map((code) => ({ id: idOf(projectId, code), code })),
      },
      people: { totalCount: 3, nodes: ['郑海波', '叶志军', '杜海鹰'].map((name) => ({ id: idOf(personId, name), name })) },
    });
    const { organization: lone } = await api.data(OrganizationByIdDocument, { id: orgIdByKey('dept-tjj') });
    expect(lone).toEqual({ id: orgIdByKey('dept-tjj'), name: '区统计局', kind: 'DEPARTMENT' });
  });

  it("an organization's projects and people page with cursors", async () => {
    const id = orgIdByKey('town-shashi');
    const expected = seedCodes((project) => project.responsibleUnitKey === 'town-shashi');
    const codes: string[] = [];
    let after: string | null | undefined;
    const flags: boolean[] = [];
    for (;;) {
      const { organization } = await api.data(OrganizationDetailDocument, { id, first: 2, after });
      expect(organization.projects.totalCount).toBe(5);
      codes.push(...organization.projects.nodes.map((project) => project.code));
      flags.push(organization.projects.pageInfo.hasNextPage);
      if (!organization.projects.pageInfo.hasNextPage) break;
      after = organization.projects.pageInfo.endCursor;
    }
    expect(flags).toEqual([true, true, false]);
    expect(codes).toEqual(expected);

    const zsb = orgIdByKey('dept-zsb');
    const page1 = await api.data(OrganizationPeoplePageDocument, { id: zsb, first: 3 });
    expect(page1.organization.people).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    const page2 = await api.data(OrganizationPeoplePageDocument, { id: zsb, first: 3, after: page1.organization.people.pageInfo.endCursor });
    expect(page2.organization.people).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: false, hasPreviousPage: true } });
    expect([...page1.organization.people.nodes, ...page2.organization.people.nodes].map((person) => [person.name, person.organization?.id])).toEqual(
      ['曾庆华', '蔡国栋', '贾文静', '石建英'].map((name) => [name, zsb]),
    );
  });
});

// Runs last: it adds a project, which the exact counts above do not expect.
describe('a search term with LIKE wildcards', () => {
  it('matches a project whose name or code holds % or _ and nothing else', async () => {
    const { createProject } = await api.data(CreateProjectDocument, {
      input: { code: 'LIT_01', name: '产能100%达产项目', level: 'DISTRICT', industry: 'SECONDARY', constructionType: 'NEW', totalInvestment: '100.00' },
    });
    expect(await codesFor({ search: '100%' })).toEqual(['LIT_01']);
    expect(await codesFor({ search: '%达产' })).toEqual(['LIT_01']);
    expect(await codesFor({ search: 'T_0' })).toEqual(['LIT_01']);
    expect(await codesFor({ search: '_' })).toEqual([createProject.code]);
    expect(await codesFor({ search: 'SZ2026_001' })).toEqual([]);
  });
});
