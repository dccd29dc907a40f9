import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { createLoaders, type Loaders } from './loaders.js';
import { fromDatabaseError } from '../shared/errors.js';

/** What every resolver and service receives: one EntityManager fork and its loaders. */
export interface Context {
  requestId: string;
  em: EntityManager;
  loaders: Loaders;
  /** Drops cached entities and loaders, so reads after a write see the committed rows. */
  refresh(): void;
}

/** The one context factory, shared by HTTP and WebSocket operations. */
export function createContext(orm: MikroORM, requestId: string = randomUUID()): Context {
  const em = orm.em.fork();
  const context: Context = {
    requestId,
    em,
    loaders: createLoaders(em),
    refresh() {
      em.clear();
      context.loaders = createLoaders(em);
    },
  };
  return context;
}

/**
 * Runs `work` in one database transaction: all of it commits or none does. Integrity violations
 * become coded client errors; afterwards the context is refreshed so reads see the new state.
 */
export async function inTransaction<T>(context: Context, work: (em: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await context.em.transactional(work);
  } catch (error) {
    throw fromDatabaseError(error) ?? error;
  } finally {
    context.refresh();
  }
}
