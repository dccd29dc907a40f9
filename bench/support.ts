/** Shared pieces of the benchmarks: a database to run on, the built server as a separate process, /proc readings. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, chmod } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';
import { connect, ensureDatabase, migrate } from '../src/db/database.js';
import { seedDemoDistrict } from '../src/db/seed/demo-district.js';
import { freePort, startEmbeddedPostgres, type EmbeddedPostgres } from '../src/db/embedded-postgres.js';

/** Reads `--name value` from the command line. */
export function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] !== undefined ? process.argv[index + 1] : fallback;
}

/**
 * A fresh database on DATABASE_URL's server or an embedded one, migrated and filled by `seed`
 * (the demo district unless given).
 */
export async function benchDatabase(
  label: string,
  seed: (em: EntityManager) => Promise<unknown> = seedDemoDistrict,
): Promise<{ url: string; drop(): Promise<void> }> {
  let embedded: EmbeddedPostgres | undefined;
  let dataDir: string | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'kp-bench-pg-'));
    await chmod(dataDir, 0o755);
    embedded = await startEmbeddedPostgres(dataDir, () => undefined);
    adminUrl = embedded.adminUrl;
  }
  const name = `kp_bench_${label}_${randomBytes(3).toString('hex')}`;
  await ensureDatabase(adminUrl, name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const orm = await connect(url.toString());
  await migrate(orm);
  await seed(orm.em.fork());
  await orm.close(true);
  return {
    url: url.toString(),
    async drop() {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${admin.escapeIdentifier(name)} with (force)`);
      await admin.end();
      await embedded?.stop();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The server as in production (built JavaScript), in its own process. */
export async function startBuiltServer(databaseUrl: string, env: Record<string, string> = {}): Promise<{ url: string; pid: number; child: ChildProcess; stop(): Promise<void> }> {
  if (!existsSync('dist/src/main.js')) throw new Error('dist/src/main.js is missing: run `npm run build` first');
  const port = await freePort();
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  // As `npm start` runs it: a 64 MB young generation (fewer scavenges for a server that allocates
  // per request; about +10% throughput on page and detail here, +100 MB resident).
  const child = spawn(process.execPath, [...profile, '--max-semi-space-size=64', 'dist/src/main.js'], {
    // NODE_ENV=production as the deployment kit runs it (deploy/keyproject.service, deploy/Dockerfile),
    // and as the PostGraphile peer runs: graphql-js then skips its development-time checks.
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), SEED_DEMO: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 300 || child.exitCode !== null) throw new Error('the server did not become ready');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    pid: child.pid!,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Resident memory of a process in bytes. */
export async function residentBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
}

/** CPU seconds (user + system) a process has used. */
export async function cpuSeconds(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The p-th percentile (0–100) of `values`. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** The largest of `values` (no spread: arrays here hold hundreds of thousands). */
export function maximum(values: number[]): number {
  let max = -Infinity;
  for (const value of values) if (value > max) max = value;
  return max;
}

/** What the machine is, for the report. */
export function machine(): Record<string, unknown> {
  return { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.type()} ${os.release()}` };
}

/**
 * Any Node script as a server in its own process (PORT given in the environment), resolved once
 * `readyPath` answers 200.
 */
export async function startNodeServer(
  args: string[],
  env: Record<string, string>,
  readyPath = '/readyz',
): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, args, { env: { ...process.env, PORT: String(port), ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${url}${readyPath}`)).ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 600 || child.exitCode !== null) throw new Error(`${args.join(' ')} did not become ready`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * CPU seconds used so far by the PostgreSQL server behind `url` when it runs on this machine: its
 * postmaster (including reaped children) plus every live backend. Undefined for a remote server.
 */
export async function databaseCpuReader(url: string): Promise<(() => Promise<number>) | undefined> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname)) return undefined;
    const stat = await readFile(`/proc/${rows[0].pid}/stat`, 'utf8').catch(() => undefined);
    if (!stat || !/^\d+ \(postgres/.test(stat)) return undefined;
    const postmaster = Number(stat.split(') ')[1].split(' ')[1]);
    return async () => {
      const fields = (await readFile(`/proc/${postmaster}/stat`, 'utf8')).split(') ')[1].split(' ');
      let ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
      for (const entry of await readdir('/proc')) {
        if (!/^\d+$/.test(entry)) continue;
        const child = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => undefined);
        if (!child) continue;
        const childFields = child.split(') ')[1].split(' ');
        if (Number(childFields[1]) === postmaster) ticks += Number(childFields[11]) + Number(childFields[12]);
      }
      return ticks / 100;
    };
  } finally {
    await client.end();
  }
}
