/**
 * `npm run backup -- [--out <file>]`: writes a backup of DATABASE_URL (or of the embedded database
 * in DATA_DIR) to `backups/<database>-<UTC timestamp>.kpbackup.gz` or `<file>`, without pg_dump
 * (format: src/db/backup.ts). The API may keep running against DATABASE_URL meanwhile.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { failureMessage, writeBackup } from '../src/db/backup.js';

let out: string | undefined;
try {
  ({ values: { out } } = parseArgs({ options: { out: { type: 'string' } } }));
} catch (error) {
  console.error(`${(error as Error).message}\nusage: npm run backup -- [--out <file>]`);
  process.exit(2);
}

const config = loadConfig();
try {
  const database = await openDatabase(config, (message) => console.log(message));
  try {
    const summary = await writeBackup(database.orm, out);
    const rows = Object.values(summary.rows).reduce((sum, count) => sum + count, 0);
    console.log(
      `backup written: ${summary.file} (${(summary.bytes / 1024).toFixed(1)} KiB; ${rows.toLocaleString('en-US')} rows in ` +
        `${Object.keys(summary.rows).length} tables, ${summary.sequences} sequences, ${summary.header.migrations.length} migrations; ` +
        `PostgreSQL ${summary.header.serverVersion}) in ${(summary.elapsedMs / 1000).toFixed(2)} s`,
    );
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(failureMessage('backup', error, config.dataDir));
  process.exitCode = 1;
}
