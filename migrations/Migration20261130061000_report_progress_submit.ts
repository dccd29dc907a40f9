import { Migration } from '@mikro-orm/migrations';

/**
 * A monthly report as ONE statement: `report_progress_submit` does in the database what
 * `reportProgress` (modules/progress/progress.service.ts) needs — the year's lock shared, the
 * project's row lock, the guards (the project exists, a reporter's own unit, the month open, the
 * expected version), the report inserted or resubmitted with its revision, the audit rows and the
 * PROGRESS_REPORTED event. Called as a statement of its own (autocommit, `p_in_transaction`
 * false), it appends the event last, straight into the log under the event-log lock: the commit
 * follows at once, so the lock is held for the commit only. Called inside a longer transaction (a
 * report with evidence), it leaves the event in `event_outbox`, numbered at that transaction's
 * commit. Either way sequence order stays commit order. Every statement inside reads after the
 * locks (a function's statements each take a new snapshot), so concurrent reports of one project
 * stay serial. A guard
 * raises SQLSTATE KP403/KP404/KP409/KP423, which the service turns into its coded errors. Adds a
 * function only; no row changes.
 */
export class Migration20261130061000_report_progress_submit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function "report_progress_submit"(
        p_project_id int, p_year int, p_month int, p_completed numeric, p_physical numeric, p_narrative text, p_reported_by int,
        p_expected_version int, p_unit_scoped boolean, p_unit_id int, p_actor text, p_role text, p_request_id text, p_at timestamptz,
        p_in_transaction boolean)
      returns table (id int, project_id int, year smallint, month smallint, completed_investment numeric, physical_progress numeric,
        narrative text, reported_by_id int, reported_at timestamptz, version int, first_submitted_at timestamptz, status text,
        return_reason text, reviewed_at timestamptz, reviewed_by varchar, kp_revision_id int)
      language plpgsql as $$
      #variable_conflict use_column
      declare
        proj project%rowtype;
        existing progress_report%rowtype;
        saved progress_report%rowtype;
        revision_no int;
        new_revision_id int;
        year_to_date numeric;
        planned numeric;
        listed_level text;
        people int[];
        submitted jsonb;
        event_payload jsonb;
      begin
        -- A month being closed waits for reports in flight, and a report for a closing in flight.
        perform pg_advisory_xact_lock_shared(7340002, p_year);
        select * into proj from project p where p.id = p_project_id for no key update;
        if not found then
          raise exception using errcode = 'KP404', message = 'project not found';
        end if;
        if p_unit_scoped and (p_unit_id is null or proj.responsible_unit_id is distinct from p_unit_id) then
          raise exception using errcode = 'KP403', message = 'a reporter may only report for projects of their own unit';
        end if;
        if exists (select 1 from reporting_period rp where rp.year = p_year and rp.month = p_month) then
          raise exception using errcode = 'KP423', message = 'month closed';
        end if;
        select * into existing from progress_report r where r.project_id = p_project_id and r.year = p_year and r.month = p_month;
        if existing.id is not null and p_expected_version is not null and existing.version <> p_expected_version then
          raise exception using errcode = 'KP409', message = 'stale version', detail = existing.version::text;
        end if;
        select coalesce(max(v.revision), 0) + 1 into revision_no from progress_report_revision v where v.report_id = existing.id;

        insert into progress_report as r (project_id, year, month, completed_investment, physical_progress, narrative, reported_by_id,
                                          reported_at, first_submitted_at, status, return_reason, version)
        values (p_project_id, p_year, p_month, p_completed, p_physical, p_narrative, p_reported_by, p_at, p_at, 'SUBMITTED', null, 1)
        on conflict (project_id, year, month) do update
          set completed_investment = excluded.completed_investment, physical_progress = excluded.physical_progress,
              narrative = excluded.narrative, reported_by_id = excluded.reported_by_id, reported_at = excluded.reported_at,
              status = 'SUBMITTED', return_reason = null, version = r.version + 1
        returning * into saved;
        insert into progress_report_revision as v (report_id, project_id, year, month, revision, kind, status, completed_investment,
                                                   physical_progress, narrative, reported_by_id, actor, reason, recorded_at)
        values (saved.id, p_project_id, p_year, p_month, revision_no, case when existing.id is null then 'SUBMITTED' else 'RESUBMITTED' end,
                'SUBMITTED', saved.completed_investment, saved.physical_progress, saved.narrative, saved.reported_by_id, p_actor, null, p_at)
        returning v.id into new_revision_id;

        -- The figures the event carries: every counted report of the year (this one included).
        select coalesce(sum(c.completed_investment), 0) + saved.completed_investment into year_to_date
          from progress_report c where c.project_id = p_project_id and c.year = p_year and c.month <> p_month and c.status <> 'RETURNED';
        select l.planned_investment, l.level into planned, listed_level from listing l where l.project_id = p_project_id and l.year = p_year;
        select array_agg(distinct a.person_id) into people from assignment a where a.project_id = p_project_id;

        submitted := jsonb_build_object('completedInvestment', saved.completed_investment::text, 'physicalProgress', saved.physical_progress::text,
          'narrative', saved.narrative, 'reportedBy', saved.reported_by_id, 'reportedAt', saved.reported_at, 'status', 'SUBMITTED', 'returnReason', null);
        insert into audit_entry (actor, role, request_id, operation, action, entity_type, entity_id, before, after) values
          (p_actor, p_role, p_request_id, 'reportProgress', case when existing.id is null then 'CREATE' else 'UPDATE' end, 'ProgressReport', saved.id::text,
           case when existing.id is null then null else jsonb_build_object('completedInvestment', existing.completed_investment::text,
             'physicalProgress', existing.physical_progress::text, 'narrative', existing.narrative, 'reportedBy', existing.reported_by_id,
             'reportedAt', existing.reported_at, 'status', existing.status, 'returnReason', existing.return_reason, 'version', existing.version) end,
           submitted || jsonb_build_object('version', saved.version)
             || case when existing.id is null then jsonb_build_object('project', p_project_id, 'year', p_year, 'month', p_month, 'firstSubmittedAt', saved.first_submitted_at) else '{}'::jsonb end),
          (p_actor, p_role, p_request_id, 'reportProgress', 'CREATE', 'ReportRevision', new_revision_id::text, null,
           submitted || jsonb_build_object('report', saved.id, 'projectId', p_project_id, 'year', p_year, 'month', p_month, 'revision', revision_no,
             'kind', case when existing.id is null then 'SUBMITTED' else 'RESUBMITTED' end, 'actor', p_actor, 'reason', null, 'recordedAt', p_at));
        event_payload := jsonb_build_object(
          'month', p_month,
          'amount', saved.completed_investment::text,
          'previousAmount', case when existing.id is null or existing.status = 'RETURNED' then null else existing.completed_investment::text end,
          'yearToDate', round(year_to_date, 2)::text,
          'plannedInvestment', planned::text,
          'completionRate', case when planned > 0 then round(year_to_date * 100 / planned, 2)::text end,
          'level', listed_level,
          'responsibleUnitId', proj.responsible_unit_id,
          'personIds', coalesce(to_jsonb(people), '[]'::jsonb));
        if p_in_transaction then
          insert into event_outbox (type, project_id, year, payload) values ('PROGRESS_REPORTED', p_project_id, p_year, event_payload);
        else
          -- The statement commits as soon as it ends (no client round trip in between), so the event
          -- goes straight into the log under the event-log lock, held only for the commit.
          perform pg_advisory_xact_lock(7340001);
          insert into event (type, project_id, year, payload) values ('PROGRESS_REPORTED', p_project_id, p_year, event_payload);
        end if;

        return query select saved.id, saved.project_id, saved.year, saved.month, saved.completed_investment, saved.physical_progress,
          saved.narrative, saved.reported_by_id, saved.reported_at, saved.version, saved.first_submitted_at, saved.status,
          saved.return_reason, saved.reviewed_at, saved.reviewed_by, new_revision_id;
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "report_progress_submit"(int, int, int, numeric, numeric, text, int, int, boolean, int, text, text, text, timestamptz, boolean);`);
  }
}
