import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { BoundedQueue } from '../../shared/bounded-queue.js';
import { EventType } from './event.entity.js';
import { readEvents, type EventRecord } from './event-log.js';
import type { EventHub } from './event-hub.js';

/** WebSocket close code for a subscriber that stopped reading (application range 4000–4999). */
export const SLOW_CONSUMER_CLOSE_CODE = 4503;
export const SLOW_CONSUMER_REASON = 'Slow consumer: too many queued messages; reconnect and resume with events(afterSequence)';

/** The connection a subscription runs on, so an overflowing subscription can cut it off. */
export interface LiveConnection {
  close(code: number, reason: string): void;
}

export interface LiveOptions {
  /** Minimum interval between two recomputations of one topic. */
  coalesceMs: number;
  /** Messages a subscription may fall behind before its connection is closed. */
  queueCapacity: number;
}

const REPLAY_PAGE = 500;
const SHARED_VALUES = 256;

/** A topic whose value is recomputed after relevant events, at most once per `coalesceMs`, shared by all its subscribers. */
class CoalescedTopic<T> {
  readonly subscribers = new Set<BoundedQueue<T>>();
  private latest: T | undefined;
  private computing: Promise<void> | undefined;
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;
  private lastComputedAt = 0;

  constructor(
    private readonly compute: () => Promise<T>,
    private readonly coalesceMs: number,
    private readonly logger: Logger,
  ) {}

  /** Sends the current value to a new subscriber at once (computing it if there is none yet). */
  async add(queue: BoundedQueue<T>): Promise<void> {
    this.subscribers.add(queue);
    if (this.latest !== undefined && !this.dirty && !this.computing) {
      queue.push(this.latest);
      return;
    }
    if (!this.computing) this.run();
    await this.computing;
    if (this.latest !== undefined && this.subscribers.has(queue)) queue.push(this.latest);
  }

  /** Something this topic depends on changed. */
  invalidate(): void {
    this.dirty = true;
    if (this.timer || this.computing) return;
    const wait = Math.max(0, this.lastComputedAt + this.coalesceMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.run();
    }, wait);
  }

  private run(): void {
    this.dirty = false;
    this.lastComputedAt = Date.now();
    this.computing = (async () => {
      try {
        const value = await this.compute();
        this.latest = value;
        for (const queue of this.subscribers) queue.push(value);
      } catch (error) {
        this.dirty = true;
        this.logger.warn({ err: error }, 'recomputing a live topic failed; will retry');
      } finally {
        this.computing = undefined;
        if (this.dirty && this.subscribers.size) this.invalidate();
      }
    })();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/**
 * This instance's live subscriptions: event streams (resumable), coalesced computed topics and
 * filtered event feeds, all fed by the instance's EventHub.
 */
export class Live {
  private readonly topics = new Map<string, { topic: CoalescedTopic<unknown>; relevant: (event: EventRecord) => boolean }>();
  private readonly feeds = new Set<(events: readonly EventRecord[]) => void>();
  private readonly unsubscribeHub: () => void;
  private readonly sharedValues = new Map<string, Promise<unknown>>();
  private readonly reads = new Map<string, { value: Promise<unknown>; relevant: (event: EventRecord) => boolean }>();
  private readonly changeListeners = new Set<() => void>();

  constructor(
    readonly hub: EventHub,
    private readonly orm: MikroORM,
    private readonly logger: Logger,
    readonly options: LiveOptions,
  ) {
    this.unsubscribeHub = hub.subscribe((events) => {
      for (const [key, read] of this.reads) if (events.some(read.relevant)) this.reads.delete(key);
      for (const listener of this.changeListeners) listener();
      for (const { topic, relevant } of this.topics.values()) if (events.some(relevant)) topic.invalidate();
      for (const feed of this.feeds) feed(events);
    });
  }

  private queue<T>(connection: LiveConnection | undefined, onClose: () => void, capacity = this.options.queueCapacity): BoundedQueue<T> {
    return new BoundedQueue<T>(capacity, {
      onOverflow: () => {
        this.logger.warn('closing a slow subscriber');
        connection?.close(SLOW_CONSUMER_CLOSE_CODE, SLOW_CONSUMER_REASON);
      },
      onClose,
    });
  }

  /**
   * Events after `afterSequence` from the log, in order, then live ones: no gap, no duplicate.
   * Without `afterSequence`, live events only.
   */
  events(afterSequence: bigint | null, types: readonly EventType[] | null, connection?: LiveConnection): AsyncIterableIterator<EventRecord> {
    const wanted = types?.length ? new Set(types) : undefined;
    const matches = (event: EventRecord) => !wanted || wanted.has(event.type);
    let unsubscribe = () => {};
    // Capacity also covers what commits while the backlog is replayed.
    const live = this.queue<EventRecord>(connection, () => unsubscribe(), this.options.queueCapacity * 4);
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

  /**
   * A value recomputed from the database after relevant events (coalesced, shared by every
   * subscriber of `key`), sent at once on subscribe.
   */
  async computed<T>(
    key: string,
    compute: () => Promise<T>,
    relevant: (event: EventRecord) => boolean,
    connection?: LiveConnection,
  ): Promise<AsyncIterableIterator<T>> {
    let entry = this.topics.get(key);
    if (!entry) {
      entry = { topic: new CoalescedTopic<unknown>(compute, this.options.coalesceMs, this.logger), relevant };
      this.topics.set(key, entry);
    }
    const { topic } = entry;
    const queue = this.queue<T>(connection, () => {
      topic.subscribers.delete(queue as BoundedQueue<unknown>);
      if (topic.subscribers.size === 0 && this.topics.get(key)?.topic === topic) {
        topic.stop();
        this.topics.delete(key);
      }
    });
    await topic.add(queue as BoundedQueue<unknown>);
    return queue;
  }

  /** Live events passing `filter`, from now on. */
  feed(filter: (event: EventRecord) => boolean, connection?: LiveConnection): AsyncIterableIterator<EventRecord> {
    let unsubscribe = () => {};
    const queue = this.queue<EventRecord>(connection, () => unsubscribe());
    const listener = (events: readonly EventRecord[]) => {
      for (const event of events) if (filter(event) && !queue.push(event)) return;
    };
    this.feeds.add(listener);
    unsubscribe = () => this.feeds.delete(listener);
    return queue;
  }

  /**
   * A value computed once and shared by every subscriber that asks for the same key while it is
   * recent (e.g. the project of one event, delivered to thousands of screens).
   */
  shared<T>(key: string, load: () => Promise<T>): Promise<T> {
    let value = this.sharedValues.get(key) as Promise<T> | undefined;
    if (!value) {
      value = load();
      value.catch(() => this.sharedValues.delete(key));
      this.sharedValues.set(key, value);
      if (this.sharedValues.size > SHARED_VALUES) this.sharedValues.delete(this.sharedValues.keys().next().value!);
    }
    return value;
  }

  /**
   * A read computed once and served from memory until an event it depends on commits (on any
   * instance: the hub delivers every instance's events), or until this instance commits a change.
   */
  cachedRead<T>(key: string, relevant: (event: EventRecord) => boolean, compute: () => Promise<T>): Promise<T> {
    const entry = this.reads.get(key);
    if (entry) return entry.value as Promise<T>;
    const value = compute();
    this.reads.set(key, { value, relevant });
    value.catch(() => {
      if (this.reads.get(key)?.value === value) this.reads.delete(key);
    });
    if (this.reads.size > 1000) this.reads.delete(this.reads.keys().next().value!);
    return value;
  }

  /** Drops every cached read: called after this instance commits, so it reads its own writes. */
  clearReads(): void {
    this.reads.clear();
    for (const listener of this.changeListeners) listener();
  }

  /** Calls `listener` whenever a change commits (any instance's event, or this instance's commit). */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Stops every topic and detaches from the hub. */
  close(): void {
    this.unsubscribeHub();
    for (const { topic } of this.topics.values()) topic.stop();
    this.topics.clear();
    this.feeds.clear();
    this.reads.clear();
    this.changeListeners.clear();
  }
}
