import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { appendEvents, type EventDraft } from './event-log.js';
import type { Deriver } from './unit-of-work.js';

/** Attempts at one batch before it is logged and dropped (a deadlock or serialization failure is retried). */
const ATTEMPTS = 3;

/** What the derivations report of themselves (for /metrics and the benchmark). */
export interface DerivationStats {
  /** Batches derived (each one transaction). */
  batches: number;
  /** Changes (committed transactions) whose derived data is settled. */
  changes: number;
  /** Commit-to-settled lag of the changes, ms: the largest seen, and the last few hundred for percentiles. */
  maxLagMs: number;
  recentLagsMs: number[];
  /** Batches that failed every attempt (logged; the next change of the project/year derives again). */
  failed: number;
  /** Times a change waited for the derived data to catch up (back-pressure). */
  throttled: number;
}

const RECENT = 50_000;

/** A committed change waiting for its derived data (`committedAt` undefined: a repair, not a commit). */
interface Change {
  drafts: readonly EventDraft[];
  committedAt: number | undefined;
}

/** Longest a batch waits for more changes to join it. */
const MAX_GATHER_MS = 100;

/**
 * Back-pressure: while the oldest change without its derived data committed longer ago than this,
 * new changes wait (`admit`) for the derivation to catch up — so under any write rate the derived
 * data trails the commits by about this plus one batch, well within a second, and the write rate
 * the server accepts is the one it can keep derived.
 */
const ADMIT_LAG_MS = 400;

/**
 * Derived data after the commit: a change commits its row, its audit entry and its event, and its
 * derived data (scores and rank movement, the open month's early warning; official lights are
 * decided when a month closes) is recomputed just after, in a transaction of its own, by
 * `deriver`. Coalesced: the changes committed while a batch runs are derived together in the next
 * one (the deriver recomputes each project and year once however many changes name it), so under
 * load the derived work grows with the projects touched, not with the writes; the lag stays one or
 * two batches. The derived events (RANK_CHANGED, OUTLOOK_CHANGED) reach subscribers like any.
 *
 * Reads on this instance wait for what is pending (`settled`) before they run: a caller sees its
 * own write's consequences. If the process stops between a commit and its derivation, the server
 * recomputes every score of the current year when it starts again (src/server/http.ts), and the
 * next change of that project or the month's close recomputes the rest.
 */
export class Derivations {
  private pending: Change[] = [];
  private running: Promise<void> | undefined;
  private closed = false;
  private lastBatchMs = 0;
  /** The commit time of the oldest change of the batch being derived (undefined between batches). */
  private inFlightSince: number | undefined;
  private batchDone: Promise<void> | undefined;
  readonly stats: DerivationStats = { batches: 0, changes: 0, maxLagMs: 0, recentLagsMs: [], failed: 0, throttled: 0 };

  constructor(
    private readonly options: { orm: MikroORM; deriver: Deriver; logger: Logger; onCommitted: () => void },
  ) {}

  /** A committed change's events: derive what they affect, soon. */
  enqueue(drafts: readonly EventDraft[]): void {
    if (!drafts.length) return;
    this.pending.push({ drafts, committedAt: performance.now() });
    this.running ??= this.drain();
  }

  /**
   * A repair that follows no commit (the start-up recompute): derived like a change, but neither
   * counted in the lag nor holding writers back.
   */
  repair(drafts: readonly EventDraft[]): void {
    if (!drafts.length) return;
    this.pending.push({ drafts, committedAt: undefined });
    this.running ??= this.drain();
  }

  /**
   * Resolves when a new change may start: at once, unless the derived data trails the commits by
   * more than ADMIT_LAG_MS, then when the batches have caught up (back-pressure on writers).
   */
  async admit(): Promise<void> {
    for (;;) {
      const oldest = this.inFlightSince ?? this.pending.find((change) => change.committedAt !== undefined)?.committedAt;
      if (oldest === undefined || performance.now() - oldest <= ADMIT_LAG_MS || !this.running) return;
      this.stats.throttled += 1;
      await (this.batchDone ?? this.running);
    }
  }

  /** True while changes wait for their derived data. */
  get busy(): boolean {
    return this.running !== undefined;
  }

  /** Resolves once every change enqueued so far has its derived data committed. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Derives what is pending and stops taking more (shutdown, before the database closes). */
  async close(): Promise<void> {
    await this.settled();
    this.closed = true;
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.length && !this.closed) {
        // Let more commits join: as long as the last batch took (none when idle, at most 100 ms), so
        // that under load the batches grow rather than multiply — the lag stays about two batches.
        const wait = Math.min(this.lastBatchMs, MAX_GATHER_MS);
        await new Promise((resolve) => (wait >= 1 ? setTimeout(resolve, wait) : setImmediate(resolve)));
        const batch = this.pending;
        this.pending = [];
        const started = performance.now();
        this.inFlightSince = batch.find((change) => change.committedAt !== undefined)?.committedAt;
        this.batchDone = this.derive(batch);
        await this.batchDone;
        this.inFlightSince = undefined;
        this.batchDone = undefined;
        this.lastBatchMs = performance.now() - started;
      }
    } finally {
      this.running = undefined;
    }
  }

  private async derive(batch: Change[]): Promise<void> {
    const drafts = batch.flatMap((change) => change.drafts);
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        await this.options.orm.em.fork().transactional(async (em) => {
          const derived = await this.options.deriver(em, drafts);
          await appendEvents(em, derived);
        });
        this.options.onCommitted();
        const now = performance.now();
        this.stats.batches += 1;
        for (const change of batch) {
          if (change.committedAt === undefined) continue;
          const lag = now - change.committedAt;
          this.stats.changes += 1;
          this.stats.maxLagMs = Math.max(this.stats.maxLagMs, lag);
          this.stats.recentLagsMs.push(lag);
        }
        if (this.stats.recentLagsMs.length > RECENT) this.stats.recentLagsMs.splice(0, this.stats.recentLagsMs.length - RECENT);
        return;
      } catch (error) {
        if (attempt === ATTEMPTS) {
          this.stats.failed += 1;
          this.options.logger.error({ err: error, changes: batch.length }, 'deriving scores and warnings after a commit failed; the next change of these projects derives them again');
        }
      }
    }
  }
}
