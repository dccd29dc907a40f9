import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlyError, reportProgress as report, rowId, seed } from '../../support/testkit.js';
import { startTestApi, type TestApi } from '../../support/harness.js';
import {
  AddLandTaskDocument,
  CreateOrganizationDocument,
  CreatePersonDocument,
  OrganizationsDocument,
  PeopleDocument,
  PersonByIdDocument,
  ProjectDetailDocument,
  ProjectsDocument,
  SetAnnualPlanDocument,
  UpdateLandTaskDocument,
} from '../../generated/operations.js';
import { dateFromToday, idOf } from '../../support/fixtures.js';

let api: TestApi;
const organizationId = new Map<string, string>();
const personId = new Map<string, string>();

beforeAll(async () => {
  api = await startTestApi('progress_plans');
  const { organizations } = await api.data(OrganizationsDocument, {});
  for (const organization of organizations) organizationId.set(organization.name, organization.id);
  const { people } = await api.data(PeopleDocument, { first: 100 });
  for (const person of people.nodes) personId.set(person.name, person.id);
});
afterAll(() => api?.close());

const kit = () => seed(api);

async function detail(projectId: string, year = 2026) {
  return (await api.data(ProjectDetailDocument, { id: projectId, year })).project;
}


describe('setAnnualPlan', () => {
  it("setting a year's plan creates it with its milestones in order", async () => {
    const projectId = (await kit().project()).id;
    const { setAnnualPlan } = await api.data(SetAnnualPlanDocument, {
      input: {
        projectId,
        year: 2026,
        plannedInvestment: '8000',
        milestones: [
          { name: '完成设备招标', dueOn: '2026-04-30', metOn: '2026-04-28' },
          { name: '  主体结构封顶  ', dueOn: '2026-10-31' },
        ],
      },
    });
    expect(setAnnualPlan).toEqual({
      id: expect.any(String),
      year: 2026,
      plannedInvestment: '8000.00',
      milestones: [
        { name: '完成设备招标', dueOn: '2026-04-30', metOn: '2026-04-28' },
        { name: '主体结构封顶', dueOn: '2026-10-31', metOn: null },
      ],
      project: { id: projectId, completionRate: '0.00' },
    });
    const project = await detail(projectId);
    expect(project.annualPlan).toMatchObject({ id: setAnnualPlan.id, year: 2026, plannedInvestment: '8000.00' });
    expect(project.annualPlan?.milestones.map((milestone) => milestone.name)).toEqual(['完成设备招标', '主体结构封顶']);
    expect((await detail(projectId, 2027)).annualPlan).toBeNull();
  });

  it('setting the plan again replaces the investment and the milestones of that plan', async () => {
    const projectId = (await kit().project()).id;
    const first = await api.data(SetAnnualPlanDocument, {
      input: {
        projectId,
        year: 2026,
        plannedInvestment: '8000.00',
        milestones: [
          { name: '节点一', dueOn: '2026-03-31' },
          { name: '节点二', dueOn: '2026-06-30' },
        ],
      },
    });
    const second = await api.data(SetAnnualPlanDocument, {
      input: { projectId, year: 2026, plannedInvestment: '9500.50', milestones: [{ name: '新节点', dueOn: '2026-12-31' }] },
    });
    expect(second.setAnnualPlan.id).toBe(first.setAnnualPlan.id);
    expect(second.setAnnualPlan).toMatchObject({ plannedInvestment: '9500.50', milestones: [{ name: '新节点', dueOn: '2026-12-31', metOn: null }] });
    const plans = await api.db.sql('select id from listing where project_id = $1', [rowId(projectId)]);
    expect(plans).toHaveLength(1);
    const milestones = await api.db.sql<{ name: string; position: number }>(
      'select name, position from milestone where listing_id = $1 order by position',
      [rowId(first.setAnnualPlan.id)],
    );
    expect(milestones).toEqual([{ name: '新节点', position: 0 }]);
  });

  it('omitting the milestones keeps the existing ones, an empty list removes them', async () => {
    const projectId = (await kit().project()).id;
    await api.data(SetAnnualPlanDocument, {
      input: { projectId, year: 2026, plannedInvestment: '3000.00', milestones: [{ name: '开工', dueOn: '2026-02-01', metOn: '2026-02-01' }] },
    });
    const kept = await api.data(SetAnnualPlanDocument, { input: { projectId, year: 2026, plannedInvestment: '3600.00' } });
    expect(kept.setAnnualPlan).toMatchObject({ plannedInvestment: '3600.00', milestones: [{ name: '开工', dueOn: '2026-02-01', metOn: '2026-02-01' }] });
    const cleared = await api.data(SetAnnualPlanDocument, { input: { projectId, year: 2026, plannedInvestment: '3600.00', milestones: [] } });
    expect(cleared.setAnnualPlan.milestones).toEqual([]);
  });

  it('replacing the milestones audits each removed and each added one; setting the same plan again writes nothing', async () => {
    const projectId = (await kit().project()).id;
    const input = { projectId, year: 2026, plannedInvestment: '4200.00', milestones: [{ name: '节点甲', dueOn: '2026-04-30' }, { name: '节点乙', dueOn: '2026-09-30' }] };
    const first = await api.data(SetAnnualPlanDocument, { input });
    const planId = rowId(first.setAnnualPlan.id);
    const count = async (sql: string, params: unknown[]) => Number((await api.db.sql<{ n: string }>(sql, params))[0].n);
    const audits = () => count("select count(*) as n from audit_entry where operation = 'setAnnualPlan' and (entity_type = 'Milestone' or (entity_type = 'AnnualPlan' and entity_id = $1))", [String(planId)]);
    const events = () => count("select count(*) as n from event where type = 'PLAN_SET' and project_id = $1", [rowId(projectId)]);
    const [auditsBefore, eventsBefore] = [await audits(), await events()];

    const same = await api.data(SetAnnualPlanDocument, { input: { ...input, plannedInvestment: '4200' } });
    expect(same.setAnnualPlan).toMatchObject({ id: first.setAnnualPlan.id, plannedInvestment: '4200.00', milestones: [{ name: '节点甲' }, { name: '节点乙' }] });
    expect([await audits(), await events()]).toEqual([auditsBefore, eventsBefore]);

    const oldMilestones = await api.db.sql<{ id: number }>('select id from milestone where listing_id = $1 order by position', [planId]);
    await api.data(SetAnnualPlanDocument, { input: { ...input, milestones: [{ name: '节点丙', dueOn: '2026-12-31' }] } });
    const deleted = await api.db.sql<{ entity_id: string; before: { name: string } }>(
      "select entity_id, before from audit_entry where entity_type = 'Milestone' and action = 'DELETE' and entity_id = any($1::text[]) order by entity_id::int",
      [oldMilestones.map((row) => String(row.id))],
    );
    expect(deleted.map((row) => row.before.name)).toEqual(['节点甲', '节点乙']);
    expect(await events()).toBe(eventsBefore + 1);
  });

  it('plans of different years are separate', async () => {
    const projectId = (await kit().project()).id;
    await api.data(SetAnnualPlanDocument, { input: { projectId, year: 2026, plannedInvestment: '1000.00' } });
    await api.data(SetAnnualPlanDocument, { input: { projectId, year: 2027, plannedInvestment: '2000.00', milestones: [{ name: '竣工', dueOn: '2027-12-31' }] } });
    expect((await detail(projectId, 2026)).annualPlan).toMatchObject({ year: 2026, plannedInvestment: '1000.00', milestones: [] });
    expect((await detail(projectId, 2027)).annualPlan).toMatchObject({ year: 2027, plannedInvestment: '2000.00', milestones: [{ name: '竣工' }] });
  });

  it('a milestone due outside the plan year is BAD_USER_INPUT naming milestones.0.dueOn and writes nothing', async () => {
    const projectId = (await kit().project()).id;
    const response = await api.request(SetAnnualPlanDocument, {
      input: { projectId, year: 2026, plannedInvestment: '1000.00', milestones: [{ name: '跨年节点', dueOn: '2027-01-15' }] },
    });
    const error = onlyError(response);
    expect(error.extensions).toEqual({ messageZh: expect.any(String), code: 'BAD_USER_INPUT', field: 'milestones.0.dueOn' });
    expect(error.message).toBe('milestones.0.dueOn must fall in 2026');
    // The project's listing (made with it, plan 0) is unchanged: no milestone was written.
    expect((await detail(projectId)).annualPlan).toMatchObject({ plannedInvestment: '0.00', milestones: [] });
  });

  it('a milestone met in the future is BAD_USER_INPUT naming its metOn', async () => {
    const projectId = (await kit().project()).id;
    const response = await api.request(SetAnnualPlanDocument, {
      input: {
        projectId,
        year: 2026,
        plannedInvestment: '1000.00',
        milestones: [
          { name: '已完成', dueOn: '2026-03-01', metOn: '2026-03-01' },
          { name: '未来完成', dueOn: '2026-12-31', metOn: dateFromToday(3) },
        ],
      },
    });
    expect(onlyError(response).extensions).toEqual({ messageZh: expect.any(String), code: 'BAD_USER_INPUT', field: 'milestones.1.metOn' });
  });
});

describe('reportProgress', () => {
  it("a reporter's monthly report is stored and counts towards the year to date", async () => {
    const projectId = (await kit().project()).id;
    const reporter = idOf(personId, '余晓军');
    const { reportProgress } = await report(api, { projectId: projectId, 
      month: 6,
      completedInvestment: '120.5',
      physicalProgress: '12.3',
      narrative: '  厂房基础施工  ',
      reportedById: reporter,
    });
    expect(reportProgress).toEqual({
      id: expect.any(String),
      year: 2026,
      month: 6,
      completedInvestment: '120.50',
      physicalProgress: '12.30',
      narrative: '厂房基础施工',
      reportedBy: { id: reporter },
      project: { id: projectId, completedInvestment: '120.50' },
    });
    const project = await detail(projectId);
    expect(project.progress).toEqual([
      {
        id: reportProgress.id,
        year: 2026,
        month: 6,
        completedInvestment: '120.50',
        physicalProgress: '12.30',
        narrative: '厂房基础施工',
        reportedAt: expect.stringMatching(/^2026-\d\d-\d\dT/),
        reportedBy: { id: reporter, name: '余晓军' },
      },
    ]);
  });

  it('re-reporting a month replaces it: one row, the new amount', async () => {
    const projectId = (await kit().project()).id;
    const first = await report(api, { projectId: projectId,  month: 7, completedInvestment: '300.00', narrative: '初报', reportedById: idOf(personId, '余晓军') });
    const second = await report(api, { projectId: projectId,  month: 7, completedInvestment: '280.40', physicalProgress: '15.00', narrative: '更正' });
    expect(second.reportProgress.id).toBe(first.reportProgress.id);
    expect(second.reportProgress).toMatchObject({
      month: 7,
      completedInvestment: '280.40',
      physicalProgress: '15.00',
      narrative: '更正',
      reportedBy: null,
      project: { completedInvestment: '280.40' },
    });
    const rows = await api.db.sql<{ completed_investment: string; narrative: string }>(
      'select completed_investment, narrative from progress_report where project_id = $1 and year = 2026 and month = 7',
      [rowId(projectId)],
    );
    expect(rows).toEqual([{ completed_investment: '280.40', narrative: '更正' }]);
  });

  it('simultaneous reports of one month leave one row holding one of the amounts', async () => {
    const projectId = (await kit().project()).id;
    const amounts = ['10.00', '20.00', '30.00', '40.00', '50.00'];
    const results = await Promise.all(amounts.map((completedInvestment) => report(api, { projectId: projectId,  month: 4, completedInvestment })));
    expect(new Set(results.map((result) => result.reportProgress.id)).size).toBe(1);
    const rows = await api.db.sql<{ completed_investment: string }>(
      'select completed_investment from progress_report where project_id = $1 and year = 2026 and month = 4',
      [rowId(projectId)],
    );
    expect(rows).toHaveLength(1);
    expect(amounts).toContain(rows[0].completed_investment);
    expect((await detail(projectId)).completedInvestment).toBe(rows[0].completed_investment);
  });

  it('the year-to-date completed investment adds every month of the year and no other year', async () => {
    const projectId = (await kit().project()).id;
    await report(api, { projectId: projectId,  month: 5, completedInvestment: '0.10' });
    await report(api, { projectId: projectId,  month: 6, completedInvestment: '0.20' });
    const { reportProgress } = await report(api, { projectId: projectId,  month: 11, completedInvestment: '1000.05' });
    expect(reportProgress.project.completedInvestment).toBe('1000.35');
    await report(api, { projectId: projectId,  year: 2024, month: 12, completedInvestment: '999.00' });
    const project = await detail(projectId);
    expect(project.completedInvestment).toBe('1000.35');
    expect(project.progress.map((row) => [row.month, row.completedInvestment])).toEqual([
      [5, '0.10'],
      [6, '0.20'],
      [11, '1000.05'],
    ]);
    expect((await detail(projectId, 2024)).completedInvestment).toBe('999.00');
    await report(api, { projectId: projectId,  month: 6, completedInvestment: '5.00' });
    expect((await detail(projectId)).completedInvestment).toBe('1005.15');
  });

  it('the completion rate is year-to-date over plan in percent, rounded half up', async () => {
    const projectId = (await kit().project()).id;
    expect((await detail(projectId)).completionRate).toBeNull();
    await api.data(SetAnnualPlanDocument, { input: { projectId, year: 2026, plannedInvestment: '200000.00' } });
    expect((await detail(projectId)).completionRate).toBe('0.00');
    // 2010.00 / 200000.00 = 1.005 %: half up gives 1.01, binary floats and half-even give 1.00.
    await report(api, { projectId: projectId,  month: 5, completedInvestment: '2010.00' });
    expect((await detail(projectId)).completionRate).toBe('1.01');
    // 2010.00 + 2656.66 = 4666.66 → 2.33333 % → 2.33.
    await report(api, { projectId: projectId,  month: 6, completedInvestment: '2656.66' });
    expect((await detail(projectId)).completionRate).toBe('2.33');
    // Completion beyond the plan is not capped: 300000.00 / 200000.00 = 150 %.
    await report(api, { projectId: projectId,  month: 7, completedInvestment: '295333.34' });
    expect((await detail(projectId)).completionRate).toBe('150.00');
  });

  it('an eighth of a percent rounds up to 0.13 and thirds round to 33.33 and 66.67', async () => {
    const eighth = (await kit().project()).id;
    await api.data(SetAnnualPlanDocument, { input: { projectId: eighth, year: 2026, plannedInvestment: '800.00' } });
    await report(api, { projectId: eighth,  month: 5, completedInvestment: '1.00' });
    expect((await detail(eighth)).completionRate).toBe('0.13');

    const thirds = (await kit().project()).id;
    const { setAnnualPlan } = await api.data(SetAnnualPlanDocument, { input: { projectId: thirds, year: 2026, plannedInvestment: '3.00' } });
    expect(setAnnualPlan.project.completionRate).toBe('0.00');
    await report(api, { projectId: thirds,  month: 5, completedInvestment: '1.00' });
    expect((await detail(thirds)).completionRate).toBe('33.33');
    await report(api, { projectId: thirds,  month: 6, completedInvestment: '1.00' });
    expect((await detail(thirds)).completionRate).toBe('66.67');
  });

  it('a plan of zero gives no completion rate', async () => {
    const projectId = (await kit().project()).id;
    await api.data(SetAnnualPlanDocument, { input: { projectId, year: 2026, plannedInvestment: '0.00' } });
    await report(api, { projectId: projectId,  month: 5, completedInvestment: '5.00' });
    expect((await detail(projectId)).completionRate).toBeNull();
  });
});

describe('land tasks', () => {
  it('a new land task starts with nothing acquired or relocated unless told', async () => {
    const projectId = (await kit().project()).id;
    const { addLandTask } = await api.data(AddLandTaskDocument, {
      input: { projectId, name: '一期用地征收', areaToAcquire: '120.5', householdsToRelocate: 14 },
    });
    expect(addLandTask).toEqual({
      id: expect.any(String),
      name: '一期用地征收',
      areaToAcquire: '120.50',
      areaAcquired: '0.00',
      householdsToRelocate: 14,
      householdsRelocated: 0,
      project: { id: projectId },
    });
    expect((await detail(projectId)).landTasks).toEqual([
      { id: addLandTask.id, name: '一期用地征收', areaToAcquire: '120.50', areaAcquired: '0.00', householdsToRelocate: 14, householdsRelocated: 0 },
    ]);
  });

  it('updating a land task changes only the given fields', async () => {
    const projectId = (await kit().project()).id;
    const { addLandTask } = await api.data(AddLandTaskDocument, {
      input: { projectId, name: '二期征地', areaToAcquire: '80.00', areaAcquired: '10.00', householdsToRelocate: 6, householdsRelocated: 1 },
    });
    const { updateLandTask } = await api.data(UpdateLandTaskDocument, { input: { id: addLandTask.id, areaAcquired: '80.00', householdsRelocated: 6 } });
    expect(updateLandTask).toEqual({
      id: addLandTask.id,
      name: '二期征地',
      areaToAcquire: '80.00',
      areaAcquired: '80.00',
      householdsToRelocate: 6,
      householdsRelocated: 6,
    });
  });

  it('updating a land task to the values it has succeeds and writes no event and no audit row', async () => {
    const projectId = (await kit().project()).id;
    const { addLandTask } = await api.data(AddLandTaskDocument, { input: { projectId, name: '三期征地', areaToAcquire: '20.00', areaAcquired: '5.00', householdsToRelocate: 0 } });
    const writes = async () =>
      (await api.db.sql<{ n: string }>("select (select count(*) from event where type = 'LAND_TASK_CHANGED') + (select count(*) from audit_entry where entity_type = 'LandTask') as n"))[0].n;
    const before = await writes();
    const { updateLandTask } = await api.data(UpdateLandTaskDocument, { input: { id: addLandTask.id, name: '三期征地', areaAcquired: '5' } });
    expect(updateLandTask).toMatchObject({ areaAcquired: '5.00', name: '三期征地' });
    expect(await writes()).toBe(before);
  });

  it('acquiring more area than is to be acquired is BAD_USER_INPUT naming areaAcquired', async () => {
    const projectId = (await kit().project()).id;
    const added = await api.request(AddLandTaskDocument, {
      input: { projectId, name: '超征', areaToAcquire: '50.00', areaAcquired: '50.01', householdsToRelocate: 0 },
    });
    expect(onlyError(added).extensions).toEqual({ messageZh: expect.any(String), code: 'BAD_USER_INPUT', field: 'areaAcquired' });
    expect((await detail(projectId)).landTasks).toEqual([]);

    const { addLandTask } = await api.data(AddLandTaskDocument, {
      input: { projectId, name: '正常', areaToAcquire: '50.00', areaAcquired: '20.00', householdsToRelocate: 3 },
    });
    const updated = await api.request(UpdateLandTaskDocument, { input: { id: addLandTask.id, areaAcquired: '60.00' } });
    const error = onlyError(updated);
    expect(error.extensions).toEqual({ messageZh: expect.any(String), code: 'BAD_USER_INPUT', field: 'areaAcquired' });
    expect(error.message).toBe('areaAcquired (60.00) must not exceed areaToAcquire (50.00)');
    const shrunk = await api.request(UpdateLandTaskDocument, { input: { id: addLandTask.id, areaToAcquire: '19.99' } });
    expect(onlyError(shrunk).extensions).toEqual({ messageZh: expect.any(String), code: 'BAD_USER_INPUT', field: 'areaAcquired' });
    expect((await detail(projectId)).landTasks).toMatchObject([{ areaToAcquire: '50.00', areaAcquired: '20.00' }]);
  });

  it('relocating more households than planned is BAD_USER_INPUT naming householdsRelocated', async () => {
    const projectId = (await kit().project()).id;
    const { addLandTask } = await api.data(AddLandTaskDocument, {
      input: { projectId, name: '房屋征收', areaToAcquire: '5.00', householdsToRelocate: 3, householdsRelocated: 3 },
    });
    const response = await api.request(UpdateLandTaskDocument, { input: { id: addLandTask.id, householdsToRelocate: 2 } });
    expect(onlyError(response).extensions).toEqual({ messageZh: expect.any(String), code: 'BAD_USER_INPUT', field: 'householdsRelocated' });
  });

  it('a land task field cannot be cleared with null', async () => {
    const projectId = (await kit().project()).id;
    const { addLandTask } = await api.data(AddLandTaskDocument, { input: { projectId, name: '清空', areaToAcquire: '5.00', householdsToRelocate: 0 } });
    const response = await api.request(UpdateLandTaskDocument, { input: { id: addLandTask.id, areaAcquired: null } });
    expect(onlyError(response).extensions).toEqual({ messageZh: expect.any(String), code: 'BAD_USER_INPUT', field: 'areaAcquired' });
  });

  it('an unknown land task is NOT_FOUND', async () => {
    const response = await api.request(UpdateLandTaskDocument, { input: { id: Buffer.from('LandTask:99999').toString('base64'), name: '无' } });
    expect(onlyError(response).extensions).toMatchObject({ code: 'NOT_FOUND', type: 'LandTask' });
  });
});

describe('createPerson and createOrganization', () => {
  it('a new person is stored with the given unit, body and phone', async () => {
    const unitId = idOf(organizationId, '区发改局');
    const { createPerson } = await api.data(CreatePersonDocument, {
      input: { name: ' 测试员 ', title: '区发改局项目科科长', leadershipBody: null, organizationId: unitId, phone: '0797-8123456' },
    });
    expect(createPerson).toEqual({
      id: expect.any(String),
      name: '测试员',
      title: '区发改局项目科科长',
      leadershipBody: null,
      phone: '0797-8123456',
      organization: { id: unitId },
    });
    const { person } = await api.data(PersonByIdDocument, { id: createPerson.id });
    expect(person.organization).toEqual({ id: unitId, name: '区发改局', kind: 'DEPARTMENT' });
  });

  it('a district leader may be created without unit or phone', async () => {
    const { createPerson } = await api.data(CreatePersonDocument, { input: { name: '新副区长', title: '副区长', leadershipBody: 'GOVERNMENT' } });
    expect(createPerson).toMatchObject({ name: '新副区长', leadershipBody: 'GOVERNMENT', phone: null, organization: null });
  });

  it.each(['1390797abcd', '12', '+', '139 0797<script>'])('the phone "%s" is BAD_USER_INPUT naming phone', async (phone) => {
    const [{ count: before }] = await api.db.sql<{ count: string }>('select count(*) from person');
    const response = await api.request(CreatePersonDocument, { input: { name: '号码错误', title: '科员', phone } });
    expect(onlyError(response).extensions).toEqual({ messageZh: expect.any(String), code: 'BAD_USER_INPUT', field: 'phone' });
    const [{ count: after }] = await api.db.sql<{ count: string }>('select count(*) from person');
    expect(after).toBe(before);
  });

  it('a person in an unknown organization is NOT_FOUND', async () => {
    const response = await api.request(CreatePersonDocument, {
      input: { name: '无单位', title: '科员', organizationId: Buffer.from('Organization:99999').toString('base64') },
    });
    expect(onlyError(response).extensions).toMatchObject({ code: 'NOT_FOUND', type: 'Organization' });
  });

  it('a new organization is listed under its kind', async () => {
    const { createOrganization } = await api.data(CreateOrganizationDocument, { input: { name: '  XX区新城街道 ', kind: 'STREET' } });
    expect(createOrganization).toEqual({ id: expect.any(String), name: 'XX区新城街道', kind: 'STREET' });
    const { organizations } = await api.data(OrganizationsDocument, { kind: 'STREET' });
    expect(organizations.map((organization) => organization.name)).toEqual([
      'XX区城北街道',
      'XX区水南街道',
      'XX区解放街道',
      'XX区南外街道',
      'XX区新城街道',
    ]);
  });

  it('of simultaneous creations of one organization exactly one succeeds, the others are CONFLICT', async () => {
    const responses = await Promise.all(
      Array.from({ length: 4 }, () => api.request(CreateOrganizationDocument, { input: { name: '区数据局', kind: 'DEPARTMENT' } })),
    );
    expect(responses.filter((response) => response.data?.createOrganization)).toHaveLength(1);
    expect(responses.filter((response) => !response.data).map((response) => response.errors?.[0].extensions?.code)).toEqual(Array(3).fill('CONFLICT'));
    expect(await api.db.sql(`select id from organization where name = '区数据局'`)).toHaveLength(1);
  });

  it('an organization name already in use is a CONFLICT, even with surrounding spaces', async () => {
    const [{ count: before }] = await api.db.sql<{ count: string }>('select count(*) from organization');
    for (const name of ['区发改局', ' 区发改局 ']) {
      const response = await api.request(CreateOrganizationDocument, { input: { name, kind: 'DEPARTMENT' } });
      const error = onlyError(response);
      expect(error.extensions).toEqual({ messageZh: expect.any(String), code: 'CONFLICT', field: 'name' });
      expect(error.message).toBe('organization 区发改局 already exists');
    }
    const [{ count: after }] = await api.db.sql<{ count: string }>('select count(*) from organization');
    expect(after).toBe(before);
  });
});

describe('several mutations in one request', () => {
  it('each mutation sees what the previous one committed', async () => {
    const { projects } = await api.data(ProjectsDocument, { first: 1 });
    const id = projects.nodes[0].id;
    const response = await api.raw<{ a: { project: { completedInvestment: string } }; b: { project: { completedInvestment: string } } }>(
      `mutation {
        a: reportProgress(input: { projectId: "${id}", year: 2026, month: 9, completedInvestment: "100.00", physicalProgress: "60.00" }) { project { completedInvestment(year: 2026) } }
        b: reportProgress(input: { projectId: "${id}", year: 2026, month: 10, completedInvestment: "50.00", physicalProgress: "61.00" }) { project { completedInvestment(year: 2026) } }
      }`,
    );
    expect(response.errors).toBeUndefined();
    const first = response.data!.a.project.completedInvestment;
    const second = response.data!.b.project.completedInvestment;
    expect((Number(second) * 100 - Number(first) * 100) / 100).toBe(50);
  });
});
