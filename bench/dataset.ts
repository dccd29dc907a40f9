/**
 * The data the API benchmark runs on: the province-scale generator (`src/db/seed/scale.ts`,
 * `seedScale`) when it exists, else the demo district; and what a seeded database then holds.
 */
import { existsSync } from 'node:fs';
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { seedDemoDistrict } from '../src/db/seed/demo-district.js';

/** Options of the scale generator, as `src/db/seed/scale.ts` declares them. */
export interface ScaleOptions {
  projects: number;
  years: number;
  seed?: number;
  endYear?: number;
  endMonth?: number;
}

type SeedScale = (em: EntityManager, options: ScaleOptions) => Promise<unknown>;

/** How the benchmark database gets filled. */
export interface DatasetPlan {
  kind: 'scale' | 'demo';
  /** What was asked for (the demo district ignores the scale). */
  requested: ScaleOptions;
  /** Why this kind was chosen. */
  note: string;
  seed(em: EntityManager): Promise<unknown>;
}

const SCALE_MODULE = '../src/db/seed/scale.js';

/** True when the colleague's scale generator is in the tree. */
export function scaleSeedAvailable(): boolean {
  return existsSync(new URL('../src/db/seed/scale.ts', import.meta.url));
}

/**
 * `demo` or `scale` as asked; `auto` takes the scale generator when it exists. Imported by a
 * computed specifier so that the benchmark compiles while the generator is still being written.
 */
export function planDataset(kind: 'auto' | 'demo' | 'scale', requested: ScaleOptions): DatasetPlan {
  const useScale = kind === 'scale' || (kind === 'auto' && scaleSeedAvailable());
  if (useScale) {
    return {
      kind: 'scale',
      requested,
      note: 'seedScale from src/db/seed/scale.ts',
      async seed(em) {
        const specifier: string = SCALE_MODULE;
        const module = (await import(specifier)) as { seedScale?: SeedScale };
        if (typeof module.seedScale !== 'function') throw new Error(`${SCALE_MODULE} does not export seedScale`);
        return module.seedScale(em, requested);
      },
    };
  }
  return {
    kind: 'demo',
    requested,
    note:
      kind === 'demo'
        ? 'demo district (--dataset demo)'
        : 'demo district: src/db/seed/scale.ts (seedScale) does not exist yet, so --projects/--years could not be honoured',
    seed: (em) => seedDemoDistrict(em),
  };
}

/** What a seeded database holds, and the ids the load generator draws from. */
export interface DatasetFacts {
  projects: number;
  cityProjects: number;
  people: number;
  organizations: number;
  assignments: number;
  annualPlans: number;
  progressReports: number;
  lightRecords: number;
  landTasks: number;
  years: number[];
  /** The latest year with monthly reports: the year every operation asks about. */
  year: number;
  projectIds: number[];
  /** Existing (project, month) reports of `year` in months that may be reported now. */
  reportSlots: { projectId: number; month: number }[];
  databaseBytes: number;
  postgresVersion: string;
}

/** Counts the rows and collects ids (one connection, a few statements). */
export async function datasetFacts(url: string, now = new Date()): Promise<DatasetFacts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const count = async (table: string) => Number((await client.query(`select count(*)::int as n from ${table}`)).rows[0].n);
    const years = (await client.query<{ year: number }>('select distinct year from annual_plan union select distinct year from progress_report order by 1')).rows.map(
      (row) => row.year,
    );
    const latest = (await client.query<{ year: number | null }>('select max(year) as year from progress_report')).rows[0].year;
    const year = latest ?? years.at(-1) ?? now.getUTCFullYear();
    const maxMonth = year < now.getUTCFullYear() ? 12 : now.getUTCMonth() + 1;
    const projectIds = (await client.query<{ id: number }>('select id from project order by id')).rows.map((row) => row.id);
    const reportSlots = (
      await client.query<{ project_id: number; month: number }>(
        'select project_id, month from progress_report where year = $1 and month <= $2 order by md5(project_id::text || month::text) limit 5000',
        [year, maxMonth],
      )
    ).rows.map((row) => ({ projectId: row.project_id, month: row.month }));
    return {
      projects: projectIds.length,
      cityProjects: Number((await client.query("select count(*)::int as n from project where level = 'CITY'")).rows[0].n),
      people: await count('person'),
      organizations: await count('organization'),
      assignments: await count('assignment'),
      annualPlans: await count('annual_plan'),
      progressReports: await count('progress_report'),
      lightRecords: await count('light_record'),
      landTasks: await count('land_task'),
      years,
      year,
      projectIds,
      reportSlots,
      databaseBytes: Number((await client.query('select pg_database_size(current_database()) as n')).rows[0].n),
      postgresVersion: (await client.query<{ v: string }>("select current_setting('server_version') as v")).rows[0].v,
    };
  } finally {
    await client.end();
  }
}
