/**
 * Logical backups written and read by the service itself, so that they need no `pg_dump` (the
 * embedded PostgreSQL 17 ships none, and Debian 12's `pg_dump` 15 refuses a 17 server).
 *
 * A backup is one gzip file of UTF-8 lines:
 *
 * ```
 * KPBACKUP {"format":1,"createdAt":"…","serverVersion":"17.6","database":"keyproject","migrations":["Migration…",…]}
 * TABLE {"name":"organization","columns":["id","name","kind","created_at"]}
 * <the table's rows in COPY text format, one line per row>
 * \.
 * TABLE …                                    (every table of the public schema, parents before children)
 * SEQUENCES [{"name":"organization_id_seq","lastValue":"22","isCalled":true},…]
 * END {"rows":{"organization":22,…}}
 * ```
 *
 * COPY's text format is PostgreSQL's own exact representation of every type (numeric, jsonb,
 * arrays, timestamptz …); a row is always one line (newlines and backslashes inside values are
 * escaped), so a line `\.` cannot be a row. The END line proves the file is complete.
 */
import { query, queryOne, sql } from './sql.js';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { finished, pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { IsolationLevel, type Knex, type MikroORM } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { EVENT_CHANNEL } from '../realtime/event-hub.js';

/** Layout version of the file; a restore refuses any other. */
export const BACKUP_FORMAT = 1;
const MAGIC = 'KPBACKUP';
const NEWLINE = 0x0a;
const BACKSLASH = 0x5c;
const DOT = 0x2e;
const MAX_CONTROL_LINE = 64 * 1024 * 1024;

/** What a backup says about itself (its first line). */
export interface BackupHeader {
  format: number;
  /** ISO 8601, UTC. */
  createdAt: string;
  /** `server_version` of the PostgreSQL the backup was taken from. */
  serverVersion: string;
  database: string;
  /** Names of the migrations applied to that database, in the order they were applied. */
  migrations: string[];
}

/** One table's section header. */
interface TableRecord {
  name: string;
  columns: string[];
}

/** One sequence's position. */
interface SequenceRecord {
  name: string;
  /** A bigint as a decimal string. */
  lastValue: string;
  isCalled: boolean;
}

/** What a backup or a restore did. */
export interface BackupSummary {
  file: string;
  header: BackupHeader;
  /** Rows per table, in the file's order. */
  rows: Record<string, number>;
  sequences: number;
  bytes: number;
  elapsedMs: number;
}

/**
 * A refusal an operator can act on (wrong file, unknown migrations, a database that is not empty,
 * an API still running): the scripts print the message alone and exit 1. Nothing was changed.
 */
export class BackupRefusedError extends Error {}

/**
 * Session settings for both ends. Dates are written in ISO style, which any DateStyle reads back
 * the same; intervals in the style the restore reads them in; UTC only makes the file easier to
 * read (timestamptz text carries its offset either way).
 */
const SESSION_SETTINGS = [
  `set local datestyle = 'ISO, YMD'`,
  `set local intervalstyle = 'postgres'`,
  `set local timezone = 'UTC'`,
  `set local extra_float_digits = 3`,
  `set local bytea_output = 'hex'`,
];

/** `backups/<database>-<UTC timestamp>.kpbackup.gz`, the file `npm run backup` writes by default. */
export function defaultBackupPath(database: string, at: Date, directory = 'backups'): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return path.join(directory, `${database}-${stamp}.kpbackup.gz`);
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
const qualified = (name: string) => `public.${quote(name)}`;

/** The migrations table MikroORM keeps (its name comes from the ORM configuration). */
function migrationsTable(orm: MikroORM): string {
  return orm.config.get('migrations').tableName ?? 'mikro_orm_migrations';
}

/**
 * Names of the migrations in this code's folder, the way the migrator names them: the folder it
 * reads (TypeScript sources under tsx/vitest, the compiled ones under `dist/`), files matching its
 * glob `!(*.d).{js,ts}`, without the extension.
 */
export async function migrationsInFolder(orm: MikroORM): Promise<string[]> {
  const options = orm.config.get('migrations');
  const folder = orm.config.get('preferTs') && options.pathTs ? options.pathTs : options.path!;
  const files = await readdir(path.resolve(orm.config.get('baseDir'), folder)).catch(() => [] as string[]);
  return files
    .filter((file) => /\.(js|ts)$/.test(file) && !/\.d\.ts$/.test(file))
    .map((file) => file.replace(/\.(js|ts)$/, ''))
    .sort();
}

/**
 * The pg client under a knex transaction: COPY streams need the driver connection itself, and
 * going through the transaction's own connection keeps the COPY inside that transaction.
 */
async function driverClient(trx: Knex.Transaction): Promise<pg.Client> {
  return (trx.client as { acquireConnection(): Promise<pg.Client> }).acquireConnection();
}

/** The base tables of the public schema, parents before the tables whose foreign keys point at them. */
async function tablesInLoadOrder(client: pg.Client): Promise<TableRecord[]> {
  const { rows: tables } = await client.query<{ name: string; columns: string[] }>(
    // Generated columns are computed again on insert (COPY refuses them), dropped ones are gone.
    `select c.relname as name,
            array(select a.attname::text from pg_attribute a
                  where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                  order by a.attnum) as columns
       from pg_class c
      where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
      order by c.relname`,
  );
  const { rows: references } = await client.query<{ child: string; parent: string }>(
    `select child.relname as child, parent.relname as parent
       from pg_constraint f
       join pg_class child on child.oid = f.conrelid
       join pg_class parent on parent.oid = f.confrelid
      where f.contype = 'f' and child.relnamespace = 'public'::regnamespace and parent.relnamespace = 'public'::regnamespace
        and f.conrelid <> f.confrelid`,
  );
  // Kahn's algorithm, alphabetical among the ready ones so that the file's order is stable. A
  // self-reference needs no order: COPY checks foreign keys at the end of its statement.
  const parents = new Map(tables.map((table) => [table.name, new Set<string>()]));
  for (const { child, parent } of references) parents.get(child)?.add(parent);
  const ordered: TableRecord[] = [];
  const placed = new Set<string>();
  let remaining = tables;
  while (remaining.length) {
    const ready = remaining.filter((table) => [...parents.get(table.name)!].every((parent) => placed.has(parent)));
    // Tables in a foreign-key cycle go last as they are; restoring them needs DEFERRABLE keys.
    const next = ready.length ? ready : remaining;
    for (const table of next) placed.add(table.name);
    ordered.push(...next);
    remaining = remaining.filter((table) => !placed.has(table.name));
  }
  return ordered;
}

async function sequences(client: pg.Client): Promise<SequenceRecord[]> {
  const { rows: names } = await client.query<{ name: string }>(
    `select relname as name from pg_class where relnamespace = 'public'::regnamespace and relkind = 'S' order by relname`,
  );
  const positions: SequenceRecord[] = [];
  for (const { name } of names) {
    const { rows } = await client.query<{ lastValue: string; isCalled: boolean }>(
      `select last_value::text as "lastValue", is_called as "isCalled" from ${qualified(name)}`,
    );
    positions.push({ name, ...rows[0] });
  }
  return positions;
}

function countLines(chunk: Buffer): number {
  let count = 0;
  for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, at + 1)) count += 1;
  return count;
}

/**
 * Writes a backup of the database `orm` is connected to into `file` (default: `backups/<database>-
 * <UTC timestamp>.kpbackup.gz`); refuses to overwrite a file. Everything is read in one
 * REPEATABLE READ READ ONLY transaction: one consistent snapshot while the API keeps writing.
 * The file appears under its name only once complete.
 */
export async function writeBackup(orm: MikroORM, file?: string): Promise<BackupSummary> {
  const started = performance.now();
  if (file && existsSync(file)) throw new BackupRefusedError(`${file} already exists; choose another --out`);
  return orm.em.fork().getConnection().transactional(
    async (trx) => {
      const client = await driverClient(trx);
      for (const setting of SESSION_SETTINGS) await client.query(setting);
      // The time as milliseconds: the ORM's connection parses timestamps its own way.
      const { rows: [server] } = await client.query<{ database: string; version: string; ms: string }>(
        `select current_database() as database, current_setting('server_version') as version,
                (extract(epoch from now()) * 1000)::bigint::text as ms`,
      );
      const createdAt = new Date(Number(server.ms));
      // A database never migrated has no migrations table (and a failed query would end the transaction).
      const { rows: [{ migrated }] } = await client.query<{ migrated: boolean }>(
        'select to_regclass($1) is not null as migrated',
        [qualified(migrationsTable(orm))],
      );
      const { rows: migrations } = migrated
        ? await client.query<{ name: string }>(`select name from ${qualified(migrationsTable(orm))} order by id`)
        : { rows: [] as { name: string }[] };
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        createdAt: createdAt.toISOString(),
        serverVersion: server.version,
        database: server.database,
        migrations: migrations.map((migration) => migration.name),
      };
      const target = file ?? defaultBackupPath(server.database, createdAt);
      if (existsSync(target)) throw new BackupRefusedError(`${target} already exists`);
      const tables = await tablesInLoadOrder(client);
      const rows: Record<string, number> = {};
      let sequenceCount = 0;

      async function* records(): AsyncGenerator<string | Buffer> {
        yield `${MAGIC} ${JSON.stringify(header)}\n`;
        for (const table of tables) {
          yield `TABLE ${JSON.stringify(table)}\n`;
          const columns = table.columns.length ? ` (${table.columns.map(quote).join(', ')})` : '';
          const copy = client.query(copyTo(`copy ${qualified(table.name)}${columns} to stdout`));
          let count = 0;
          let complete = false;
          try {
            for await (const chunk of copy.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
              count += countLines(chunk);
              yield chunk;
            }
            complete = true;
          } finally {
            // The file side failed (a full disk, say): a COPY abandoned half-read would hold the
            // connection for good, so its rest is read into nothing and the rollback can run.
            if (!complete) {
              copy.resume();
              await finished(copy).catch(() => undefined);
            }
          }
          rows[table.name] = count;
          yield '\\.\n';
        }
        // Sequences are outside the snapshot: what is read here may be ahead of the rows (ids
        // taken by transactions that began after it), never behind, so restored ids never repeat.
        const positions = await sequences(client);
        sequenceCount = positions.length;
        yield `SEQUENCES ${JSON.stringify(positions)}\n`;
        yield `END ${JSON.stringify({ rows })}\n`;
      }

      await mkdir(path.dirname(path.resolve(target)), { recursive: true });
      const partial = `${target}.partial`;
      try {
        await pipeline(records, createGzip(), createWriteStream(partial, { mode: 0o600 }));
        await rename(partial, target);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
      return {
        file: target,
        header,
        rows,
        sequences: sequenceCount,
        bytes: (await stat(target)).size,
        elapsedMs: Math.round(performance.now() - started),
      };
    },
    { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
  );
}

/**
 * What `npm run backup` / `npm run restore` print when they fail: refusals changed nothing and say
 * what to do. An embedded database already running means another process (normally the API)
 * opened DATA_DIR: only one process may run its server, so the command stops there, untouched.
 * Anything else is PostgreSQL's or the file system's own message.
 */
export function failureMessage(command: 'backup' | 'restore', error: unknown, dataDir: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof BackupRefusedError) return `${command} refused: ${message}`;
  if (message.includes('postmaster.pid')) {
    return (
      `${command} refused: the embedded database in ${dataDir} is in use by another process, most likely the API. ` +
      `Stop the API, run npm run ${command} again, then start the API.\n(${message.trim()})`
    );
  }
  return `${command} failed: ${message}`;
}

/** Malformed or incomplete backup content. */
function damaged(detail: string): BackupRefusedError {
  return new BackupRefusedError(`the backup file is damaged or incomplete: ${detail}`);
}

/** Reads a backup's lines: control lines as text, and each table's rows as whole-line chunks. */
class BackupReader {
  private buffer: Buffer = Buffer.alloc(0);
  private readonly chunks: AsyncIterator<Buffer>;
  private ended = false;

  constructor(source: AsyncIterable<Buffer>) {
    this.chunks = source[Symbol.asyncIterator]();
  }

  private async fill(): Promise<boolean> {
    if (this.ended) return false;
    let next: IteratorResult<Buffer>;
    try {
      next = await this.chunks.next();
    } catch (error) {
      throw damaged(`it does not decompress (${(error as Error).message})`);
    }
    if (next.done) {
      this.ended = true;
      return false;
    }
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, next.value]) : next.value;
    return true;
  }

  /** The next line, or undefined at the end of the file. */
  async line(): Promise<string | undefined> {
    for (;;) {
      const end = this.buffer.indexOf(NEWLINE);
      if (end !== -1) {
        const line = this.buffer.subarray(0, end).toString('utf8');
        this.buffer = this.buffer.subarray(end + 1);
        return line;
      }
      // Control lines are short; without this a large file that is not a backup would be read whole.
      if (this.buffer.length > MAX_CONTROL_LINE) throw damaged(`a line is longer than ${MAX_CONTROL_LINE} bytes`);
      if (!(await this.fill())) {
        if (this.buffer.length) throw damaged('it ends in the middle of a line');
        return undefined;
      }
    }
  }

  /** The rows up to the `\.` line (which it consumes), in chunks of whole lines. */
  async *rows(table: string): AsyncGenerator<Buffer> {
    let scanned = 0;
    for (;;) {
      for (let end = this.buffer.indexOf(NEWLINE, scanned); end !== -1; end = this.buffer.indexOf(NEWLINE, scanned)) {
        if (end - scanned === 2 && this.buffer[scanned] === BACKSLASH && this.buffer[scanned + 1] === DOT) {
          const rows = this.buffer.subarray(0, scanned);
          this.buffer = this.buffer.subarray(end + 1);
          if (rows.length) yield rows;
          return;
        }
        scanned = end + 1;
      }
      if (scanned) {
        const rows = this.buffer.subarray(0, scanned);
        this.buffer = this.buffer.subarray(scanned);
        scanned = 0;
        yield rows;
      }
      if (!(await this.fill())) throw damaged(`it ends inside the rows of ${table}`);
    }
  }

  async close(): Promise<void> {
    await this.chunks.return?.();
  }
}

function openBackup(file: string): BackupReader {
  if (!existsSync(file)) throw new BackupRefusedError(`${file} does not exist`);
  const gunzip = createGunzip();
  // The pipeline's error (a truncated or non-gzip file) reaches the reader through `gunzip`.
  pipeline(createReadStream(file), gunzip).catch(() => undefined);
  return new BackupReader(gunzip);
}

/** A control line `KEYWORD {json}`; the keyword must be the one expected here. */
function record<T>(line: string | undefined, keyword: string): T {
  if (line === undefined) throw damaged(`it ends before its ${keyword} line`);
  if (!line.startsWith(`${keyword} `)) throw damaged(`expected a ${keyword} line, found "${line.slice(0, 60)}"`);
  try {
    return JSON.parse(line.slice(keyword.length + 1)) as T;
  } catch {
    throw damaged(`its ${keyword} line is not valid JSON`);
  }
}

async function readHeader(reader: BackupReader, file: string): Promise<BackupHeader> {
  let first: string | undefined;
  try {
    first = await reader.line();
  } catch (error) {
    throw new BackupRefusedError(`${file} is not a backup written by npm run backup (${(error as Error).message})`);
  }
  if (!first?.startsWith(`${MAGIC} `)) throw new BackupRefusedError(`${file} is not a backup written by npm run backup`);
  const header = record<BackupHeader>(first, MAGIC);
  if (header.format !== BACKUP_FORMAT) {
    throw new BackupRefusedError(`${file} has backup format ${header.format}; this version of the API reads format ${BACKUP_FORMAT} only`);
  }
  return header;
}

/** Reads only the first line of a backup: what it is of, and when. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const reader = openBackup(file);
  try {
    return await readHeader(reader, file);
  } finally {
    await reader.close();
  }
}

/** Tables of the public schema (other than `except`) holding at least one row. */
async function tablesWithRows(orm: MikroORM, except: string): Promise<string[]> {
  const em = orm.em.fork();
  const tables = await query<{ name: string }>(em, sql`select relname as name from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' and relname <> ${except} order by relname`);
  const filled: string[] = [];
  for (const { name } of tables) {
    const { filled: any } = await queryOne<{ filled: boolean }>(em, sql`select exists (select from ${sql.raw(qualified(name))}) as filled`);
    if (any) filled.push(name);
  }
  return filled;
}

/**
 * Sessions that look like a running API instance: each keeps a connection that did nothing but
 * LISTEN for the event log's notifications. (Only visible for sessions of the same role, or to
 * members of pg_read_all_stats.)
 */
async function apiSessions(orm: MikroORM): Promise<{ pid: number; client: string | null }[]> {
  return query<{ pid: number; client: string | null }>(
    orm.em.fork(),
    sql`select pid, client_addr::text as client from pg_stat_activity
         where datname = current_database() and pid <> pg_backend_pid() and query ~* ${`^\\s*listen\\s+"?${EVENT_CHANNEL}"?\\s*;?\\s*$`}`,
  );
}

/** Drops every object of the public schema except the migrations table, which it empties. */
async function dropApplicationSchema(client: pg.Client, keep: string): Promise<void> {
  // Objects belonging to an extension are the extension's to drop, and those internal to another
  // object (a range type's constructor functions) go with it, so they are left alone.
  const standalone = (catalog: string) =>
    `not exists (select from pg_depend d where d.classid = '${catalog}'::regclass and d.objid = o.oid and d.deptype in ('e', 'i'))`;
  const { rows: relations } = await client.query<{ name: string; kind: string }>(
    `select o.relname as name, o.relkind::text as kind from pg_class o
      where o.relnamespace = 'public'::regnamespace and o.relkind in ('r', 'p', 'v', 'm', 'f', 'S') and o.relname <> $1
        and not (o.relkind = 'S' and exists (select from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = o.oid
                                               and d.refobjid = $2::regclass and d.deptype in ('a', 'i')))
        and ${standalone('pg_class')}`,
    [keep, qualified(keep)],
  );
  const dropAll = async (what: string, names: string[]) => {
    if (names.length) await client.query(`drop ${what} if exists ${names.join(', ')} cascade`);
  };
  const named = (kinds: string) => relations.filter((relation) => kinds.includes(relation.kind)).map((relation) => qualified(relation.name));
  await dropAll('view', named('v'));
  await dropAll('materialized view', named('m'));
  await dropAll('foreign table', named('f'));
  await dropAll('table', named('rp'));
  await dropAll('sequence', named('S'));
  const { rows: routines } = await client.query<{ signature: string; kind: string }>(
    `select format('%I.%I(%s)', 'public', o.proname, pg_get_function_identity_arguments(o.oid)) as signature, o.prokind::text as kind from pg_proc o
      where o.pronamespace = 'public'::regnamespace and ${standalone('pg_proc')}`,
  );
  await dropAll('procedure', routines.filter((routine) => routine.kind === 'p').map((routine) => routine.signature));
  await dropAll('aggregate', routines.filter((routine) => routine.kind === 'a').map((routine) => routine.signature));
  await dropAll('function', routines.filter((routine) => routine.kind === 'f' || routine.kind === 'w').map((routine) => routine.signature));
  // Enums, domains, composite and range types (a table's row type went with its table).
  const { rows: types } = await client.query<{ name: string }>(
    `select format('%I.%I', 'public', o.typname) as name from pg_type o
      where o.typnamespace = 'public'::regnamespace and o.typtype in ('e', 'd', 'c', 'r')
        and (o.typtype <> 'c' or (select relkind from pg_class where oid = o.typrelid) = 'c')
        and ${standalone('pg_type')}`,
  );
  await dropAll('type', types.map((type) => type.name));
  // RESTART IDENTITY gives its sequence a new file within this transaction: the rows the migrator
  // logs (and the final setval) then leave no trace if the restore rolls back.
  await client.query(`truncate ${qualified(keep)} restart identity`);
}

/**
 * Restores a backup into the database `orm` is connected to, in one transaction: drops the
 * application schema, runs this code's migrations named by the backup (exactly those, in the
 * backup's order), empties every table, loads every table's rows and sets every sequence. Newer
 * migrations are left for the API's next start. Refuses (BackupRefusedError, nothing changed) a
 * file that is not a backup, a backup with a migration this code does not have, a database with
 * rows unless `force`, and a database an API instance is connected to.
 */
export async function restoreBackup(orm: MikroORM, file: string, options: { force?: boolean } = {}): Promise<BackupSummary> {
  const started = performance.now();
  const reader = openBackup(file);
  try {
    const header = await readHeader(reader, file);
    const known = new Set(await migrationsInFolder(orm));
    const unknown = header.migrations.filter((name) => !known.has(name));
    if (unknown.length) {
      throw new BackupRefusedError(
        `the backup was taken after migration(s) this code does not have: ${unknown.join(', ')}. ` +
          'Restore it with the version of the API that wrote it (or a later one).',
      );
    }
    const keep = migrationsTable(orm);
    const sessions = await apiSessions(orm);
    if (sessions.length) {
      throw new BackupRefusedError(
        `an API instance seems to be connected to this database (it is listening for ${EVENT_CHANNEL}; backend pid ` +
          `${sessions.map((session) => `${session.pid}${session.client ? ` from ${session.client}` : ''}`).join(', ')}). ` +
          'Stop every API instance before restoring.',
      );
    }
    const filled = await tablesWithRows(orm, keep);
    if (filled.length && !options.force) {
      throw new BackupRefusedError(
        `the database is not empty (${filled.slice(0, 5).join(', ')}${filled.length > 5 ? ` and ${filled.length - 5} more tables` : ''} hold rows). ` +
          'A restore replaces everything in it with the backup: run it again with --force to do so.',
      );
    }
    // The migrator makes sure its table exists on a connection of its own, outside our
    // transaction: it must exist (committed) beforehand, and our transaction keeps it.
    const migrator = orm.getMigrator();
    await migrator.getExecutedMigrations();

    const rows: Record<string, number> = {};
    let sequenceCount = 0;
    await orm.em.fork().getConnection().transactional(async (trx) => {
      const client = await driverClient(trx);
      for (const setting of SESSION_SETTINGS) await client.query(setting);
      // Fail within seconds rather than wait behind a session that holds a table.
      await client.query(`set local lock_timeout = '15s'`);
      await dropApplicationSchema(client, keep);
      await migrator.up({ migrations: header.migrations, transaction: trx });

      const here = new Map((await tablesInLoadOrder(client)).map((table) => [table.name, table.columns]));
      if (here.size) await client.query(`truncate ${[...here.keys()].map(qualified).join(', ')}`);
      // The rows come back as they were: the tables' own triggers (the history the database keeps
      // of plans and starts) stay quiet while they load. The event log's NOTIFY still fires: a
      // listener sees the restored log announced once, at commit, harmlessly.
      const quiet = [...here.keys()].filter((name) => name !== 'event');
      for (const name of quiet) await client.query(`alter table ${qualified(name)} disable trigger user`);
      // Tables come parents first (the backup wrote them so); cycles need DEFERRABLE keys.
      await client.query('set constraints all deferred');
      let line = await reader.line();
      while (line?.startsWith('TABLE ')) {
        const table = record<TableRecord>(line, 'TABLE');
        const columns = here.get(table.name);
        if (!columns) throw new BackupRefusedError(`the backup holds table ${table.name}, which this code's migrations do not create`);
        if ([...columns].sort().join() !== [...table.columns].sort().join()) {
          throw new BackupRefusedError(
            `table ${table.name} has columns (${table.columns.join(', ')}) in the backup but (${columns.join(', ')}) after the same migrations here`,
          );
        }
        const list = table.columns.length ? ` (${table.columns.map(quote).join(', ')})` : '';
        const copy = client.query(copyFrom(`copy ${qualified(table.name)}${list} from stdin`));
        await pipeline(reader.rows(table.name), copy);
        rows[table.name] = copy.rowCount;
        line = await reader.line();
      }

      for (const name of quiet) await client.query(`alter table ${qualified(name)} enable trigger user`);

      const positions = record<SequenceRecord[]>(line, 'SEQUENCES');
      const { rows: sequencesHere } = await client.query<{ name: string }>(
        `select relname as name from pg_class where relnamespace = 'public'::regnamespace and relkind = 'S'`,
      );
      const existing = new Set(sequencesHere.map((sequence) => sequence.name));
      for (const position of positions) {
        if (!existing.has(position.name)) {
          throw new BackupRefusedError(`the backup holds sequence ${position.name}, which this code's migrations do not create`);
        }
        await client.query('select setval($1::regclass, $2::bigint, $3)', [qualified(position.name), position.lastValue, position.isCalled]);
      }
      sequenceCount = positions.length;

      const end = record<{ rows: Record<string, number> }>(await reader.line(), 'END');
      const written = Object.entries(end.rows).map(([table, count]) => `${table}:${count}`).sort().join();
      const loaded = Object.entries(rows).map(([table, count]) => `${table}:${count}`).sort().join();
      if (written !== loaded) throw damaged(`its END line counts rows ${written}, but ${loaded} were loaded`);
      if ((await reader.line()) !== undefined) throw damaged('it goes on after its END line');
    });
    // Fresh tables have no planner statistics until autovacuum gets to them: gather them now.
    const loaded = Object.keys(rows);
    if (loaded.length) await query(orm.em.fork(), sql`analyze ${sql.raw(loaded.map(qualified).join(', '))}`);
    return { file, header, rows, sequences: sequenceCount, bytes: (await stat(file)).size, elapsedMs: Math.round(performance.now() - started) };
  } finally {
    await reader.close();
  }
}
