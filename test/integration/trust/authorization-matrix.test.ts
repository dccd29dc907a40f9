import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../support/harness.js';
import { subscribe } from '../../support/ws-client.js';
import { tokenFor, ADMIN_TOKEN, TEST_SIGNING_SECRET } from '../../support/tokens.js';
import { signToken } from '../../../src/modules/auth/tokens.js';
import { Role } from '../../../src/modules/auth/auth.types.js';
import { decodeGlobalId, toGlobalId } from '../../../src/shared/global-id.js';
import { dateFromToday } from '../../support/fixtures.js';

/** Roles of the matrix; REPORTER is of the fixture project's unit, REPORTER_OTHER of another unit. */
type MatrixRole = 'ADMIN' | 'LEADER' | 'REPORTER' | 'REPORTER_OTHER' | 'INSPECTOR' | 'VIEWER' | 'API_KEY';
const ROLES: MatrixRole[] = ['ADMIN', 'LEADER', 'REPORTER', 'REPORTER_OTHER', 'INSPECTOR', 'VIEWER', 'API_KEY'];

interface Fixture {
  projectId: string;
  unitId: string;
  liaisonId: string;
  landTaskId: string;
  inspectorId: string;
  members: { personId: string; role: string }[];
}

let api: TestApi;
let fixture: Fixture;
const tokens = {} as Record<MatrixRole, string>;
let counter = 0;
const next = () => ++counter;

async function sqlId(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await api.db.sql<{ id: number }>(sql, params);
  return row.id;
}

beforeAll(async () => {
  api = await startTestApi('authz');
  // A project with a land task, its unit, liaison leader and the unit's reporter.
  const projectId = await sqlId(`select p.id from project p join land_task t on t.project_id = p.id order by p.id limit 1`);
  const unitId = await sqlId('select responsible_unit_id as id from project where id = $1', [projectId]);
  const liaisonId = await sqlId(`select person_id as id from assignment where project_id = $1 and role = 'LIAISON_LEADER' order by id limit 1`, [projectId]);
  const landTaskId = await sqlId('select id from land_task where project_id = $1', [projectId]);
  const reporterId = await sqlId(`select id from person where organization_id = $1 and title like '%联络员%' order by id limit 1`, [unitId]);
  const otherReporterId = await sqlId(`select id from person where organization_id <> $1 and title like '%联络员%' order by id limit 1`, [unitId]);
  const inspectorId = await sqlId(`select person_id as id from supervision_member where role = 'MEMBER' order by id limit 1`);
  const members = (await api.db.sql<{ person_id: number; role: string }>('select person_id, role from supervision_member order by id')).map((row) => ({
    personId: toGlobalId('Person', row.person_id),
    role: row.role,
  }));
  fixture = {
    projectId: toGlobalId('Project', projectId),
    unitId: toGlobalId('Organization', unitId),
    liaisonId: toGlobalId('Person', liaisonId),
    landTaskId: toGlobalId('LandTask', landTaskId),
    inspectorId: toGlobalId('Person', inspectorId),
    members,
  };
  tokens.ADMIN = ADMIN_TOKEN;
  tokens.LEADER = await tokenFor('LEADER', fixture.liaisonId);
  tokens.REPORTER = await tokenFor('REPORTER', toGlobalId('Person', reporterId));
  tokens.REPORTER_OTHER = await tokenFor('REPORTER', toGlobalId('Person', otherReporterId));
  tokens.INSPECTOR = await tokenFor('INSPECTOR', fixture.inspectorId);
  tokens.VIEWER = await tokenFor('VIEWER');
  const created = await api.raw<{ createApiKey: { secret: string } }>('mutation { createApiKey(name: "大屏") { secret } }');
  tokens.API_KEY = created.data!.createApiKey.secret;
});
afterAll(() => api?.close());

async function adminRaw<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await api.raw<T>(query, variables);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

let closedMonths2024 = 0;

const localId = (globalId: string) => decodeGlobalId(globalId)!.id;

/** A fresh SUBMITTED report of the fixture project in an open month (reporting again resubmits it). */
async function submittedReport(): Promise<string> {
  const { reportProgress } = await adminRaw<{ reportProgress: { id: string } }>(
    'mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id } }',
    { input: { projectId: fixture.projectId, year: 2026, month: 4 + (next() % 7), completedInvestment: '2.00', physicalProgress: '2.00' } },
  );
  return reportProgress.id;
}

/** A report of the fixture project in a closed month (January–March 2026), any pending correction of it rejected first. */
async function closedReportWithoutPendingCorrection(): Promise<string> {
  const [row] = await api.db.sql<{ id: number }>(
    `select id from progress_report where project_id = $1 and year = 2026 and month <= 3 and status <> 'RETURNED' order by month limit 1`,
    [localId(fixture.projectId)],
  );
  const pending = await api.db.sql<{ id: number }>(`select id from report_correction where report_id = $1 and status = 'PENDING'`, [row.id]);
  for (const { id } of pending) await adminRaw('mutation($id: ID!) { rejectCorrection(id: $id, reason: "重新申请") { id } }', { id: toGlobalId('Correction', id) });
  return toGlobalId('ProgressReport', row.id);
}

/** A pending correction request, made by the office. */
async function pendingCorrection(): Promise<string> {
  const { requestCorrection } = await adminRaw<{ requestCorrection: { id: string } }>(
    'mutation($input: RequestCorrectionInput!) { requestCorrection(input: $input) { id } }',
    { input: { reportId: await closedReportWithoutPendingCorrection(), completedInvestment: `${next()}.00`, physicalProgress: '10.00', reason: '填报错误' } },
  );
  return requestCorrection.id;
}

/** A new OPEN problem of the fixture project, owned by its unit. */
async function openProblem(): Promise<string> {
  const { raiseProblem } = await adminRaw<{ raiseProblem: { id: string } }>('mutation($input: RaiseProblemInput!) { raiseProblem(input: $input) { id } }', {
    input: { projectId: fixture.projectId, description: `问题${next()}`, deadline: '2099-01-01' },
  });
  return raiseProblem.id;
}

/** A rectification the owner unit's REPORTER submitted, waiting for the group's verdict. */
async function submittedRectification(): Promise<string> {
  const response = await api.as(tokens.REPORTER).raw<{ submitRectification: { id: string } }>('mutation($input: SubmitRectificationInput!) { submitRectification(input: $input) { id } }', {
    input: { problemId: await openProblem(), measures: '已整改', doneOn: dateFromToday() },
  });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!.submitRectification.id;
}

/** An OPEN escalation step addressed to the fixture unit and its liaison leader. */
async function openEscalation(): Promise<string> {
  const id = await sqlId(
    `insert into escalation (kind, year, month, project_id, cause, addressee_unit_id, addressee_person_ids, reason, due_on, created_at)
     values ('REMINDER', 2026, 5, $1, $2, $3, $4::jsonb, '连续亮灯', '2099-01-01', now()) returning id`,
    [localId(fixture.projectId), `authz:${next()}`, localId(fixture.unitId), JSON.stringify([localId(fixture.liaisonId)])],
  );
  return toGlobalId('Escalation', id);
}

/** A mutation, its variables (built fresh for each attempt) and the roles allowed to run it. */
interface Case {
  name: string;
  allowed: MatrixRole[];
  build(role: MatrixRole): Promise<{ query: string; variables: Record<string, unknown> }>;
}

const cases: Case[] = [
  {
    name: 'createProject',
    allowed: ['ADMIN'],
    build: async () => ({
      query: 'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
      variables: { input: { code: `AUTHZ-${next()}`, name: '权限测试项目', level: 'DISTRICT', industry: 'TERTIARY', constructionType: 'NEW', totalInvestment: '100.00' } },
    }),
  },
  {
    name: 'updateProject',
    allowed: ['ADMIN'],
    build: async () => ({ query: 'mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }', variables: { input: { id: fixture.projectId, address: `地点${next()}` } } }),
  },
  {
    name: 'recordStart',
    allowed: ['ADMIN'],
    build: async () => ({ query: 'mutation($input: RecordStartInput!) { recordStart(input: $input) { id } }', variables: { input: { projectId: fixture.projectId, startedOn: '2024-05-18' } } }),
  },
  {
    name: 'assignPerson',
    allowed: ['ADMIN'],
    build: async () => ({ query: 'mutation($input: AssignmentInput!) { assignPerson(input: $input) { id } }', variables: { input: { projectId: fixture.projectId, personId: fixture.inspectorId, role: 'LAND_OFFICER' } } }),
  },
  {
    name: 'unassignPerson',
    allowed: ['ADMIN'],
    build: async () => {
      const input = { projectId: fixture.projectId, personId: fixture.inspectorId, role: 'AREA_LEADER' };
      await adminRaw('mutation($input: AssignmentInput!) { assignPerson(input: $input) { id } }', { input });
      return { query: 'mutation($input: AssignmentInput!) { unassignPerson(input: $input) { id } }', variables: { input } };
    },
  },
  {
    name: 'setAnnualPlan',
    allowed: ['ADMIN'],
    build: async () => ({ query: 'mutation($input: SetAnnualPlanInput!) { setAnnualPlan(input: $input) { id } }', variables: { input: { projectId: fixture.projectId, year: 2025, plannedInvestment: `${next()}.00` } } }),
  },
  {
    name: 'reportProgress',
    allowed: ['ADMIN', 'REPORTER'],
    build: async () => ({
      query: 'mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id } }',
      variables: { input: { projectId: fixture.projectId, year: 2026, month: 4 + (next() % 7), completedInvestment: '1.00', physicalProgress: '1.00' } },
    }),
  },
  {
    name: 'addLandTask',
    allowed: ['ADMIN', 'REPORTER'],
    build: async () => ({ query: 'mutation($input: AddLandTaskInput!) { addLandTask(input: $input) { id } }', variables: { input: { projectId: fixture.projectId, name: `地块${next()}`, areaToAcquire: '1.00', householdsToRelocate: 0 } } }),
  },
  {
    name: 'updateLandTask',
    allowed: ['ADMIN', 'REPORTER'],
    build: async () => ({ query: 'mutation($input: UpdateLandTaskInput!) { updateLandTask(input: $input) { id } }', variables: { input: { id: fixture.landTaskId, name: `征收任务${next()}` } } }),
  },
  {
    name: 'createPerson',
    allowed: ['ADMIN'],
    build: async () => ({ query: 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', variables: { input: { name: `测试${next()}`, title: '科员' } } }),
  },
  {
    name: 'createOrganization',
    allowed: ['ADMIN'],
    build: async () => ({ query: 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', variables: { input: { name: `测试单位${next()}`, kind: 'DEPARTMENT' } } }),
  },
  {
    name: 'setSupervisionGroup',
    allowed: ['ADMIN'],
    build: async () => ({ query: 'mutation($input: SetSupervisionGroupInput!) { setSupervisionGroup(input: $input) { id } }', variables: { input: { year: 2026, name: 'XX区重点工程(项目)建设督查组', members: fixture.members } } }),
  },
  {
    name: 'recordInspection',
    allowed: ['ADMIN', 'INSPECTOR'],
    build: async () => {
      const n = next();
      return {
        query: 'mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }',
        variables: { input: { projectId: fixture.projectId, year: 2026, month: 4 + Math.floor(n / 3) % 7, dekad: 1 + (n % 3), inspectedOn: '2026-11-01', inspectorIds: [fixture.inspectorId], methods: ['SITE_VISIT'], findings: '现场检查', progressRating: 'ON_SCHEDULE' } },
      };
    },
  },
  {
    name: 'raiseProblem',
    allowed: ['ADMIN', 'INSPECTOR'],
    build: async () => ({ query: 'mutation($input: RaiseProblemInput!) { raiseProblem(input: $input) { id } }', variables: { input: { projectId: fixture.projectId, description: '问题', deadline: '2099-01-01' } } }),
  },
  {
    name: 'startRectification',
    allowed: ['ADMIN', 'REPORTER'],
    build: async () => ({ query: 'mutation($input: StartRectificationInput!) { startRectification(input: $input) { id } }', variables: { input: { problemId: await openProblem(), rectificationMeasures: '整改' } } }),
  },
  {
    name: 'submitRectification',
    allowed: ['ADMIN', 'REPORTER'],
    build: async () => ({ query: 'mutation($input: SubmitRectificationInput!) { submitRectification(input: $input) { id } }', variables: { input: { problemId: await openProblem(), measures: '已整改', doneOn: dateFromToday() } } }),
  },
  {
    name: 'verifyRectification',
    allowed: ['ADMIN', 'INSPECTOR'],
    build: async () => ({ query: 'mutation($id: ID!) { verifyRectification(rectificationId: $id) { verdict } }', variables: { id: await submittedRectification() } }),
  },
  {
    name: 'rejectRectification',
    allowed: ['ADMIN', 'INSPECTOR'],
    build: async () => ({ query: 'mutation($id: ID!) { rejectRectification(rectificationId: $id, reason: "材料不全") { verdict } }', variables: { id: await submittedRectification() } }),
  },
  {
    name: 'respondToEscalation',
    allowed: ['ADMIN', 'REPORTER', 'LEADER'],
    build: async () => ({ query: 'mutation($id: ID!) { respondToEscalation(id: $id, response: "已落实") { status } }', variables: { id: await openEscalation() } }),
  },
  {
    name: 'sweepEscalations',
    allowed: ['ADMIN'],
    build: async () => ({ query: 'mutation { sweepEscalations }', variables: {} }),
  },
  {
    name: 'updateAssessmentScheme',
    allowed: ['ADMIN'],
    build: async () => ({ query: 'mutation($input: UpdateAssessmentSchemeInput!) { updateAssessmentScheme(input: $input) { version } }', variables: { input: { year: 2025, bonusCap: '10.00' } } }),
  },
  {
    name: 'recordCommendation',
    allowed: ['ADMIN'],
    build: async () => ({ query: 'mutation($input: RecordSanctionInput!) { recordCommendation(input: $input) { id } }', variables: { input: { year: 2025, projectId: fixture.projectId, description: '表彰', decidedOn: '2025-12-01' } } }),
  },
  {
    name: 'recordCriticism',
    allowed: ['ADMIN'],
    build: async () => ({ query: 'mutation($input: RecordSanctionInput!) { recordCriticism(input: $input) { id } }', variables: { input: { year: 2025, projectId: fixture.projectId, description: '批评', decidedOn: '2025-12-01' } } }),
  },
  {
    name: 'revokeSanction',
    allowed: ['ADMIN'],
    build: async () => {
      const { recordCommendation } = await adminRaw<{ recordCommendation: { id: string } }>('mutation($input: RecordSanctionInput!) { recordCommendation(input: $input) { id } }', {
        input: { year: 2025, projectId: fixture.projectId, description: `误录${next()}`, decidedOn: '2025-12-01' },
      });
      return { query: 'mutation($id: ID!) { revokeSanction(id: $id, reason: "录入错误") { id } }', variables: { id: recordCommendation.id } };
    },
  },
  {
    name: 'recordAccountability',
    allowed: ['ADMIN'],
    build: async () => ({ query: 'mutation($input: RecordAccountabilityInput!) { recordAccountability(input: $input) { id } }', variables: { input: { year: 2025, projectId: fixture.projectId, description: '问责', decidedOn: '2025-12-01', reason: 'TARGET_MISSED' } } }),
  },
  {
    name: 'submitTargetExplanation',
    allowed: ['ADMIN', 'LEADER'],
    build: async () => ({
      query: 'mutation($input: SubmitTargetExplanationInput!) { submitTargetExplanation(input: $input) { id } }',
      variables: { input: { projectId: fixture.projectId, year: 2026, authorId: fixture.liaisonId, explanation: `原因${next()}`, rectificationPlan: '措施' } },
    }),
  },
  {
    name: 'setListing',
    allowed: ['ADMIN'],
    build: async () => ({
      query: 'mutation($input: SetListingInput!) { setListing(input: $input) { id } }',
      variables: { input: { projectId: fixture.projectId, year: 2028, level: 'CITY', constructionType: 'CONTINUING', plannedInvestment: `${next()}.00` } },
    }),
  },
  {
    name: 'setPlanPhasing',
    allowed: ['ADMIN'],
    build: async () => ({
      query: 'mutation($input: SetPlanPhasingInput!) { setPlanPhasing(input: $input) { id } }',
      variables: { input: { projectId: fixture.projectId, year: 2026, kind: 'DEFAULT', amounts: [] } },
    }),
  },
  {
    name: 'proposeListings',
    allowed: ['ADMIN'],
    build: async () => ({ query: 'mutation { proposeListings(fromYear: 2026, toYear: 2027) { count } }', variables: {} }),
  },
  {
    name: 'issueListings',
    allowed: ['ADMIN'],
    build: async () => ({ query: 'mutation { issueListings(year: 2029) { count } }', variables: {} }),
  },
  {
    name: 'closeMonth',
    allowed: ['ADMIN'],
    // 2024 has no list, so closing its months (in order, one per allowed attempt) changes no figure the other cases use.
    build: async (role) => ({ query: 'mutation($month: Int!) { closeMonth(year: 2024, month: $month) { period { month } } }', variables: { month: role === 'ADMIN' ? ++closedMonths2024 : 12 } }),
  },
  {
    name: 'approveReport',
    allowed: ['ADMIN'],
    build: async () => ({ query: 'mutation($id: ID!) { approveReport(reportId: $id) { status } }', variables: { id: await submittedReport() } }),
  },
  {
    name: 'returnReport',
    allowed: ['ADMIN'],
    build: async () => ({ query: 'mutation($id: ID!) { returnReport(reportId: $id, reason: "数据与佐证不符") { status } }', variables: { id: await submittedReport() } }),
  },
  {
    name: 'requestCorrection',
    allowed: ['ADMIN', 'REPORTER'],
    build: async () => ({
      query: 'mutation($input: RequestCorrectionInput!) { requestCorrection(input: $input) { id } }',
      variables: { input: { reportId: await closedReportWithoutPendingCorrection(), completedInvestment: `${next()}.00`, physicalProgress: '10.00', reason: '统计口径更正' } },
    }),
  },
  {
    name: 'approveCorrection',
    allowed: ['ADMIN'],
    build: async () => ({ query: 'mutation($id: ID!) { approveCorrection(id: $id) { status } }', variables: { id: await pendingCorrection() } }),
  },
  {
    name: 'rejectCorrection',
    allowed: ['ADMIN'],
    build: async () => ({ query: 'mutation($id: ID!) { rejectCorrection(id: $id, reason: "依据不足") { status } }', variables: { id: await pendingCorrection() } }),
  },
  {
    name: 'issueDocument',
    allowed: ['ADMIN'],
    build: async () => ({ query: 'mutation($number: String!) { issueDocument(kind: MONTHLY, year: 2026, period: 3, number: $number) { sha256 } }', variables: { number: `权限〔2026〕${next()}号` } }),
  },
  {
    name: 'createApiKey',
    allowed: ['ADMIN'],
    build: async () => ({ query: 'mutation { createApiKey(name: "对接") { secret } }', variables: {} }),
  },
  {
    name: 'revokeApiKey',
    allowed: ['ADMIN'],
    build: async () => {
      const { createApiKey } = await adminRaw<{ createApiKey: { apiKey: { id: string } } }>('mutation { createApiKey(name: "临时") { apiKey { id } } }');
      return { query: 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', variables: { id: createApiKey.apiKey.id } };
    },
  },
];

async function overHttp(role: MatrixRole, query: string, variables: Record<string, unknown>) {
  const response = await api.as(tokens[role]).raw(query, variables);
  return response.errors?.[0]?.extensions?.code as string | undefined;
}

async function overWebSocket(role: MatrixRole, query: string, variables: Record<string, unknown>) {
  const subscription = subscribe(api.wsUrl, query, variables, { token: tokens[role] });
  await subscription.ended;
  await subscription.dispose();
  const [error] = subscription.errors as { extensions?: { code?: string } }[];
  return error?.extensions?.code;
}

describe('authorization matrix: every mutation × every role, over HTTP and WebSocket', () => {
  for (const transport of ['HTTP', 'WebSocket'] as const) {
    for (const testCase of cases) {
      it.each(ROLES)(`${transport}: ${testCase.name} as %s`, async (role) => {
        const { query, variables } = await testCase.build(role);
        const code = await (transport === 'HTTP' ? overHttp : overWebSocket)(role, query, variables);
        if (testCase.allowed.includes(role)) expect(code, `${role} may ${testCase.name}`).toBeUndefined();
        else expect(code, `${role} may not ${testCase.name}`).toBe('FORBIDDEN');
      });
    }
  }
});

describe('routes × every role: evidence upload and download', () => {
  const origin = () => new URL(api.url).origin;
  /** A small, different PNG each time (content-addressed: the same bytes would be the same file). */
  const png = async () => sharp({ create: { width: 4, height: 4, channels: 3, background: { r: next() % 256, g: 7, b: 9 } } }).png().toBuffer();
  const post = async (role: MatrixRole | null, body: Buffer) =>
    fetch(`${origin()}/evidence`, { method: 'POST', body, headers: { 'content-type': 'image/png', ...(role ? { authorization: `Bearer ${tokens[role]}` } : {}) } });
  const download = (role: MatrixRole | null, id: string) => fetch(`${origin()}/evidence/${encodeURIComponent(id)}`, { headers: role ? { authorization: `Bearer ${tokens[role]}` } : {} });

  it.each(ROLES)('POST /evidence as %s', async (role) => {
    const response = await post(role, await png());
    const body = (await response.json()) as { id?: string; errors?: { extensions: { code: string } }[] };
    if (['ADMIN', 'LEADER', 'REPORTER', 'REPORTER_OTHER', 'INSPECTOR'].includes(role)) expect(response.status, JSON.stringify(body)).toBe(201);
    else expect([response.status, body.errors?.[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
  });

  it('POST /evidence without credentials is 401', async () => {
    expect((await post(null, await png())).status).toBe(401);
  });

  it.each(ROLES)('GET /evidence/{id} as %s: attached evidence is seen by all; an unattached upload by its uploader and the office only', async (role) => {
    const uploaded = (await (await post('REPORTER', await png())).json()) as { id: string };
    const attached = (await (await post('REPORTER', await png())).json()) as { id: string };
    const response = await api.as(tokens.REPORTER).raw('mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id } }', {
      input: { projectId: fixture.projectId, year: 2026, month: 4 + (next() % 7), completedInvestment: '2.00', physicalProgress: '2.00', evidenceIds: [attached.id] },
    });
    expect(response.errors).toBeUndefined();
    expect((await download(role, attached.id)).status).toBe(200);
    expect((await download(role, uploaded.id)).status).toBe(role === 'ADMIN' || role === 'REPORTER' ? 200 : 404);
    expect((await download(null, attached.id)).status).toBe(401);
  });
});

describe('the matrix is complete', () => {
  it('names every mutation of the schema', async () => {
    const { __type } = await adminRaw<{ __type: { fields: { name: string }[] } }>('{ __type(name: "Mutation") { fields { name } } }');
    expect(__type.fields.map((field) => field.name).sort()).toEqual(cases.map((testCase) => testCase.name).sort());
  });
});

describe('sensitive fields and admin-only reads', () => {
  it.each(ROLES)('personal phone numbers are visible to %s only when the role may contact people', async (role) => {
    const response = await api.as(tokens[role]).raw<{ person: { phone: string | null } }>(`{ person(id: "${fixture.liaisonId}") { phone } }`);
    expect(response.errors).toBeUndefined();
    if (role === 'VIEWER' || role === 'API_KEY') expect(response.data!.person.phone).toBeNull();
    else expect(response.data!.person.phone).toMatch(/^\d{11}$/);
  });

  it.each(ROLES)('the audit log and API keys are for ADMIN only (%s)', async (role) => {
    for (const query of ['{ auditLog(first: 1) { totalCount } }', '{ apiKeys { id } }']) {
      const response = await api.as(tokens[role]).raw(query);
      if (role === 'ADMIN') expect(response.errors, query).toBeUndefined();
      else expect(response.errors?.map((error) => error.extensions?.code), query).toEqual(['FORBIDDEN']);
    }
  });

  it('a LEADER may not explain in someone else’s name', async () => {
    const other = await sqlId(`select person_id as id from assignment where role = 'RESPONSIBLE_PERSON' order by id limit 1`);
    const response = await api.as(tokens.LEADER).raw('mutation($input: SubmitTargetExplanationInput!) { submitTargetExplanation(input: $input) { id } }', {
      input: { projectId: fixture.projectId, year: 2026, authorId: toGlobalId('Person', other), explanation: 'x', rectificationPlan: 'y' },
    });
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('without credentials', () => {
  it('only health checks and the playground answer', async () => {
    const base = api.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/playground`)).status).toBe(200);
    const anonymous = await api.as(null).raw('{ dashboard(year: 2026) { projectCount } }');
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await api.as('not-a-token').raw('{ dashboard(year: 2026) { projectCount } }');
    expect(forged.status).toBe(401);
    const revoked = await api.raw<{ createApiKey: { secret: string; apiKey: { id: string } } }>('mutation { createApiKey(name: "x") { secret apiKey { id } } }');
    await api.raw(`mutation { revokeApiKey(id: "${revoked.data!.createApiKey.apiKey.id}") { id } }`);
    expect((await api.as(revoked.data!.createApiKey.secret).raw('{ dashboard(year: 2026) { projectCount } }')).status).toBe(401);
    const ws = subscribe(api.wsUrl, '{ dashboard(year: 2026) { projectCount } }', {}, { token: null });
    const { code } = await ws.closed;
    expect(code).toBe(4403);
    await ws.dispose();
  });

  it('a token that worked stops working when it expires (verified tokens are remembered only until then)', async () => {
    const shortLived = await signToken(TEST_SIGNING_SECRET, { role: Role.VIEWER }, 1);
    expect((await api.as(shortLived).raw('{ dashboard(year: 2026) { projectCount } }')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const expired = await api.as(shortLived).raw('{ dashboard(year: 2026) { projectCount } }');
    expect(expired.status).toBe(401);
    expect(expired.errors?.[0]).toMatchObject({ message: 'token expired', extensions: { code: 'UNAUTHENTICATED' } });
  });
});
