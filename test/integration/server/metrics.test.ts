import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { startInstance, startTestApi, type TestApi, type TestInstance } from '../../support/harness.js';
import { subscribe } from '../../support/ws-client.js';
import { reportProgress } from '../../support/testkit.js';
import { ADMIN_TOKEN, tokenFor } from '../../support/tokens.js';
import { ProjectsDocument } from '../../generated/operations.js';
import { OperationNames, routeKind } from '../../../src/server/metrics.js';
import { ConfigError, loadConfig } from '../../../src/config.js';

const METRICS_TOKEN = 'metrics-token-for-the-tests-0123456789abcdef';

/** A pino destination that keeps every line written to it, parsed. */
function captured() {
  const lines: Record<string, unknown>[] = [];
  const texts: string[] = [];
  return {
    lines,
    texts,
    stream: {
      write(text: string) {
        texts.push(text);
        lines.push(JSON.parse(text) as Record<string, unknown>);
      },
    },
  };
}

const accessLines = captured();
let api: TestApi;
/** A second instance without METRICS_TOKEN and with ACCESS_LOG=false, logging everything else. */
let plain: TestInstance;
const plainLog = captured();

beforeAll(async () => {
  api = await startTestApi('metrics', { metricsToken: METRICS_TOKEN, accessLog: pino({ level: 'info' }, accessLines.stream) });
  plain = await startInstance(api.db, { accessLog: false, logger: pino({ level: 'info' }, plainLog.stream) });
});
afterAll(async () => {
  await plain?.close();
  await api?.close();
});

const origin = (instance: TestInstance) => instance.url.replace(/\/graphql$/, '');

async function scrape(instance: TestInstance, authorization: string | null): Promise<{ status: number; text: string; contentType: string | null; headers: Headers }> {
  const response = await fetch(`${origin(instance)}/metrics`, { headers: authorization ? { authorization } : {} });
  return { status: response.status, text: await response.text(), contentType: response.headers.get('content-type'), headers: response.headers };
}

/** Every sample of the Prometheus text, as name, labels and value. */
function samples(text: string): { name: string; labels: Record<string, string>; value: number }[] {
  const result = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a Prometheus sample: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[key] = value;
    result.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return result;
}

/** The sum of the samples named `name` whose labels include `labels`; undefined when there is none. */
function valueOf(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const matching = samples(text).filter((sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value));
  return matching.length ? matching.reduce((sum, sample) => sum + sample.value, 0) : undefined;
}

async function adminScrape(): Promise<string> {
  const { status, text } = await scrape(api, `Bearer ${ADMIN_TOKEN}`);
  expect(status).toBe(200);
  return text;
}

/** Scrapes until `predicate` holds (gauges follow sockets and events a moment later). */
async function scrapeUntil(predicate: (text: string) => boolean, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await adminScrape();
    if (predicate(text) || Date.now() > deadline) return text;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('GET /metrics', () => {
  it('counts requests by route, status and operation, with the cache, WebSocket, event, pool and process series', async () => {
    const probe = 'query MetricsProbe { dashboard(year: 2026) { projectCount } }';
    expect((await api.raw(probe)).status).toBe(200);
    expect((await api.raw(probe)).status).toBe(200); // the same answer again: from the response cache
    expect((await api.raw('{ __typename }')).status).toBe(200);
    await api.data(ProjectsDocument, { first: 3 });

    const subscription = subscribe<{ dashboardChanged: { projectCount: number } }, never>(api.wsUrl, 'subscription MetricsLive { dashboardChanged(year: 2026) { projectCount } }');
    await subscription.nth(1);
    const projectId = (await api.data(ProjectsDocument, { first: 1 })).projects.nodes[0].id;
    await reportProgress(api, { projectId, completedInvestment: '321.00', physicalProgress: '30.00' });

    const text = await scrapeUntil((current) => (valueOf(current, 'keyproject_event_delivery_lag_seconds_count') ?? 0) >= 1);
    expect(valueOf(text, 'keyproject_http_requests_total', { route: 'graphql', method: 'POST', status: '200', operation: 'MetricsProbe' })).toBe(2);
    expect(valueOf(text, 'keyproject_http_request_duration_seconds_count', { route: 'graphql', status: '200', operation: 'MetricsProbe' })).toBe(2);
    expect(valueOf(text, 'keyproject_http_request_duration_seconds_sum', { route: 'graphql', operation: 'MetricsProbe' })).toBeGreaterThan(0);
    expect(valueOf(text, 'keyproject_http_requests_total', { route: 'graphql', operation: 'Projects' })).toBeGreaterThanOrEqual(2);
    expect(valueOf(text, 'keyproject_http_requests_total', { route: 'graphql', operation: 'unknown' }), 'an anonymous operation').toBeGreaterThanOrEqual(1);
    expect(valueOf(text, 'keyproject_ws_connections')).toBeGreaterThanOrEqual(1);
    expect(valueOf(text, 'keyproject_ws_subscriptions')).toBeGreaterThanOrEqual(1);
    expect(valueOf(text, 'keyproject_response_cache_hits_total')).toBeGreaterThanOrEqual(1);
    expect(valueOf(text, 'keyproject_response_cache_misses_total')).toBeGreaterThanOrEqual(1);
    expect(valueOf(text, 'keyproject_response_cache_entries')).toBeDefined();
    const lag = valueOf(text, 'keyproject_event_delivery_lag_seconds_sum')!;
    expect(lag).toBeGreaterThanOrEqual(0);
    expect(lag, 'a committed report reaches this instance within seconds').toBeLessThan(30);
    expect(valueOf(text, 'keyproject_event_hub_listening')).toBe(1);
    expect(valueOf(text, 'keyproject_event_hub_last_sequence')).toBeGreaterThan(0);
    expect(valueOf(text, 'keyproject_db_pool_connections', { state: 'in_use' })).toBeGreaterThanOrEqual(0);
    expect(valueOf(text, 'keyproject_db_pool_connections', { state: 'idle' })).toBeGreaterThanOrEqual(1);
    expect(valueOf(text, 'keyproject_db_pool_waiting')).toBe(0);
    expect(valueOf(text, 'keyproject_db_pool_max')).toBe(10);
    expect(valueOf(text, 'keyproject_write_gate_transactions', { state: 'running' })).toBe(0);
    // prom-client's default process metrics, on the same registry.
    expect(valueOf(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(valueOf(text, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    // Labels stay bounded: no request id, no path ids, no query text.
    expect(text).not.toMatch(/dashboard\(year/);

    await subscription.dispose();
    const after = await scrapeUntil((current) => valueOf(current, 'keyproject_ws_connections') === 0 && valueOf(current, 'keyproject_ws_subscriptions') === 0);
    expect(valueOf(after, 'keyproject_ws_connections')).toBe(0);
    expect(valueOf(after, 'keyproject_ws_subscriptions')).toBe(0);
    // The scrapes count too, under their own route kind and no operation label.
    const scrapes = samples(after).filter((sample) => sample.name === 'keyproject_http_requests_total' && sample.labels.route === 'metrics');
    expect(scrapes.length).toBeGreaterThan(0);
    expect(scrapes.every((sample) => sample.labels.operation === undefined)).toBe(true);
  });

  it('answers ADMIN callers and the METRICS_TOKEN bearer; 401 without a credential, 403 for other roles', async () => {
    const admin = await scrape(api, `Bearer ${ADMIN_TOKEN}`);
    expect(admin.status).toBe(200);
    expect(admin.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(admin.headers.get('cache-control')).toBe('no-store');
    expect((await scrape(api, `Bearer ${METRICS_TOKEN}`)).status).toBe(200);

    const none = await scrape(api, null);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect(JSON.parse(none.text)).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });

    const viewer = await scrape(api, `Bearer ${await tokenFor('VIEWER')}`);
    expect(viewer.status).toBe(403);
    expect(JSON.parse(viewer.text)).toMatchObject({ errors: [{ message: expect.stringContaining('ADMIN'), extensions: { code: 'FORBIDDEN' } }] });
    expect(viewer.text).not.toContain('keyproject_');

    expect((await scrape(api, `Bearer ${METRICS_TOKEN}x`)).status).toBe(401);
    // Without METRICS_TOKEN configured that bearer is nothing; ADMIN still reads.
    expect((await scrape(plain, `Bearer ${METRICS_TOKEN}`)).status).toBe(401);
    expect((await scrape(plain, `Bearer ${ADMIN_TOKEN}`)).status).toBe(200);
    const post = await fetch(`${origin(api)}/metrics`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(post.status).toBe(405);
  });

  it('bounds operation names: unknown for absent or invalid ones, cut to 64 characters, "other" past the limit', () => {
    const names = new OperationNames(3, 64);
    expect(names.label(undefined)).toBe('unknown');
    expect(names.label('not a name')).toBe('unknown');
    expect(names.label('A')).toBe('A');
    expect(names.label('x'.repeat(100))).toBe('x'.repeat(64));
    expect(names.label('B')).toBe('B');
    expect(names.label('C')).toBe('other');
    expect(names.label('A')).toBe('A');
    expect(['/graphql', '/reports/monthly/2026/3.xlsx', '/evidence/42', '/screen/assets/screen.js', '/', '/nothing/1'].map(routeKind)).toEqual([
      'graphql', 'reports', 'evidence', 'screen', 'playground', 'other',
    ]);
  });
});

describe('the access log', () => {
  /** The access lines of a request id, once written (the line follows the response's end). */
  async function linesOf(requestId: string, atLeast = 1) {
    const deadline = Date.now() + 5_000;
    let found = accessLines.lines.filter((line) => line.requestId === requestId);
    while (found.length < atLeast && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      found = accessLines.lines.filter((line) => line.requestId === requestId);
    }
    // A moment more: a second line for the same request would show up now.
    await new Promise((resolve) => setTimeout(resolve, 100));
    return accessLines.lines.filter((line) => line.requestId === requestId);
  }

  it('writes one line per request with the request id, method, path without the query, status, duration and caller', async () => {
    const secretVariables = encodeURIComponent(JSON.stringify({ secret: 'do-not-log-me' }));
    const query = 'query Probe($secret: String) { projects(filter: { cluster: $secret }, first: 1) { totalCount } }';
    const response = await fetch(`${api.url}?query=${encodeURIComponent(query)}&variables=${secretVariables}`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, accept: 'application/json', 'apollo-require-preflight': 'true', 'x-request-id': 'access-log-1' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('access-log-1');
    const [line, ...more] = await linesOf('access-log-1');
    expect(more).toEqual([]);
    expect(line).toMatchObject({ level: 30, requestId: 'access-log-1', req: { method: 'GET', path: '/graphql' }, res: { statusCode: 200 }, msg: 'request completed' });
    expect(line.caller).toMatch(/^role:ADMIN:/);
    expect(typeof line.durationMs).toBe('number');
    expect(Object.keys(line.req as object).sort()).toEqual(['method', 'path']);
  });

  it('gives a request without an id the id the server assigned, and logs refusals without a caller', async () => {
    const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(response.status).toBe(401);
    const requestId = response.headers.get('x-request-id')!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const lines = await linesOf(requestId);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ req: { method: 'POST', path: '/graphql' }, res: { statusCode: 401 } });
    expect(lines[0].caller).toBeUndefined();
  });

  it('never writes an Authorization header, a token or an API key', async () => {
    const created = await api.raw<{ createApiKey: { secret: string } }>('mutation { createApiKey(name: "metrics access log") { secret } }', undefined, { 'x-request-id': 'access-log-key' });
    const apiKey = created.data!.createApiKey.secret;
    const viewerToken = await tokenFor('VIEWER');
    await api.as(apiKey).raw('{ __typename }', undefined, { 'x-request-id': 'access-log-apikey' });
    await api.as(viewerToken).raw('{ __typename }', undefined, { 'x-request-id': 'access-log-viewer' });
    await scrape(api, `Bearer ${METRICS_TOKEN}`);
    const [withKey] = await linesOf('access-log-apikey');
    expect(withKey.caller).toMatch(/^apikey:\d+$/);
    expect(await linesOf('access-log-viewer')).toHaveLength(1);
    const everything = accessLines.texts.join('');
    for (const secret of [ADMIN_TOKEN, viewerToken, apiKey, METRICS_TOKEN, 'do-not-log-me']) expect(everything).not.toContain(secret);
    expect(everything.toLowerCase()).not.toContain('authorization');
    expect(everything).not.toContain('Bearer');
    // The response body of createApiKey is never logged either.
    expect((await linesOf('access-log-key'))[0]).not.toHaveProperty('body');
  });

  it('is off with ACCESS_LOG=false, while the server still logs everything else', async () => {
    expect((await plain.raw('{ __typename }', undefined, { 'x-request-id': 'access-log-off' })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(plainLog.lines.some((line) => line.requestId === 'access-log-off' || String(line.msg).startsWith('request '))).toBe(false);
  });
});

describe('METRICS_TOKEN and ACCESS_LOG', () => {
  it('are read and checked with the rest of the configuration', () => {
    expect(loadConfig({})).toMatchObject({ metricsToken: undefined, accessLog: true });
    expect(loadConfig({ METRICS_TOKEN: METRICS_TOKEN, ACCESS_LOG: 'false' })).toMatchObject({ metricsToken: METRICS_TOKEN, accessLog: false });
    expect(() => loadConfig({ METRICS_TOKEN: 'too-short' })).toThrow(ConfigError);
    expect(() => loadConfig({ METRICS_TOKEN: `${'x'.repeat(40)} with spaces` })).toThrow(/METRICS_TOKEN/);
    expect(() => loadConfig({ ACCESS_LOG: 'sometimes' })).toThrow(/ACCESS_LOG/);
  });
});
