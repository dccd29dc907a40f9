import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../support/harness.js';
import { onlyError, rowId, seed } from '../../support/testkit.js';
import {
  AssignPersonDocument,
  CreateProjectDocument,
  OrganizationsDocument,
  PeopleDocument,
  ProjectsDocument,
  PersonProjectsDocument,
  ProjectDetailDocument,
  RecordStartDocument,
  UnassignPersonDocument,
  UnassignedProjectsDocument,
  UpdateProjectAllFieldsDocument,
  UpdateProjectDocument,
  type CreateProjectInput,
} from '../../generated/operations.js';
import { dateFromToday, idOf } from '../../support/fixtures.js';

let api: TestApi;
/** Organization ids by name, and person ids by name, as the API gives them. */
const organizationId = new Map<string, string>();
const personId = new Map<string, string>();

beforeAll(async () => {
  api = await startTestApi('project_mutations');
  const { organizations } = await api.data(OrganizationsDocument, {});
  for (const organization of organizations) organizationId.set(organization.name, organization.id);
  const { people } = await api.data(PeopleDocument, { first: 100 });
  for (const person of people.nodes) personId.set(person.name, person.id);
});
afterAll(() => api?.close());

/** Creates a project of this test file's own (a district-level NEW project unless overridden). */
async function createProject(overrides: Partial<CreateProjectInput> = {}) {
  return (await seed(api).project({ level: 'DISTRICT', industry: 'TERTIARY', constructionType: 'NEW', totalInvestment: '20000.00', ...overrides })).created;
}

/** The project's row as stored with its 2026 listing's level, type and planned dates; dates as text. */
async function projectRow(globalId: string) {
  const id = rowId(globalId);
  const [row] = await api.db.sql<Record<string, unknown>>(
    `select p.*, l.level, l.construction_type, l.planned_start_on::text as planned_start_on, l.planned_completion_on::text as planned_completion_on,
            p.started_on::text as started_on, p.completed_on::text as completed_on
       from project p left join listing l on l.project_id = p.id and l.year = 2026 where p.id = $1`,
    [id],
  );
  return row;
}

describe('createProject', () => {
  it('a new project keeps every given field, with cluster tags trimmed and deduplicated', async () => {
    const unitId = idOf(organizationId, 'XX区水西镇');
    const project = await createProject({
      code: 'PM-FULL',
      name: '  石材精深加工园  ',
      level: 'CITY',
      industry: 'SECONDARY',
      constructionType: 'CONTINUING',
      clusters: ['石材产业', ' 石材产业 ', '物流', '物流'],
      totalInvestment: '1500.5',
      address: 'XX区水西镇工业园',
      plannedStartOn: '2026-03-01',
      plannedCompletionOn: '2027-12-31',
      responsibleUnitId: unitId,
    });
    expect(project).toEqual({
      id: expect.any(String),
      code: 'PM-FULL',
      name: '石材精深加工园',
      level: 'CITY',
      industry: 'SECONDARY',
      constructionType: 'CONTINUING',
      clusters: ['石材产业', '物流'],
      totalInvestment: '1500.50',
      investmentBand: 'UNDER_100M',
      address: 'XX区水西镇工业园',
      plannedStartOn: '2026-03-01',
      plannedCompletionOn: '2027-12-31',
      status: 'NOT_STARTED',
      responsibleUnit: { id: unitId },
    });
    const { project: stored } = await api.data(ProjectDetailDocument, { id: project.id, year: 2026 });
    expect(stored).toMatchObject({
      code: 'PM-FULL',
      startedOn: null,
      completedOn: null,
      responsibleUnit: { id: unitId, name: 'XX区水西镇', kind: 'TOWN' },
      assignments: [],
      annualPlan: { year: 2026, plannedInvestment: '0.00', milestones: [] },
      progress: [],
      completedInvestment: '0.00',
      completionRate: null,
      landTasks: [],
    });
  });

  it('the investment band follows the total investment, each lower bound inclusive, in the result and in the filter', async () => {
    const cases: [string, string][] = [
      ['9999.99', 'UNDER_100M'],
      ['10000.00', 'FROM_100M_TO_500M'],
      ['49999.99', 'FROM_100M_TO_500M'],
      ['50000.00', 'FROM_500M_TO_1B'],
      ['99999.99', 'FROM_500M_TO_1B'],
      ['100000.00', 'OVER_1B'],
    ];
    for (const [totalInvestment, band] of cases) {
      const project = await createProject({ totalInvestment });
      expect({ totalInvestment: project.totalInvestment, band: project.investmentBand }).toEqual({ totalInvestment, band });
      for (const investmentBand of ['UNDER_100M', 'FROM_100M_TO_500M', 'FROM_500M_TO_1B', 'OVER_1B'] as const) {
        const { projects } = await api.data(ProjectsDocument, { filter: { investmentBand, search: project.code } });
        expect(projects.nodes.map((node) => node.code)).toEqual(investmentBand === band ? [project.code] : []);
      }
    }
  });

  it('a project without optional fields has no unit, no address and no tags', async () => {
    const project = await createProject({ code: 'PM-BARE' });
    expect(project).toMatchObject({ code: 'PM-BARE', clusters: [], address: null, plannedStartOn: null, responsibleUnit: null, status: 'NOT_STARTED' });
  });

  it('a project code already in use is a CONFLICT and creates nothing', async () => {
    const [{ count: before }] = await api.db.sql<{ count: string }>('select count(*) from project');
    const response = await api.request(CreateProjectDocument, {
      input: { code: 'SZ2026-001', name: '重复编号', level: 'CITY', industry: 'TERTIARY', constructionType: 'NEW', totalInvestment: '100.00' },
    });
    const error = onlyError(response);
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'code' });
    expect(error.message).toBe('project code SZ2026-001 already exists');
    expect(response.data).toBeNull();
    const [{ count: after }] = await api.db.sql<{ count: string }>('select count(*) from project');
    expect(after).toBe(before);
  });

  it('of several simultaneous creations with one code exactly one succeeds, the others are CONFLICT', async () => {
    const input = { code: 'PM-RACE', name: '并发创建', level: 'CITY' as const, industry: 'TERTIARY' as const, constructionType: 'NEW' as const, totalInvestment: '100.00' };
    const responses = await Promise.all(Array.from({ length: 5 }, () => api.request(CreateProjectDocument, { input })));
    expect(responses.filter((response) => response.data?.createProject)).toHaveLength(1);
    expect(responses.filter((response) => !response.data).map((response) => response.errors?.[0].extensions?.code)).toEqual(Array(4).fill('CONFLICT'));
    expect(await api.db.sql(`select id from project where code = 'PM-RACE'`)).toHaveLength(1);
  });

  it('an unknown responsible unit is NOT_FOUND', async () => {
    const missingUnit = Buffer.from('Organization:99999').toString('base64');
    const response = await api.request(CreateProjectDocument, {
      input: { code: 'PM-NOUNIT', name: '无单位', level: 'CITY', industry: 'TERTIARY', constructionType: 'NEW', totalInvestment: '100.00', responsibleUnitId: missingUnit },
    });
    expect(onlyError(response).extensions).toMatchObject({ code: 'NOT_FOUND', type: 'Organization', id: missingUnit });
    expect(await api.db.sql(`select id from project where code = 'PM-NOUNIT'`)).toEqual([]);
  });
});

describe('updateProject', () => {
  it('an update changes the given fields and leaves the others', async () => {
    const project = await createProject({ address: '城北', clusters: ['物流'], plannedStartOn: '2026-04-01' });
    const { updateProject } = await api.data(UpdateProjectAllFieldsDocument, {
      input: { id: project.id, name: '改名后的项目', level: 'CITY', totalInvestment: '120000.00', industry: 'SECONDARY' },
    });
    expect(updateProject).toMatchObject({
      id: project.id,
      code: project.code,
      name: '改名后的项目',
      level: 'CITY',
      industry: 'SECONDARY',
      constructionType: 'NEW',
      totalInvestment: '120000.00',
      investmentBand: 'OVER_1B',
      address: '城北',
      clusters: ['物流'],
      plannedStartOn: '2026-04-01',
      status: 'NOT_STARTED',
    });
    expect(await projectRow(project.id)).toMatchObject({ name: '改名后的项目', level: 'CITY', total_investment: '120000.00', address: '城北' });
  });

  it('null clears optional fields such as address, responsible unit, tags and planned dates', async () => {
    const project = await createProject({
      address: '水南',
      clusters: ['石材产业'],
      plannedStartOn: '2026-05-01',
      plannedCompletionOn: '2027-05-01',
      responsibleUnitId: idOf(organizationId, '区交通局'),
    });
    const { updateProject } = await api.data(UpdateProjectAllFieldsDocument, {
      input: { id: project.id, address: null, responsibleUnitId: null, clusters: null, plannedStartOn: null, plannedCompletionOn: null },
    });
    expect(updateProject).toMatchObject({ address: null, responsibleUnit: null, clusters: [], plannedStartOn: null, plannedCompletionOn: null, name: project.name });
    expect(await projectRow(project.id)).toMatchObject({ address: null, responsible_unit_id: null, clusters: [], planned_start_on: null });
  });

  it('a new responsible unit replaces the old one', async () => {
    const project = await createProject({ responsibleUnitId: idOf(organizationId, '区交通局') });
    const unitId = idOf(organizationId, '区住建局');
    const { updateProject } = await api.data(UpdateProjectDocument, { input: { id: project.id, responsibleUnitId: unitId } });
    expect(updateProject.responsibleUnit).toEqual({ id: unitId });
  });

  it.each(['name', 'level', 'industry', 'constructionType', 'totalInvestment', 'status'] as const)(
    'null on the required field %s is BAD_USER_INPUT naming it and changes nothing',
    async (field) => {
      const project = await createProject();
      const before = await projectRow(project.id);
      const response = await api.request(UpdateProjectDocument, { input: { id: project.id, address: '不应写入', [field]: null } });
      const error = onlyError(response);
      expect(error.extensions).toEqual({ messageZh: expect.any(String), code: 'BAD_USER_INPUT', field });
      expect(error.message).toBe(`${field} cannot be cleared`);
      expect(await projectRow(project.id)).toEqual(before);
    },
  );

  it('a COMPLETED status without a completion date is refused naming status', async () => {
    const project = await createProject();
    const response = await api.request(UpdateProjectDocument, { input: { id: project.id, status: 'COMPLETED' } });
    expect(onlyError(response).extensions).toEqual({ messageZh: expect.any(String), code: 'BAD_USER_INPUT', field: 'status' });
  });

  it('a completion date before the start of works is refused naming completedOn', async () => {
    const project = await createProject();
    const response = await api.request(UpdateProjectDocument, { input: { id: project.id, completedOn: '2026-01-01' } });
    expect(onlyError(response).extensions).toEqual({ messageZh: expect.any(String), code: 'BAD_USER_INPUT', field: 'completedOn' });
  });

  it('a completion date after the start completes the project', async () => {
    const project = await createProject();
    await api.data(RecordStartDocument, { input: { projectId: project.id, startedOn: '2026-02-01' } });
    const { updateProject } = await api.data(UpdateProjectAllFieldsDocument, { input: { id: project.id, completedOn: '2026-10-31' } });
    expect(updateProject).toMatchObject({ startedOn: '2026-02-01', completedOn: '2026-10-31', status: 'COMPLETED' });
  });

  it('a completion date in the future is refused naming completedOn', async () => {
    const project = await createProject();
    await api.data(RecordStartDocument, { input: { projectId: project.id, startedOn: '2026-02-01' } });
    const response = await api.request(UpdateProjectDocument, { input: { id: project.id, completedOn: dateFromToday(3) } });
    expect(onlyError(response).extensions).toEqual({ messageZh: expect.any(String), code: 'BAD_USER_INPUT', field: 'completedOn' });
    expect(await projectRow(project.id)).toMatchObject({ completed_on: null, status: 'UNDER_CONSTRUCTION' });
  });

  it('a planned completion before the planned start is refused naming plannedCompletionOn', async () => {
    const project = await createProject({ plannedStartOn: '2026-06-01' });
    const response = await api.request(UpdateProjectDocument, { input: { id: project.id, plannedCompletionOn: '2026-05-31' } });
    expect(onlyError(response).extensions).toEqual({ messageZh: expect.any(String), code: 'BAD_USER_INPUT', field: 'plannedCompletionOn' });
  });
});

describe('recordStart', () => {
  it('recording the start sets startedOn and puts a not-started project under construction', async () => {
    const project = await createProject();
    const { recordStart } = await api.data(RecordStartDocument, { input: { projectId: project.id, startedOn: '2026-06-15' } });
    expect(recordStart).toEqual({ id: project.id, startedOn: '2026-06-15', status: 'UNDER_CONSTRUCTION' });
    expect(await projectRow(project.id)).toMatchObject({ started_on: '2026-06-15', status: 'UNDER_CONSTRUCTION' });
  });

  it('recording the start of a suspended project keeps it suspended', async () => {
    const project = await createProject();
    await api.data(UpdateProjectDocument, { input: { id: project.id, status: 'SUSPENDED' } });
    const { recordStart } = await api.data(RecordStartDocument, { input: { projectId: project.id, startedOn: '2026-07-01' } });
    expect(recordStart).toEqual({ id: project.id, startedOn: '2026-07-01', status: 'SUSPENDED' });
  });

  it('a start date in the future is refused and the project stays not started', async () => {
    const project = await createProject();
    const response = await api.request(RecordStartDocument, { input: { projectId: project.id, startedOn: dateFromToday(3) } });
    const error = onlyError(response);
    expect(error.extensions).toEqual({ messageZh: expect.any(String), code: 'BAD_USER_INPUT', field: 'startedOn' });
    expect(error.message).toBe('startedOn must not be in the future');
    expect(await projectRow(project.id)).toMatchObject({ started_on: null, status: 'NOT_STARTED' });
  });
});

describe('assignPerson and unassignPerson', () => {
  it('assigning the same person twice in the same role returns the same assignment and keeps one row', async () => {
    const project = await createProject();
    const input = { projectId: project.id, personId: idOf(personId, '孙丽华'), role: 'LIAISON_LEADER' as const };
    const first = await api.data(AssignPersonDocument, { input });
    const second = await api.data(AssignPersonDocument, { input });
    expect(first.assignPerson).toMatchObject({ role: 'LIAISON_LEADER', person: { id: input.personId }, project: { id: project.id } });
    expect(second.assignPerson.id).toBe(first.assignPerson.id);
    expect(second.assignPerson.project.assignments).toEqual([{ role: 'LIAISON_LEADER', person: { id: input.personId } }]);
    const rows = await api.db.sql('select id from assignment where project_id = (select id from project where code = $1)', [project.code]);
    expect(rows).toHaveLength(1);
  });

  it('simultaneous identical assignments still make one row', async () => {
    const project = await createProject();
    const input = { projectId: project.id, personId: idOf(personId, '杨海涛'), role: 'LIAISON_LEADER' as const };
    const results = await Promise.all(Array.from({ length: 5 }, () => api.data(AssignPersonDocument, { input })));
    expect(new Set(results.map((result) => result.assignPerson.id)).size).toBe(1);
    const rows = await api.db.sql('select id from assignment where project_id = (select id from project where code = $1)', [project.code]);
    expect(rows).toHaveLength(1);
  });

  it('one person may hold two roles on a project, each its own assignment, and counts the project once', async () => {
    const project = await createProject();
    const person = idOf(personId, '梁志勇');
    const before = await api.data(PersonProjectsDocument, { id: person, first: 100 });
    const responsible = await api.data(AssignPersonDocument, { input: { projectId: project.id, personId: person, role: 'RESPONSIBLE_PERSON' } });
    const land = await api.data(AssignPersonDocument, { input: { projectId: project.id, personId: person, role: 'LAND_OFFICER' } });
    expect(land.assignPerson.id).not.toBe(responsible.assignPerson.id);
    expect(land.assignPerson.project.assignments).toEqual([
      { role: 'RESPONSIBLE_PERSON', person: { id: person } },
      { role: 'LAND_OFFICER', person: { id: person } },
    ]);
    const after = await api.data(PersonProjectsDocument, { id: person, first: 100 });
    expect(after.person.projects.totalCount).toBe(before.person.projects.totalCount + 1);
    expect(after.person.projects.nodes.filter((node) => node.id === project.id)).toHaveLength(1);
    const asLandOfficer = await api.data(PersonProjectsDocument, { id: person, role: 'LAND_OFFICER', first: 100 });
    expect(asLandOfficer.person.projects.nodes.map((node) => node.code)).toEqual([project.code]);
  });

  it('unassigning removes only that role and returns the project', async () => {
    const project = await createProject();
    const liaison = idOf(personId, '胡振宇');
    const responsible = idOf(personId, '梁志勇');
    await api.data(AssignPersonDocument, { input: { projectId: project.id, personId: liaison, role: 'LIAISON_LEADER' } });
    await api.data(AssignPersonDocument, { input: { projectId: project.id, personId: responsible, role: 'RESPONSIBLE_PERSON' } });
    const { unassignPerson } = await api.data(UnassignPersonDocument, { input: { projectId: project.id, personId: liaison, role: 'LIAISON_LEADER' } });
    expect(unassignPerson).toEqual({ id: project.id, assignments: [{ role: 'RESPONSIBLE_PERSON', person: { id: responsible } }] });
    const { project: stored } = await api.data(ProjectDetailDocument, { id: project.id, year: 2026 });
    expect(stored.assignments.map((assignment) => assignment.role)).toEqual(['RESPONSIBLE_PERSON']);
    const [audit] = await api.db.sql<{ before: { role: string } | null; after: unknown }>(
      "select before, after from audit_entry where operation = 'unassignPerson' and entity_type = 'Assignment' and action = 'DELETE' order by id desc limit 1",
    );
    expect(audit, 'the audit keeps the removed assignment as it was').toMatchObject({ before: { role: 'LIAISON_LEADER' }, after: null });
  });

  it('unassigning a role the person does not hold is NOT_FOUND and removes nothing', async () => {
    const project = await createProject();
    const person = idOf(personId, '胡振宇');
    await api.data(AssignPersonDocument, { input: { projectId: project.id, personId: person, role: 'LIAISON_LEADER' } });
    const response = await api.request(UnassignPersonDocument, { input: { projectId: project.id, personId: person, role: 'AREA_LEADER' } });
    expect(onlyError(response).extensions).toMatchObject({ code: 'NOT_FOUND', type: 'Assignment' });
    const { project: stored } = await api.data(ProjectDetailDocument, { id: project.id, year: 2026 });
    expect(stored.assignments).toHaveLength(1);
  });

  it('assigning an unknown person is NOT_FOUND and a project id as person is BAD_USER_INPUT', async () => {
    const project = await createProject();
    const unknown = await api.request(AssignPersonDocument, {
      input: { projectId: project.id, personId: Buffer.from('Person:99999').toString('base64'), role: 'LIAISON_LEADER' },
    });
    expect(onlyError(unknown).extensions).toMatchObject({ code: 'NOT_FOUND', type: 'Person' });
    const wrongType = await api.request(AssignPersonDocument, { input: { projectId: project.id, personId: project.id, role: 'LIAISON_LEADER' } });
    expect(onlyError(wrongType).extensions).toEqual({ messageZh: expect.any(String), code: 'BAD_USER_INPUT', field: 'personId' });
    const { project: stored } = await api.data(ProjectDetailDocument, { id: project.id, year: 2026 });
    expect(stored.assignments).toEqual([]);
  });
});

describe('unassignedProjects', () => {
  async function gapsOf(projectId: string) {
    const { unassignedProjects } = await api.data(UnassignedProjectsDocument, { year: 2026 });
    return unassignedProjects.find((row) => row.project.id === projectId)?.missing;
  }

  it('no project of the demo district lacks a liaison leader, unit or responsible person', async () => {
    const { unassignedProjects } = await api.data(UnassignedProjectsDocument, { year: 2026 });
    expect(unassignedProjects.filter((row) => /^(SZ|QZ)2026-/.test(row.project.code))).toEqual([]);
  });

  it('a new project without unit or people lacks all three', async () => {
    const project = await createProject();
    expect(await gapsOf(project.id)).toEqual(['LIAISON_LEADER', 'RESPONSIBLE_UNIT', 'RESPONSIBLE_PERSON']);
  });

  it('a new project with a unit but no people lacks the liaison leader and the responsible person', async () => {
    const project = await createProject({ responsibleUnitId: idOf(organizationId, '区发改局') });
    expect(await gapsOf(project.id)).toEqual(['LIAISON_LEADER', 'RESPONSIBLE_PERSON']);
  });

  it('a project drops off the list once fully assigned and returns, missing LIAISON_LEADER, when its liaison leader is removed', async () => {
    const project = await createProject({ responsibleUnitId: idOf(organizationId, 'XX区沙河镇') });
    const liaison = { projectId: project.id, personId: idOf(personId, '朱红梅'), role: 'LIAISON_LEADER' as const };
    await api.data(AssignPersonDocument, { input: liaison });
    expect(await gapsOf(project.id)).toEqual(['RESPONSIBLE_PERSON']);
    await api.data(AssignPersonDocument, { input: { projectId: project.id, personId: idOf(personId, '宋丽萍'), role: 'RESPONSIBLE_PERSON' } });
    expect(await gapsOf(project.id)).toBeUndefined();
    await api.data(UnassignPersonDocument, { input: liaison });
    expect(await gapsOf(project.id)).toEqual(['LIAISON_LEADER']);
  });

  it('a project whose unit is cleared is listed missing RESPONSIBLE_UNIT', async () => {
    const project = await createProject({ responsibleUnitId: idOf(organizationId, 'XX区沙河镇') });
    await api.data(AssignPersonDocument, { input: { projectId: project.id, personId: idOf(personId, '朱红梅'), role: 'LIAISON_LEADER' } });
    await api.data(AssignPersonDocument, { input: { projectId: project.id, personId: idOf(personId, '宋丽萍'), role: 'RESPONSIBLE_PERSON' } });
    expect(await gapsOf(project.id)).toBeUndefined();
    await api.data(UpdateProjectDocument, { input: { id: project.id, responsibleUnitId: null } });
    expect(await gapsOf(project.id)).toEqual(['RESPONSIBLE_UNIT']);
  });

  it('a project completed before the year is not listed for that year', async () => {
    const project = await createProject();
    await api.data(RecordStartDocument, { input: { projectId: project.id, startedOn: '2025-03-01' } });
    await api.data(UpdateProjectDocument, { input: { id: project.id, completedOn: '2025-12-31' } });
    expect(await gapsOf(project.id)).toBeUndefined();
    const { unassignedProjects } = await api.data(UnassignedProjectsDocument, { year: 2025 });
    expect(unassignedProjects.find((row) => row.project.id === project.id)?.missing).toEqual([
      'LIAISON_LEADER',
      'RESPONSIBLE_UNIT',
      'RESPONSIBLE_PERSON',
    ]);
  });
});
