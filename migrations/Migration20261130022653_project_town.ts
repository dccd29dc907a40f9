import { Migration } from '@mikro-orm/migrations';

/** Projects get the town or street (镇/街) their site lies in, for the screen's and the reports' breakdown by town. */
export class Migration20261130022653_project_town extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "project" add column "town_id" int null;`);
    this.addSql(`alter table "project" add constraint "project_town_id_foreign" foreign key ("town_id") references "organization" ("id") on update cascade on delete restrict;`);
    this.addSql(`create index "project_town_id_index" on "project" ("town_id");`);
    // Carry over: the town or street named in the address (by its full name, or without the
    // district's prefix: "水西镇" for "XX区水西镇"), the longest name first; else the responsible
    // unit when that is a town or street; else none (the office sets it).
    this.addSql(`update "project" p set "town_id" = coalesce(
        (select o."id" from "organization" o
          where o."kind" in ('TOWN', 'STREET') and p."address" is not null
            and (position(o."name" in p."address") > 0
                 or (length(regexp_replace(o."name", '^.+?[区县市]', '')) >= 2 and position(regexp_replace(o."name", '^.+?[区县市]', '') in p."address") > 0))
          order by length(o."name") desc, o."id" limit 1),
        (select o."id" from "organization" o where o."id" = p."responsible_unit_id" and o."kind" in ('TOWN', 'STREET')));`);
    this.addSql(`analyze "project";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "project" drop constraint "project_town_id_foreign";`);

    this.addSql(`drop index "project_town_id_index";`);
    this.addSql(`alter table "project" drop column "town_id";`);
  }

}
