import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { ormOptions } from './mikro-orm.config.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';
import { recordSqlStatement } from './sql-statements.js';
import { query, sql } from './sql.js';

/** The database the service runs on, and how to let go of it. */
export interface Database {
  orm: MikroORM;
  url: string;
  /** Closes the pool, then stops the embedded server if this process started it. */
  close(): Promise<void>;
}

const EMBEDDED_DATABASE = 'keyproject';

/** Creates `database` on the server of `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/** Connects MikroORM to `url`, counting every statement for the per-operation SQL statistics. */
export async function connect(url: string): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(url));
  orm.em.getConnection().getKnex().on('query', recordSqlStatement);
  return orm;
}

/** Applies every pending migration in `migrations/`; returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}

/** Number of migrations in `migrations/` not yet applied. */
export async function pendingMigrationCount(orm: MikroORM): Promise<number> {
  return (await orm.getMigrator().getPendingMigrations()).length;
}

/**
 * Opens the configured database: `DATABASE_URL` when given, else the embedded PostgreSQL kept in
 * `dataDir` (started here, stopped by `close`).
 */
export async function openDatabase(
  options: { databaseUrl: string | undefined; dataDir: string },
  log: (message: string) => void,
): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  let url = options.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres(options.dataDir, log);
    try {
      await ensureDatabase(embedded.adminUrl, EMBEDDED_DATABASE);
    } catch (error) {
      await embedded.stop();
      throw error;
    }
    url = embedded.urlFor(EMBEDDED_DATABASE);
  }
  let orm: MikroORM;
  try {
    orm = await connect(url);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return {
    orm,
    url,
    async close() {
      try {
        await orm.close(true);
      } finally {
        await embedded?.stop();
      }
    },
  };
}

/** One round trip through the application's pool (readiness). */
export async function ping(orm: MikroORM): Promise<void> {
  await query(orm.em.fork(), sql`select 1`);
}
