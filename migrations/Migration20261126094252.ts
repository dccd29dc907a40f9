import { Migration } from '@mikro-orm/migrations';

export class Migration20261126094252 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "event" ("sequence" bigserial primary key, "type" text check ("type" in ('PROJECT_CREATED', 'PROJECT_UPDATED', 'PROJECT_STARTED', 'ASSIGNMENT_CHANGED', 'PLAN_SET', 'PROGRESS_REPORTED', 'LAND_TASK_CHANGED', 'PERSON_CREATED', 'ORGANIZATION_CREATED')) not null, "project_id" int null, "year" smallint null, "payload" jsonb not null, "occurred_at" timestamptz not null default now());`);
    this.addSql(`create index "event_project_sequence_index" on "event" ("project_id", "sequence");`);

    // A commit NOTIFYs the highest new sequence number (never the row): listeners then read the log.
    this.addSql(`create function "event_notify"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('kp_events', (select max(sequence) from inserted)::text);
        return null;
      end $$;`);
    this.addSql(`create trigger "event_notify" after insert on "event" referencing new table as inserted
      for each statement execute function "event_notify"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "event" cascade;`);
    this.addSql(`drop function if exists "event_notify"();`);
  }

}
