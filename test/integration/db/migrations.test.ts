import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { connect, migrate, pendingMigrationCount } from '../../../src/db/database.js';
import { createTestDatabase, type TestDatabase } from '../../support/harness.js';

let db: TestDatabase;
let orm: MikroORM;
beforeAll(async () => {
  db = await createTestDatabase('migrations');
  orm = await connect(db.url);
});
afterAll(async () => {
  await orm?.close(true);
  await db?.drop();
});

describe('migrations', () => {
  it('every migration applies to an empty database, and a second run applies none', async () => {
    expect(await pendingMigrationCount(orm)).toBeGreaterThan(0);
    const applied = await migrate(orm);
    expect(applied.length).toBeGreaterThan(0);
    expect(await pendingMigrationCount(orm)).toBe(0);
    expect(await migrate(orm)).toEqual([]);
  });

  it('the schema they build matches the entities (nothing left to generate)', async () => {
    const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
    expect(diff.trim()).toBe('');
  });

  it('the database itself refuses what the API refuses', async () => {
    const [unit] = await db.sql<{ id: number }>(`insert into organization (name, kind, created_at) values ('测试镇', 'TOWN', now()) returning id`);
    const [project] = await db.sql<{ id: number }>(
      `insert into project (code, name, industry, total_investment, responsible_unit_id, created_at, updated_at)
       values ('T-1', '测试项目', 'TERTIARY', 100, $1, now(), now()) returning id`,
      [unit.id],
    );
    const report = (month: number, amount: string) =>
      db.sql(
        `insert into progress_report (project_id, year, month, completed_investment, physical_progress, narrative, reported_at, first_submitted_at)
         values ($1, 2026, $2, $3, 10, '', now(), now())`,
        [project.id, month, amount],
      );
    await expect(report(13, '1.00')).rejects.toThrow(/progress_report_month_range/);
    await expect(report(0, '1.00')).rejects.toThrow(/progress_report_month_range/);
    await expect(report(1, '-1.00')).rejects.toThrow(/progress_report_completed_non_negative/);
    await report(1, '1.00');
    await expect(report(1, '2.00')).rejects.toThrow(/progress_report_project_month_unique/);
    await expect(
      db.sql(`insert into project (code, name, industry, total_investment, created_at, updated_at)
              values ('T-2', 'x', 'TERTIARY', -5, now(), now())`),
    ).rejects.toThrow(/project_total_investment_non_negative/);
    await expect(
      db.sql(`insert into land_task (project_id, name, area_to_acquire, area_acquired, households_to_relocate, households_relocated, updated_at)
              values ($1, 'x', 10, 11, 0, 0, now())`, [project.id]),
    ).rejects.toThrow(/land_task_area_bounds/);
    const [{ scale }] = await db.sql<{ scale: number }>(
      `select numeric_scale as scale from information_schema.columns where table_name = 'progress_report' and column_name = 'completed_investment'`,
    );
    expect(scale).toBe(2);
  });

  it('keeps history itself: every plan and start change is a revision, and an issued document can be neither changed nor deleted', async () => {
    const [project] = await db.sql<{ id: number }>(
      `insert into project (code, name, industry, total_investment, created_at, updated_at) values ('T-H', 'x', 'TERTIARY', 5, now(), now()) returning id`,
    );
    const [listing] = await db.sql<{ id: number }>(
      `insert into listing (project_id, year, planned_investment, level, construction_type, updated_at, created_at)
       values ($1, 2026, 100, 'CITY', 'NEW', now(), now()) returning id`,
      [project.id],
    );
    await db.sql('update listing set planned_investment = 120 where id = $1', [listing.id]);
    await db.sql('update listing set level = \'DISTRICT\' where id = $1', [listing.id]);
    const plans = await db.sql<{ planned_investment: string }>('select planned_investment::text from listing_plan_revision where listing_id = $1 order by id', [listing.id]);
    expect(plans.map((row) => row.planned_investment)).toEqual(['100.00', '120.00']);
    await db.sql(`update project set started_on = '2026-02-01' where id = $1`, [project.id]);
    await db.sql(`update project set name = 'y' where id = $1`, [project.id]);
    const starts = await db.sql<{ started_on: string }>('select started_on::text from project_start_revision where project_id = $1', [project.id]);
    expect(starts).toEqual([{ started_on: '2026-02-01' }]);

    const [document] = await db.sql<{ id: number }>(
      `insert into issued_document (kind, year, period, number, issued_on, issued_at, issued_by, file_name, xlsx, sha256, csv, csv_sha256)
       values ('MONTHLY', 2026, 3, 'T〔2026〕1号', '2026-04-08', now(), 'test', 'x', '\\x01', 'a', '\\x02', 'b') returning id`,
    );
    await expect(db.sql(`update issued_document set number = 'changed' where id = $1`, [document.id])).rejects.toThrow(/cannot be changed or deleted/);
    await expect(db.sql('delete from issued_document where id = $1', [document.id])).rejects.toThrow(/cannot be changed or deleted/);
    expect(await db.sql('select number from issued_document where id = $1', [document.id])).toEqual([{ number: 'T〔2026〕1号' }]);
  });
});
