import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startInstance, startTestApi, type TestApi } from '../../support/harness.js';
import { subscribe } from '../../support/ws-client.js';
import { ADMIN_TOKEN, TEST_SIGNING_SECRET } from '../../support/tokens.js';
import { signToken } from '../../../src/modules/auth/tokens.js';
import { Role } from '../../../src/modules/auth/auth.types.js';
import { toGlobalId } from '../../../src/shared/global-id.js';

let api: TestApi;
let projectId: string;

beforeAll(async () => {
  api = await startTestApi('credentials');
  const [row] = await api.db.sql<{ id: number }>('select id from project order by id limit 1');
  projectId = toGlobalId('Project', row.id);
});
afterAll(() => api?.close());

async function createApiKey(name: string): Promise<{ id: string; secret: string }> {
  const response = await api.raw<{ createApiKey: { apiKey: { id: string }; secret: string } }>('mutation($n: String!) { createApiKey(name: $n) { apiKey { id } secret } }', { n: name });
  return { id: response.data!.createApiKey.apiKey.id, secret: response.data!.createApiKey.secret };
}

describe('a WebSocket never outlives its credentials', () => {
  it('a subscription whose API key is revoked is closed within 1 s (4403), and the key stops working over HTTP at once', async () => {
    const key = await createApiKey('大屏 1');
    const subscription = subscribe<{ dashboardChanged: { projectCount: number } }, Record<string, never>>(api.wsUrl, 'subscription { dashboardChanged(year: 2026) { projectCount } }', {}, { token: key.secret });
    await subscription.nth(1);
    const revokedAt = performance.now();
    const revoked = await api.raw('mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: key.id });
    expect(revoked.errors).toBeUndefined();
    const closed = await subscription.closed;
    expect(performance.now() - revokedAt).toBeLessThan(1000);
    expect(closed).toEqual({ code: 4403, reason: 'API key revoked' });
    const http = await api.as(key.secret).raw('{ me { role } }');
    expect(http.status).toBe(401);
    await subscription.dispose();
  });

  it('only the revoked key’s sockets close; another key’s stay open', async () => {
    const [kept, dropped] = [await createApiKey('大屏 2'), await createApiKey('大屏 3')];
    const keptSubscription = subscribe(api.wsUrl, 'subscription { lightChanged { month } }', {}, { token: kept.secret });
    const droppedSubscription = subscribe(api.wsUrl, 'subscription { lightChanged { month } }', {}, { token: dropped.secret });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await api.raw('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: dropped.id });
    expect((await droppedSubscription.closed).code).toBe(4403);
    const me = await new Promise<unknown>((resolve, reject) =>
      keptSubscription.client.subscribe({ query: '{ me { role apiKey } }' }, { next: (value) => resolve(value), error: reject, complete: () => undefined }),
    );
    expect(me).toMatchObject({ data: { me: { role: 'VIEWER' } } });
    await keptSubscription.dispose();
    await droppedSubscription.dispose();
  });

  it('a socket whose token expires is closed at expiry without any traffic (4401), and a mutation on it is refused', async () => {
    const token = await signToken(TEST_SIGNING_SECRET, { role: Role.ADMIN }, 2);
    let closedWith: { code: number; reason: string } | undefined;
    const client = createClient({
      url: api.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => undefined,
      connectionParams: { authorization: `Bearer ${token}` },
      on: { closed: (event) => (closedWith = { code: (event as { code: number }).code, reason: String((event as { reason: unknown }).reason) }) },
    });
    const me = await new Promise<unknown>((resolve, reject) => client.subscribe({ query: '{ me { role } }' }, { next: resolve, error: reject, complete: () => undefined }));
    expect(me).toEqual({ data: { me: { role: 'ADMIN' } } });
    await new Promise((resolve) => setTimeout(resolve, 2200));
    expect(closedWith).toEqual({ code: 4401, reason: 'Token expired' });
    const before = await api.db.sql<{ n: number }>('select count(*)::int as n from organization');
    const outcome = await new Promise<string>((resolve) =>
      client.subscribe(
        { query: 'mutation { createOrganization(input: { name: "过期令牌单位", kind: TOWN }) { id } }' },
        { next: () => resolve('executed'), error: () => resolve('refused'), complete: () => resolve('completed') },
      ),
    );
    expect(outcome).not.toBe('executed');
    expect(await api.db.sql<{ n: number }>('select count(*)::int as n from organization')).toEqual(before);
    await client.dispose();
  });

  it('a REVOKED event is visible to administrators only', async () => {
    const viewer = await signToken(TEST_SIGNING_SECRET, { role: Role.VIEWER });
    const refused = subscribe(api.wsUrl, 'subscription { events(afterSequence: "0", types: [API_KEY_REVOKED]) { type } }', {}, { token: viewer });
    await refused.ended;
    expect(JSON.stringify(refused.errors)).toMatch(/FORBIDDEN/);
    await refused.dispose();
    const admin = subscribe<{ events: { type: string } }, Record<string, never>>(api.wsUrl, 'subscription { events(afterSequence: "0", types: [API_KEY_REVOKED]) { type } }');
    expect((await admin.nth(1)).events.type).toBe('API_KEY_REVOKED');
    await admin.dispose();
  });
});

describe('write contention is pressure, not an outage', () => {
  it('200 concurrent reports to one project each commit or get a retryable SERVER_BUSY; no read in the meantime gets 503', async () => {
    const reads: number[] = [];
    let storming = true;
    const reader = (async () => {
      while (storming) {
        for (const query of ['{ __typename }', '{ dashboard(year: 2026) { projectCount completedInvestment } }']) {
          reads.push((await api.raw(query, undefined, { 'cache-control': 'no-cache' })).status);
        }
      }
    })();
    const outcomes = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        api.raw<{ reportProgress: { version: number } }>('mutation($input: ReportProgressInput!) { reportProgress(input: $input) { version } }', {
          input: { projectId, year: 2026, month: 10, completedInvestment: `${index + 1}.00`, physicalProgress: '50.00' },
        }),
      ),
    );
    storming = false;
    await reader;
    const committed = outcomes.filter((outcome) => !outcome.errors && outcome.data?.reportProgress);
    const refused = outcomes.filter((outcome) => outcome.errors);
    for (const outcome of refused) {
      expect(outcome.errors?.map((error) => error.extensions?.code)).toEqual(['SERVER_BUSY']);
      expect(outcome.status).toBe(503);
    }
    expect(committed.length + refused.length).toBe(200);
    expect(committed.length).toBeGreaterThan(0);
    // Nothing half-written: one version per committed report, one event each, and the row holds one of them.
    const [row] = await api.db.sql<{ version: number; amount: string; events: number }>(
      `select r.version, r.completed_investment::text as amount,
              (select count(*)::int from event e where e.type = 'PROGRESS_REPORTED' and e.project_id = r.project_id and (e.payload->>'month')::int = 10) as events
         from progress_report r where r.project_id = $1 and r.year = 2026 and r.month = 10`,
      [Number(Buffer.from(projectId, 'base64').toString().split(':')[1])],
    );
    expect(row.version).toBe(committed.length);
    expect(row.events).toBe(committed.length);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.filter((status) => status !== 200)).toEqual([]);
  }, 60_000);

  it('a write that cannot get a turn in time is refused with SERVER_BUSY and Retry-After, writing nothing, and the server stays available', async () => {
    const tight = await startInstance(api.db, { writeGate: { concurrency: 1, maxQueued: 1, maxWaitMs: 1 } });
    try {
      const responses = await Promise.all(
        Array.from({ length: 6 }, (_, index) =>
          fetch(tight.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
            body: JSON.stringify({ query: 'mutation($n: String!) { createOrganization(input: { name: $n, kind: TOWN }) { id } }', variables: { n: `繁忙单位${index}` } }),
          }),
        ),
      );
      const busy = responses.filter((response) => response.status === 503);
      expect(busy.length).toBeGreaterThan(0);
      expect(busy[0].headers.get('retry-after')).toBe('1');
      const body = (await busy[0].json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe('SERVER_BUSY');
      const created = await api.db.sql<{ n: number }>("select count(*)::int as n from organization where name like '繁忙单位%'");
      expect(created[0].n).toBe(responses.length - busy.length);
      expect((await tight.raw('{ __typename }')).status).toBe(200);
    } finally {
      await tight.close();
    }
  });
});
