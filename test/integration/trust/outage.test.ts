import { afterAll, describe, expect, it } from 'vitest';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { connect, ensureDatabase, migrate } from '../../../src/db/database.js';
import { freePort, startEmbeddedPostgres, type EmbeddedPostgres } from '../../../src/db/embedded-postgres.js';
import { seedDemoDistrict } from '../../../src/db/seed/demo-district.js';
import { buildApiSchema } from '../../../src/server/schema.js';
import { startServer, type RunningServer } from '../../../src/server/http.js';
import { ADMIN_TOKEN, TEST_SIGNING_SECRET } from '../../support/tokens.js';
import { subscribe } from '../../support/ws-client.js';
import type { MikroORM } from '@mikro-orm/postgresql';

let dataDir: string | undefined;
let database: EmbeddedPostgres | undefined;
let orm: MikroORM | undefined;
let server: RunningServer | undefined;
afterAll(async () => {
  await server?.close();
  await orm?.close(true).catch(() => undefined);
  await database?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function graphql<T>(query: string, variables?: Record<string, unknown>) {
  const response = await fetch(server!.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: T; errors?: { extensions?: { code?: string } }[] } };
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const REPORT = 'mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id } }';

describe('a database outage under a running server', () => {
  it('gives clean errors during the outage, /readyz 503 then 200, no crash, no lost committed report, and subscribers get what commits after', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'kp-outage-'));
    await chmod(dataDir, 0o755);
    const port = await freePort();
    database = await startEmbeddedPostgres(dataDir, () => undefined, { port });
    await ensureDatabase(database.adminUrl, 'outage');
    const url = database.urlFor('outage');
    orm = await connect(url);
    await migrate(orm);
    await seedDemoDistrict(orm.em);
    server = await startServer({
      orm,
      databaseUrl: url,
      schema: await buildApiSchema(),
      logger: pino({ level: 'silent' }),
      port: 0,
      host: '127.0.0.1',
      maxBodyBytes: 1_000_000,
      exposeSqlStatementCount: false,
      signingSecret: TEST_SIGNING_SECRET,
    });
    const base = server.url.replace(/\/graphql$/, '');
    const { body } = await graphql<{ projects: { nodes: { id: string }[] } }>('{ projects(first: 2) { nodes { id } } }');
    const [first, second] = body.data!.projects.nodes.map((node) => node.id);

    const events = subscribe(server.url.replace(/^http/, 'ws'), 'subscription { events(types: [PROGRESS_REPORTED]) { sequence payload } }');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = await graphql(REPORT, { input: { projectId: first, year: 2026, month: 9, completedInvestment: '901.00', physicalProgress: '70.00' } });
    expect(before.body.errors).toBeUndefined();
    await events.until((values) => values.length >= 1);

    await database.stop();
    const started = Date.now();
    const during = await graphql('{ dashboard(year: 2026) { completedInvestment } }');
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(during.body.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(during.body)).not.toMatch(/ECONNREFUSED|select|stack/i);
    const fast = Date.now();
    const again = await graphql(REPORT, { input: { projectId: second, year: 2026, month: 9, completedInvestment: '1.00', physicalProgress: '1.00' } });
    expect(again.status).toBe(503);
    expect(again.body.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(Date.now() - fast).toBeLessThan(1_000);
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    // Every route answers the outage through the one error map: 503 with Retry-After, on /graphql and /reports alike.
    for (const path of ['/graphql', '/reports/monthly/2026/3.csv']) {
      const refused = await fetch(`${base}${path}`, { method: path === '/graphql' ? 'POST' : 'GET', headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` }, body: path === '/graphql' ? JSON.stringify({ query: '{ me { role } }' }) : undefined });
      expect(refused.status, path).toBe(503);
      expect(Number(refused.headers.get('retry-after')), path).toBeGreaterThanOrEqual(1);
      expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code, path).toBe('SERVICE_UNAVAILABLE');
    }

    database = await startEmbeddedPostgres(dataDir, () => undefined, { port });
    await until(async () => (await fetch(`${base}/readyz`)).status === 200, 20_000, '/readyz 200');
    await until(async () => (await graphql('{ me { role } }')).status === 200, 10_000, 'the API to answer again');

    const { body: kept } = await graphql<{ project: { progress: { month: number; completedInvestment: string }[] } }>(
      `{ project(id: "${first}") { progress(year: 2026) { month completedInvestment } } }`,
    );
    expect(kept.data!.project.progress.find((report) => report.month === 9)?.completedInvestment).toBe('901.00');

    const after = await graphql(REPORT, { input: { projectId: second, year: 2026, month: 9, completedInvestment: '902.00', physicalProgress: '70.00' } });
    expect(after.body.errors).toBeUndefined();
    const values = await events.until((received) => received.some((value) => (value as { events: { payload: { amount: string } } }).events.payload.amount === '902.00'), 15_000);
    expect(values.map((value) => (value as { events: { payload: { amount: string } } }).events.payload.amount)).toEqual(['901.00', '902.00']);
    await events.dispose();
  }, 90_000);
});
