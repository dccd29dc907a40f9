import { Arg, Ctx, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { readLatestEvents } from '../../core/event-log.js';
import { belongsTo } from '../../core/belongs-to.js';
import { requireIntegerInRange } from '../../shared/errors.js';
import { Project } from '../project/project.entity.js';
import type { Context } from '../../core/context.js';
import { BadUserInputError, ForbiddenError } from '../../shared/errors.js';
import { EventType } from './event.entity.js';
import type { EventRecord } from '../../core/event-log.js';
import { EventMessage } from './event.types.js';
import { Role } from '../auth/auth.types.js';

/** Parses a client's sequence cursor: a non-negative decimal integer string. */
export function parseSequence(value: string | null | undefined): bigint | null {
  if (value === null || value === undefined) return null;
  if (!/^(0|[1-9]\d{0,18})$/.test(value)) {
    throw new BadUserInputError(`afterSequence must be a non-negative integer string, got "${String(value).slice(0, 40)}"`, 'afterSequence');
  }
  return BigInt(value);
}

/** Events only an administrator sees in the log (they concern credentials, not projects). */
const ADMIN_ONLY_EVENTS = new Set([EventType.API_KEY_REVOKED]);

/** The event types a caller of `role` may receive, narrowed to `requested` when given; null means all. */
function visibleEventTypes(role: Role, requested: readonly EventType[] | null): EventType[] | null {
  const wanted = requested?.length ? requested : null;
  if (role === Role.ADMIN) return wanted ? [...wanted] : null;
  const visible = (wanted ?? Object.values(EventType)).filter((type) => !ADMIN_ONLY_EVENTS.has(type));
  if (visible.length === 0) throw new ForbiddenError(`${[...ADMIN_ONLY_EVENTS].join(', ')} events are visible to administrators only`);
  return visible;
}

@Resolver()
export class EventResolver {
  @Query(() => [EventMessage], { description: 'The newest events of the log, oldest first (a screen’s ticker); continue live with the events subscription from the last sequence. 最近事件。' })
  async recentEvents(
    @Arg('last', () => Int, { defaultValue: 20, description: '1–100' }) last: number,
    @Arg('types', () => [EventType], { nullable: true, description: 'Only these types. 仅这些类型。' }) types: EventType[] | null,
    @Ctx() context: Context,
  ): Promise<EventMessage[]> {
    requireIntegerInRange(last, 1, 100, 'last');
    return (await readLatestEvents(context.em, last, visibleEventTypes(context.caller.role, types ?? null))).map((record) => new EventMessage(record));
  }

  @Subscription(() => EventMessage, {
    description:
      'Committed changes in order. With afterSequence, first every event after it (what a reconnecting client missed), then live ones: no gap, no duplicate. 事件流(可断点续传)。',
    subscribe: ({ args, context }) => {
      const { afterSequence, types } = args as { afterSequence?: string | null; types?: EventType[] | null };
      const { caller, live, connection } = context as Context;
      return live.streams.events(parseSequence(afterSequence), visibleEventTypes(caller.role, types ?? null), connection);
    },
  })
  events(
    @Root() event: EventRecord,
    @Arg('afterSequence', () => String, { nullable: true, description: 'Last sequence the client saw. 上次收到的事件序号。' }) _afterSequence: string | null,
    @Arg('types', () => [EventType], { nullable: true, description: 'Only these types. 仅这些类型。' }) _types: EventType[] | null,
  ): EventMessage {
    return new EventMessage(event);
  }
}

export const EventProjectLink = belongsTo<EventMessage, Project>(() => EventMessage, {
  field: 'project',
  type: () => Project,
  id: (root) => root.projectRowId,
  loader: (loaders) => loaders.projectById,
  nullable: true,
  description: 'The project concerned. 相关项目。',
});
