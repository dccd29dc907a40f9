import { Migration } from '@mikro-orm/migrations';

const EVENT_TYPES_BEFORE = [
  'PROJECT_CREATED', 'PROJECT_UPDATED', 'PROJECT_STARTED', 'ASSIGNMENT_CHANGED', 'PLAN_SET', 'PROGRESS_REPORTED', 'LAND_TASK_CHANGED',
  'PERSON_CREATED', 'ORGANIZATION_CREATED', 'INSPECTION_RECORDED', 'PROBLEM_RAISED', 'PROBLEM_UPDATED', 'LIGHT_CHANGED', 'SCHEME_UPDATED',
  'SANCTION_RECORDED', 'EXPLANATION_SUBMITTED', 'RANK_CHANGED', 'SUPERVISION_GROUP_SET', 'API_KEY_REVOKED',
];
const EVENT_TYPES_AFTER = [...EVENT_TYPES_BEFORE, 'LISTING_SET', 'LISTINGS_ISSUED', 'PHASING_SET', 'MONTH_CLOSED', 'OUTLOOK_CHANGED'];

const quoted = (values: string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * The year's list (年度名单): what changes from year to year moves from `project` to a listing per
 * project and year. `annual_plan` becomes `listing` (its ids, versions and milestones kept, so every
 * AnnualPlan global id still resolves), and takes the level, the construction type and the planned
 * dates; a project with reports in a year but no plan then gets a listing for it too, and a project
 * with no listing at all one for the current year, so that no figure loses a row. Existing listings
 * are issued (下达): they are the lists the office worked with.
 *
 * The construction type of a year follows the project's start: CONTINUING for a year after the
 * start, NEW for the year it started, PREPARATORY for a year before it, and what the project said
 * for a project not started yet.
 *
 * Lights computed under the old rules (month ÷ 12, two yellows make red) were never official: they
 * are kept, untouched, in `light_record_legacy`; `light_record` now holds the official lights of
 * closed months (month close, `reporting_period`).
 */
export class Migration20261130000000_year_list extends Migration {
  override async up(): Promise<void> {
    // annual_plan → listing
    this.addSql(`alter table "annual_plan" rename to "listing";`);
    this.addSql(`alter sequence "annual_plan_id_seq" rename to "listing_id_seq";`);
    this.addSql(`alter table "listing" rename constraint "annual_plan_pkey" to "listing_pkey";`);
    this.addSql(`alter table "listing" rename constraint "annual_plan_project_year_unique" to "listing_project_year_unique";`);
    this.addSql(`alter table "listing" rename constraint "annual_plan_planned_investment_non_negative" to "listing_planned_investment_non_negative";`);
    this.addSql(`alter table "listing" rename constraint "annual_plan_year_range" to "listing_year_range";`);
    this.addSql(`alter table "listing" rename constraint "annual_plan_project_id_foreign" to "listing_project_id_foreign";`);
    this.addSql(`alter index "annual_plan_year_index" rename to "listing_year_index";`);
    this.addSql(`alter table "listing"
      add column "level" text null,
      add column "construction_type" text null,
      add column "planned_start_on" date null,
      add column "planned_completion_on" date null,
      add column "phasing_kind" text not null default 'DEFAULT',
      add column "phasing" numeric[] null,
      add column "status" text not null default 'DRAFT',
      add column "issued_at" timestamptz null,
      add column "issued_planned_investment" numeric(14,2) null,
      add column "created_at" timestamptz null;`);

    // Listings for (project, year) pairs with reports but no plan, and for projects with no listing at all.
    this.addSql(`insert into "listing" ("project_id", "year", "planned_investment", "updated_at", "version")
      select distinct r."project_id", r."year", 0, now(), 1 from "progress_report" r
       where not exists (select 1 from "listing" l where l."project_id" = r."project_id" and l."year" = r."year");`);
    this.addSql(`insert into "listing" ("project_id", "year", "planned_investment", "updated_at", "version")
      select p."id", extract(year from now() at time zone 'Asia/Shanghai')::smallint, 0, now(), 1 from "project" p
       where not exists (select 1 from "listing" l where l."project_id" = p."id");`);

    this.addSql(`update "listing" l set
        "level" = p."level",
        "construction_type" = case
          when p."started_on" is not null and p."started_on" < make_date(l."year", 1, 1) then 'CONTINUING'
          when p."started_on" is not null and extract(year from p."started_on") = l."year" then 'NEW'
          when p."started_on" is not null then 'PREPARATORY'
          else p."construction_type" end,
        "planned_start_on" = p."planned_start_on",
        "planned_completion_on" = p."planned_completion_on",
        "status" = 'ISSUED',
        "issued_at" = now(),
        "issued_planned_investment" = l."planned_investment",
        "created_at" = coalesce(p."created_at", now())
      from "project" p where p."id" = l."project_id";`);
    this.addSql(`alter table "listing"
      alter column "level" set not null,
      alter column "construction_type" set not null,
      alter column "created_at" set not null;`);
    this.addSql(`alter table "listing"
      add constraint "listing_level_check" check ("level" in ('CITY', 'DISTRICT')),
      add constraint "listing_construction_type_check" check ("construction_type" in ('NEW', 'CONTINUING', 'PREPARATORY')),
      add constraint "listing_phasing_kind_check" check ("phasing_kind" in ('DEFAULT', 'MONTHLY', 'QUARTERLY')),
      add constraint "listing_status_check" check ("status" in ('DRAFT', 'ISSUED')),
      add constraint "listing_planned_dates_ordered" check ("planned_completion_on" is null or "planned_start_on" is null or "planned_completion_on" >= "planned_start_on"),
      add constraint "listing_phasing_shape" check (("phasing_kind" = 'DEFAULT' and "phasing" is null) or ("phasing_kind" = 'MONTHLY' and cardinality("phasing") = 12) or ("phasing_kind" = 'QUARTERLY' and cardinality("phasing") = 4));`);
    this.addSql(`create index "listing_year_status_index" on "listing" ("year", "status");`);

    // Milestones belong to the listing.
    this.addSql(`alter table "milestone" rename column "plan_id" to "listing_id";`);
    this.addSql(`alter table "milestone" rename constraint "milestone_plan_id_foreign" to "milestone_listing_id_foreign";`);
    this.addSql(`alter index "milestone_plan_id_index" rename to "milestone_listing_id_index";`);

    // The project keeps what does not change from year to year, and gains its opening balance.
    this.addSql(`alter table "project" drop constraint "project_planned_dates_ordered";`);
    this.addSql(`alter table "project" drop constraint "project_level_check";`);
    this.addSql(`alter table "project" drop constraint "project_construction_type_check";`);
    this.addSql(`drop index "project_level_index";`);
    this.addSql(`alter table "project"
      drop column "level",
      drop column "construction_type",
      drop column "planned_start_on",
      drop column "planned_completion_on",
      add column "opening_investment" numeric(14,2) not null default 0,
      add column "opening_investment_on" date null;`);
    this.addSql(`alter table "project" add constraint "project_opening_investment_non_negative" check ("opening_investment" >= 0);`);

    // Lights: the old derived rows are kept as they were; official lights start afresh at month close.
    this.addSql(`alter table "light_record" rename to "light_record_legacy";`);
    this.addSql(`alter table "light_record_legacy" rename constraint "light_record_pkey" to "light_record_legacy_pkey";`);
    this.addSql(`alter table "light_record_legacy" rename constraint "light_record_project_month_unique" to "light_record_legacy_project_month_unique";`);
    this.addSql(`alter table "light_record_legacy" rename constraint "light_record_project_id_foreign" to "light_record_legacy_project_id_foreign";`);
    this.addSql(`alter table "light_record_legacy" rename constraint "light_record_light_check" to "light_record_legacy_light_check";`);
    this.addSql(`alter table "light_record_legacy" rename constraint "light_record_own_light_check" to "light_record_legacy_own_light_check";`);
    this.addSql(`alter table "light_record_legacy" rename constraint "light_record_rule_check" to "light_record_legacy_rule_check";`);
    this.addSql(`alter index "light_record_year_month_index" rename to "light_record_legacy_year_month_index";`);
    this.addSql(`alter sequence "light_record_id_seq" rename to "light_record_legacy_id_seq";`);
    this.addSql(`create table "light_record" (
      "id" serial primary key,
      "project_id" int not null,
      "year" smallint not null,
      "month" smallint not null,
      "light" text not null check ("light" in ('GREEN', 'YELLOW', 'RED', 'NOT_DUE')),
      "kind" text not null check ("kind" in ('START', 'PROGRESS', 'PRELIMINARY')),
      "rule" text not null check ("rule" in ('NOT_DUE_TO_START', 'NO_PLANNED_START', 'START_DELAYED', 'START_DELAYED_LONG', 'NO_ANNUAL_PLAN', 'ON_SCHEDULE', 'LAG_YELLOW', 'LAG_RED', 'PRELIMINARY_ON_TRACK', 'PRELIMINARY_OVERDUE', 'PRELIMINARY_OVERDUE_LONG')),
      "inputs" jsonb not null,
      "reported" boolean not null,
      "computed_at" timestamptz not null,
      constraint "light_record_project_month_unique" unique ("project_id", "year", "month"),
      constraint "light_record_month_range" check ("month" >= 1 and "month" <= 12));`);
    this.addSql(`create index "light_record_year_month_index" on "light_record" ("year", "month");`);
    this.addSql(`alter table "light_record" add constraint "light_record_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    // Month close: a row per closed month.
    this.addSql(`create table "reporting_period" (
      "id" serial primary key,
      "year" smallint not null,
      "month" smallint not null,
      "closed_at" timestamptz not null,
      "closed_by" varchar(64) not null,
      constraint "reporting_period_year_month_unique" unique ("year", "month"),
      constraint "reporting_period_month_range" check ("month" >= 1 and "month" <= 12),
      constraint "reporting_period_year_range" check ("year" >= 2000 and "year" <= 2100));`);

    this.addSql(`alter table "event" drop constraint if exists "event_type_check";`);
    this.addSql(`alter table "event" add constraint "event_type_check" check ("type" in (${quoted(EVENT_TYPES_AFTER)}));`);
    // The planner must know the rewritten tables at once (a year's list is read by every figure).
    this.addSql(`analyze "listing", "milestone", "project", "light_record", "reporting_period";`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "event" where "type" not in (${quoted(EVENT_TYPES_BEFORE)});`);
    this.addSql(`alter table "event" drop constraint if exists "event_type_check";`);
    this.addSql(`alter table "event" add constraint "event_type_check" check ("type" in (${quoted(EVENT_TYPES_BEFORE)}));`);
    this.addSql(`drop table "reporting_period";`);
    this.addSql(`drop table "light_record";`);
    this.addSql(`alter sequence "light_record_legacy_id_seq" rename to "light_record_id_seq";`);
    this.addSql(`alter index "light_record_legacy_year_month_index" rename to "light_record_year_month_index";`);
    this.addSql(`alter table "light_record_legacy" rename constraint "light_record_legacy_rule_check" to "light_record_rule_check";`);
    this.addSql(`alter table "light_record_legacy" rename constraint "light_record_legacy_own_light_check" to "light_record_own_light_check";`);
    this.addSql(`alter table "light_record_legacy" rename constraint "light_record_legacy_light_check" to "light_record_light_check";`);
    this.addSql(`alter table "light_record_legacy" rename constraint "light_record_legacy_project_id_foreign" to "light_record_project_id_foreign";`);
    this.addSql(`alter table "light_record_legacy" rename constraint "light_record_legacy_project_month_unique" to "light_record_project_month_unique";`);
    this.addSql(`alter table "light_record_legacy" rename constraint "light_record_legacy_pkey" to "light_record_pkey";`);
    this.addSql(`alter table "light_record_legacy" rename to "light_record";`);

    // The project takes back the fields of its latest listing.
    this.addSql(`alter table "project" drop constraint "project_opening_investment_non_negative";`);
    this.addSql(`alter table "project"
      drop column "opening_investment",
      drop column "opening_investment_on",
      add column "level" text null,
      add column "construction_type" text null,
      add column "planned_start_on" date null,
      add column "planned_completion_on" date null;`);
    this.addSql(`update "project" p set "level" = l."level", "construction_type" = l."construction_type", "planned_start_on" = l."planned_start_on", "planned_completion_on" = l."planned_completion_on"
      from (select distinct on ("project_id") * from "listing" order by "project_id", "year" desc) l where l."project_id" = p."id";`);
    this.addSql(`update "project" set "level" = coalesce("level", 'DISTRICT'), "construction_type" = coalesce("construction_type", 'NEW');`);
    this.addSql(`alter table "project" alter column "level" set not null, alter column "construction_type" set not null;`);
    this.addSql(`alter table "project" add constraint "project_level_check" check ("level" in ('CITY', 'DISTRICT'));`);
    this.addSql(`alter table "project" add constraint "project_construction_type_check" check ("construction_type" in ('NEW', 'CONTINUING', 'PREPARATORY'));`);
    this.addSql(`alter table "project" add constraint "project_planned_dates_ordered" check ("planned_completion_on" is null or "planned_start_on" is null or "planned_completion_on" >= "planned_start_on");`);
    this.addSql(`create index "project_level_index" on "project" ("level");`);

    this.addSql(`alter index "milestone_listing_id_index" rename to "milestone_plan_id_index";`);
    this.addSql(`alter table "milestone" rename constraint "milestone_listing_id_foreign" to "milestone_plan_id_foreign";`);
    this.addSql(`alter table "milestone" rename column "listing_id" to "plan_id";`);

    this.addSql(`drop index "listing_year_status_index";`);
    this.addSql(`alter table "listing"
      drop constraint "listing_level_check",
      drop constraint "listing_construction_type_check",
      drop constraint "listing_phasing_kind_check",
      drop constraint "listing_status_check",
      drop constraint "listing_planned_dates_ordered",
      drop constraint "listing_phasing_shape",
      drop column "level",
      drop column "construction_type",
      drop column "planned_start_on",
      drop column "planned_completion_on",
      drop column "phasing_kind",
      drop column "phasing",
      drop column "status",
      drop column "issued_at",
      drop column "issued_planned_investment",
      drop column "created_at";`);
    this.addSql(`alter index "listing_year_index" rename to "annual_plan_year_index";`);
    this.addSql(`alter table "listing" rename constraint "listing_project_id_foreign" to "annual_plan_project_id_foreign";`);
    this.addSql(`alter table "listing" rename constraint "listing_year_range" to "annual_plan_year_range";`);
    this.addSql(`alter table "listing" rename constraint "listing_planned_investment_non_negative" to "annual_plan_planned_investment_non_negative";`);
    this.addSql(`alter table "listing" rename constraint "listing_project_year_unique" to "annual_plan_project_year_unique";`);
    this.addSql(`alter table "listing" rename constraint "listing_pkey" to "annual_plan_pkey";`);
    this.addSql(`alter sequence "listing_id_seq" rename to "annual_plan_id_seq";`);
    this.addSql(`alter table "listing" rename to "annual_plan";`);
  }
}
