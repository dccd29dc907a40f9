/**
 * An async iterable with a fixed capacity, feeding one subscription. A consumer that falls
 * `capacity` items behind is cut off (`onOverflow`) instead of letting memory grow.
 */
export class BoundedQueue<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | undefined;
  private failure: unknown;
  private closed = false;

  constructor(
    private readonly capacity: number,
    private readonly hooks: { onOverflow?: () => void; onClose?: () => void } = {},
  ) {}

  /** Whether the subscription has ended (closed by its consumer, overflowed or failed). */
  get isClosed(): boolean {
    return this.closed;
  }

  /** Number of items not yet taken. */
  get size(): number {
    return this.items.length;
  }

  /** Offers an item; false when the queue is closed or just overflowed (and is now closed). */
  push(item: T): boolean {
    if (this.closed) return false;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: item, done: false });
      return true;
    }
    if (this.items.length >= this.capacity) {
      this.hooks.onOverflow?.();
      this.close();
      return false;
    }
    this.items.push(item);
    return true;
  }

  /** Ends the iteration with an error after the queued items. */
  fail(error: unknown): void {
    if (this.closed) return;
    this.failure = error;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      this.close();
      resolve(Promise.reject(error) as never);
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.items.length) return Promise.resolve({ value: this.items.shift()!, done: false });
    if (this.failure !== undefined) {
      const error = this.failure;
      this.failure = undefined;
      this.close();
      return Promise.reject(error);
    }
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Stops the iteration; queued items are dropped. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.items.length = 0;
    const resolve = this.waiting;
    this.waiting = undefined;
    resolve?.({ value: undefined, done: true });
    this.hooks.onClose?.();
  }
}
