import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { connect, migrate } from '../../../src/db/database.js';
import { startEmbeddedPostgres } from '../../../src/db/embedded-postgres.js';
import { seedDemoDistrict } from '../../../src/db/seed/demo-district.js';
import { migrationsInFolder, readBackupHeader, restoreBackup, writeBackup } from '../../../src/db/backup.js';
import { EVENT_CHANNEL } from '../../../src/realtime/event-hub.js';
import { createTestDatabase, startInstance, type TestDatabase, type TestInstance } from '../../support/harness.js';
import { reportProgress, rowId } from '../../support/testkit.js';
import { CreateOrganizationDocument, ProjectsDocument, UpdateProjectDocument } from '../../generated/operations.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

let db: TestDatabase;
let orm: MikroORM;
let api: TestInstance | undefined;
let applied: string[];
let dir: string;
let projectIds: string[];
const copies: TestDatabase[] = [];

beforeAll(async () => {
  db = await createTestDatabase('backup_restore');
  orm = await connect(db.url);
  applied = await migrate(orm);
  await seedDemoDistrict(orm.em);
  api = await startInstance(db);
  dir = await mkdtemp(path.join(os.tmpdir(), 'kp-backup-'));
  const { projects } = await api.data(ProjectsDocument, { filter: { level: 'CITY' }, first: 10 });
  projectIds = projects.edges.map((edge) => edge.node.id);
});
afterAll(async () => {
  await api?.close();
  await orm?.close(true);
  for (const copy of copies) await copy.drop();
  await db?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The row id inside a global id. */

interface Snapshot {
  tables: Record<string, string[]>;
  sequences: Record<string, string>;
}

/**
 * Every row of every table of the public schema (found in information_schema, so tables of future
 * migrations are covered too) as PostgreSQL's own text of the row, in primary-key order, and the
 * position of every sequence.
 */
async function snapshot(target: TestDatabase): Promise<Snapshot> {
  const tables = await target.sql<{ name: string; key: string[] }>(
    `select t.table_name::text as name,
            array(select k.column_name::text
                    from information_schema.table_constraints c
                    join information_schema.key_column_usage k
                      on k.constraint_schema = c.constraint_schema and k.constraint_name = c.constraint_name
                   where c.table_schema = 'public' and c.table_name = t.table_name and c.constraint_type = 'PRIMARY KEY'
                   order by k.ordinal_position) as key
       from information_schema.tables t
      where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
      order by 1`,
  );
  const result: Snapshot = { tables: {}, sequences: {} };
  for (const { name, key } of tables) {
    const order = key.length ? key.map((column) => `r."${column}"`).join(', ') : 'r::text';
    const rows = await target.sql<{ row: string }>(`select r::text as row from public."${name}" r order by ${order}`);
    result.tables[name] = rows.map(({ row }) => row);
  }
  const sequences = await target.sql<{ name: string }>(
    `select sequence_name::text as name from information_schema.sequences where sequence_schema = 'public' order by 1`,
  );
  for (const { name } of sequences) {
    const [{ position }] = await target.sql<{ position: string }>(`select last_value || ' ' || is_called as position from public."${name}"`);
    result.sequences[name] = position;
  }
  return result;
}

/** Every sequence that gives a column its values is at or past the column's largest value. */
async function sequencesAheadOfTheirColumns(target: TestDatabase): Promise<void> {
  const owned = await target.sql<{ sequence: string; table: string; column: string }>(
    `select s.relname as sequence, t.relname as table, a.attname as column
       from pg_class s
       join pg_depend d on d.classid = 'pg_class'::regclass and d.objid = s.oid and d.deptype in ('a', 'i')
       join pg_class t on t.oid = d.refobjid
       join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
      where s.relkind = 'S' and s.relnamespace = 'public'::regnamespace`,
  );
  expect(owned.length).toBeGreaterThan(10);
  for (const { sequence, table, column } of owned) {
    const [{ last, largest }] = await target.sql<{ last: string; largest: string }>(
      `select (select last_value from public."${sequence}")::text as last, (select coalesce(max("${column}"), 0) from public."${table}")::text as largest`,
    );
    expect(BigInt(last), `${sequence} behind ${table}.${column}`).toBeGreaterThanOrEqual(BigInt(largest));
  }
}

function report(projectId: string, month: number, amount: string) {
  return reportProgress(api!, { projectId, month, completedInvestment: amount, narrative: `第${month}月` });
}

/** A copy of a backup file with its text changed. */
async function rewritten(file: string, change: (text: string) => string): Promise<string> {
  const target = `${file}.${Math.random().toString(36).slice(2)}.gz`;
  await writeFile(target, gzipSync(change(gunzipSync(await readFile(file)).toString('utf8'))));
  return target;
}

/** `npm run --silent <args>` in the project, with `env` over this process's environment (undefined removes). */
function npmRun(args: string[], env: Record<string, string | undefined>): Promise<{ code: number; output: string }> {
  const merged: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', ...env };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete merged[name];
  return new Promise((resolve) => {
    execFile('npm', ['run', '--silent', ...args], { cwd: projectRoot, env: merged }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

describe('backup and restore (the restore drill)', () => {
  it("this code's migrations are known by the names the migrator records", async () => {
    expect(await migrationsInFolder(orm)).toEqual(applied);
  });

  it('a restore brings back every row of every table exactly, and the sequences go on after them', async () => {
    // Changes through the API first: reports, events, lights, scores and audit rows.
    await report(projectIds[0], 6, '1234.56');
    await report(projectIds[1], 6, '0.01');
    await api!.data(UpdateProjectDocument, { input: { id: projectIds[2], name: '备份前改名的项目', clusters: ['石材产业', '备份'] } });
    // Their derived data (scores, warnings) commits just after them: the drill compares still tables.
    await api!.server.derivations.settled();

    const file = path.join(dir, 'drill.kpbackup.gz');
    const backup = await writeBackup(orm, file);
    const before = await snapshot(db);
    expect(Object.keys(backup.rows).sort()).toEqual(Object.keys(before.tables));
    expect(Object.keys(before.tables)).toEqual(expect.arrayContaining(['mikro_orm_migrations', 'event', 'progress_report', 'audit_entry']));
    for (const [table, rows] of Object.entries(before.tables)) expect(backup.rows[table], table).toBe(rows.length);
    expect(before.tables.event.length).toBeGreaterThan(0);
    expect(backup.header.migrations).toEqual(applied);
    expect(await readBackupHeader(file)).toEqual(backup.header);
    await expect(writeBackup(orm, file)).rejects.toThrow(/already exists/);

    // Then the database moves on: updates, deletes and inserts in several tables.
    await report(projectIds[0], 5, '99.00');
    await api!.data(CreateOrganizationDocument, { input: { name: '备份后新建的单位', kind: 'DEPARTMENT' } });
    await api!.server.derivations.settled();
    await db.sql(`update project set total_investment = total_investment + 1, address = '别处' where id = $1`, [rowId(projectIds[3])]);
    await db.sql(`delete from progress_report where id = (select min(id) from progress_report)`);
    await db.sql(`delete from milestone where id = (select max(id) from milestone)`);
    await db.sql(`insert into api_key (name, prefix, hash, created_at) values ('大屏', 'kp_abc', repeat('a', 64), now())`);
    // Objects no migration made are dropped too: a restore replaces everything.
    await db.sql(`create table scratch_notes (id serial primary key, note text); insert into scratch_notes (note) values ('临时')`);
    await db.sql(`create view scratch_view as select id from project`);
    expect(await snapshot(db)).not.toEqual(before);

    // An API instance is still connected: the restore refuses and changes nothing.
    await expect(restoreBackup(orm, file, { force: true })).rejects.toThrow(/API instance.*Stop every API instance/);
    await api!.close();
    api = undefined;

    await expect(restoreBackup(orm, file)).rejects.toThrow(/not empty.*replaces everything.*--force/);

    // A client listening on the event channel (as a monitoring tool might) sees the restore's
    // event rows announced once, at commit: the trigger fires, and harmlessly.
    const listener = new pg.Client({ connectionString: db.url });
    await listener.connect();
    const notifications: string[] = [];
    listener.on('notification', (message) => notifications.push(message.payload ?? ''));
    await listener.query(`listen ${EVENT_CHANNEL}`);
    await listener.query('select 1'); // so that it does not look like an API instance's LISTEN connection
    try {
      const restored = await restoreBackup(orm, file, { force: true });
      expect(restored.rows).toEqual(backup.rows);
      expect(await snapshot(db)).toEqual(before);
      expect(await db.sql(`select relname from pg_class where relname like 'scratch%'`)).toEqual([]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const [{ last }] = await db.sql<{ last: string }>('select max(sequence)::text as last from event');
      expect(notifications).toEqual([last]);
    } finally {
      await listener.end();
    }
    await sequencesAheadOfTheirColumns(db);

    // The API runs on the restored database, and new rows get fresh ids.
    api = await startInstance(db);
    const largestOrganization = Math.max(...before.tables.organization.map((row) => Number(/^\((\d+),/.exec(row)![1])));
    const { createOrganization } = await api.data(CreateOrganizationDocument, { input: { name: '恢复后新建的单位', kind: 'TOWN' } });
    expect(rowId(createOrganization.id)).toBeGreaterThan(largestOrganization);
    await report(projectIds[4], 6, '5.00');
    const [{ newest }] = await db.sql<{ newest: string }>(`select max(sequence)::text as newest from event`);
    expect(BigInt(newest)).toBeGreaterThan(BigInt(notifications[0]));
  });

  it('a backup taken while reports are being written is one consistent moment, and restores into an empty database without --force', async () => {
    api ??= await startInstance(db);
    let writing = true;
    let written = 0;
    const writer = async (projectId: string) => {
      for (let step = 0; writing && step < 200; step += 1) {
        await report(projectId, 4 + (step % 3), `${100 + step}.${String(step % 100).padStart(2, '0')}`);
        written += 1;
      }
    };
    const writers = [writer(projectIds[5]), writer(projectIds[6]), writer(projectIds[7])];
    const files: string[] = [];
    try {
      while (written < 5) await new Promise((resolve) => setTimeout(resolve, 20));
      for (let index = 0; index < 3; index += 1) files.push((await writeBackup(orm, path.join(dir, `busy-${index}.kpbackup.gz`))).file);
    } finally {
      writing = false;
      await Promise.all(writers);
    }
    expect(written).toBeGreaterThan(5);

    for (const file of files) {
      const copy = await createTestDatabase('backup_restore_copy');
      copies.push(copy);
      const copyOrm = await connect(copy.url);
      try {
        await restoreBackup(copyOrm, file);
      } finally {
        await copyOrm.close(true);
      }
      // Each report commits with its event, which carries the year-to-date sum as of that commit:
      // in one snapshot the newest event of every project and year agrees with the reports.
      const disagreements = await copy.sql(
        `select e.project_id, e.payload->>'yearToDate' as logged,
                (select coalesce(sum(r.completed_investment), 0) from progress_report r where r.project_id = e.project_id and r.year = e.year) as summed
           from event e
          where e.type = 'PROGRESS_REPORTED'
            and e.sequence = (select max(x.sequence) from event x where x.type = 'PROGRESS_REPORTED' and x.project_id = e.project_id and x.year = e.year)
            and (e.payload->>'yearToDate')::numeric <> (select coalesce(sum(r.completed_investment), 0) from progress_report r where r.project_id = e.project_id and r.year = e.year)`,
      );
      expect(disagreements).toEqual([]);
      const [{ reported }] = await copy.sql<{ reported: number }>(
        `select count(distinct project_id)::int as reported from event where type = 'PROGRESS_REPORTED' and project_id = any($1::int[])`,
        [[5, 6, 7].map((index) => rowId(projectIds[index]))],
      );
      expect(reported).toBe(3);
      await sequencesAheadOfTheirColumns(copy);
    }
  });

  it("a backup from before the latest migrations restores with its own; the newer ones follow at the next start and carry its rows along", async () => {
    // A database as an older version left it: migrated up to the one before score explanations
    // moved to their own table (named, so that later migrations do not change what this tests).
    const older = await createTestDatabase('backup_restore_older');
    copies.push(older);
    const olderOrm = await connect(older.url);
    const upTo = 'Migration20261126120530';
    const itsOwn = applied.slice(0, applied.indexOf(upTo) + 1);
    const newer = applied.slice(itsOwn.length);
    expect(newer[0]).toBe('Migration20261126144252');
    try {
      await olderOrm.getMigrator().up({ to: upTo });
      await older.sql(`insert into organization (id, name, kind, created_at) values (7, '旧版本的单位', 'TOWN', now())`);
      await older.sql(
        `insert into project (id, code, name, level, industry, construction_type, total_investment, responsible_unit_id, created_at, updated_at)
         values (9, 'OLD-1', '旧版本的项目', 'CITY', 'TERTIARY', 'NEW', 100, 7, now(), now())`,
      );
      await older.sql(
        `insert into project_score (project_id, year, base_score, weight_score, bonus_score, deductions, total, target_met, vetoed, explanation, scheme_version, computed_at)
         values (9, 2026, 60, 10, 0, 0, 70, true, false, '[{"part": "BASE", "points": "60.00"}]', 1, now())`,
      );
      const file = (await writeBackup(olderOrm, path.join(dir, 'older.kpbackup.gz'))).file;
      expect((await readBackupHeader(file)).migrations).toEqual(itsOwn);

      const copy = await createTestDatabase('backup_restore_older_copy');
      copies.push(copy);
      const copyOrm = await connect(copy.url);
      try {
        await restoreBackup(copyOrm, file);
        expect((await copy.sql<{ name: string }>('select name from mikro_orm_migrations order by id')).map((row) => row.name)).toEqual(itsOwn);
        expect(await copy.sql(`select explanation from project_score`)).toEqual([{ explanation: [{ part: 'BASE', points: '60.00' }] }]);
        expect(await migrate(copyOrm)).toEqual(newer);
        expect(await copy.sql(`select score_id, explanation from project_score_explanation`)).toEqual([
          { score_id: 1, explanation: [{ part: 'BASE', points: '60.00' }] },
        ]);
        expect(await copy.sql(`select name from project where id = 9`)).toEqual([{ name: '旧版本的项目' }]);
      } finally {
        await copyOrm.close(true);
      }
    } finally {
      await olderOrm.close(true);
    }
  });

  it('refuses a backup taken after a migration this code does not have, and changes nothing', async () => {
    await api?.close();
    api = undefined;
    const file = (await writeBackup(orm, path.join(dir, 'future.kpbackup.gz'))).file;
    const future = await rewritten(file, (text) => text.replace(/("migrations":\[[^\]]*)\]/, '$1,"Migration29991231000000_from_the_future"]'));
    expect((await readBackupHeader(future)).migrations.at(-1)).toBe('Migration29991231000000_from_the_future');
    const before = await snapshot(db);
    await expect(restoreBackup(orm, future, { force: true })).rejects.toThrow(/this code does not have: Migration29991231000000_from_the_future/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses what is not a whole backup, and a damaged one restores nothing', async () => {
    const file = (await writeBackup(orm, path.join(dir, 'whole.kpbackup.gz'))).file;
    const before = await snapshot(db);
    await expect(restoreBackup(orm, path.join(projectRoot, 'package.json'), { force: true })).rejects.toThrow(/not a backup written by npm run backup/);
    await expect(restoreBackup(orm, path.join(dir, 'missing.kpbackup.gz'), { force: true })).rejects.toThrow(/does not exist/);

    // Cut short half-way through the rows: the transaction rolls back.
    const bytes = gzipSync(gunzipSync(await readFile(file)), { level: 0 });
    const truncated = path.join(dir, 'truncated.kpbackup.gz');
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expect(restoreBackup(orm, truncated, { force: true })).rejects.toThrow(/damaged or incomplete/);
    expect(await snapshot(db)).toEqual(before);

    // Whole gzip, but the END line is gone.
    const endless = await rewritten(file, (text) => text.replace(/END \{[^\n]*\n$/, ''));
    await expect(restoreBackup(orm, endless, { force: true })).rejects.toThrow(/damaged or incomplete.*END/);
    expect(await snapshot(db)).toEqual(before);

    // And the database still takes a good one.
    await restoreBackup(orm, file, { force: true });
    expect(await snapshot(db)).toEqual(before);
  });

  it('npm run backup and npm run restore do the same from the command line', { timeout: 90_000 }, async () => {
    const run = (args: string[]) => npmRun(args, { DATABASE_URL: db.url });
    const file = path.join(dir, 'cli.kpbackup.gz');
    const backup = await run(['backup', '--', '--out', file]);
    expect(backup.output).toMatch(/backup written: .*cli\.kpbackup\.gz .*rows in \d+ tables/);
    expect(backup.code).toBe(0);

    const before = await snapshot(db);
    await db.sql(`delete from assignment where id = (select max(id) from assignment)`);
    const refused = await run(['restore', '--', file]);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/restore refused: the database is not empty .* --force/);

    const restored = await run(['restore', '--', file, '--force']);
    expect(restored.output).toMatch(/restored [\d,]+ rows in \d+ tables and \d+ sequences/);
    expect(restored.code).toBe(0);
    expect(await snapshot(db)).toEqual(before);

    expect((await run(['restore'])).code).toBe(2);
  });

  it('with the embedded database in use by another process (the API), both commands stop before touching it', { timeout: 90_000 }, async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kp-backup-embedded-'));
    await chmod(dataDir, 0o755);
    const running = await startEmbeddedPostgres(dataDir, () => undefined);
    try {
      const env = { DATABASE_URL: undefined, DATA_DIR: dataDir };
      const backup = await npmRun(['backup', '--', '--out', path.join(dir, 'never.kpbackup.gz')], env);
      expect(backup.code).toBe(1);
      expect(backup.output).toContain(`backup refused: the embedded database in ${dataDir} is in use by another process, most likely the API. Stop the API`);
      const file = (await writeBackup(orm, path.join(dir, 'for-embedded.kpbackup.gz'))).file;
      const restore = await npmRun(['restore', '--', file, '--force'], env);
      expect(restore.code).toBe(1);
      expect(restore.output).toContain('restore refused: the embedded database');
      // The server that holds the directory is untouched.
      const client = new pg.Client({ connectionString: running.adminUrl });
      await client.connect();
      await client.end();
    } finally {
      await running.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
