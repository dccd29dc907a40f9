import { AsyncLocalStorage } from 'node:async_hooks';

/** Counts SQL statements sent on behalf of one unit of work (a GraphQL operation). */
export interface SqlStatementCounter {
  count: number;
}

const storage = new AsyncLocalStorage<SqlStatementCounter>();

/** Runs `work` with a fresh counter; every statement it causes is counted in `counter.count`. */
export function countSqlStatements<T>(counter: SqlStatementCounter, work: () => T): T {
  return storage.run(counter, work);
}

/** Called for each statement the driver sends. */
export function recordSqlStatement(): void {
  const counter = storage.getStore();
  if (counter) counter.count += 1;
}
