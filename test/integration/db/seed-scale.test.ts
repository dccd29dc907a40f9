import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, migrate } from '../../../src/db/database.js';
import { SCALE_TABLES, seedScale, type ScaleOptions, type ScaleSummary } from '../../../src/db/seed/scale.js';
import { createTestDatabase, type TestDatabase } from '../../support/harness.js';

/** Set to now() by the services that compute lights and scores; everything else is seeded deterministically. */
const CLOCK_COLUMNS = ['computed_at'];

const OPTIONS: ScaleOptions = { projects: 100, years: 2 };
const databases: TestDatabase[] = [];

async function seededDatabase(label: string, options: ScaleOptions): Promise<{ db: TestDatabase; summary: ScaleSummary }> {
  const db = await createTestDatabase(label);
  databases.push(db);
  const orm = await connect(db.url);
  try {
    await migrate(orm);
    return { db, summary: await seedScale(orm.em, options) };
  } finally {
    await orm.close(true);
  }
}

/** md5 of every row of every seeded table (ids included), per table. */
async function digests(db: TestDatabase): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of SCALE_TABLES) {
    const columns = await db.sql<{ name: string }>(
      `select column_name as name from information_schema.columns
        where table_schema = current_schema() and table_name = $1 and column_name <> all($2::text[]) order by ordinal_position`,
      [table, CLOCK_COLUMNS],
    );
    const [{ digest }] = await db.sql<{ digest: string }>(
      `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest
         from (select ${columns.map(({ name }) => `"${name}"`).join(', ')} from ${table}) t`,
    );
    result[table] = digest;
  }
  return result;
}

async function count(db: TestDatabase, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await db.sql<{ count: number }>(`select (${sql})::int as count`, params);
  return row.count;
}

let db: TestDatabase;
let summary: ScaleSummary;
let twin: { db: TestDatabase; summary: ScaleSummary };

beforeAll(async () => {
  ({ db, summary } = await seededDatabase('seed_scale_a', OPTIONS));
  twin = await seededDatabase('seed_scale_b', OPTIONS);
});

afterAll(async () => {
  for (const database of databases) await database.drop();
});

describe('the province-scale seed', () => {
  it('gives identical rows, ids included, for the same options on two empty databases', async () => {
    expect(twin.summary.rows).toEqual(summary.rows);
    expect(await digests(twin.db)).toEqual(await digests(db));
  });

  it('gives other rows for another seed', async () => {
    const other = await seededDatabase('seed_scale_c', { ...OPTIONS, seed: 2 });
    const [mine, theirs] = [await digests(db), await digests(other.db)];
    expect(theirs.project).not.toBe(mine.project);
    expect(theirs.progress_report).not.toBe(mine.progress_report);
    expect(other.summary.rows.project).toBe(100);
  });

  it('reports what it inserted, and appends no events and no audit rows', async () => {
    expect(summary).toMatchObject({ projects: 100, years: 2, seed: 1, firstYear: 2025, endYear: 2026, endMonth: 10 });
    expect(summary.rows.project).toBe(100);
    expect(summary.rows.listing).toBe(200);
    expect(summary.rows.event).toBe(0);
    expect(summary.rows.audit_entry).toBe(0);
    expect(summary.elapsedMs).toBeGreaterThan(0);
    for (const table of SCALE_TABLES) expect(summary.rows[table]).toBe(await count(db, `select count(*) from ${table}`));
  });

  it("keeps the demo district's proportions in every county of 50 projects", async () => {
    const byLevel = await db.sql<{ level: string; projects: number; tertiary: number; new: number; preparatory: number; over1b: number; from500m: number; from100m: number; under100m: number }>(
      `select level, count(*)::int as projects,
              count(*) filter (where industry = 'TERTIARY')::int as tertiary,
              count(*) filter (where construction_type = 'NEW')::int as new,
              count(*) filter (where construction_type = 'PREPARATORY')::int as preparatory,
              count(*) filter (where total_investment >= 100000)::int as over1b,
              count(*) filter (where total_investment >= 50000 and total_investment < 100000)::int as from500m,
              count(*) filter (where total_investment >= 10000 and total_investment < 50000)::int as from100m,
              count(*) filter (where total_investment < 10000)::int as under100m
         from project p join listing l on l.project_id = p.id and l.year = 2026 group by level order by level`,
    );
    expect(byLevel).toEqual([
      { level: 'CITY', projects: 56, tertiary: 38, new: 36, preparatory: 6, over1b: 12, from500m: 18, from100m: 20, under100m: 6 },
      { level: 'DISTRICT', projects: 44, tertiary: 32, new: 22, preparatory: 8, over1b: 4, from500m: 4, from100m: 24, under100m: 12 },
    ]);
    expect(await count(db, 'select count(*) from organization')).toBe(44);
    expect(await count(db, `select count(*) from organization where name like 'XX市第2县%'`)).toBe(22);
    expect(await count(db, 'select count(*) from person where leadership_body is not null')).toBe(40);
    expect(await count(db, 'select count(distinct phone) from person')).toBe(summary.rows.person);
    expect(await count(db, 'select count(*) from project where (started_on is not null) <> (status = \'UNDER_CONSTRUCTION\')')).toBe(0);
    const listed2026 = 'project p join listing l on l.project_id = p.id and l.year = 2026';
    expect(await count(db, `select count(*) from ${listed2026} where construction_type = 'PREPARATORY' and started_on is not null`)).toBe(0);
    expect(await count(db, `select count(*) from ${listed2026} where construction_type = 'NEW' and started_on is not null and extract(year from started_on) <> 2026`)).toBe(0);
    expect(await count(db, `select count(*) from ${listed2026} where construction_type = 'CONTINUING' and started_on >= '2026-01-01'`)).toBe(0);
    // Every listing is issued, of the project's level in both years.
    expect(await count(db, "select count(*) from listing where status <> 'ISSUED'")).toBe(0);
  });

  it('gives every project a liaison leader, a responsible unit and exactly one responsible person (no unassigned project)', async () => {
    const unassigned = await count(
      db,
      `select count(*) from project p
        where p.responsible_unit_id is null
           or not exists (select 1 from assignment a where a.project_id = p.id and a.role = 'LIAISON_LEADER')
           or not exists (select 1 from assignment a where a.project_id = p.id and a.role = 'RESPONSIBLE_PERSON')`,
    );
    expect(unassigned).toBe(0);
    const roles = await db.sql<{ principals: number; area: number; responsible: number; inspectors: number }>(
      `select distinct
              count(*) filter (where role = 'PRINCIPAL')::int as principals,
              count(*) filter (where role = 'AREA_LEADER')::int as area,
              count(*) filter (where role = 'RESPONSIBLE_PERSON')::int as responsible,
              count(*) filter (where role = 'INSPECTOR')::int as inspectors
         from assignment group by project_id`,
    );
    expect(roles).toEqual([{ principals: 2, area: 1, responsible: 1, inspectors: 1 }]);
    // Principals answer per county: the two of a county's 50 projects are its own.
    expect(await count(db, "select count(distinct person_id) from assignment where role = 'PRINCIPAL'")).toBe(4);
    expect(
      await count(
        db,
        `select count(*) from project p
          where exists (select 1 from land_task t where t.project_id = p.id)
             <> exists (select 1 from assignment a where a.project_id = p.id and a.role = 'LAND_OFFICER')`,
      ),
    ).toBe(0);
    expect(await count(db, 'select count(distinct project_id) from land_task')).toBe(42);
    // The responsible person works in the responsible unit.
    expect(
      await count(
        db,
        `select count(*) from assignment a join person pe on pe.id = a.person_id join project p on p.id = a.project_id
          where a.role = 'RESPONSIBLE_PERSON' and pe.organization_id is distinct from p.responsible_unit_id`,
      ),
    ).toBe(0);
  });

  it('plans every year with 2–4 milestones and reports every month from the start month on', async () => {
    expect(await count(db, 'select count(*) from (select project_id from listing group by project_id having count(*) <> 2) x')).toBe(0);
    expect(await count(db, 'select count(*) from (select listing_id from milestone group by listing_id having count(*) not between 2 and 4) x')).toBe(0);
    expect(await count(db, 'select count(*) from listing l where not exists (select 1 from milestone m where m.listing_id = l.id)')).toBe(0);
    expect(await count(db, 'select count(*) from milestone m join listing l on l.id = m.listing_id where m.met_on > \'2026-10-31\'')).toBe(0);
    // No report before the start month or after October 2026, none for a project not started.
    expect(
      await count(
        db,
        `select count(*) from progress_report r join project p on p.id = r.project_id
          where p.started_on is null or make_date(r.year, r.month, 1) < date_trunc('month', p.started_on) or (r.year = 2026 and r.month > 10)`,
      ),
    ).toBe(0);
    // Every month from max(start, January of the first year) to October 2026 has its report.
    const expected = await count(
      db,
      `select coalesce(sum((2026 * 12 + 10) - greatest(extract(year from started_on)::int * 12 + extract(month from started_on)::int, 2025 * 12 + 1) + 1), 0)
         from project where started_on is not null`,
    );
    expect(summary.rows.progress_report).toBe(expected);
    expect(expected).toBeGreaterThan(0);
    // Physical progress is cumulative: it never falls from one month to the next.
    expect(
      await count(
        db,
        `select count(*) from (select physical_progress < lag(physical_progress) over (partition by project_id order by year, month) as falls
                                 from progress_report) x where falls`,
      ),
    ).toBe(0);
    expect(await count(db, "select count(*) from progress_report where narrative not like '本月完成投资%万元,%'")).toBe(0);
  });

  it('supervises the last three reported months, with about one round in eleven missed and problems in every state', async () => {
    const rounds = await db.sql<{ month: number; dekads: number }>('select month, count(distinct dekad)::int as dekads from inspection group by month order by month');
    expect(rounds).toEqual([
      { month: 8, dekads: 3 },
      { month: 9, dekads: 3 },
      { month: 10, dekads: 3 },
    ]);
    const missed = 1 - summary.rows.inspection / (100 * 9);
    expect(missed).toBeGreaterThan(0.04);
    expect(missed).toBeLessThan(0.15);
    expect(await count(db, 'select count(*) from (select inspection_id from inspection_inspector group by inspection_id having count(*) <> 2) x')).toBe(0);
    expect(await count(db, 'select count(*) from inspection where inspected_on > \'2026-10-31\' or extract(month from inspected_on) < month')).toBe(0);
    expect(summary.rows.problem).toBeGreaterThanOrEqual(70);
    expect(summary.rows.problem).toBeLessThanOrEqual(130);
    const states = await db.sql<{ status: string }>('select distinct status from problem order by status');
    expect(states.map(({ status }) => status)).toEqual(['OPEN', 'RECTIFYING', 'RESOLVED']);
    expect(await count(db, "select count(*) from problem where status <> 'RESOLVED' and deadline < '2026-10-31'")).toBeGreaterThan(0);
    expect(await count(db, "select count(*) from problem where resolved_on > '2026-10-31' or resolved_on < raised_on")).toBe(0);
    expect(await count(db, "select count(*) from supervision_member where role in ('LEADER', 'DEPUTY')")).toBe(2);
  });

  it('holds the scheme of the last year and its lights and scores for every project', async () => {
    const [scheme] = await db.sql<{ year: number; version: number; base_score: string }>('select year, version, base_score::text from assessment_scheme');
    expect(scheme).toEqual({ year: 2026, version: 1, base_score: '60.00' });
    // Official lights for every closed month: January to September 2026 (October is being reported).
    expect(await count(db, 'select count(*) from reporting_period where year = 2026')).toBe(9);
    expect(await count(db, 'select count(*) from light_record where year = 2026')).toBe(100 * 9);
    expect(await count(db, 'select count(*) from light_record where year = 2025')).toBe(100 * 12);
    expect(await count(db, "select count(distinct light) from light_record where year = 2026 and month = 9 and light <> 'NOT_DUE'")).toBe(3);
    expect(await count(db, 'select count(*) from project_score where year = 2026 and scheme_version = 1')).toBe(100);
    expect(await count(db, 'select count(*) from project_score where deductions > 0')).toBeGreaterThan(0);
    expect(await count(db, 'select count(*) from project_score s left join project_score_explanation e on e.score_id = s.id where e.score_id is null')).toBe(0);
  });

  it('seeds 500 projects over 3 years in one go', { timeout: 180_000 }, async () => {
    const large = await seededDatabase('seed_scale_500', { projects: 500, years: 3 });
    console.log(`seedScale({ projects: 500, years: 3 }) took ${large.summary.elapsedMs} ms:`, large.summary.rows);
    expect(large.summary.rows.project).toBe(500);
    expect(large.summary.rows.listing).toBe(1500);
    expect(large.summary.rows.light_record).toBe(large.summary.rows.reporting_period * 500);
    expect(large.summary.rows.project_score).toBe(500);
    expect(await count(large.db, "select count(*) from listing where year = 2026 and level = 'CITY'")).toBe(280);
  });
});
