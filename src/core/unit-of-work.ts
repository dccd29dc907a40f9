import type { EntityManager } from '@mikro-orm/postgresql';
import { fromDatabaseError } from '../shared/errors.js';
import { appendEvents, type EventDraft } from './event-log.js';
import { auditStatement, hasRecordedChanges, recordChanges } from './audit-recorder.js';
import type { Caller } from '../modules/auth/auth.types.js';
import type { WriteGate } from '../db/write-gate.js';

/** Collects the events a change causes, to be appended with it. */
export interface EventSink {
  add(event: EventDraft): void;
  /** An event the change appended itself (in SQL): derive what it affects after the commit, append nothing. */
  derive(event: EventDraft): void;
}

/**
 * Derived data of a change (scores, warnings): given the events a committed change appended,
 * recompute what they affect (in a transaction of its own, see Derivations) and return the events
 * that causes. Handed over at wiring time, so that this layer depends on no feature module.
 */
export type Deriver = (em: EntityManager, drafts: readonly EventDraft[]) => Promise<EventDraft[]>;

/** What the unit of work needs of an operation's context. */
export interface UnitOfWorkContext {
  readonly em: EntityManager;
  readonly caller: Caller;
  readonly requestId: string;
  readonly writeGate: WriteGate;
  /** Derives the data a committed change affects, after the commit (see Derivations). */
  readonly derivations: { enqueue(drafts: readonly EventDraft[]): void; admit(): Promise<void> };
  readonly live: { readonly reads: { committed(): void } };
  /** Drops the EntityManager fork and loaders, so later reads see the committed rows. */
  refresh(): void;
}

/**
 * Runs `work` (the service operation `operation`) as one unit of work: admitted by the write gate
 * (SERVER_BUSY if it cannot get a turn), in one database transaction where all of it commits or
 * none does, including its audit rows (留痕: who, when, before, after) and the events it records.
 * After `work` the unit of work flushes; if no row changed, the events are dropped (a call that
 * changes nothing announces nothing); audit rows and events are appended last in one statement,
 * so the event-log lock is held only until the commit. Integrity violations become coded client
 * errors. After the commit the derived data (scores, warnings) is recomputed in the background,
 * coalesced with other changes (Derivations), this instance's read caches are dropped (read your
 * writes) and the context refreshed.
 *
 * Throwing from `work` rolls everything back; the error reaches the caller unchanged (or as the
 * coded error of a database constraint).
 */
export async function inTransaction<T>(context: UnitOfWorkContext, operation: string, work: (em: EntityManager, events: EventSink) => Promise<T>): Promise<T> {
  try {
    // Derived data may not fall more than a moment behind: a change waits while it does.
    await context.derivations.admit();
    const drafts: EventDraft[] = [];
    const appendedBySql: EventDraft[] = [];
    const result = await context.writeGate.run(() =>
      context.em.transactional(async (em) => {
        recordChanges(em);
        drafts.length = 0;
        appendedBySql.length = 0;
        const result = await work(em, { add: (event) => drafts.push(event), derive: (event) => appendedBySql.push(event) });
        await em.flush();
        if (!hasRecordedChanges(em)) drafts.length = 0;
        await appendEvents(em, drafts, auditStatement(em, context.caller, context.requestId, operation));
        return result;
      }),
    );
    context.derivations.enqueue([...drafts, ...appendedBySql]);
    context.live.reads.committed();
    return result;
  } catch (error) {
    throw fromDatabaseError(error) ?? error;
  } finally {
    context.refresh();
  }
}
