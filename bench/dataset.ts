/**
 * The data the API benchmark runs on: the province-scale generator (`src/db/seed/scale.ts`,
 * `seedScale`), or the demo district when asked; and what a seeded database then holds.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { seedDemoDistrict } from '../src/db/seed/demo-district.js';
import { seedScale, type ScaleOptions } from '../src/db/seed/scale.js';

/** How the benchmark database gets filled. */
export interface DatasetPlan {
  kind: 'scale' | 'demo';
  /** What was asked for (the demo district ignores the scale). */
  requested: ScaleOptions;
  /** Why this kind was chosen. */
  note: string;
  seed(em: EntityManager): Promise<unknown>;
}

/** `demo` when asked for, else (`scale`, or `auto`) the scale generator. */
export function planDataset(kind: 'auto' | 'demo' | 'scale', requested: ScaleOptions): DatasetPlan {
  if (kind === 'demo') return { kind: 'demo', requested, note: 'demo district (--dataset demo)', seed: (em) => seedDemoDistrict(em) };
  return { kind: 'scale', requested, note: 'seedScale from src/db/seed/scale.ts', seed: (em) => seedScale(em, requested) };
}

/** What a seeded database holds, and the ids the load generator draws from. */
export interface DatasetFacts {
  projects: number;
  cityProjects: number;
  people: number;
  organizations: number;
  assignments: number;
  listings: number;
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
    const years = (await client.query<{ year: number }>('select distinct year from listing union select distinct year from progress_report order by 1')).rows.map(
      (row) => row.year,
    );
    const latest = (await client.query<{ year: number | null }>('select max(year) as year from progress_report')).rows[0].year;
    const year = latest ?? years.at(-1) ?? now.getUTCFullYear();
    const maxMonth = year < now.getUTCFullYear() ? 12 : now.getUTCMonth() + 1;
    const projectIds = (await client.query<{ id: number }>('select id from project order by id')).rows.map((row) => row.id);
    const reportSlots = (
      await client.query<{ project_id: number; month: number }>(
        `select project_id, month from progress_report
          where year = $1 and month <= $2 and month > (select coalesce(max(month), 0) from reporting_period where year = $1)
          order by md5(project_id::text || month::text) limit 5000`,
        [year, maxMonth],
      )
    ).rows.map((row) => ({ projectId: row.project_id, month: row.month }));
    return {
      projects: projectIds.length,
      cityProjects: Number((await client.query("select count(*)::int as n from listing where year = $1 and status = 'ISSUED' and level = 'CITY'", [year])).rows[0].n),
      people: await count('person'),
      organizations: await count('organization'),
      assignments: await count('assignment'),
      listings: await count('listing'),
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
