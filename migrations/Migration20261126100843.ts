import { Migration } from '@mikro-orm/migrations';

export class Migration20261126100843 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "assessment_scheme" ("id" serial primary key, "year" smallint not null, "version" int not null, "base_score" numeric(6,2) not null, "weight_tiers" jsonb not null, "bonus_per_point" numeric(6,2) not null, "bonus_cap" numeric(6,2) not null, "criticism_deduction" numeric(6,2) not null, "veto_reasons" text[] not null, "yellow_lag" numeric(6,2) not null, "red_lag" numeric(6,2) not null, "start_delay_red_months" smallint not null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "assessment_scheme" add constraint "assessment_scheme_year_version_unique" unique ("year", "version");`);

    this.addSql(`create table "light_record" ("id" serial primary key, "project_id" int not null, "year" smallint not null, "month" smallint not null, "light" text check ("light" in ('GREEN', 'YELLOW', 'RED')) not null, "own_light" text check ("own_light" in ('GREEN', 'YELLOW', 'RED')) not null, "rule" text check ("rule" in ('NO_ANNUAL_PLAN', 'ON_SCHEDULE', 'LAG_YELLOW', 'LAG_RED', 'START_DELAYED', 'START_DELAYED_LONG', 'TWO_YELLOWS')) not null, "inputs" jsonb not null, "computed_at" timestamptz not null);`);
    this.addSql(`create index "light_record_year_month_index" on "light_record" ("year", "month");`);
    this.addSql(`alter table "light_record" add constraint "light_record_project_month_unique" unique ("project_id", "year", "month");`);

    this.addSql(`create table "inspection" ("id" serial primary key, "project_id" int not null, "year" smallint not null, "month" smallint not null, "dekad" smallint not null, "inspected_on" date not null, "methods" text[] not null, "findings" text not null, "progress_rating" text check ("progress_rating" in ('AHEAD', 'ON_SCHEDULE', 'BEHIND', 'SERIOUSLY_BEHIND')) not null, "created_at" timestamptz not null, constraint inspection_round_range check (year >= 2000 and year <= 2100 and month >= 1 and month <= 12 and dekad >= 1 and dekad <= 3));`);
    this.addSql(`alter table "inspection" add constraint "inspection_project_round_unique" unique ("project_id", "year", "month", "dekad");`);

    this.addSql(`create table "problem" ("id" serial primary key, "project_id" int not null, "inspection_id" int null, "description" text not null, "owner_person_id" int null, "owner_unit_id" int null, "raised_on" date not null, "deadline" date not null, "status" text check ("status" in ('OPEN', 'RECTIFYING', 'RESOLVED')) not null default 'OPEN', "rectification_measures" text null, "verified_by_id" int null, "resolved_on" date null, "updated_at" timestamptz not null, constraint problem_resolved_has_date check ((status = 'RESOLVED') = (resolved_on is not null)), constraint problem_deadline_after_raised check (deadline >= raised_on));`);
    this.addSql(`create index "problem_project_id_index" on "problem" ("project_id");`);
    this.addSql(`create index "problem_inspection_id_index" on "problem" ("inspection_id");`);
    this.addSql(`create index "problem_owner_person_id_index" on "problem" ("owner_person_id");`);
    this.addSql(`create index "problem_owner_unit_id_index" on "problem" ("owner_unit_id");`);
    this.addSql(`create index "problem_status_deadline_index" on "problem" ("status", "deadline");`);

    this.addSql(`create table "inspection_inspector" ("id" serial primary key, "inspection_id" int not null, "person_id" int not null);`);
    this.addSql(`create index "inspection_inspector_person_id_index" on "inspection_inspector" ("person_id");`);
    this.addSql(`alter table "inspection_inspector" add constraint "inspection_inspector_unique" unique ("inspection_id", "person_id");`);

    this.addSql(`create table "project_score" ("id" serial primary key, "project_id" int not null, "year" smallint not null, "base_score" numeric(8,2) not null, "weight_score" numeric(8,2) not null, "bonus_score" numeric(8,2) not null, "deductions" numeric(8,2) not null, "total" numeric(8,2) not null, "rank" int not null, "target_met" boolean not null, "vetoed" boolean not null, "explanation" jsonb not null, "scheme_version" int not null, "computed_at" timestamptz not null);`);
    this.addSql(`create index "project_score_year_total_index" on "project_score" ("year", "total");`);
    this.addSql(`alter table "project_score" add constraint "project_score_project_year_unique" unique ("project_id", "year");`);

    this.addSql(`create table "sanction" ("id" serial primary key, "kind" text check ("kind" in ('COMMENDATION', 'CRITICISM', 'ACCOUNTABILITY')) not null, "year" smallint not null, "project_id" int null, "person_id" int null, "accountability_reason" text check ("accountability_reason" in ('SAFETY_ACCIDENT', 'MANAGEMENT_FAILURE', 'SERIOUS_VIOLATION', 'TARGET_MISSED')) null, "description" text not null, "decided_on" date not null, constraint sanction_reason_only_for_accountability check ((kind = 'ACCOUNTABILITY') = (accountability_reason is not null)));`);
    this.addSql(`create index "sanction_project_id_index" on "sanction" ("project_id");`);
    this.addSql(`create index "sanction_person_id_index" on "sanction" ("person_id");`);
    this.addSql(`create index "sanction_year_kind_index" on "sanction" ("year", "kind");`);

    this.addSql(`create table "supervision_group" ("id" serial primary key, "name" varchar(100) not null, "year" smallint not null);`);
    this.addSql(`alter table "supervision_group" add constraint "supervision_group_year_unique" unique ("year");`);

    this.addSql(`create table "supervision_member" ("id" serial primary key, "group_id" int not null, "person_id" int not null, "role" text check ("role" in ('LEADER', 'DEPUTY', 'MEMBER')) not null);`);
    this.addSql(`create index "supervision_member_person_id_index" on "supervision_member" ("person_id");`);
    this.addSql(`alter table "supervision_member" add constraint "supervision_member_group_person_unique" unique ("group_id", "person_id");`);

    this.addSql(`create table "target_explanation" ("id" serial primary key, "project_id" int not null, "year" smallint not null, "author_id" int not null, "explanation" text not null, "rectification_plan" text not null, "submitted_at" timestamptz not null);`);
    this.addSql(`alter table "target_explanation" add constraint "target_explanation_unique" unique ("project_id", "year", "author_id");`);

    this.addSql(`alter table "light_record" add constraint "light_record_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "inspection" add constraint "inspection_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "problem" add constraint "problem_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "problem" add constraint "problem_inspection_id_foreign" foreign key ("inspection_id") references "inspection" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "problem" add constraint "problem_owner_person_id_foreign" foreign key ("owner_person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "problem" add constraint "problem_owner_unit_id_foreign" foreign key ("owner_unit_id") references "organization" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "problem" add constraint "problem_verified_by_id_foreign" foreign key ("verified_by_id") references "person" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "inspection_inspector" add constraint "inspection_inspector_inspection_id_foreign" foreign key ("inspection_id") references "inspection" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "inspection_inspector" add constraint "inspection_inspector_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "project_score" add constraint "project_score_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "sanction" add constraint "sanction_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "sanction" add constraint "sanction_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "supervision_member" add constraint "supervision_member_group_id_foreign" foreign key ("group_id") references "supervision_group" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "supervision_member" add constraint "supervision_member_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "target_explanation" add constraint "target_explanation_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "target_explanation" add constraint "target_explanation_author_id_foreign" foreign key ("author_id") references "person" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "event" drop constraint if exists "event_type_check";`);

    this.addSql(`alter table "assignment" drop constraint if exists "assignment_role_check";`);

    this.addSql(`alter table "event" add constraint "event_type_check" check("type" in ('PROJECT_CREATED', 'PROJECT_UPDATED', 'PROJECT_STARTED', 'ASSIGNMENT_CHANGED', 'PLAN_SET', 'PROGRESS_REPORTED', 'LAND_TASK_CHANGED', 'PERSON_CREATED', 'ORGANIZATION_CREATED', 'INSPECTION_RECORDED', 'PROBLEM_RAISED', 'PROBLEM_UPDATED', 'LIGHT_CHANGED', 'SCHEME_UPDATED', 'SANCTION_RECORDED', 'EXPLANATION_SUBMITTED', 'RANK_CHANGED', 'SUPERVISION_GROUP_SET'));`);

    this.addSql(`alter table "assignment" add constraint "assignment_role_check" check("role" in ('PRINCIPAL', 'AREA_LEADER', 'LIAISON_LEADER', 'RESPONSIBLE_PERSON', 'LAND_OFFICER', 'INSPECTOR'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "problem" drop constraint "problem_inspection_id_foreign";`);

    this.addSql(`alter table "inspection_inspector" drop constraint "inspection_inspector_inspection_id_foreign";`);

    this.addSql(`alter table "supervision_member" drop constraint "supervision_member_group_id_foreign";`);

    this.addSql(`drop table if exists "assessment_scheme" cascade;`);

    this.addSql(`drop table if exists "light_record" cascade;`);

    this.addSql(`drop table if exists "inspection" cascade;`);

    this.addSql(`drop table if exists "problem" cascade;`);

    this.addSql(`drop table if exists "inspection_inspector" cascade;`);

    this.addSql(`drop table if exists "project_score" cascade;`);

    this.addSql(`drop table if exists "sanction" cascade;`);

    this.addSql(`drop table if exists "supervision_group" cascade;`);

    this.addSql(`drop table if exists "supervision_member" cascade;`);

    this.addSql(`drop table if exists "target_explanation" cascade;`);

    this.addSql(`alter table "assignment" drop constraint if exists "assignment_role_check";`);

    this.addSql(`alter table "event" drop constraint if exists "event_type_check";`);

    this.addSql(`alter table "assignment" add constraint "assignment_role_check" check("role" in ('PRINCIPAL', 'AREA_LEADER', 'LIAISON_LEADER', 'RESPONSIBLE_PERSON', 'LAND_OFFICER'));`);

    this.addSql(`alter table "event" add constraint "event_type_check" check("type" in ('PROJECT_CREATED', 'PROJECT_UPDATED', 'PROJECT_STARTED', 'ASSIGNMENT_CHANGED', 'PLAN_SET', 'PROGRESS_REPORTED', 'LAND_TASK_CHANGED', 'PERSON_CREATED', 'ORGANIZATION_CREATED'));`);
  }

}
