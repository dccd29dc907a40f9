import { Migration } from '@mikro-orm/migrations';

const EVENT_TYPES_BEFORE = [
  'PROJECT_CREATED', 'PROJECT_UPDATED', 'PROJECT_STARTED', 'ASSIGNMENT_CHANGED', 'PLAN_SET', 'PROGRESS_REPORTED', 'LAND_TASK_CHANGED',
  'PERSON_CREATED', 'ORGANIZATION_CREATED', 'INSPECTION_RECORDED', 'PROBLEM_RAISED', 'PROBLEM_UPDATED', 'LIGHT_CHANGED', 'SCHEME_UPDATED',
  'SANCTION_RECORDED', 'EXPLANATION_SUBMITTED', 'RANK_CHANGED', 'SUPERVISION_GROUP_SET', 'API_KEY_REVOKED',
  'LISTING_SET', 'LISTINGS_ISSUED', 'PHASING_SET', 'MONTH_CLOSED', 'OUTLOOK_CHANGED',
];
const EVENT_TYPES_AFTER = [...EVENT_TYPES_BEFORE, 'REPORT_APPROVED', 'REPORT_RETURNED', 'CORRECTION_REQUESTED', 'REPORT_CORRECTED', 'CORRECTION_REJECTED', 'DOCUMENT_ISSUED'];

const quoted = (values: string[]) => values.map((value) => `'${value}'`).join(', ');

/** Noon, China time, of a date column: when a dated fact of the past is taken to have been recorded. */
const noonOf = (column: string) => `least(now(), ("${column}" + time '12:00') at time zone 'Asia/Shanghai')`;

/**
 * The reporting cycle: report review (status, first submission, every version kept), correction
 * requests for closed months, issued documents kept byte for byte, and the history the "as of"
 * figures read (plan and start revisions written by triggers, when each sanction was recorded).
 * Existing rows are carried over: each report gets its first revision (as submitted), each
 * listing its plan as issued, each started project its start, each sanction the noon of its
 * decision day as the time it was recorded.
 */
export class Migration20261130004853_reporting_cycle extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "issued_document" ("id" serial primary key, "kind" text check ("kind" in ('MONTHLY', 'QUARTERLY', 'HALF_YEAR', 'ANNUAL')) not null, "year" smallint not null, "period" smallint not null, "number" varchar(64) not null, "issued_on" date not null, "issued_at" timestamptz not null, "issued_by" varchar(64) not null, "file_name" text not null, "xlsx" bytea not null, "sha256" varchar(64) not null, "csv" bytea not null, "csv_sha256" varchar(64) not null, "correction_ids" jsonb not null default '[]');`);
    this.addSql(`create index "issued_document_kind_year_index" on "issued_document" ("kind", "year");`);
    this.addSql(`alter table "issued_document" add constraint "issued_document_number_unique" unique ("number");`);

    this.addSql(`create table "report_correction" ("id" serial primary key, "report_id" int not null, "status" text check ("status" in ('PENDING', 'APPROVED', 'REJECTED')) not null default 'PENDING', "completed_investment" numeric(14,2) not null, "physical_progress" numeric(5,2) not null, "previous_completed_investment" numeric(14,2) null, "previous_physical_progress" numeric(5,2) null, "reason" text not null, "requested_by" varchar(64) not null, "requested_at" timestamptz not null, "decided_by" varchar(64) null, "decided_at" timestamptz null, "rejection_reason" text null, constraint report_correction_physical_percent check (physical_progress >= 0 and physical_progress <= 100), constraint report_correction_completed_non_negative check (completed_investment >= 0));`);
    this.addSql(`create index "report_correction_decided_at_index" on "report_correction" ("decided_at");`);
    this.addSql(`create unique index "report_correction_pending_unique" on "report_correction" ("report_id") where "status" = 'PENDING';`);

    this.addSql(`create table "listing_plan_revision" ("id" serial primary key, "listing_id" int not null, "planned_investment" numeric(14,2) not null, "recorded_at" timestamptz not null);`);
    this.addSql(`create index "listing_plan_revision_listing_recorded_index" on "listing_plan_revision" ("listing_id", "recorded_at");`);

    this.addSql(`create table "progress_report_revision" ("id" serial primary key, "report_id" int not null, "project_id" int not null, "year" smallint not null, "month" smallint not null, "revision" smallint not null, "kind" text check ("kind" in ('SUBMITTED', 'RESUBMITTED', 'RETURNED', 'APPROVED', 'CORRECTED')) not null, "status" text check ("status" in ('SUBMITTED', 'APPROVED', 'RETURNED')) not null, "completed_investment" numeric(14,2) not null, "physical_progress" numeric(5,2) not null, "narrative" text not null, "reported_by_id" int null, "actor" varchar(64) not null, "reason" text null, "recorded_at" timestamptz not null);`);
    this.addSql(`create index "progress_report_revision_project_year_index" on "progress_report_revision" ("project_id", "year");`);
    this.addSql(`alter table "progress_report_revision" add constraint "progress_report_revision_report_revision_unique" unique ("report_id", "revision");`);

    this.addSql(`create table "project_start_revision" ("id" serial primary key, "project_id" int not null, "started_on" date null, "recorded_at" timestamptz not null);`);
    this.addSql(`create index "project_start_revision_project_recorded_index" on "project_start_revision" ("project_id", "recorded_at");`);

    this.addSql(`alter table "report_correction" add constraint "report_correction_report_id_foreign" foreign key ("report_id") references "progress_report" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "listing_plan_revision" add constraint "listing_plan_revision_listing_id_foreign" foreign key ("listing_id") references "listing" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "progress_report_revision" add constraint "progress_report_revision_report_id_foreign" foreign key ("report_id") references "progress_report" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "progress_report_revision" add constraint "progress_report_revision_reported_by_id_foreign" foreign key ("reported_by_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "project_start_revision" add constraint "project_start_revision_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "assessment_scheme" add column "report_deadline_day" smallint not null default 5;`);
    this.addSql(`alter table "assessment_scheme" add constraint assessment_scheme_report_deadline_day_range check(report_deadline_day >= 1 and report_deadline_day <= 28);`);

    this.addSql(`alter table "progress_report" add column "first_submitted_at" timestamptz null, add column "status" text check ("status" in ('SUBMITTED', 'APPROVED', 'RETURNED')) not null default 'SUBMITTED', add column "return_reason" text null, add column "reviewed_at" timestamptz null, add column "reviewed_by" varchar(64) null;`);
    this.addSql(`update "progress_report" set "first_submitted_at" = "reported_at";`);
    this.addSql(`alter table "progress_report" alter column "first_submitted_at" set not null;`);

    this.addSql(`alter table "sanction" add column "recorded_at" timestamptz null;`);
    this.addSql(`update "sanction" set "recorded_at" = ${noonOf('decided_on')};`);
    this.addSql(`alter table "sanction" alter column "recorded_at" set not null;`);

    // History of what existed before: one revision per report, plan and start.
    this.addSql(`insert into "progress_report_revision" ("report_id", "project_id", "year", "month", "revision", "kind", "status", "completed_investment", "physical_progress", "narrative", "reported_by_id", "actor", "recorded_at")
      select "id", "project_id", "year", "month", 1, 'SUBMITTED', 'SUBMITTED', "completed_investment", "physical_progress", "narrative", "reported_by_id", 'migration', "reported_at" from "progress_report";`);
    this.addSql(`insert into "listing_plan_revision" ("listing_id", "planned_investment", "recorded_at")
      select "id", coalesce("issued_planned_investment", "planned_investment"), coalesce("issued_at", "created_at") from "listing";`);
    this.addSql(`insert into "listing_plan_revision" ("listing_id", "planned_investment", "recorded_at")
      select "id", "planned_investment", "created_at" from "listing" where "issued_planned_investment" is not null and "issued_planned_investment" <> "planned_investment";`);
    this.addSql(`insert into "project_start_revision" ("project_id", "started_on", "recorded_at")
      select "id", "started_on", ${noonOf('started_on')} from "project" where "started_on" is not null;`);

    // From now on the database keeps the plan and start history itself, whatever path writes them.
    this.addSql(`create function "record_plan_revision"() returns trigger language plpgsql as $$
      begin
        insert into "listing_plan_revision" ("listing_id", "planned_investment", "recorded_at") values (new."id", new."planned_investment", now());
        return new;
      end $$;`);
    this.addSql(`create trigger "listing_plan_revision_insert" after insert on "listing" for each row execute function "record_plan_revision"();`);
    this.addSql(`create trigger "listing_plan_revision_update" after update of "planned_investment" on "listing"
      for each row when (old."planned_investment" is distinct from new."planned_investment") execute function "record_plan_revision"();`);
    this.addSql(`create function "record_start_revision"() returns trigger language plpgsql as $$
      begin
        insert into "project_start_revision" ("project_id", "started_on", "recorded_at") values (new."id", new."started_on", now());
        return new;
      end $$;`);
    this.addSql(`create trigger "project_start_revision_insert" after insert on "project" for each row when (new."started_on" is not null) execute function "record_start_revision"();`);
    this.addSql(`create trigger "project_start_revision_update" after update of "started_on" on "project"
      for each row when (old."started_on" is distinct from new."started_on") execute function "record_start_revision"();`);

    // What was issued is never changed nor deleted.
    this.addSql(`create function "refuse_issued_document_change"() returns trigger language plpgsql as $$
      begin
        raise exception 'an issued document cannot be changed or deleted' using errcode = 'restrict_violation';
      end $$;`);
    this.addSql(`create trigger "issued_document_immutable" before update or delete on "issued_document" for each row execute function "refuse_issued_document_change"();`);

    this.addSql(`alter table "event" drop constraint if exists "event_type_check";`);
    this.addSql(`alter table "event" add constraint "event_type_check" check ("type" in (${quoted(EVENT_TYPES_AFTER)}));`);
    this.addSql(`analyze "progress_report_revision", "listing_plan_revision", "project_start_revision";`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "event" where "type" not in (${quoted(EVENT_TYPES_BEFORE)});`);
    this.addSql(`alter table "event" drop constraint if exists "event_type_check";`);
    this.addSql(`alter table "event" add constraint "event_type_check" check ("type" in (${quoted(EVENT_TYPES_BEFORE)}));`);
    this.addSql(`drop trigger "listing_plan_revision_insert" on "listing";`);
    this.addSql(`drop trigger "listing_plan_revision_update" on "listing";`);
    this.addSql(`drop function "record_plan_revision"();`);
    this.addSql(`drop trigger "project_start_revision_insert" on "project";`);
    this.addSql(`drop trigger "project_start_revision_update" on "project";`);
    this.addSql(`drop function "record_start_revision"();`);
    // A correction approved since is kept by the report's current figure; the history goes.
    this.addSql(`drop table if exists "issued_document" cascade;`);
    this.addSql(`drop function "refuse_issued_document_change"();`);

    this.addSql(`drop table if exists "report_correction" cascade;`);

    this.addSql(`drop table if exists "listing_plan_revision" cascade;`);

    this.addSql(`drop table if exists "progress_report_revision" cascade;`);

    this.addSql(`drop table if exists "project_start_revision" cascade;`);

    this.addSql(`alter table "assessment_scheme" drop constraint assessment_scheme_report_deadline_day_range;`);
    this.addSql(`alter table "assessment_scheme" drop column "report_deadline_day";`);

    this.addSql(`alter table "progress_report" drop column "first_submitted_at", drop column "status", drop column "return_reason", drop column "reviewed_at", drop column "reviewed_by";`);

    this.addSql(`alter table "sanction" drop column "recorded_at";`);
  }

}
