import { Migration } from '@mikro-orm/migrations';

/**
 * A score's explanation moves to its own table, so that `project_score` stays narrow for the rank
 * counts (the distinct higher totals of a year) that every score write and ranking runs.
 */
export class Migration20261126144252 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "project_score_explanation" ("score_id" int not null, "explanation" jsonb not null, constraint "project_score_explanation_pkey" primary key ("score_id"));`);
    this.addSql(`alter table "project_score_explanation" add constraint "project_score_explanation_score_id_foreign" foreign key ("score_id") references "project_score" ("id") on update cascade on delete cascade;`);
    this.addSql(`insert into "project_score_explanation" ("score_id", "explanation") select "id", "explanation" from "project_score";`);
    this.addSql(`alter table "project_score" drop column "explanation";`);
    // Dropping a column leaves existing rows as wide as they were; a type change with an expression
    // rewrites the table (VACUUM FULL cannot run inside the migration's transaction).
    this.addSql(`alter table "project_score" alter column "scheme_version" type int4 using "scheme_version" + 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "project_score" add column "explanation" jsonb not null default '[]';`);
    this.addSql(`update "project_score" s set "explanation" = e."explanation" from "project_score_explanation" e where e."score_id" = s."id";`);
    this.addSql(`alter table "project_score" alter column "explanation" drop default;`);
    this.addSql(`drop table if exists "project_score_explanation" cascade;`);
  }

}
