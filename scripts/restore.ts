/**
 * `npm run restore -- <file> [--force]`: replaces the contents of DATABASE_URL (or of the
 * embedded database in DATA_DIR) with a backup written by `npm run backup`. Run it with the API
 * stopped. `--force` is needed when the database holds rows: everything in it is replaced.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { openDatabase, pendingMigrationCount } from '../src/db/database.js';
import { failureMessage, readBackupHeader, restoreBackup } from '../src/db/backup.js';

const usage = 'usage: npm run restore -- <file> [--force]';
let file: string | undefined;
let force = false;
try {
  const { values, positionals } = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true });
  if (positionals.length !== 1) throw new Error('name one backup file');
  [file] = positionals;
  force = values.force!;
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}

const config = loadConfig();
try {
  // Read the file before starting anything: a wrong path fails at once.
  const header = await readBackupHeader(file);
  console.log(
    `restoring ${file}: database ${header.database} as of ${header.createdAt} (PostgreSQL ${header.serverVersion}, ` +
      `${header.migrations.length} migrations)`,
  );
  const database = await openDatabase(config, (message) => console.log(message));
  try {
    const summary = await restoreBackup(database.orm, file, { force });
    const rows = Object.values(summary.rows).reduce((sum, count) => sum + count, 0);
    const pending = await pendingMigrationCount(database.orm);
    console.log(
      `restored ${rows.toLocaleString('en-US')} rows in ${Object.keys(summary.rows).length} tables and ${summary.sequences} sequences ` +
        `in ${(summary.elapsedMs / 1000).toFixed(2)} s` +
        (pending ? `; ${pending} newer migration(s) will be applied when the API next starts` : ''),
    );
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(failureMessage('restore', error, config.dataDir));
  process.exitCode = 1;
}
