import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { startInstance, startTestApi, type TestApi, type TestInstance } from '../../support/harness.js';
import { subscribe } from '../../support/ws-client.js';
import { ADMIN_TOKEN, tokenFor } from '../../support/tokens.js';
import { toGlobalId } from '../../../src/shared/global-id.js';
import { DEMO_SUPERVISION_STAFF } from '../../../src/db/seed/demo-supervision.js';

let api: TestApi;
/** An instance with introspection off, tight budgets, a short idempotency lifetime and its log captured. */
let strict: TestInstance;
const logLines: { level: number; msg: string; [key: string]: unknown }[] = [];

beforeAll(async () => {
  api = await startTestApi('mistakes');
  const logger = pino({ level: 'info' }, { write: (line: string) => void logLines.push(JSON.parse(line)) });
  strict = await startInstance(api.db, {
    introspection: false,
    logger,
    idempotencyTtlMs: 400,
    limits: { downloadsPerMinute: 5, failedAuthenticationsPerMinute: 10, requestsPerMinute: 600 },
  });
});
afterAll(async () => {
  await strict?.close();
  await api?.close();
});

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: { errors?: { message: string; extensions: Record<string, unknown> }[]; data?: unknown } }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as never };
}

describe('client mistakes answer a 4xx with a code, never an internal error', () => {
  it.each([
    ['variables nested 5,000 deep', `{"query":"query($x: [Int]) { me { role } }","variables":{"x":${'['.repeat(5000)}1${']'.repeat(5000)}}}`, 400, 'BAD_USER_INPUT'],
    ['an operationName naming no operation', { query: 'query A { me { role } }', operationName: 'B' }, 400, 'OPERATION_RESOLUTION_FAILURE'],
    ['several operations and no operationName', { query: 'query A { me { role } } query B { me { role } }' }, 400, 'OPERATION_RESOLUTION_FAILURE'],
    ['a subscription over HTTP', { query: 'subscription { dashboardChanged(year: 2026) { projectCount } }' }, 400, 'BAD_REQUEST'],
    ['an automatic persisted query (with a hash that does not match)', { query: '{ me { role } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }, 400, 'PERSISTED_QUERY_NOT_SUPPORTED'],
    ['a lone UTF-16 surrogate in a variable', '{"query":"mutation($n: String!) { createOrganization(input: {name: $n, kind: TOWN}) { id } }","variables":{"n":"x\\ud800y"}}', 400, 'BAD_USER_INPUT'],
    ['a lone UTF-16 surrogate in the document', { query: 'mutation { createOrganization(input: {name: "x\\ud800y", kind: TOWN}) { id } }' }, 400, 'GRAPHQL_PARSE_FAILED'],
  ])('%s', async (_sentence, body, status, code) => {
    const response = await post(api.url, body);
    expect(response.status).toBe(status);
    expect(response.body.errors?.map((error) => error.extensions.code)).toEqual([code]);
  });

  it('a subscription over HTTP names graphql-ws', async () => {
    const response = await post(api.url, { query: 'subscription { lightChanged { month } }' });
    expect(response.body.errors?.[0].message).toMatch(/graphql-ws/);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('/reports/%s/… is an unknown report: 404 NOT_FOUND', async (kind) => {
    const response = await fetch(api.url.replace('/graphql', `/reports/${kind}/2026/1.xlsx`), { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('first: $n is priced with the variable’s value: a query costing a few hundred is not refused as tens of thousands', async () => {
    const query = 'query($n: Int) { projects(first: $n) { nodes { assignments { person { projects(first: $n) { nodes { responsibleUnit { id } } } } } } } }';
    const small = await post(api.url, { query, variables: { n: 3 } });
    expect(small.body.errors).toBeUndefined();
    expect((small.body as { extensions?: { cost: number } }).extensions?.cost).toBeLessThan(1000);
    const large = await post(api.url, { query, variables: { n: 100 } });
    expect(large.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY' });
  });
});

describe('with introspection off, no transport reveals the schema', () => {
  it('HTTP refuses __schema and suggests no field names', async () => {
    const schema = await post(strict.url, { query: '{ __schema { queryType { name } } }' });
    expect(schema.status).toBe(400);
    const misspelt = await post(strict.url, { query: '{ dashbord(year: 2026) { year } }' });
    expect(misspelt.body.errors?.[0].message).toBe('Cannot query field "dashbord" on type "Query".');
    const suggested = await post(api.url, { query: '{ dashbord(year: 2026) { year } }' });
    expect(suggested.body.errors?.[0].message).toMatch(/Did you mean "dashboard"/);
  });

  it('WebSocket refuses __schema and suggests no field names', async () => {
    const schema = subscribe(strict.wsUrl, '{ __schema { types { name } } }');
    await schema.ended;
    expect(JSON.stringify(schema.errors)).toMatch(/introspection has been disabled/);
    await schema.dispose();
    const misspelt = subscribe(strict.wsUrl, '{ dashbord(year: 2026) { year } }');
    await misspelt.ended;
    const messages = (misspelt.errors.flat() as { message: string }[]).map((error) => error.message);
    expect(messages).toEqual(['Cannot query field "dashbord" on type "Query".']);
    await misspelt.dispose();
  });
});

describe('budgets that bound work: downloads, failed credentials, readiness', () => {
  it('report downloads are rate limited per caller: past the burst, 429 with Retry-After', async () => {
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let index = 0; index < 8; index++) {
      const response = await fetch(strict.url.replace('/graphql', '/reports/monthly/2026/3.csv'), { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      statuses.push(response.status);
      if (response.status === 429) limited = response;
      await response.arrayBuffer();
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses).toContain(429);
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('forged credentials are throttled per address; a credential already verified keeps working from that address', async () => {
    const goodToken = await tokenFor('VIEWER');
    expect((await post(strict.url, { query: '{ me { role } }' }, { authorization: `Bearer ${goodToken}` })).status).toBe(200);
    const statuses: number[] = [];
    for (let index = 0; index < 15; index++) {
      statuses.push((await post(strict.url, { query: '{ me { role } }' }, { authorization: `Bearer kp_forged${index}` })).status);
    }
    expect(statuses.slice(0, 9)).toEqual(Array(9).fill(401));
    expect(statuses.slice(-3)).toEqual([429, 429, 429]);
    const unknownToken = await tokenFor('ADMIN');
    expect((await post(strict.url, { query: '{ me { role } }' }, { authorization: `Bearer ${unknownToken}` })).status, 'a credential never seen here waits too').toBe(429);
    expect((await post(strict.url, { query: '{ me { role } }' }, { authorization: `Bearer ${goodToken}` })).status, 'the verified one still works').toBe(200);
  });

  it('a flood of /readyz opens no database connection of its own', async () => {
    const [{ now }] = await api.db.sql<{ now: Date }>('select now()');
    const statuses = await Promise.all(Array.from({ length: 100 }, () => fetch(api.url.replace('/graphql', '/readyz')).then((response) => response.status)));
    expect(new Set(statuses)).toEqual(new Set([200]));
    const [{ opened }] = await api.db.sql<{ opened: number }>('select count(*)::int as opened from pg_stat_activity where datname = current_database() and backend_start > $1', [now]);
    // The pool may open a connection or two to answer; the old probe opened one per request.
    expect(opened).toBeLessThanOrEqual(3);
  });

  it('two tokens of one role minted without a person have a budget each', async () => {
    const limited = await startInstance(api.db, { limits: { requestsPerMinute: 10 } });
    try {
      const [first, second] = [await tokenFor('VIEWER'), await tokenFor('VIEWER')];
      const statuses = async (token: string) => {
        const result: number[] = [];
        for (let index = 0; index < 4; index++) result.push((await limited.as(token).raw('{ me { role } }')).status);
        return result;
      };
      expect(await statuses(first)).toEqual([200, 200, 429, 429]);
      expect(await statuses(second)).toEqual([200, 200, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('idempotency keys are for mutations and expire', () => {
  const mutation = (name: string) => ({ query: 'mutation($n: String!) { createOrganization(input: { name: $n, kind: TOWN }) { id } }', variables: { n: name } });

  it('a retry within the lifetime replays the first answer; after it the key is free again', async () => {
    const first = await post(strict.url, mutation('幂等单位'), { 'idempotency-key': 'org-1' });
    const replay = await fetch(strict.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}`, 'idempotency-key': 'org-1' }, body: JSON.stringify(mutation('幂等单位')) });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await replay.json()).toEqual(first.body);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const later = await post(strict.url, mutation('幂等单位'), { 'idempotency-key': 'org-1' });
    expect(later.body.errors?.[0].extensions.code, 'executed again: the name is taken now').toBe('CONFLICT');
  });

  it('a query with an Idempotency-Key is simply answered and leaves no row', async () => {
    const response = await post(strict.url, { query: '{ me { role } }' }, { 'idempotency-key': 'query-1' });
    expect(response.body.data).toEqual({ me: { role: 'ADMIN' } });
    expect(await api.db.sql("select * from idempotency_key where key = 'query-1'")).toEqual([]);
  });
});

describe('who did it is who the token says', () => {
  it('a REPORTER reports as themselves and cannot name another reporter', async () => {
    const [row] = await api.db.sql<{ project: number; person: number; other: number }>(
      `select p.id as project, pe.id as person, (select id from person where id <> pe.id order by id limit 1) as other
         from project p join person pe on pe.organization_id = p.responsible_unit_id order by p.id limit 1`,
    );
    const reporter = await tokenFor('REPORTER', toGlobalId('Person', row.person));
    const input = { projectId: toGlobalId('Project', row.project), year: 2026, month: 9, completedInvestment: '10.00', physicalProgress: '20.00' };
    const forged = await api.as(reporter).raw('mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id } }', { input: { ...input, reportedById: toGlobalId('Person', row.other) } });
    expect(forged.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const own = await api.as(reporter).raw('mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id } }', { input });
    expect(own.errors).toBeUndefined();
    const [stored] = await api.db.sql<{ reported_by_id: number }>('select reported_by_id from progress_report where project_id = $1 and year = 2026 and month = 9', [row.project]);
    expect(stored.reported_by_id).toBe(row.person);
  });

  it('an INSPECTOR records only inspections they took part in', async () => {
    const [staff, other] = await api.db.sql<{ id: number }>('select p.id from person p where p.name = any($1) order by p.id', [DEMO_SUPERVISION_STAFF.slice(0, 2).map((member) => member.name)]);
    const [project] = await api.db.sql<{ id: number }>('select id from project order by id desc limit 1');
    const outsider = await api.db.sql<{ id: number }>('select id from person where id not in (select person_id from supervision_member) order by id limit 1');
    const input = (inspectorIds: number[]) => ({
      projectId: toGlobalId('Project', project.id),
      year: 2026,
      month: 3,
      dekad: 3,
      inspectedOn: '2026-03-25',
      methods: ['SITE_VISIT'],
      findings: '现场查看',
      progressRating: 'ON_SCHEDULE',
      inspectorIds: inspectorIds.map((id) => toGlobalId('Person', id)),
    });
    const record = 'mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }';
    const asOutsider = await api.as(await tokenFor('INSPECTOR', toGlobalId('Person', outsider[0].id))).raw(record, { input: input([staff.id]) });
    expect(asOutsider.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const forOther = await api.as(await tokenFor('INSPECTOR', toGlobalId('Person', staff.id))).raw(record, { input: input([other.id]) });
    expect(forOther.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('logs and shutdown', () => {
  it('a client mistake is logged at info with its input cut short', async () => {
    logLines.length = 0;
    await post(strict.url, { query: `{ ${'x'.repeat(900_000)} }` });
    const refused = logLines.filter((line) => line.msg === 'operation refused');
    expect(refused.length).toBe(1);
    expect(refused[0].level).toBe(30);
    expect(JSON.stringify(refused[0]).length).toBeLessThan(2000);
    expect(logLines.filter((line) => line.level >= 50)).toEqual([]);
  });

  it('while draining, a request on a kept-alive connection gets 503 with Connection: close, never 500', async () => {
    const draining = await startInstance(api.db);
    const { port } = new URL(draining.url);
    const socket = net.connect(Number(port), '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    await new Promise((resolve) => socket.once('connect', resolve));
    const get = (path: string) => `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${ADMIN_TOKEN}\r\nConnection: keep-alive\r\n\r\n`;
    socket.write(get('/reports/annual/2026.xlsx'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    const closing = draining.close();
    socket.write(get('/healthz'));
    await closing;
    await new Promise((resolve) => setTimeout(resolve, 100));
    socket.destroy();
    const statuses = [...received.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((match) => Number(match[1]));
    expect(statuses).toEqual([200, 503]);
    expect(received.split('HTTP/1.1 503')[1]).toMatch(/connection: close/i);
  });
});
