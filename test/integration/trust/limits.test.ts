import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startInstance, startTestApi, type TestApi, type TestInstance } from '../../support/harness.js';
import { subscribe } from '../../support/ws-client.js';
import { ADMIN_TOKEN, tokenFor } from '../../support/tokens.js';

let api: TestApi;
let strict: TestInstance;

beforeAll(async () => {
  api = await startTestApi('limits');
  strict = await startInstance(api.db, { limits: { requestsPerMinute: 60, maxSubscriptionsPerConnection: 3 }, introspection: false });
});
afterAll(async () => {
  await strict?.close();
  await api?.close();
});

describe('hostile queries are refused before any SQL runs', () => {
  it('depth 50', async () => {
    const response = await api.raw(`{ project(id: "UHJvamVjdDox") { ${'score(year: 2026) { project { '.repeat(25)} id ${'} } '.repeat(25)} } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP' });
    expect(response.extensions?.sqlStatements ?? 0).toBe(0);
  });

  it('10,000 aliases (the parser refuses the document) and 40 aliases (the alias limit)', async () => {
    const huge = await api.raw(`{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: dashboard(year: 2026) { projectCount }`).join(' ')} }`);
    expect(huge.status).toBe(400);
    expect(huge.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(huge.errors?.[0].message).toMatch(/tokens/);
    const many = await api.raw(`{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { role }`).join(' ')} }`);
    expect(many.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', aliases: 40 });
    expect(many.extensions?.sqlStatements ?? 0).toBe(0);
  });

  it('first: 100 nested four levels, within the depth limit', async () => {
    const response = await api.raw(`{
      organizations { projects(first: 100) { nodes { assignments { person { projects(first: 100) { nodes {
        responsibleUnit { people(first: 100) { nodes { id } } } } } } } } } }
    }`);
    expect(response.status).toBe(400);
    expect(response.errors?.map((error) => error.extensions?.code)).toContain('QUERY_TOO_COSTLY');
    expect(response.extensions?.sqlStatements ?? 0).toBe(0);
  });

  it('counts variables: the same document is refused with first: 100 and served with first: 5, reporting its cost', async () => {
    const query = 'query($n: Int) { projects(first: $n) { nodes { assignments { person { projects(first: $n) { nodes { responsibleUnit { id } } } } } } } }';
    const heavy = await api.raw(query, { n: 100 });
    expect(heavy.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', maxCost: 5000 });
    expect(heavy.status).toBe(400);
    expect(heavy.extensions?.sqlStatements ?? 0).toBe(0);
    const light = await api.raw(query, { n: 5 });
    expect(light.errors).toBeUndefined();
    expect(light.extensions?.cost).toBeGreaterThan(5);
    expect(light.extensions?.cost).toBeLessThan(5000);
  });

  it('refuses batched HTTP requests', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify([{ query: '{ me { role } }' }, { query: '{ me { role } }' }]),
    });
    expect(response.status).toBe(400);
  });
});

describe('per-caller and per-connection limits', () => {
  it('a caller past its rate gets RATE_LIMITED with Retry-After, others are unaffected', async () => {
    const responses = [];
    for (let i = 0; i < 14; i++) {
      responses.push(await fetch(strict.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` }, body: JSON.stringify({ query: '{ me { role } }' }) }));
    }
    const limited = responses.find((response) => response.status === 429);
    expect(limited).toBeDefined();
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await limited!.json()) as { errors: { extensions: { code: string; retryAfter: number } }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    const other = await strict.as(await tokenFor('VIEWER')).raw<{ me: { role: string } }>('{ me { role } }');
    expect(other.data?.me.role).toBe('VIEWER');
  });

  it('a WebSocket connection may hold only so many subscriptions', async () => {
    const client = createClient({ url: strict.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${await tokenFor('VIEWER')}` } });
    const errors: unknown[] = [];
    const disposers: (() => void)[] = [];
    for (let i = 0; i < 4; i++) {
      disposers.push(client.subscribe({ query: 'subscription { events { sequence } }' }, { next: () => undefined, error: (error) => errors.push(error), complete: () => undefined }));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(JSON.stringify(errors)).toContain('TOO_MANY_SUBSCRIPTIONS');
    disposers.forEach((dispose) => dispose());
    await client.dispose();
  });

  it('introspection can be switched off', async () => {
    const response = await strict.as(await tokenFor('VIEWER')).raw('{ __schema { queryType { name } } }');
    expect(response.errors?.[0].message).toMatch(/introspection/i);
    const open = await api.raw<{ __schema: { queryType: { name: string } } }>('{ __schema { queryType { name } } }');
    expect(open.data?.__schema.queryType.name).toBe('Query');
  });
});

describe('subscriptions are limited the same way', () => {
  it('a too costly subscription is refused', async () => {
    const subscription = subscribe(api.wsUrl, 'subscription { projectChanged(id: "UHJvamVjdDox") { assignments { person { projects(first: 100) { nodes { assignments { person { projects(first: 100) { nodes { id } } } } } } } } } }');
    await subscription.ended;
    expect(JSON.stringify(subscription.errors)).toContain('QUERY_TOO_COSTLY');
    await subscription.dispose();
  });
});
