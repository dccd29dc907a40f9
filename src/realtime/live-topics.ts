import type { Logger } from 'pino';
import type { BoundedQueue } from '../shared/bounded-queue.js';
import type { EventRecord } from '../core/event-log.js';
import { subscriberQueue, type LiveConnection } from './subscriber-queue.js';

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
    if (this.latest !== undefined && !this.dirty && !this.computing) {
      this.subscribers.add(queue);
      queue.push(this.latest);
      return;
    }
    if (!this.computing) this.run();
    await this.computing;
    // Joined only now: the computation that just ended pushed its value to the subscribers it had,
    // and a newcomer gets that value once, here (it used to get it twice).
    if (queue.isClosed) return;
    this.subscribers.add(queue);
    if (this.latest !== undefined) queue.push(this.latest);
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
 * Computed values that subscriptions watch (a year's dashboard): recomputed from the database
 * after relevant events, coalesced, and shared by every subscriber of the same key.
 */
export class LiveTopics {
  private readonly topics = new Map<string, { topic: CoalescedTopic<unknown>; relevant: (event: EventRecord) => boolean }>();

  constructor(
    private readonly logger: Logger,
    private readonly coalesceMs: number,
    private readonly queueCapacity: number,
  ) {}

  /** Marks every topic a batch of committed events is relevant to. */
  deliver(events: readonly EventRecord[]): void {
    for (const { topic, relevant } of this.topics.values()) if (events.some(relevant)) topic.invalidate();
  }

  /**
   * A value recomputed from the database after relevant events (coalesced, shared by every
   * subscriber of `key`), sent at once on subscribe.
   */
  async computed<T>(key: string, compute: () => Promise<T>, relevant: (event: EventRecord) => boolean, connection?: LiveConnection): Promise<AsyncIterableIterator<T>> {
    let entry = this.topics.get(key);
    if (!entry) {
      entry = { topic: new CoalescedTopic<unknown>(compute, this.coalesceMs, this.logger), relevant };
      this.topics.set(key, entry);
    }
    const { topic } = entry;
    const queue = subscriberQueue<T>(connection, this.logger, this.queueCapacity, () => {
      topic.subscribers.delete(queue as BoundedQueue<unknown>);
      if (topic.subscribers.size === 0 && this.topics.get(key)?.topic === topic) {
        topic.stop();
        this.topics.delete(key);
      }
    });
    await topic.add(queue as BoundedQueue<unknown>);
    return queue;
  }

  close(): void {
    for (const { topic } of this.topics.values()) topic.stop();
    this.topics.clear();
  }
}
