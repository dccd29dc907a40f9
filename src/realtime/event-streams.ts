import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { EventType } from '../modules/event/event.entity.js';
import { readEvents, type EventRecord } from '../core/event-log.js';
import { subscriberQueue, type LiveConnection } from './subscriber-queue.js';

const REPLAY_PAGE = 500;

/**
 * Committed events as subscriptions receive them: the resumable log (`events`, replay then live)
 * and filtered live feeds (`feed`), each subscriber with its own bounded queue.
 */
export class EventStreams {
  private readonly feeds = new Set<(events: readonly EventRecord[]) => void>();

  constructor(
    private readonly orm: MikroORM,
    private readonly logger: Logger,
    private readonly queueCapacity: number,
  ) {}

  /** Hands a batch of newly committed events to every stream. */
  deliver(events: readonly EventRecord[]): void {
    for (const feed of this.feeds) feed(events);
  }

  /**
   * Events after `afterSequence` from the log, in order, then live ones: no gap, no duplicate.
   * Without `afterSequence`, live events only. `types` null means every type.
   */
  events(afterSequence: bigint | null, types: readonly EventType[] | null, connection?: LiveConnection): AsyncIterableIterator<EventRecord> {
    const wanted = types?.length ? new Set(types) : undefined;
    const matches = (event: EventRecord) => !wanted || wanted.has(event.type);
    let unsubscribe = () => {};
    // Capacity also covers what commits while the backlog is replayed.
    const live = subscriberQueue<EventRecord>(connection, this.logger, this.queueCapacity * 4, () => unsubscribe());
    const feed = (events: readonly EventRecord[]) => {
      for (const event of events) if (matches(event) && !live.push(event)) return;
    };
    this.feeds.add(feed);
    unsubscribe = () => this.feeds.delete(feed);
    const orm = this.orm;
    const stream = async function* (): AsyncGenerator<EventRecord> {
      try {
        let cursor = afterSequence ?? -1n;
        if (afterSequence !== null) {
          for (;;) {
            const page = await readEvents(orm.em.fork(), cursor, REPLAY_PAGE, types);
            for (const event of page) {
              cursor = event.sequence;
              yield event;
            }
            if (page.length < REPLAY_PAGE) break;
          }
        }
        for await (const event of live) {
          if (event.sequence <= cursor) continue;
          cursor = event.sequence;
          yield event;
        }
      } finally {
        live.close();
      }
    };
    return stream();
  }

  /** Live events passing `filter`, from now on. */
  feed(filter: (event: EventRecord) => boolean, connection?: LiveConnection): AsyncIterableIterator<EventRecord> {
    let unsubscribe = () => {};
    const queue = subscriberQueue<EventRecord>(connection, this.logger, this.queueCapacity, () => unsubscribe());
    const listener = (events: readonly EventRecord[]) => {
      for (const event of events) if (filter(event) && !queue.push(event)) return;
    };
    this.feeds.add(listener);
    unsubscribe = () => this.feeds.delete(listener);
    return queue;
  }

  close(): void {
    this.feeds.clear();
  }
}
