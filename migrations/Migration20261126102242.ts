import { Migration } from '@mikro-orm/migrations';

export class Migration20261126102242 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "api_key" ("id" serial primary key, "name" varchar(100) not null, "prefix" varchar(16) not null, "hash" varchar(64) not null, "created_at" timestamptz not null, "revoked_at" timestamptz null);`);
    this.addSql(`alter table "api_key" add constraint "api_key_hash_unique" unique ("hash");`);

    this.addSql(`create table "audit_entry" ("id" serial primary key, "at" timestamptz not null default now(), "actor" varchar(64) not null, "role" varchar(16) not null, "request_id" varchar(100) not null, "operation" varchar(64) not null, "action" varchar(8) not null, "entity_type" varchar(64) not null, "entity_id" varchar(64) not null, "before" jsonb null, "after" jsonb null);`);
    this.addSql(`create index "audit_entry_actor_index" on "audit_entry" ("actor");`);
    this.addSql(`create index "audit_entry_entity_index" on "audit_entry" ("entity_type", "entity_id");`);

    this.addSql(`create table "idempotency_key" ("caller" varchar(64) not null, "key" varchar(200) not null, "request_hash" varchar(64) not null, "response" jsonb null, "created_at" timestamptz not null default now(), constraint "idempotency_key_pkey" primary key ("caller", "key"));`);

    this.addSql(`alter table "project" add column "version" int not null default 1;`);

    this.addSql(`alter table "progress_report" add column "version" int not null default 1;`);

    this.addSql(`alter table "land_task" add column "version" int not null default 1;`);

    this.addSql(`alter table "problem" add column "version" int not null default 1;`);

    this.addSql(`alter table "annual_plan" add column "version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "idempotency_key" cascade;`);

    this.addSql(`alter table "annual_plan" drop column "version";`);

    this.addSql(`alter table "land_task" drop column "version";`);

    this.addSql(`alter table "problem" drop column "version";`);

    this.addSql(`alter table "progress_report" drop column "version";`);

    this.addSql(`alter table "project" drop column "version";`);
  }

}
