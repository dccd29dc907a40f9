import type { EventRecord } from '../core/event-log.js';

const SHARED_VALUES = 256;
const CACHED_READS = 1000;

/**
 * Reads served from memory until something they depend on changes: a service names its key and
 * the events that invalidate it (`cached`); values shared by every subscriber that delivers the
 * same event (`shared`); and listeners told of every committed change (the response cache).
 */
export class ReadCache {
  private readonly sharedValues = new Map<string, Promise<unknown>>();
  private readonly reads = new Map<string, { value: Promise<unknown>; relevant: (event: EventRecord) => boolean }>();
  private readonly changeListeners = new Set<() => void>();

  /** A batch of events committed (on any instance): drop what they invalidate, tell the listeners. */
  deliver(events: readonly EventRecord[]): void {
    for (const [key, read] of this.reads) if (events.some(read.relevant)) this.reads.delete(key);
    for (const listener of this.changeListeners) listener();
  }

  /** This instance committed a change: drop every read so that the writer reads its own write. */
  committed(): void {
    this.reads.clear();
    for (const listener of this.changeListeners) listener();
  }

  /**
   * A read computed once and served from memory until an event it depends on commits (on any
   * instance: the hub delivers every instance's events), or until this instance commits a change.
   */
  cached<T>(key: string, relevant: (event: EventRecord) => boolean, compute: () => Promise<T>): Promise<T> {
    const entry = this.reads.get(key);
    if (entry) return entry.value as Promise<T>;
    const value = compute();
    this.reads.set(key, { value, relevant });
    value.catch(() => {
      if (this.reads.get(key)?.value === value) this.reads.delete(key);
    });
    if (this.reads.size > CACHED_READS) this.reads.delete(this.reads.keys().next().value!);
    return value;
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

  /** Calls `listener` whenever a change commits (any instance's event, or this instance's commit). */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  close(): void {
    this.reads.clear();
    this.sharedValues.clear();
    this.changeListeners.clear();
  }
}
