import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { print } from 'graphql';
import { startTestApi, type TestApi } from '../../support/harness.js';
import { DashboardDocument } from '../../generated/operations.js';
import { ADMIN_TOKEN } from '../../support/tokens.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('server');
});
afterAll(() => api?.close());

const base = () => api.url.replace(/\/graphql$/, '');

describe('the HTTP server', () => {
  it('serves a playground page whose every asset comes from the server itself (no internet needed)', async () => {
    const page = await fetch(`${base()}/playground`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(sources.length).toBeGreaterThanOrEqual(5);
    for (const source of sources) {
      expect(source.startsWith('/playground/assets/')).toBe(true);
      const asset = await fetch(`${base()}${source}`);
      expect(asset.status, source).toBe(200);
      expect((await asset.arrayBuffer()).byteLength, source).toBeGreaterThan(500);
    }
    const script = await (await fetch(`${base()}/playground/assets/playground.js`)).text();
    expect(script).toContain("'/graphql'");
    expect(script).toContain('graphqlWs.createClient');
  });

  it('opens the playground for a browser visiting /graphql', async () => {
    const response = await fetch(api.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('/playground/assets/graphiql.min.js');
  });

  it('answers unknown paths and assets with 404, never a file outside the list', async () => {
    expect((await fetch(`${base()}/playground/assets/..%2F..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${base()}/playground/assets/package.json`)).status).toBe(404);
    expect((await fetch(`${base()}/nothing`)).status).toBe(404);
  });

  it('reports health and readiness', async () => {
    expect(await (await fetch(`${base()}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base()}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('refuses a cross-site simple request (CSRF prevention)', async () => {
    const response = await fetch(`${api.url}?query=${encodeURIComponent('{ dashboard(year: 2026) { projectCount } }')}`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(response.status).toBe(400);
  });

  it('refuses a body over the limit with 413 and a coded error', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ query: `{ dashboard(year: 2026) { projectCount } } # ${'x'.repeat(1_100_000)}` }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses malformed JSON with 400', async () => {
    const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` }, body: '{"query":' });
    expect(response.status).toBe(400);
  });

  it('answers queries over graphql-ws on the same port and path', async () => {
    const client = createClient({ url: api.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    try {
      const result = await new Promise<{ data?: { dashboard: { projectCount: number } } }>((resolve, reject) => {
        let value: unknown;
        client.subscribe(
          { query: print(DashboardDocument), variables: { year: 2026, level: 'CITY' } },
          { next: (data) => (value = data), error: reject, complete: () => resolve(value as never) },
        );
      });
      expect(result.data?.dashboard.projectCount).toBe(28);
    } finally {
      await client.dispose();
    }
  });

  it('gives a WebSocket client the same coded errors as HTTP', async () => {
    const client = createClient({ url: api.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    try {
      const result = await new Promise<{ errors?: { extensions?: { code?: string } }[] }>((resolve, reject) => {
        let value: unknown;
        client.subscribe(
          { query: '{ project(id: "UHJvamVjdDo5OTk5OQ==") { id } }' },
          { next: (data) => (value = data), error: reject, complete: () => resolve(value as never) },
        );
      });
      expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    } finally {
      await client.dispose();
    }
  });
});

describe('unexpected failures', () => {
  it('reach the client as INTERNAL_SERVER_ERROR without SQL or stack, and the server keeps serving', async () => {
    await api.db.sql('alter table land_task rename to land_task_moved');
    try {
      const response = await api.raw('{ projects(first: 1) { nodes { landTasks { id } } } }');
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      const text = JSON.stringify(response);
      expect(text).not.toMatch(/land_task|select|relation|stack|at /i);

      const client = createClient({ url: api.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      const overWs = await new Promise<{ errors?: { message: string; extensions?: { code?: string } }[] }>((resolve, reject) => {
        let value: unknown;
        client.subscribe(
          { query: '{ projects(first: 1) { nodes { landTasks { id } } } }' },
          { next: (data) => (value = data), error: reject, complete: () => resolve(value as never) },
        );
      });
      await client.dispose();
      expect(overWs.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(overWs)).not.toMatch(/land_task|select|relation/i);
    } finally {
      await api.db.sql('alter table land_task_moved rename to land_task');
    }
    const after = await api.data(DashboardDocument, { year: 2026 });
    expect(after.dashboard.projectCount).toBe(50);
  });
});
