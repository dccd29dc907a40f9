import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../support/harness.js';
import { ADMIN_TOKEN } from '../../support/tokens.js';
import { subscribe } from '../../support/ws-client.js';

let api: TestApi;
let closed: TestApi;

beforeAll(async () => {
  api = await startTestApi('http-spec');
  closed = await startTestApi('no-introspection', { introspection: false, limits: { downloadsPerMinute: 3 } as never });
}, 60_000);
afterAll(async () => {
  await api?.close();
  await closed?.close();
});

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', authorization: `Bearer ${ADMIN_TOKEN}`, ...headers }, body: JSON.stringify(body) });

describe('GraphQL over HTTP, checked by the spec’s own audit (graphql-http)', () => {
  it('fails no MUST', async () => {
    const results = await auditServer({
      url: api.url,
      fetchFn: (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
        const headers = new Headers(init?.headers);
        headers.set('authorization', `Bearer ${ADMIN_TOKEN}`);
        return fetch(input, { ...init, headers });
      },
    });
    const failedMusts = results.filter((result) => result.status === 'error' && result.name.startsWith('MUST'));
    expect(failedMusts.map((result) => `${result.name}: ${'reason' in result ? result.reason : ''}`)).toEqual([]);
    expect(results.filter((result) => result.status === 'ok').length).toBeGreaterThan(20);
  });

  it('answers a client that accepts only application/json in application/json, also from the response cache', async () => {
    const query = { query: '{ dashboard(year: 2026) { projectCount } }' };
    expect((await post(api.url, query, { accept: 'application/graphql-response+json' })).headers.get('content-type')).toContain('application/graphql-response+json');
    const cached = await post(api.url, query, { accept: 'application/json' });
    expect(cached.headers.get('content-type')).toContain('application/json');
    expect(cached.headers.get('content-type')).not.toContain('graphql-response');
  });
});

describe('error paths', () => {
  it('an unknown operation name is a 400, not a 500', async () => {
    const response = await post(api.url, { query: 'query A { dashboard(year: 2026) { projectCount } }', operationName: 'B' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string; messageZh: string } }[] };
    expect(body.errors[0].extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
    expect(body.errors[0].extensions.messageZh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a subscription over HTTP is a 400 that names graphql-ws', async () => {
    const response = await post(api.url, { query: 'subscription { dashboardChanged(year: 2026) { projectCount } }' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].message).toContain('graphql-ws');
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('every coded error carries a Chinese message beside the English one: GraphQL, WebSocket and plain routes', async () => {
    const graphql = (await (await post(api.url, { query: 'mutation { revokeSanction(id: "x", reason: "y") { id } }' })).json()) as { errors: { extensions: { code: string; messageZh: string; field?: string } }[] };
    expect(graphql.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(graphql.errors[0].extensions.messageZh).toContain('输入有误');
    const route = (await (await fetch(api.url.replace(/\/graphql$/, '/evidence'), { method: 'POST', body: 'x' })).json()) as { errors: { extensions: { code: string; messageZh: string } }[] };
    expect(route.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(route.errors[0].extensions.messageZh).toContain('未登录');
    const ws = subscribe(api.wsUrl, 'subscription { projectChanged(id: "UHJvamVjdDo5OTk5OTk=") { id } }');
    await ws.ended;
    await ws.dispose();
    const [error] = ws.errors as { extensions: { code: string; messageZh: string } }[];
    expect(error.extensions.code).toBe('NOT_FOUND');
    expect(error.extensions.messageZh).toContain('未找到');
  });

  it('INTROSPECTION=false refuses __schema over HTTP and WebSocket and names no field in its suggestions', async () => {
    const overHttp = (await (await post(closed.url, { query: '{ __schema { types { name } } }' })).json()) as { errors?: unknown[]; data?: unknown };
    expect(overHttp.errors?.length).toBeGreaterThan(0);
    expect(overHttp.data ?? null).toBeNull();
    const ws = subscribe(closed.wsUrl, '{ __schema { types { name } } }');
    await ws.ended;
    await ws.dispose();
    expect(ws.values).toEqual([]);
    const refused = (ws.errors as unknown[]).flat() as { message: string; extensions?: { code?: string } }[];
    expect(refused.length, JSON.stringify(ws.errors)).toBeGreaterThan(0);
    expect(JSON.stringify(refused)).toMatch(/introspection/i);
    const typo = (await (await post(closed.url, { query: '{ dashboard(year: 2026) { projectCoun } }' })).json()) as { errors: { message: string }[] };
    expect(typo.errors[0].message).not.toMatch(/Did you mean/i);
    const wsTypo = subscribe(closed.wsUrl, '{ dashboard(year: 2026) { projectCoun } }');
    await wsTypo.ended;
    await wsTypo.dispose();
    expect(JSON.stringify(wsTypo.errors)).not.toMatch(/Did you mean|projectCount/);
  });

  it('report downloads are rate limited per caller (429 with Retry-After)', async () => {
    const base = closed.url.replace(/\/graphql$/, '');
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`${base}/reports/monthly/2026/3.csv`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get('retry-after');
      await response.arrayBuffer();
    }
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.at(-1)).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});
