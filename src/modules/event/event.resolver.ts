import { Arg, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../server/context.js';
import { BadUserInputError } from '../../shared/errors.js';
import { EventType } from './event.entity.js';
import type { EventRecord } from './event-log.js';
import { EventMessage } from './event.types.js';

/** Parses a client's sequence cursor: a non-negative decimal integer string. */
export function parseSequence(value: string | null | undefined): bigint | null {
  if (value === null || value === undefined) return null;
  if (!/^(0|[1-9]\d{0,18})$/.test(value)) {
    throw new BadUserInputError(`afterSequence must be a non-negative integer string, got "${String(value).slice(0, 40)}"`, 'afterSequence');
  }
  return BigInt(value);
}

@Resolver()
export class EventResolver {
  @Subscription(() => EventMessage, {
    description:
      'Committed changes in order. With afterSequence, first every event after it (what a reconnecting client missed), then live ones: no gap, no duplicate. 事件流(可断点续传)。',
    subscribe: ({ args, context }) => {
      const { afterSequence, types } = args as { afterSequence?: string | null; types?: EventType[] | null };
      return (context as Context).live.events(parseSequence(afterSequence), types ?? null, (context as Context).connection);
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
