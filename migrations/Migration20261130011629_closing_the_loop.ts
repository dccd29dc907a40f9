import { Migration } from '@mikro-orm/migrations';

const EVENT_TYPES_BEFORE = [
  'PROJECT_CREATED', 'PROJECT_UPDATED', 'PROJECT_STARTED', 'ASSIGNMENT_CHANGED', 'PLAN_SET', 'PROGRESS_REPORTED', 'LAND_TASK_CHANGED',
  'PERSON_CREATED', 'ORGANIZATION_CREATED', 'INSPECTION_RECORDED', 'PROBLEM_RAISED', 'PROBLEM_UPDATED', 'LIGHT_CHANGED', 'SCHEME_UPDATED',
  'SANCTION_RECORDED', 'EXPLANATION_SUBMITTED', 'RANK_CHANGED', 'SUPERVISION_GROUP_SET', 'API_KEY_REVOKED',
  'LISTING_SET', 'LISTINGS_ISSUED', 'PHASING_SET', 'MONTH_CLOSED', 'OUTLOOK_CHANGED',
  'REPORT_APPROVED', 'REPORT_RETURNED', 'CORRECTION_REQUESTED', 'REPORT_CORRECTED', 'CORRECTION_REJECTED', 'DOCUMENT_ISSUED',
];
const EVENT_TYPES_AFTER = [
  ...EVENT_TYPES_BEFORE,
  'RECTIFICATION_SUBMITTED', 'RECTIFICATION_VERIFIED', 'RECTIFICATION_REJECTED', 'ESCALATION_CREATED', 'ESCALATION_CLOSED', 'SANCTION_REVOKED', 'EVIDENCE_ATTACHED',
];

const quoted = (values: string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * Closing the loop: evidence files and their attachments, rectifications submitted by the owner
 * and verified by the supervision group, the escalation ladder, sanctions on units and answerable
 * persons (and their revocation), and site coordinates (the old text `location` becomes `address`).
 * Existing rows are carried over: each RESOLVED problem gets the rectification that resolved it
 * (accepted by its verifier); an accountability case names its person as answerable.
 */
export class Migration20261130011629_closing_the_loop extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "evidence" ("id" serial primary key, "sha256" varchar(64) not null, "content_type" varchar(40) not null, "size" int not null, "bytes" bytea not null, "thumbnail" bytea null, "taken_at" timestamptz null, "gps_longitude" numeric(9,6) null, "gps_latitude" numeric(9,6) null, "has_exif" boolean not null default false, "uploaded_by" varchar(64) not null, "uploaded_by_person_id" int null, "uploaded_at" timestamptz not null);`);
    this.addSql(`alter table "evidence" add constraint "evidence_sha256_unique" unique ("sha256");`);

    this.addSql(`create table "evidence_attachment" ("id" serial primary key, "evidence_id" int not null, "subject" text check ("subject" in ('PROGRESS_REPORT', 'INSPECTION', 'RECTIFICATION')) not null, "subject_id" int not null, "project_id" int not null, "period_start" date not null, "period_end" date not null, "attached_at" timestamptz not null);`);
    this.addSql(`create index "evidence_attachment_evidence_id_index" on "evidence_attachment" ("evidence_id");`);
    this.addSql(`create index "evidence_attachment_project_id_index" on "evidence_attachment" ("project_id");`);
    this.addSql(`create index "evidence_attachment_subject_index" on "evidence_attachment" ("subject", "subject_id");`);
    this.addSql(`alter table "evidence_attachment" add constraint "evidence_attachment_subject_unique" unique ("evidence_id", "subject", "subject_id");`);

    this.addSql(`create table "escalation" ("id" serial primary key, "kind" text check ("kind" in ('REMINDER', 'SUPERVISION_LETTER', 'TALK', 'ACCOUNTABILITY_PROPOSAL', 'REPORT_REMINDER')) not null, "year" smallint not null, "month" smallint null, "project_id" int not null, "problem_id" int null, "cause" varchar(120) not null, "addressee_unit_id" int null, "addressee_person_ids" jsonb not null, "reason" text not null, "due_on" date not null, "status" text check ("status" in ('OPEN', 'CLOSED')) not null default 'OPEN', "response" text null, "responded_by" varchar(64) null, "responded_at" timestamptz null, "closed_reason" varchar(16) null, "closed_at" timestamptz null, "created_at" timestamptz not null);`);
    this.addSql(`create index "escalation_project_id_index" on "escalation" ("project_id");`);
    this.addSql(`create index "escalation_status_index" on "escalation" ("status");`);
    this.addSql(`alter table "escalation" add constraint "escalation_kind_cause_unique" unique ("kind", "cause");`);

    this.addSql(`create table "rectification" ("id" serial primary key, "problem_id" int not null, "submission" smallint not null, "measures" text not null, "done_on" date not null, "submitted_by" varchar(64) not null, "submitted_by_person_id" int null, "submitted_at" timestamptz not null, "verdict" text check ("verdict" in ('PENDING', 'ACCEPTED', 'REJECTED')) not null default 'PENDING', "verdict_by" varchar(64) null, "verdict_by_person_id" int null, "verdict_reason" text null, "verdict_at" timestamptz null);`);
    this.addSql(`create index "rectification_problem_id_index" on "rectification" ("problem_id");`);
    this.addSql(`create unique index "rectification_pending_unique" on "rectification" ("problem_id") where "verdict" = 'PENDING';`);

    this.addSql(`alter table "evidence" add constraint "evidence_uploaded_by_person_id_foreign" foreign key ("uploaded_by_person_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "evidence_attachment" add constraint "evidence_attachment_evidence_id_foreign" foreign key ("evidence_id") references "evidence" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "evidence_attachment" add constraint "evidence_attachment_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "escalation" add constraint "escalation_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "escalation" add constraint "escalation_problem_id_foreign" foreign key ("problem_id") references "problem" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "escalation" add constraint "escalation_addressee_unit_id_foreign" foreign key ("addressee_unit_id") references "organization" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "rectification" add constraint "rectification_problem_id_foreign" foreign key ("problem_id") references "problem" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "rectification" add constraint "rectification_submitted_by_person_id_foreign" foreign key ("submitted_by_person_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "rectification" add constraint "rectification_verdict_by_person_id_foreign" foreign key ("verdict_by_person_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "project" add column "longitude" numeric(9,6) null, add column "latitude" numeric(9,6) null;`);
    this.addSql(`alter table "project" rename column "location" to "address";`);
    this.addSql(`alter table "project" add constraint project_coordinates_range check(longitude >= -180 and longitude <= 180 and latitude >= -90 and latitude <= 90);`);
    this.addSql(`alter table "project" add constraint project_coordinates_both_or_neither check((longitude is null) = (latitude is null));`);

    this.addSql(`alter table "sanction" add column "unit_id" int null, add column "answerable_person_ids" jsonb not null default '[]', add column "revoked_at" timestamptz null, add column "revoked_by" varchar(64) null, add column "revocation_reason" text null;`);
    this.addSql(`alter table "sanction" add constraint "sanction_unit_id_foreign" foreign key ("unit_id") references "organization" ("id") on update cascade on delete restrict;`);
    this.addSql(`create index "sanction_unit_id_index" on "sanction" ("unit_id");`);

    this.addSql(`insert into "rectification" ("problem_id", "submission", "measures", "done_on", "submitted_by", "submitted_by_person_id", "submitted_at", "verdict", "verdict_by", "verdict_by_person_id", "verdict_at")
      select "id", 1, coalesce("rectification_measures", ''), "resolved_on", 'migration', "owner_person_id", "updated_at", 'ACCEPTED', 'migration', "verified_by_id", "updated_at"
        from "problem" where "status" = 'RESOLVED' and "resolved_on" is not null;`);
    this.addSql(`update "sanction" set "answerable_person_ids" = jsonb_build_array("person_id") where "kind" = 'ACCOUNTABILITY' and "person_id" is not null;`);

    this.addSql(`alter table "event" drop constraint if exists "event_type_check";`);
    this.addSql(`alter table "event" add constraint "event_type_check" check ("type" in (${quoted(EVENT_TYPES_AFTER)}));`);
    // The planner's statistics of the rewritten and filled tables, so that the first queries after the upgrade plan well.
    this.addSql(`analyze "rectification", "sanction", "project", "problem";`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "event" where "type" not in (${quoted(EVENT_TYPES_BEFORE)});`);
    this.addSql(`alter table "event" drop constraint if exists "event_type_check";`);
    this.addSql(`alter table "event" add constraint "event_type_check" check ("type" in (${quoted(EVENT_TYPES_BEFORE)}));`);
    this.addSql(`alter table "evidence_attachment" drop constraint "evidence_attachment_evidence_id_foreign";`);

    this.addSql(`drop table if exists "evidence" cascade;`);

    this.addSql(`drop table if exists "evidence_attachment" cascade;`);

    this.addSql(`drop table if exists "escalation" cascade;`);

    this.addSql(`drop table if exists "rectification" cascade;`);

    this.addSql(`alter table "sanction" drop constraint "sanction_unit_id_foreign";`);

    this.addSql(`alter table "project" drop constraint project_coordinates_range;`);
    this.addSql(`alter table "project" drop constraint project_coordinates_both_or_neither;`);
    this.addSql(`alter table "project" drop column "longitude", drop column "latitude";`);

    this.addSql(`alter table "project" rename column "address" to "location";`);

    this.addSql(`drop index "sanction_unit_id_index";`);
    this.addSql(`alter table "sanction" drop column "unit_id", drop column "answerable_person_ids", drop column "revoked_at", drop column "revoked_by", drop column "revocation_reason";`);
  }

}
