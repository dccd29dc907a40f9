import { mkdtemp, rm, chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/db/embedded-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL URL on which test files may create and drop their own databases. */
    databaseAdminUrl: string;
  }
}

let embedded: EmbeddedPostgres | undefined;
let dataDir: string | undefined;

/**
 * Uses the server of DATABASE_URL when set; otherwise starts a throw-away embedded PostgreSQL for
 * this run. Each test file then creates a database of its own on it.
 */
export async function setup(project: TestProject): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'kp-test-pg-'));
    await chmod(dataDir, 0o755);
    embedded = await startEmbeddedPostgres(dataDir, () => undefined);
    adminUrl = embedded.adminUrl;
  }
  project.provide('databaseAdminUrl', adminUrl);
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
