import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { createLoaders, type Loaders } from './loaders.js';
import { fromDatabaseError } from '../shared/errors.js';
import { appendEvents, type EventDraft } from '../modules/event/event-log.js';
import type { Live, LiveConnection } from '../modules/event/live.js';

/** Process-wide services an operation may use. */
export interface AppServices {
  orm: MikroORM;
  live: Live;
}

/** What every resolver and service receives: one EntityManager fork and its loaders. */
export interface Context {
  requestId: string;
  orm: MikroORM;
  em: EntityManager;
  loaders: Loaders;
  live: Live;
  /** The WebSocket connection for operations over graphql-ws. */
  connection?: LiveConnection;
  /** A fresh EntityManager fork and loaders, so reads after a write (or per delivery) see committed rows. */
  refresh(this: Context): void;
}

/** The one context factory, shared by HTTP and WebSocket operations. */
export function createContext(services: AppServices, requestId: string = randomUUID(), connection?: LiveConnection): Context {
  const context: Context = {
    requestId,
    orm: services.orm,
    em: services.orm.em.fork(),
    loaders: undefined as unknown as Loaders,
    live: services.live,
    connection,
    // Uses `this`: Apollo hands resolvers a shallow copy of the context object.
    refresh(this: Context) {
      this.em = services.orm.em.fork();
      this.loaders = createLoaders(this.em);
    },
  };
  context.loaders = createLoaders(context.em);
  return context;
}

/** Collects the events a change causes, to be appended with it. */
export interface EventSink {
  add(event: EventDraft): void;
}

/**
 * Runs `work` in one database transaction: all of it commits or none does, the events it records
 * included (appended last, so the event-log lock is held only until the commit). Integrity
 * violations become coded client errors; afterwards the context is refreshed so reads see the
 * new state.
 */
export async function inTransaction<T>(context: Context, work: (em: EntityManager, events: EventSink) => Promise<T>): Promise<T> {
  try {
    return await context.em.transactional(async (em) => {
      const drafts: EventDraft[] = [];
      const result = await work(em, { add: (event) => drafts.push(event) });
      await em.flush();
      await appendEvents(em, drafts);
      return result;
    });
  } catch (error) {
    throw fromDatabaseError(error) ?? error;
  } finally {
    context.refresh();
  }
}
