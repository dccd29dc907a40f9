import { Migration } from '@mikro-orm/migrations';

/** Score ranks are computed when read (a dense rank by total): the stored rank column goes. */
export class Migration20261126120530 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "project_score" drop column "rank";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "project_score" add column "rank" int4 not null default 0;`);
    this.addSql(`update "project_score" s set "rank" = ranked.rank from (select id, dense_rank() over (partition by year order by total desc)::int as rank from "project_score") ranked where ranked.id = s.id;`);
    this.addSql(`alter table "project_score" alter column "rank" drop default;`);
  }

}
