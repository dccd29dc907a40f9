import { Migration } from '@mikro-orm/migrations';

export class Migration20261129224029 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "event" drop constraint if exists "event_type_check";`);

    this.addSql(`alter table "event" add constraint "event_type_check" check("type" in ('PROJECT_CREATED', 'PROJECT_UPDATED', 'PROJECT_STARTED', 'ASSIGNMENT_CHANGED', 'PLAN_SET', 'PROGRESS_REPORTED', 'LAND_TASK_CHANGED', 'PERSON_CREATED', 'ORGANIZATION_CREATED', 'INSPECTION_RECORDED', 'PROBLEM_RAISED', 'PROBLEM_UPDATED', 'LIGHT_CHANGED', 'SCHEME_UPDATED', 'SANCTION_RECORDED', 'EXPLANATION_SUBMITTED', 'RANK_CHANGED', 'SUPERVISION_GROUP_SET', 'API_KEY_REVOKED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "event" drop constraint if exists "event_type_check";`);

    this.addSql(`alter table "event" add constraint "event_type_check" check("type" in ('PROJECT_CREATED', 'PROJECT_UPDATED', 'PROJECT_STARTED', 'ASSIGNMENT_CHANGED', 'PLAN_SET', 'PROGRESS_REPORTED', 'LAND_TASK_CHANGED', 'PERSON_CREATED', 'ORGANIZATION_CREATED', 'INSPECTION_RECORDED', 'PROBLEM_RAISED', 'PROBLEM_UPDATED', 'LIGHT_CHANGED', 'SCHEME_UPDATED', 'SANCTION_RECORDED', 'EXPLANATION_SUBMITTED', 'RANK_CHANGED', 'SUPERVISION_GROUP_SET'));`);
  }

}
