import { Migration } from '@mikro-orm/migrations';

export class Migration20261126093906 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "organization" ("id" serial primary key, "name" varchar(100) not null, "kind" text check ("kind" in ('TOWN', 'STREET', 'DEPARTMENT')) not null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "organization" add constraint "organization_name_unique" unique ("name");`);

    this.addSql(`create table "person" ("id" serial primary key, "name" varchar(50) not null, "title" varchar(100) not null, "leadership_body" text check ("leadership_body" in ('PARTY', 'CONGRESS', 'GOVERNMENT', 'CPPCC')) null, "organization_id" int null, "phone" varchar(32) null, "created_at" timestamptz not null);`);
    this.addSql(`create index "person_organization_id_index" on "person" ("organization_id");`);

    this.addSql(`create table "project" ("id" serial primary key, "code" varchar(32) not null, "name" varchar(200) not null, "level" text check ("level" in ('CITY', 'DISTRICT')) not null, "industry" text check ("industry" in ('PRIMARY', 'SECONDARY', 'TERTIARY')) not null, "construction_type" text check ("construction_type" in ('NEW', 'CONTINUING', 'PREPARATORY')) not null, "clusters" text[] not null default '{}', "total_investment" numeric(14,2) not null, "location" varchar(200) null, "planned_start_on" date null, "planned_completion_on" date null, "started_on" date null, "completed_on" date null, "responsible_unit_id" int null, "status" text check ("status" in ('NOT_STARTED', 'UNDER_CONSTRUCTION', 'COMPLETED', 'SUSPENDED')) not null default 'NOT_STARTED', "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint project_completed_after_start check (completed_on is null or (started_on is not null and completed_on >= started_on)), constraint project_planned_dates_ordered check (planned_completion_on is null or planned_start_on is null or planned_completion_on >= planned_start_on), constraint project_total_investment_non_negative check (total_investment >= 0));`);
    this.addSql(`alter table "project" add constraint "project_code_unique" unique ("code");`);
    this.addSql(`create index "project_level_index" on "project" ("level");`);
    this.addSql(`create index "project_responsible_unit_id_index" on "project" ("responsible_unit_id");`);

    this.addSql(`create table "progress_report" ("id" serial primary key, "project_id" int not null, "year" smallint not null, "month" smallint not null, "completed_investment" numeric(14,2) not null, "physical_progress" numeric(5,2) not null, "narrative" text not null, "reported_by_id" int null, "reported_at" timestamptz not null, constraint progress_report_physical_percent check (physical_progress >= 0 and physical_progress <= 100), constraint progress_report_completed_non_negative check (completed_investment >= 0), constraint progress_report_month_range check (month >= 1 and month <= 12), constraint progress_report_year_range check (year >= 2000 and year <= 2100));`);
    this.addSql(`alter table "progress_report" add constraint "progress_report_project_month_unique" unique ("project_id", "year", "month");`);

    this.addSql(`create table "land_task" ("id" serial primary key, "project_id" int not null, "name" varchar(200) not null, "area_to_acquire" numeric(12,2) not null, "area_acquired" numeric(12,2) not null, "households_to_relocate" int not null, "households_relocated" int not null, "updated_at" timestamptz not null, constraint land_task_households_bounds check (households_relocated >= 0 and households_relocated <= households_to_relocate), constraint land_task_area_bounds check (area_acquired >= 0 and area_acquired <= area_to_acquire));`);
    this.addSql(`create index "land_task_project_id_index" on "land_task" ("project_id");`);

    this.addSql(`create table "assignment" ("id" serial primary key, "project_id" int not null, "person_id" int not null, "role" text check ("role" in ('PRINCIPAL', 'AREA_LEADER', 'LIAISON_LEADER', 'RESPONSIBLE_PERSON', 'LAND_OFFICER')) not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "assignment_person_id_index" on "assignment" ("person_id");`);
    this.addSql(`alter table "assignment" add constraint "assignment_project_person_role_unique" unique ("project_id", "person_id", "role");`);

    this.addSql(`create table "annual_plan" ("id" serial primary key, "project_id" int not null, "year" smallint not null, "planned_investment" numeric(14,2) not null, "updated_at" timestamptz not null, constraint annual_plan_planned_investment_non_negative check (planned_investment >= 0), constraint annual_plan_year_range check (year >= 2000 and year <= 2100));`);
    this.addSql(`alter table "annual_plan" add constraint "annual_plan_project_year_unique" unique ("project_id", "year");`);

    this.addSql(`create table "milestone" ("id" serial primary key, "plan_id" int not null, "position" smallint not null, "name" varchar(200) not null, "due_on" date not null, "met_on" date null, constraint milestone_position_non_negative check (position >= 0));`);
    this.addSql(`create index "milestone_plan_id_index" on "milestone" ("plan_id");`);

    this.addSql(`alter table "person" add constraint "person_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "project" add constraint "project_responsible_unit_id_foreign" foreign key ("responsible_unit_id") references "organization" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "progress_report" add constraint "progress_report_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "progress_report" add constraint "progress_report_reported_by_id_foreign" foreign key ("reported_by_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "land_task" add constraint "land_task_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "assignment" add constraint "assignment_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assignment" add constraint "assignment_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "annual_plan" add constraint "annual_plan_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "milestone" add constraint "milestone_plan_id_foreign" foreign key ("plan_id") references "annual_plan" ("id") on update cascade on delete cascade;`);
  }

}
