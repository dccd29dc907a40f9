import { ServerBusyError } from '../shared/errors.js';

/** How many transactions may run at once and how many may wait. */
export interface WriteGateOptions {
  /** Transactions holding a pooled connection at once; keep it below the pool size so reads always find one. */
  concurrency: number;
  /** Transactions waiting for a turn; one more is refused at once. */
  maxQueued: number;
  /** Longest wait for a turn, in ms; past it the transaction is refused without having started. */
  maxWaitMs: number;
}

/** Seven of the pool's ten connections for writes, three always left for reads. */
export const DEFAULT_WRITE_GATE: WriteGateOptions = { concurrency: 7, maxQueued: 2000, maxWaitMs: 15_000 };

interface Waiter {
  start(): void;
  timer: NodeJS.Timeout;
}

/**
 * Admits write transactions a few at a time, in arrival order. Writers to one project wait on its
 * row lock while holding a pooled connection; without the gate, 200 concurrent reports to one
 * project take every connection and starve reads until the pool's acquire timeout fails them. A
 * writer that cannot get a turn in time is refused with SERVER_BUSY (retryable, nothing written):
 * pressure answered as pressure, never as an outage.
 */
export class WriteGate {
  private running = 0;
  private readonly queue: Waiter[] = [];

  constructor(private readonly options: WriteGateOptions = DEFAULT_WRITE_GATE) {
    if (!(Number.isSafeInteger(options.concurrency) && options.concurrency > 0)) throw new RangeError(`concurrency must be a positive integer, got ${options.concurrency}`);
  }

  /** Transactions running and waiting now. */
  get load(): { running: number; queued: number } {
    return { running: this.running, queued: this.queue.length };
  }

  /** Runs `work` once admitted; throws ServerBusyError (without running it) when the wait is too long. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.admit();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private admit(): Promise<void> {
    if (this.running < this.options.concurrency && this.queue.length === 0) {
      this.running++;
      return Promise.resolve();
    }
    if (this.queue.length >= this.options.maxQueued) return Promise.reject(new ServerBusyError());
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          clearTimeout(waiter.timer);
          this.running++;
          resolve();
        },
        timer: setTimeout(() => {
          const index = this.queue.indexOf(waiter);
          if (index >= 0) this.queue.splice(index, 1);
          reject(new ServerBusyError());
        }, this.options.maxWaitMs),
      };
      this.queue.push(waiter);
    });
  }

  private release(): void {
    this.running--;
    const next = this.queue.shift();
    next?.start();
  }
}
