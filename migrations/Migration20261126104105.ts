import { Migration } from '@mikro-orm/migrations';

export class Migration20261126104105 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "progress_report_year_month_index" on "progress_report" ("year", "month");`);

    this.addSql(`create index "annual_plan_year_index" on "annual_plan" ("year");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "annual_plan_year_index";`);

    this.addSql(`drop index "progress_report_year_month_index";`);
  }

}
