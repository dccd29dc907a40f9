import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ADMIN_TOKEN } from './tokens.js';

/** A live subscription of a real graphql-ws client, collecting what it receives. */
export interface TestSubscription<T> {
  /** Every `data` received so far. */
  values: T[];
  /** Errors received (GraphQL errors in results, or a failed subscription). */
  errors: unknown[];
  /** Resolves with the n-th value (1-based), or rejects after `timeoutMs`. */
  nth(n: number, timeoutMs?: number): Promise<T>;
  /** Waits until `predicate` holds for the values received, or rejects after `timeoutMs`. */
  until(predicate: (values: T[]) => boolean, timeoutMs?: number): Promise<T[]>;
  /** Resolves when the socket closes, with its code and reason. */
  closed: Promise<{ code: number; reason: string }>;
  /** Resolves when the subscription ends (complete or error). */
  ended: Promise<void>;
  client: Client;
  dispose(): Promise<void>;
}

/** Opens a graphql-ws connection to `wsUrl` and subscribes to one operation. */
export function subscribe<R, V>(
  wsUrl: string,
  document: TypedDocumentNode<R, V> | string,
  variables?: V,
  { token = ADMIN_TOKEN }: { token?: string | null } = {},
): TestSubscription<R> {
  const values: R[] = [];
  const errors: unknown[] = [];
  let resolveClosed!: (value: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (resolveClosed = resolve));
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    onNonLazyError: (error) => errors.push(error),
    on: { closed: (event) => resolveClosed({ code: (event as { code: number }).code, reason: String((event as { reason: unknown }).reason) }) },
  });
  const waiters = new Set<() => void>();
  const notify = () => waiters.forEach((waiter) => waiter());
  let resolveEnded!: () => void;
  const ended = new Promise<void>((resolve) => (resolveEnded = resolve));
  client.subscribe<R>(
    { query: typeof document === 'string' ? document : print(document), variables: variables as Record<string, unknown> | undefined },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        if (result.data) values.push(result.data as R);
        notify();
      },
      error: (error) => {
        errors.push(error);
        notify();
        resolveEnded();
      },
      complete: () => {
        notify();
        resolveEnded();
      },
    },
  );
  const until = (predicate: (values: R[]) => boolean, timeoutMs = 10_000) =>
    new Promise<R[]>((resolve, reject) => {
      const check = () => {
        if (predicate(values)) {
          waiters.delete(check);
          clearTimeout(timer);
          resolve(values);
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`timed out with ${values.length} values: ${JSON.stringify(values).slice(0, 500)}; errors ${JSON.stringify(errors)}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  return {
    values,
    errors,
    nth: async (n, timeoutMs) => (await until((received) => received.length >= n, timeoutMs))[n - 1],
    until,
    closed,
    ended,
    client,
    dispose: () => client.dispose() as Promise<void>,
  };
}
