import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Project } from './project.entity.js';

/**
 * A project's recorded start date as it stood from `recordedAt` on (开工记录留痕): written by a
 * database trigger whenever `project.started_on` is set or changed; read for "started by then, as
 * known then" (a start recorded in April does not change what was official at the end of March).
 */
@Entity({ tableName: 'project_start_revision' })
@Index({ name: 'project_start_revision_project_recorded_index', properties: ['project', 'recordedAt'] })
export class StartRevision {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Project, ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @Property({ type: 'date', nullable: true })
  startedOn!: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  recordedAt!: Date;
}
