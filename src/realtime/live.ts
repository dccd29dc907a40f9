import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { EventHub } from './event-hub.js';
import { EventStreams } from './event-streams.js';
import { LiveTopics } from './live-topics.js';
import { ReadCache } from './read-cache.js';

export { SLOW_CONSUMER_CLOSE_CODE, SLOW_CONSUMER_REASON, type LiveConnection } from './subscriber-queue.js';

export interface LiveOptions {
  /** Minimum interval between two recomputations of one topic. */
  coalesceMs: number;
  /** Messages a subscription may fall behind before its connection is closed. */
  queueCapacity: number;
}

/**
 * This instance's live machinery, one part per job, all fed by the instance's EventHub in one
 * place: `reads` (cached reads, shared values, change listeners) first, so a subscriber never
 * recomputes from a stale cache; then `topics` (coalesced computed values); then `streams` (the
 * resumable event log and filtered feeds).
 */
export class Live {
  readonly streams: EventStreams;
  readonly topics: LiveTopics;
  readonly reads = new ReadCache();
  private readonly unsubscribeHub: () => void;

  constructor(
    readonly hub: EventHub,
    orm: MikroORM,
    logger: Logger,
    readonly options: LiveOptions,
  ) {
    this.streams = new EventStreams(orm, logger, options.queueCapacity);
    this.topics = new LiveTopics(logger, options.coalesceMs, options.queueCapacity);
    this.unsubscribeHub = hub.subscribe((events) => {
      this.reads.deliver(events);
      this.topics.deliver(events);
      this.streams.deliver(events);
    });
  }

  /** Stops every topic and detaches from the hub. */
  close(): void {
    this.unsubscribeHub();
    this.topics.close();
    this.streams.close();
    this.reads.close();
  }
}
