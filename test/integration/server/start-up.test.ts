import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, chmod } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../../src/db/embedded-postgres.js';

const children: ChildProcess[] = [];
const dirs: string[] = [];
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** Starts `src/main.ts` as `npm start` would, without DATABASE_URL, and waits for "API ready". */
async function startMain(dataDir: string, port: number): Promise<{ child: ChildProcess; output: () => string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 60s:\n${output}`)), 60_000);
    const poll = setInterval(() => {
      if (output.includes('API ready')) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve();
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${output}`));
    });
  });
  return { child, output: () => output };
}

async function cityProjects(port: number, token: string): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ dashboard(year: 2026, level: CITY) { projectCount } }' }),
  });
  return ((await response.json()) as { data: { dashboard: { projectCount: number } } }).data.dashboard.projectCount;
}

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill(signal);
  });
}

describe('start-up without DATABASE_URL', () => {
  it('starts an embedded PostgreSQL, migrates, seeds the demo district, serves it, and stops everything on SIGTERM; a restart keeps the data', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kp-start-'));
    await chmod(dataDir, 0o755);
    dirs.push(dataDir);

    const port = await freePort();
    const first = await startMain(dataDir, port);
    expect(first.output()).toContain('demo district seeded');
    expect(first.output()).toContain(`http://127.0.0.1:${port}/playground`);
    const admin = /Admin token:\s+(\S+)/.exec(first.output())?.[1];
    const viewer = /Viewer token:\s+(\S+)/.exec(first.output())?.[1];
    expect(admin).toBeDefined();
    expect(viewer).toBeDefined();
    expect(await cityProjects(port, admin!)).toBe(28);
    expect(await cityProjects(port, viewer!)).toBe(28);
    expect(await stop(first.child, 'SIGTERM')).toBe(0);
    expect(first.output()).toContain('"msg":"stopped"');
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid')), 'embedded PostgreSQL still running').toBe(false);

    const second = await startMain(dataDir, port);
    expect(second.output()).not.toContain('demo district seeded');
    // The generated signing secret is kept in DATA_DIR: the first run's token still works.
    expect(await cityProjects(port, admin!)).toBe(28);
    expect(await stop(second.child, 'SIGINT')).toBe(0);
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  }, 120_000);
});
