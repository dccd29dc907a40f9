import { afterAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { connect } from '../../../src/db/database.js';
import { createTestDatabase, type TestDatabase } from '../../support/harness.js';

const BEFORE = 'Migration20261129224029';

let db: TestDatabase | undefined;
let orm: MikroORM | undefined;
afterAll(async () => {
  await orm?.close(true);
  await db?.drop();
});

describe("the year's list migration", () => {
  it('turns plans into issued listings with the project’s level, type and dates, keeps every row, and lists projects without a plan', async () => {
    db = await createTestDatabase('year_list_migration');
    orm = await connect(db.url);
    await orm.getMigrator().up({ to: BEFORE });
    // Data in the shape before the year's list: level and type on the project, a plan per year.
    await db.sql(`insert into organization (id, name, kind, created_at) values (1, '水西镇', 'TOWN', now())`);
    await db.sql(
      `insert into project (id, code, name, level, industry, construction_type, total_investment, planned_start_on, planned_completion_on, started_on, responsible_unit_id, status, created_at, updated_at) values
         (1, 'A-1', '续建项目', 'CITY', 'TERTIARY', 'CONTINUING', 90000, '2024-05-01', '2028-12-31', '2024-05-18', 1, 'UNDER_CONSTRUCTION', now(), now()),
         (2, 'A-2', '新开工项目', 'DISTRICT', 'SECONDARY', 'NEW', 5000, '2026-06-01', '2027-12-31', null, 1, 'NOT_STARTED', now(), now()),
         (3, 'A-3', '只有月报的项目', 'DISTRICT', 'PRIMARY', 'NEW', 800, null, null, '2025-03-01', 1, 'UNDER_CONSTRUCTION', now(), now()),
         (4, 'A-4', '没有计划的项目', 'CITY', 'TERTIARY', 'PREPARATORY', 3000, '2027-03-01', null, null, 1, 'NOT_STARTED', now(), now())`,
    );
    await db.sql(
      `insert into annual_plan (id, project_id, year, planned_investment, updated_at, version) values
         (10, 1, 2025, 40000, now(), 3), (11, 1, 2026, 52000, now(), 1), (12, 2, 2026, 2200, now(), 2)`,
    );
    await db.sql(`insert into milestone (plan_id, position, name, due_on, met_on) values (11, 0, '主体封顶', '2026-06-30', null), (12, 0, '开工', '2026-06-01', null)`);
    await db.sql(
      `insert into progress_report (project_id, year, month, completed_investment, physical_progress, narrative, reported_at) values
         (1, 2026, 1, 4000, 30, '', now()), (3, 2025, 11, 120, 40, '', now()), (3, 2026, 2, 60, 45, '', now())`,
    );
    await db.sql(
      `insert into light_record (project_id, year, month, light, own_light, rule, inputs, computed_at) values (2, 2026, 3, 'RED', 'RED', 'TWO_YELLOWS', '{}', now())`,
    );
    const counts = async () => (await db!.sql<{ n: string }>(`select count(*)::text as n from progress_report union all select count(*)::text from milestone union all select count(*)::text from project`)).map((row) => row.n);
    const before = await counts();

    await orm.getMigrator().up();

    expect(await counts()).toEqual(before);
    const listings = await db.sql<Record<string, unknown>>(
      `select id, project_id, year, level, construction_type, planned_investment::text, planned_start_on::text, status, issued_planned_investment::text, version
         from listing order by project_id, year`,
    );
    expect(listings).toEqual([
      // Plan ids, versions and amounts kept; issued; the type follows the start: CONTINUING after it, NEW the year it started.
      { id: 10, project_id: 1, year: 2025, level: 'CITY', construction_type: 'CONTINUING', planned_investment: '40000.00', planned_start_on: '2024-05-01', status: 'ISSUED', issued_planned_investment: '40000.00', version: 3 },
      { id: 11, project_id: 1, year: 2026, level: 'CITY', construction_type: 'CONTINUING', planned_investment: '52000.00', planned_start_on: '2024-05-01', status: 'ISSUED', issued_planned_investment: '52000.00', version: 1 },
      { id: 12, project_id: 2, year: 2026, level: 'DISTRICT', construction_type: 'NEW', planned_investment: '2200.00', planned_start_on: '2026-06-01', status: 'ISSUED', issued_planned_investment: '2200.00', version: 2 },
      // Reports without a plan: a listing for each of those years, with a plan of 0.
      expect.objectContaining({ project_id: 3, year: 2025, construction_type: 'NEW', planned_investment: '0.00', status: 'ISSUED' }),
      expect.objectContaining({ project_id: 3, year: 2026, construction_type: 'CONTINUING', planned_investment: '0.00' }),
      // No plan and no report: listed for the current year, keeping its type.
      expect.objectContaining({ project_id: 4, year: new Date().getUTCFullYear(), level: 'CITY', construction_type: 'PREPARATORY', planned_start_on: '2027-03-01' }),
    ]);
    expect(await db.sql(`select listing_id, name from milestone order by id`)).toEqual([
      { listing_id: 11, name: '主体封顶' },
      { listing_id: 12, name: '开工' },
    ]);
    // The project keeps what does not change from year to year.
    const columns = (await db.sql<{ column_name: string }>(`select column_name from information_schema.columns where table_name = 'project'`)).map((row) => row.column_name);
    expect(columns).not.toContain('level');
    expect(columns).toEqual(expect.arrayContaining(['opening_investment', 'opening_investment_on', 'started_on', 'total_investment']));
    // Lights of the old rules are kept aside, untouched; official lights start afresh.
    expect(await db.sql(`select project_id, rule from light_record_legacy`)).toEqual([{ project_id: 2, rule: 'TWO_YELLOWS' }]);
    expect(await db.sql(`select * from light_record`)).toEqual([]);
  });

  it('goes down again, giving the project the fields of its latest listing', async () => {
    await orm!.getMigrator().down({ to: BEFORE });
    const projects = await db!.sql(`select id, level, construction_type from project order by id`);
    expect(projects).toEqual([
      { id: 1, level: 'CITY', construction_type: 'CONTINUING' },
      { id: 2, level: 'DISTRICT', construction_type: 'NEW' },
      { id: 3, level: 'DISTRICT', construction_type: 'CONTINUING' },
      { id: 4, level: 'CITY', construction_type: 'PREPARATORY' },
    ]);
    expect((await db!.sql<{ n: number }>(`select count(*)::int as n from annual_plan`))[0].n).toBe(6);
  });
});
