import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../support/harness.js';
import { ADMIN_TOKEN, tokenFor } from '../../support/tokens.js';
import { toGlobalId } from '../../../src/shared/global-id.js';

let api: TestApi;
let projectIds: string[];

beforeAll(async () => {
  api = await startTestApi('integrity');
  const rows = await api.db.sql<{ id: number }>('select id from project order by id');
  projectIds = rows.map((row) => toGlobalId('Project', row.id));
});
afterAll(() => api?.close());

const REPORT = 'mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id version completedInvestment } }';

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}`, ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: Record<string, unknown> }[] } };
}

describe('every change on record (留痕)', () => {
  it('records who, when, the operation, the entity and before/after, in the same transaction', async () => {
    const reporter = (await api.db.sql<{ id: number }>(`select id from person where title like '%联络员%' order by id limit 1`))[0].id;
    const unitProject = (await api.db.sql<{ id: number }>('select p.id from project p join person pe on pe.organization_id = p.responsible_unit_id where pe.id = $1 order by p.id limit 1', [reporter]))[0].id;
    const token = await tokenFor('REPORTER', toGlobalId('Person', reporter));
    const first = await api.as(token).raw(REPORT, { input: { projectId: toGlobalId('Project', unitProject), year: 2026, month: 6, completedInvestment: '10.00', physicalProgress: '50.00' } });
    expect(first.errors).toBeUndefined();
    const second = await api.as(token).raw(REPORT, { input: { projectId: toGlobalId('Project', unitProject), year: 2026, month: 6, completedInvestment: '12.50', physicalProgress: '51.00' } });
    expect(second.errors).toBeUndefined();
    const log = await api.raw<{ auditLog: { nodes: { actor: string; role: string; operation: string; action: string; entityType: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[] } }>(
      `{ auditLog(filter: { actor: "person:${reporter}", entityType: "ProgressReport" }, first: 10) { nodes { actor role operation action entityType before after at } } }`,
    );
    expect(log.errors).toBeUndefined();
    const [created, updated] = log.data!.auditLog.nodes;
    expect(created).toMatchObject({ actor: `person:${reporter}`, role: 'REPORTER', operation: 'reportProgress', action: 'CREATE', before: null });
    expect(created.after).toMatchObject({ completedInvestment: '10.00', month: 6 });
    expect(updated).toMatchObject({ action: 'UPDATE', before: { completedInvestment: '10.00' }, after: { completedInvestment: '12.50' } });
  });

  it('writes no audit row for a change that did not commit', async () => {
    const [{ n: before }] = await api.db.sql<{ n: number }>('select count(*)::int as n from audit_entry');
    const failed = await api.raw(REPORT, { input: { projectId: projectIds[0], year: 2026, month: 13, completedInvestment: '1.00', physicalProgress: '1.00' } });
    expect(failed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const plan = await api.raw('mutation($input: SetAnnualPlanInput!) { setAnnualPlan(input: $input) { id } }', {
      input: { projectId: projectIds[0], year: 2026, plannedInvestment: '1.00', milestones: [{ name: 'a', dueOn: '2026-05-01' }, { name: 'b', dueOn: '2031-01-01' }] },
    });
    expect(plan.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const [{ n: after }] = await api.db.sql<{ n: number }>('select count(*)::int as n from audit_entry');
    expect(after).toBe(before);
  });
});

describe('concurrency and retries', () => {
  it('50 concurrent reportProgress calls for different projects all land and the totals are exact', async () => {
    const [{ total: before }] = await api.db.sql<{ total: string }>(`select coalesce(sum(completed_investment), 0)::text as total from progress_report where year = 2026 and month = 7`);
    const amounts = projectIds.slice(0, 50).map((_, i) => `${(i + 1) * 11}.${String(i % 100).padStart(2, '0')}`);
    const results = await Promise.all(
      projectIds.slice(0, 50).map((projectId, i) => api.raw(REPORT, { input: { projectId, year: 2026, month: 7, completedInvestment: amounts[i], physicalProgress: '60.00' } })),
    );
    expect(results.filter((result) => result.errors)).toEqual([]);
    const expected = amounts.reduce((sum, amount) => sum + BigInt(amount.replace('.', '')), BigInt(before.replace('.', '')));
    const [{ total }] = await api.db.sql<{ total: string }>(`select sum(completed_investment)::text as total from progress_report where year = 2026 and month = 7`);
    expect(total.replace('.', '')).toBe(expected.toString());
    const { data } = await api.raw<{ dashboard: { completedInvestment: string } }>('{ dashboard(year: 2026) { completedInvestment } }');
    const [{ all }] = await api.db.sql<{ all: string }>('select sum(completed_investment)::text as all from progress_report where year = 2026');
    expect(data!.dashboard.completedInvestment).toBe(all);
  });

  it('two concurrent edits of the same record: one succeeds, the other gets CONFLICT with the current version', async () => {
    const query = 'mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id version address } }';
    const { data } = await api.raw<{ project: { version: number } }>(`{ project(id: "${projectIds[5]}") { version } }`);
    const version = data!.project.version;
    const [a, b] = await Promise.all([
      api.raw(query, { input: { id: projectIds[5], address: '甲地', expectedVersion: version } }),
      api.raw(query, { input: { id: projectIds[5], address: '乙地', expectedVersion: version } }),
    ]);
    const outcomes = [a, b].map((result) => (result.errors ? result.errors[0].extensions?.code : 'OK')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const conflict = [a, b].find((result) => result.errors)!;
    expect(conflict.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: version + 1 });
  });

  it('a retried idempotent mutation counts once and returns the first result', async () => {
    const body = { query: REPORT, variables: { input: { projectId: projectIds[7], year: 2026, month: 8, completedInvestment: '5.00', physicalProgress: '10.00' } } };
    const first = await post(body, { 'idempotency-key': 'retry-8' });
    const second = await post(body, { 'idempotency-key': 'retry-8' });
    expect(first.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const [{ n: changes }] = await api.db.sql<{ n: number }>(
      `select count(*)::int as n from audit_entry where operation = 'reportProgress' and entity_type = 'ProgressReport' and after->>'completedInvestment' = '5.00'`,
    );
    const [{ n: events }] = await api.db.sql<{ n: number }>(`select count(*)::int as n from event where type = 'PROGRESS_REPORTED' and payload->>'amount' = '5.00'`);
    expect([changes, events]).toEqual([1, 1]);
    const reused = await post({ ...body, variables: { input: { ...body.variables.input, completedInvestment: '6.00' } } }, { 'idempotency-key': 'retry-8' });
    expect(reused.status).toBe(409);
    expect(reused.body.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('a failed idempotent request frees its key, so the corrected retry executes', async () => {
    const bad = { query: REPORT, variables: { input: { projectId: projectIds[8], year: 2026, month: 13, completedInvestment: '5.00', physicalProgress: '10.00' } } };
    const failed = await post(bad, { 'idempotency-key': 'fix-me' });
    expect(failed.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const retried = await post(bad, { 'idempotency-key': 'fix-me' });
    expect(retried.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
