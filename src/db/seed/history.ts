import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql } from '../sql.js';

/**
 * Gives seeded rows the history a real district would have built up over time, so that figures
 * "as of" a past instant read as they would have then. Seeds insert in one go today; this:
 * - approves the reports of closed months (the office reviewed them before closing) — the day after
 *   they were submitted;
 * - writes each report's revisions: submitted at its first submission, approved when reviewed;
 * - dates each listing's plan revision (written by the trigger at insert) to the listing's issue;
 * - dates each start to noon (China time) of its day and each sanction to noon of its decision day.
 * Set-based: a handful of statements whatever the size.
 */
export async function backdateSeededHistory(em: EntityManager): Promise<void> {
  await query(
    em,
    sql`update progress_report r set status = 'APPROVED', reviewed_at = r.first_submitted_at + interval '1 day', reviewed_by = 'seed'
         where exists (select 1 from reporting_period rp where rp.year = r.year and rp.month = r.month) and r.status = 'SUBMITTED'`,
  );
  await query(
    em,
    sql`insert into progress_report_revision (report_id, project_id, year, month, revision, kind, status, completed_investment, physical_progress, narrative, reported_by_id, actor, recorded_at)
        select r.id, r.project_id, r.year, r.month, 1, 'SUBMITTED', 'SUBMITTED', r.completed_investment, r.physical_progress, r.narrative, r.reported_by_id, 'seed', r.first_submitted_at
          from progress_report r where not exists (select 1 from progress_report_revision v where v.report_id = r.id)`,
  );
  await query(
    em,
    sql`insert into progress_report_revision (report_id, project_id, year, month, revision, kind, status, completed_investment, physical_progress, narrative, reported_by_id, actor, recorded_at)
        select r.id, r.project_id, r.year, r.month, 2, 'APPROVED', 'APPROVED', r.completed_investment, r.physical_progress, r.narrative, r.reported_by_id, 'seed', r.reviewed_at
          from progress_report r where r.status = 'APPROVED' and r.reviewed_by = 'seed'
           and not exists (select 1 from progress_report_revision v where v.report_id = r.id and v.revision = 2)`,
  );
  await query(em, sql`update listing_plan_revision v set recorded_at = coalesce(l.issued_at, l.created_at) from listing l where l.id = v.listing_id and v.recorded_at > coalesce(l.issued_at, l.created_at)`);
  await query(
    em,
    sql`update project_start_revision v set recorded_at = least(now(), (v.started_on + time '12:00') at time zone 'Asia/Shanghai') where v.started_on is not null`,
  );
  await query(em, sql`update sanction set recorded_at = least(now(), (decided_on + time '12:00') at time zone 'Asia/Shanghai')`);
}
