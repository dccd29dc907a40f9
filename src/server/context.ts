import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { createLoaders, type Loaders } from './loaders.js';
import { fromDatabaseError } from '../shared/errors.js';
import { appendEvents, type EventDraft } from '../modules/event/event-log.js';
import type { Live, LiveConnection } from '../modules/event/live.js';
import { deriveEvents } from '../modules/assessment/derived.js';
import { auditStatement, hasRecordedChanges, recordChanges } from '../modules/audit/audit-recorder.js';
import type { Caller } from '../modules/auth/auth.types.js';
import type { WriteGate } from '../db/write-gate.js';

/** Process-wide services an operation may use. */
export interface AppServices {
  orm: MikroORM;
  live: Live;
  /** The district's name in report titles. */
  districtName: string;
  /** Admits write transactions a few at a time (see WriteGate). */
  writeGate: WriteGate;
}

/**
 * What every resolver and service receives: an EntityManager fork and its loaders (made on first
 * use, so a subscription that only relays shared values costs no fork), the live subscriptions and
 * the caller's connection. A class, because Apollo hands resolvers a shallow copy made with the
 * same prototype: state lives in own fields, behaviour on the prototype.
 */
export class Context {
  private currentEm: EntityManager | undefined;
  private currentLoaders: Loaders | undefined;

  constructor(
    private readonly services: AppServices,
    /** Who is calling; services authorise against it. */
    readonly caller: Caller,
    readonly requestId: string = randomUUID(),
    /** The WebSocket connection for operations over graphql-ws. */
    readonly connection?: LiveConnection,
  ) {}

  get orm(): MikroORM {
    return this.services.orm;
  }

  get live(): Live {
    return this.services.live;
  }

  get writeGate(): WriteGate {
    return this.services.writeGate;
  }

  get districtName(): string {
    return this.services.districtName;
  }

  get em(): EntityManager {
    return (this.currentEm ??= this.services.orm.em.fork());
  }

  get loaders(): Loaders {
    return (this.currentLoaders ??= createLoaders(this.em));
  }

  /** A fresh EntityManager fork and loaders, so reads after a write (or per delivery) see committed rows. */
  refresh(): void {
    this.currentEm = undefined;
    this.currentLoaders = undefined;
  }
}

/** The one context factory, shared by HTTP and WebSocket operations. */
export function createContext(services: AppServices, caller: Caller, requestId: string = randomUUID(), connection?: LiveConnection): Context {
  return new Context(services, caller, requestId, connection);
}

/** Collects the events a change causes, to be appended with it. */
export interface EventSink {
  add(event: EventDraft): void;
}

/**
 * Runs `work` (the service operation `operation`) in one database transaction: all of it commits
 * or none does, including its audit rows (留痕: who, when, before, after) and the events it records
 * (appended last, so the event-log lock is held only until the commit; none when no row changed). Integrity violations
 * become coded client errors; afterwards the context is refreshed so reads see the new state.
 */
export async function inTransaction<T>(
  context: Context,
  operation: string,
  work: (em: EntityManager, events: EventSink) => Promise<T>,
): Promise<T> {
  try {
    const result = await context.writeGate.run(() => context.em.transactional(async (em) => {
      recordChanges(em);
      const drafts: EventDraft[] = [];
      const result = await work(em, { add: (event) => drafts.push(event) });
      await em.flush();
      // A call that changed no row (the plan it already has, the same values again) announces nothing.
      if (!hasRecordedChanges(em)) drafts.length = 0;
      if (drafts.length) drafts.push(...(await deriveEvents(em, drafts)));
      await appendEvents(em, drafts, auditStatement(em, context.caller, context.requestId, operation));
      return result;
    }));
    context.live.clearReads();
    return result;
  } catch (error) {
    throw fromDatabaseError(error) ?? error;
  } finally {
    context.refresh();
  }
}
