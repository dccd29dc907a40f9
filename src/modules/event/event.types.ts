import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { toGlobalId } from '../../shared/global-id.js';
import { EventType } from './event.entity.js';
import type { EventRecord } from '../../core/event-log.js';

/** One committed change from the event log, as subscribers receive it. */
@ObjectType('Event', { simpleResolvers: true, description: 'A committed change from the event log. 事件(变更记录)。' })
export class EventMessage {
  constructor(record: EventRecord) {
    this.sequence = record.sequence.toString();
    this.type = record.type;
    this.projectId = record.projectId === null ? null : toGlobalId('Project', record.projectId);
    this.projectRowId = record.projectId;
    this.year = record.year;
    this.occurredAt = record.occurredAt;
    this.payload = record.payload;
  }

  @Field(() => String, { description: 'Position in the log (a decimal string: it outgrows 2^53); resume with events(afterSequence:). 事件序号。' })
  sequence: string;

  @Field(() => EventType)
  type: EventType;

  @Field(() => ID, { nullable: true, description: 'Project concerned (Project id). 相关项目。' })
  projectId: string | null;

  /** The project's row id, for the `project` link. */
  projectRowId: number | null;

  @Field(() => Int, { nullable: true })
  year: number | null;

  @Field(() => Date, { description: 'Commit time. 发生时间。' })
  occurredAt: Date;

  @Field(() => GraphQLJSONObject, { description: 'Small summary of the change. 变更摘要。' })
  payload: Record<string, unknown>;
}
