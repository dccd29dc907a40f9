/**
 * `npm run seed:scale -- --projects 5000 --years 10 [--seed 1] [--end-year 2026] [--end-month 10] [--force]`:
 * applies migrations, then fills DATABASE_URL (or the embedded database) with a province-scale
 * dataset. Refuses a database that already holds projects unless `--force`, which first empties
 * the application tables (API keys are kept).
 */
import { query, queryOne, sql } from '../src/db/sql.js';
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { migrate, openDatabase } from '../src/db/database.js';
import { seedScale } from '../src/db/seed/scale.js';

/** Every table seeded data or derived rows live in; `api_key` and the migrations table are kept. */
const APPLICATION_TABLES = [
  'organization', 'person', 'project', 'assignment', 'listing', 'milestone', 'progress_report', 'land_task', 'event',
  'assessment_scheme', 'light_record', 'reporting_period', 'inspection', 'inspection_inspector', 'problem', 'project_score', 'sanction',
  'supervision_group', 'supervision_member', 'target_explanation', 'audit_entry', 'idempotency_key',
];

function integerOption(values: Record<string, string | boolean | undefined>, name: string, fallback?: number): number | undefined {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (typeof raw !== 'string' || !Number.isInteger(value)) {
    console.error(`--${name} must be an integer, got "${String(raw)}"`);
    process.exit(1);
  }
  return value;
}

const { values } = parseArgs({
  options: {
    projects: { type: 'string' },
    years: { type: 'string' },
    seed: { type: 'string' },
    'end-year': { type: 'string' },
    'end-month': { type: 'string' },
    force: { type: 'boolean', default: false },
  },
});
const options = {
  projects: integerOption(values, 'projects', 5000)!,
  years: integerOption(values, 'years', 10)!,
  seed: integerOption(values, 'seed', 1),
  endYear: integerOption(values, 'end-year'),
  endMonth: integerOption(values, 'end-month'),
};

const database = await openDatabase(loadConfig(), (message) => console.log(message));
try {
  await migrate(database.orm);
  const em = database.orm.em.fork();
  const { count } = await queryOne<{ count: number }>(em, sql`select count(*)::int as count from project`);
  if (count > 0 && !values.force) {
    console.error(`the database already holds ${count} projects; run with --force to empty the application tables and seed anyway`);
    process.exitCode = 1;
  } else {
    if (values.force) {
      await query(em, sql`truncate ${sql.raw(APPLICATION_TABLES.join(', '))} restart identity cascade`);
      console.log('emptied the application tables');
    }
    console.log(`seeding ${options.projects} projects over ${options.years} years (seed ${options.seed}) …`);
    const summary = await seedScale(em, options);
    console.log(`seeded ${summary.firstYear}–${summary.endYear} (reported to month ${summary.endMonth}) in ${(summary.elapsedMs / 1000).toFixed(1)} s`);
    const width = Math.max(...Object.keys(summary.rows).map((table) => table.length));
    for (const [table, rows] of Object.entries(summary.rows)) console.log(`  ${table.padEnd(width)}  ${rows.toLocaleString('en-US').padStart(10)}`);
    console.log('phases (ms):');
    for (const [name, ms] of Object.entries(summary.phases)) console.log(`  ${name.padEnd(36)}  ${String(ms).padStart(7)}`);
  }
} finally {
  await database.close();
}
