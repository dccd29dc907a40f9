import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotTables, startTestApi, type GraphQLResponse, type TestApi } from '../../support/harness.js';
import {
  AddLandTaskDocument,
  CreateOrganizationDocument,
  CreatePersonDocument,
  CreateProjectDocument,
  OrganizationDetailDocument,
  PeopleDocument,
  PersonByIdDocument,
  PersonProjectsDocument,
  ProjectDetailDocument,
  ProjectsDocument,
  RecordStartDocument,
  ReportProgressDocument,
  SetAnnualPlanDocument,
  UpdateLandTaskDocument,
  UpdateProjectDocument,
  type ReportProgressInput,
} from '../../generated/operations.js';
import { dateFromToday } from '../../support/fixtures.js';

let api: TestApi;
/** SZ2026-001, which has a 2026 plan with four milestones, three reported months and a land task. */
let projectId: string;
let landTaskId: string;
let personId: string;
let organizationId: string;

const unknownProjectId = Buffer.from('Project:99999').toString('base64');
const unknownPersonId = Buffer.from('Person:99999').toString('base64');
const unknownOrganizationId = Buffer.from('Organization:99999').toString('base64');

beforeAll(async () => {
  api = await startTestApi('invalid_input');
  const { projects } = await api.data(ProjectsDocument, { filter: { search: 'SZ2026-001' } });
  projectId = projects.nodes[0].id;
  const { project } = await api.data(ProjectDetailDocument, { id: projectId, year: 2026 });
  landTaskId = project.landTasks[0].id;
  personId = project.assignments[0].person.id;
  organizationId = project.responsibleUnit!.id;
});
afterAll(() => api?.close());

/** The month after the current one (2026-12 on 2026-11-26): not yet reportable. */
function nextMonth(): { year: number; month: number } {
  const [year, month] = dateFromToday(0).split('-').map(Number);
  return month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
}

interface ExpectedError {
  code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT';
  /** `extensions.field`, when the service names the offending input. */
  field?: string;
  message?: string | RegExp;
}

/**
 * Sends one operation that must fail: the error carries the code (and field), and not one row of
 * any table differs afterwards.
 */
async function expectRejectedWithoutChange(send: () => Promise<GraphQLResponse<unknown>>, expected: ExpectedError) {
  const before = await snapshotTables(api.db, api.server.derivations);
  const response = await send();
  const after = await snapshotTables(api.db, api.server.derivations);
  expect(response.errors, JSON.stringify(response)).toHaveLength(1);
  const [error] = response.errors!;
  expect(error.extensions?.code).toBe(expected.code);
  expect(error.extensions?.field).toBe(expected.field);
  if (typeof expected.message === 'string') expect(error.message).toBe(expected.message);
  else if (expected.message) expect(error.message).toMatch(expected.message);
  expect(after).toEqual(before);
  return error;
}

function reportProgress(overrides: Partial<ReportProgressInput>) {
  return () =>
    api.request(ReportProgressDocument, {
      input: { projectId, year: 2026, month: 3, completedInvestment: '100.00', physicalProgress: '50.00', narrative: '更正', ...overrides },
    });
}

describe('invalid input gets a clear coded error and leaves the database unchanged', () => {
  describe('money, months and years of a progress report', () => {
    const cases: [string, () => Partial<ReportProgressInput>, ExpectedError][] = [
      ['negative money "-1.00"', () => ({ completedInvestment: '-1.00' }), {
        code: 'BAD_USER_INPUT', field: 'completedInvestment', message: 'completedInvestment must be at least 0, got -1.00',
      }],
      ['money above the largest amount', () => ({ completedInvestment: '99999999999.00' }), { code: 'BAD_USER_INPUT', field: 'completedInvestment' }],
      ['month 13', () => ({ month: 13 }), { code: 'BAD_USER_INPUT', field: 'month', message: 'month must be an integer from 1 to 12, got 13' }],
      ['month 0', () => ({ month: 0 }), { code: 'BAD_USER_INPUT', field: 'month' }],
      ['month -1', () => ({ month: -1 }), { code: 'BAD_USER_INPUT', field: 'month' }],
      ['year 1999', () => ({ year: 1999 }), { code: 'BAD_USER_INPUT', field: 'year', message: 'year must be an integer from 2000 to 2100, got 1999' }],
      ['year 2101', () => ({ year: 2101 }), { code: 'BAD_USER_INPUT', field: 'year' }],
      ['a future month, 2027-01', () => ({ year: 2027, month: 1 }), { code: 'BAD_USER_INPUT', field: 'month', message: /has not begun/ }],
      ['next month', () => nextMonth(), { code: 'BAD_USER_INPUT', field: 'month' }],
      ['physical progress "100.01"', () => ({ physicalProgress: '100.01' }), {
        code: 'BAD_USER_INPUT', field: 'physicalProgress', message: 'physicalProgress must be at most 100, got 100.01',
      }],
      ['negative physical progress', () => ({ physicalProgress: '-0.01' }), { code: 'BAD_USER_INPUT', field: 'physicalProgress' }],
      ['a narrative with a NUL character', () => ({ narrative: '进展\u0000正常' }), { code: 'BAD_USER_INPUT', field: 'narrative' }],
      ['a narrative over 4000 characters', () => ({ narrative: '长'.repeat(4001) }), { code: 'BAD_USER_INPUT', field: 'narrative' }],
      ['an unknown project', () => ({ projectId: unknownProjectId }), { code: 'NOT_FOUND', message: `Project ${unknownProjectId} not found` }],
      ['a malformed project id "not-an-id"', () => ({ projectId: 'not-an-id' }), { code: 'BAD_USER_INPUT', field: 'projectId' }],
      ['an empty project id', () => ({ projectId: '' }), { code: 'BAD_USER_INPUT', field: 'projectId' }],
      ['a Person id as projectId', () => ({ projectId: personId }), {
        code: 'BAD_USER_INPUT', field: 'projectId', message: 'projectId must be a Project id, got a Person id',
      }],
      ['an unknown reporter', () => ({ reportedById: unknownPersonId }), { code: 'NOT_FOUND' }],
      ['a Project id as reporter', () => ({ reportedById: projectId }), { code: 'BAD_USER_INPUT', field: 'reportedById' }],
    ];
    it.each(cases)('%s', async (_name, overrides, expected) => {
      await expectRejectedWithoutChange(reportProgress(overrides()), expected);
    });
  });

  describe('a Decimal that is not exact money is refused by the scalar', () => {
    it.each(['1.234', 'NaN', '1e5', '', ' ', '12,50', '0x10', '1234567890123.00'])('the variable value "%s"', async (value) => {
      const error = await expectRejectedWithoutChange(reportProgress({ completedInvestment: value }), { code: 'BAD_USER_INPUT' });
      expect(error.message).toContain(`Variable "$input" got invalid value "${value}" at "input.completedInvestment"`);
      expect(error.message).toContain('Decimal must be an exact number with at most 2 decimals');
    });

    it.each(['"1.234"', '1.234', '"NaN"', '"1e5"', '""', 'true'])('the inline literal %s in the query text', async (literal) => {
      const query = `mutation {
        reportProgress(input: { projectId: "${projectId}", year: 2026, month: 3, completedInvestment: ${literal}, physicalProgress: "10.00" }) { id }
      }`;
      const error = await expectRejectedWithoutChange(() => api.raw(query), { code: 'BAD_USER_INPUT' });
      expect(error.message).toContain('Expected value of type "Decimal!"');
    });

    it('a land area with three decimals in a variable', async () => {
      const error = await expectRejectedWithoutChange(
        () => api.request(AddLandTaskDocument, { input: { projectId, name: '新地块', areaToAcquire: '10.125', householdsToRelocate: 0 } }),
        { code: 'BAD_USER_INPUT' },
      );
      expect(error.message).toContain('at "input.areaToAcquire"');
    });
  });

  describe('ids', () => {
    it('a well-formed id of a project that does not exist is NOT_FOUND', async () => {
      await expectRejectedWithoutChange(() => api.request(ProjectDetailDocument, { id: unknownProjectId, year: 2026 }), {
        code: 'NOT_FOUND',
        message: `Project ${unknownProjectId} not found`,
      });
      await expectRejectedWithoutChange(() => api.request(RecordStartDocument, { input: { projectId: unknownProjectId, startedOn: '2026-01-01' } }), {
        code: 'NOT_FOUND',
      });
    });

    it.each(['not-an-id', '', 'UHJvamVjdDow', Buffer.from('Project:abc').toString('base64')])('the malformed project id "%s" is BAD_USER_INPUT', async (id) => {
      await expectRejectedWithoutChange(() => api.request(ProjectDetailDocument, { id, year: 2026 }), { code: 'BAD_USER_INPUT', field: 'id' });
      await expectRejectedWithoutChange(
        () => api.request(SetAnnualPlanDocument, { input: { projectId: id, year: 2026, plannedInvestment: '1.00' } }),
        { code: 'BAD_USER_INPUT', field: 'projectId' },
      );
    });

    it('an id of the wrong type is BAD_USER_INPUT wherever it is given', async () => {
      await expectRejectedWithoutChange(() => api.request(ProjectDetailDocument, { id: personId, year: 2026 }), { code: 'BAD_USER_INPUT', field: 'id' });
      await expectRejectedWithoutChange(() => api.request(PersonByIdDocument, { id: organizationId }), { code: 'BAD_USER_INPUT', field: 'id' });
      await expectRejectedWithoutChange(() => api.request(ProjectsDocument, { filter: { personId: projectId } }), {
        code: 'BAD_USER_INPUT',
        field: 'filter.personId',
      });
      await expectRejectedWithoutChange(() => api.request(ProjectsDocument, { filter: { responsibleUnitId: personId } }), {
        code: 'BAD_USER_INPUT',
        field: 'filter.responsibleUnitId',
      });
      await expectRejectedWithoutChange(() => api.request(UpdateLandTaskDocument, { input: { id: projectId, name: '错类型' } }), {
        code: 'BAD_USER_INPUT',
        field: 'id',
      });
    });

    it('an empty optional id is BAD_USER_INPUT, not taken as absent', async () => {
      const project = () => ({ code: 'EMPTY-ID', name: '空标识', level: 'CITY' as const, industry: 'TERTIARY' as const, constructionType: 'NEW' as const, totalInvestment: '1.00' });
      const cases: [() => Promise<GraphQLResponse<unknown>>, string][] = [
        [() => api.request(ProjectsDocument, { filter: { personId: '' } }), 'filter.personId'],
        [() => api.request(ProjectsDocument, { filter: { responsibleUnitId: '' } }), 'filter.responsibleUnitId'],
        [() => api.request(PeopleDocument, { filter: { organizationId: '' } }), 'filter.organizationId'],
        [() => api.request(CreateProjectDocument, { input: { ...project(), responsibleUnitId: '' } }), 'responsibleUnitId'],
        [() => api.request(UpdateProjectDocument, { input: { id: projectId, responsibleUnitId: '' } }), 'responsibleUnitId'],
        [() => api.request(CreatePersonDocument, { input: { name: '空单位', title: '科员', organizationId: '' } }), 'organizationId'],
        [reportProgress({ reportedById: '' }), 'reportedById'],
      ];
      for (const [send, field] of cases) await expectRejectedWithoutChange(send, { code: 'BAD_USER_INPUT', field });
    });

    it('an unknown person or organization is NOT_FOUND', async () => {
      await expectRejectedWithoutChange(() => api.request(PersonByIdDocument, { id: unknownPersonId }), { code: 'NOT_FOUND' });
      await expectRejectedWithoutChange(() => api.request(OrganizationDetailDocument, { id: unknownOrganizationId }), { code: 'NOT_FOUND' });
    });
  });

  describe('text', () => {
    const control = ['\u0000', '\u0007', '\u001b', '\u007f'];
    it.each(control.map((character) => [JSON.stringify(character), character]))('a project name with the control character %s', async (_name, character) => {
      await expectRejectedWithoutChange(
        () =>
          api.request(CreateProjectDocument, {
            input: { code: 'CTRL-1', name: `新项目${character}名称`, level: 'CITY', industry: 'TERTIARY', constructionType: 'NEW', totalInvestment: '1.00' },
          }),
        { code: 'BAD_USER_INPUT', field: 'name', message: 'name must not contain control characters' },
      );
    });

    it('control characters in a project code, a renamed project, a person, an organization and a land task', async () => {
      await expectRejectedWithoutChange(
        () =>
          api.request(CreateProjectDocument, {
            input: { code: 'CTRL\u00072', name: '正常名称', level: 'CITY', industry: 'TERTIARY', constructionType: 'NEW', totalInvestment: '1.00' },
          }),
        { code: 'BAD_USER_INPUT', field: 'code' },
      );
      await expectRejectedWithoutChange(() => api.request(UpdateProjectDocument, { input: { id: projectId, name: '改名\u0008' } }), {
        code: 'BAD_USER_INPUT',
        field: 'name',
      });
      await expectRejectedWithoutChange(() => api.request(CreatePersonDocument, { input: { name: '张\u0000三', title: '科员' } }), {
        code: 'BAD_USER_INPUT',
        field: 'name',
      });
      await expectRejectedWithoutChange(() => api.request(CreateOrganizationDocument, { input: { name: '新单位\u001f', kind: 'DEPARTMENT' } }), {
        code: 'BAD_USER_INPUT',
        field: 'name',
      });
      await expectRejectedWithoutChange(() => api.request(UpdateLandTaskDocument, { input: { id: landTaskId, name: '地块\u0001' } }), {
        code: 'BAD_USER_INPUT',
        field: 'name',
      });
    });

    it('a blank or over-long name is BAD_USER_INPUT naming it', async () => {
      await expectRejectedWithoutChange(() => api.request(UpdateProjectDocument, { input: { id: projectId, name: '   ' } }), {
        code: 'BAD_USER_INPUT',
        field: 'name',
        message: 'name must not be empty',
      });
      await expectRejectedWithoutChange(() => api.request(UpdateProjectDocument, { input: { id: projectId, name: '项'.repeat(201) } }), {
        code: 'BAD_USER_INPUT',
        field: 'name',
      });
    });

    it('a duplicate organization name is a CONFLICT', async () => {
      const { project } = await api.data(ProjectDetailDocument, { id: projectId, year: 2026 });
      await expectRejectedWithoutChange(
        () => api.request(CreateOrganizationDocument, { input: { name: project.responsibleUnit!.name, kind: 'TOWN' } }),
        { code: 'CONFLICT', field: 'name' },
      );
    });
  });

  describe('pages', () => {
    it.each([0, 101, -1])('first: %i on projects is BAD_USER_INPUT naming first', async (first) => {
      await expectRejectedWithoutChange(() => api.request(ProjectsDocument, { first }), {
        code: 'BAD_USER_INPUT',
        field: 'first',
        message: `first must be from 1 to 100, got ${first}`,
      });
    });

    it.each(['not-a-cursor', '', Buffer.from('cursor:-1').toString('base64'), Buffer.from('Project:1').toString('base64')])(
      'the cursor "%s" is BAD_USER_INPUT naming after',
      async (after) => {
        await expectRejectedWithoutChange(() => api.request(ProjectsDocument, { first: 5, after }), {
          code: 'BAD_USER_INPUT',
          field: 'after',
          message: 'after is not a valid cursor',
        });
      },
    );

    it('nested connections and people check their page arguments too', async () => {
      await expectRejectedWithoutChange(() => api.request(PeopleDocument, { first: 0 }), { code: 'BAD_USER_INPUT', field: 'first' });
      await expectRejectedWithoutChange(() => api.request(PeopleDocument, { after: 'zzz' }), { code: 'BAD_USER_INPUT', field: 'after' });
      await expectRejectedWithoutChange(() => api.request(PersonProjectsDocument, { id: personId, first: 101 }), { code: 'BAD_USER_INPUT', field: 'first' });
      await expectRejectedWithoutChange(() => api.request(OrganizationDetailDocument, { id: organizationId, after: 'zzz' }), {
        code: 'BAD_USER_INPUT',
        field: 'after',
      });
    });

    it('a blank search is BAD_USER_INPUT naming filter.search', async () => {
      await expectRejectedWithoutChange(() => api.request(ProjectsDocument, { filter: { search: '  ' } }), { code: 'BAD_USER_INPUT', field: 'filter.search' });
    });
  });

  describe('a failure part-way through an operation writes none of it', () => {
    it('a new plan whose second milestone is invalid leaves neither the plan nor the first milestone', async () => {
      await expectRejectedWithoutChange(
        () =>
          api.request(SetAnnualPlanDocument, {
            input: {
              projectId,
              year: 2027,
              plannedInvestment: '40000.00',
              milestones: [
                { name: '有效节点', dueOn: '2027-06-30' },
                { name: '跨年节点', dueOn: '2028-01-15' },
              ],
            },
          }),
        { code: 'BAD_USER_INPUT', field: 'milestones.1.dueOn' },
      );
      const { project } = await api.data(ProjectDetailDocument, { id: projectId, year: 2027 });
      expect(project.annualPlan).toBeNull();
    });

    it('replacing a plan with an invalid second milestone keeps the old investment and milestones', async () => {
      await expectRejectedWithoutChange(
        () =>
          api.request(SetAnnualPlanDocument, {
            input: {
              projectId,
              year: 2026,
              plannedInvestment: '1.00',
              milestones: [
                { name: '有效节点', dueOn: '2026-06-30' },
                { name: '坏\u0007节点', dueOn: '2026-07-31' },
              ],
            },
          }),
        { code: 'BAD_USER_INPUT', field: 'milestones.1.name' },
      );
      const { project } = await api.data(ProjectDetailDocument, { id: projectId, year: 2026 });
      expect(project.annualPlan?.plannedInvestment).toBe('52000.00');
      expect(project.annualPlan?.milestones.map((milestone) => milestone.name)).toEqual([
        '完成征地拆迁',
        '完成一季度形象进度目标',
        '二期生产线投产',
        '完成年度投资计划',
      ]);
    });

    it('an update whose last change is invalid applies none of the earlier ones', async () => {
      await expectRejectedWithoutChange(
        () =>
          api.request(UpdateProjectDocument, {
            input: { id: projectId, name: '不应生效', address: null, totalInvestment: '1.00', plannedStartOn: '2026-01-01', plannedCompletionOn: '2025-12-31' },
          }),
        { code: 'BAD_USER_INPUT', field: 'plannedCompletionOn' },
      );
    });

    it('a land task update with a valid name but too much area acquired keeps its name', async () => {
      await expectRejectedWithoutChange(
        () => api.request(UpdateLandTaskDocument, { input: { id: landTaskId, name: '不应生效', areaAcquired: '420.01' } }),
        { code: 'BAD_USER_INPUT', field: 'areaAcquired' },
      );
    });

    it('a new project in an unknown unit is not created', async () => {
      await expectRejectedWithoutChange(
        () =>
          api.request(CreateProjectDocument, {
            input: {
              code: 'NEW-UNIT',
              name: '未知单位项目',
              level: 'DISTRICT',
              industry: 'TERTIARY',
              constructionType: 'NEW',
              totalInvestment: '1.00',
              responsibleUnitId: unknownOrganizationId,
            },
          }),
        { code: 'NOT_FOUND' },
      );
    });
  });
});
