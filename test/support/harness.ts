import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import pg from 'pg';
import pino from 'pino';
import { print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { connect, ensureDatabase, migrate } from '../../src/db/database.js';
import { seedDemoDistrict } from '../../src/db/seed/demo-district.js';
import { buildApiSchema } from '../../src/server/schema.js';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server/http.js';
import { ADMIN_TOKEN, TEST_SIGNING_SECRET } from './tokens.js';

/** A database of this test file's own, on the test PostgreSQL server. */
export interface TestDatabase {
  url: string;
  name: string;
  /** Runs SQL directly (for assertions that bypass the API). */
  sql<T extends pg.QueryResultRow = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

function urlWithDatabase(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates an empty database with a unique name. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const adminUrl = inject('databaseAdminUrl');
  const name = `kp_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase().slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(adminUrl, name);
  const url = urlWithDatabase(adminUrl, name);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  // `drop database … with (force)` may reach a connection that is still closing: that is expected.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return {
    url,
    name,
    async sql<T extends pg.QueryResultRow>(text: string, params: unknown[] = []) {
      return (await pool.query<T>(text, params)).rows;
    },
    async drop() {
      await pool.end();
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        await admin.query(`drop database if exists ${admin.escapeIdentifier(name)} with (force)`);
      } finally {
        await admin.end();
      }
    },
  };
}

/** A GraphQL response as the client sees it. */
export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  extensions?: { sqlStatements?: number } & Record<string, unknown>;
}

/** Sends operations with one credential. */
export interface TestClient {
  /** Sends a typed operation over HTTP POST (with extra request headers, e.g. `cache-control: no-cache`). */
  request<R, V>(document: TypedDocumentNode<R, V>, variables?: V, headers?: Record<string, string>): Promise<GraphQLResponse<R>>;
  /** Sends raw GraphQL text over HTTP POST. */
  raw<R = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<R>>;
  /** Like `request`, but fails the test on any error and returns `data`. */
  data<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<R>;
}

/** One running API instance over a test database; requests go as ADMIN unless `as(token)`. */
export interface TestInstance extends TestClient {
  url: string;
  wsUrl: string;
  orm: MikroORM;
  server: RunningServer;
  /** The same requests with another bearer token (null: none). */
  as(token: string | null): TestClient;
  close(): Promise<void>;
}

/** The real API on a free port over its own migrated (and optionally seeded) database. */
export interface TestApi extends TestInstance {
  db: TestDatabase;
}

const UNLIMITED = { requestsPerMinute: 10_000_000, failedAuthenticationsPerMinute: 10_000_000, downloadsPerMinute: 10_000_000 };

/** Starts one more API instance (its own pool, LISTEN connection and subscribers) on `db`. */
export async function startInstance(db: TestDatabase, options: Partial<ServerOptions> = {}): Promise<TestInstance> {
  const orm = await connect(db.url);
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const server = await startServer({
    orm,
    databaseUrl: db.url,
    schema: await buildApiSchema(),
    logger,
    port: 0,
    host: '127.0.0.1',
    maxBodyBytes: 1_000_000,
    exposeSqlStatementCount: true,
    signingSecret: TEST_SIGNING_SECRET,
    // The escalation sweep runs on a timer in production; tests run it when they mean to (sweepEscalations).
    escalationSweepMs: 0,
    ...options,
    // Tests send hundreds of requests as one caller from one address; rate limits have tests of their own.
    limits: { ...UNLIMITED, ...options.limits },
  });
  const client = (token: string | null): TestClient => {
    const raw = async <R>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResponse<R>> => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as ExecutionResult<R>;
      return { status: response.status, ...(body as object) } as GraphQLResponse<R>;
    };
    const request = <R, V>(document: TypedDocumentNode<R, V>, variables?: V, headers?: Record<string, string>) =>
      raw<R>(print(document), variables as Record<string, unknown> | undefined, headers);
    return {
      raw,
      request,
      async data(document, variables) {
        const response = await request(document, variables);
        if (response.errors?.length || !response.data) {
          throw new Error(`operation failed: ${JSON.stringify(response.errors)}`);
        }
        return response.data;
      },
    };
  };
  return {
    url: server.url,
    wsUrl: server.url.replace(/^http/, 'ws'),
    orm,
    server,
    ...client(ADMIN_TOKEN),
    as: client,
    async close() {
      await server.close();
      await orm.close(true);
    },
  };
}

/** Starts the API for one test file, on a database of its own. */
export async function startTestApi(label: string, { seed = true, ...options }: { seed?: boolean } & Partial<ServerOptions> = {}): Promise<TestApi> {
  const db = await createTestDatabase(label);
  const setup = await connect(db.url);
  await migrate(setup);
  if (seed) await seedDemoDistrict(setup.em);
  await setup.close(true);
  const instance = await startInstance(db, options);
  return {
    ...instance,
    db,
    async close() {
      await instance.close();
      await db.drop();
    },
  };
}

/** Every row of every application table, to prove that a failed operation changed nothing. */
export async function snapshotTables(db: TestDatabase, derivations?: { settled(): Promise<void> }): Promise<Record<string, unknown[]>> {
  // Derived data of an earlier change commits just after it; a snapshot waits for it.
  await derivations?.settled();
  const tables = [
    'organization', 'person', 'project', 'assignment', 'listing', 'milestone', 'progress_report', 'land_task', 'event',
    'inspection', 'inspection_inspector', 'problem', 'light_record', 'reporting_period', 'project_score', 'project_score_explanation', 'sanction', 'assessment_scheme', 'audit_entry',
  ];
  const orderBy: Record<string, string> = { event: 'sequence', project_score_explanation: 'score_id' };
  const snapshot: Record<string, unknown[]> = {};
  for (const table of tables) snapshot[table] = await db.sql(`select * from ${table} order by ${orderBy[table] ?? 'id'}`);
  return snapshot;
}
