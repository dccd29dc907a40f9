import { randomUUID } from 'node:crypto';
import type { WebSocket, WebSocketServer } from 'ws';
import { CloseCode } from 'graphql-ws';
import { createSourceEventStream, execute, GraphQLError, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { createContext, type AppServices, type Context } from '../core/context.js';
import type { Caller } from '../modules/auth/auth.types.js';
import { UnauthenticatedError } from '../shared/errors.js';
import { clientAddress, type Callers } from './callers.js';
import { checkVariables, type OperationGuard } from './limits/operation-guard.js';
import type { SubscriptionBudget } from './limits/subscription-limit.js';
import { formatError } from './format-error.js';
import { visibilityKey } from '../realtime/visibility.js';
import { operationKey, sharedExecution } from '../realtime/shared-execution.js';
import { serveGraphQLWs, type SocketExtra } from './graphql-ws-server.js';

/** Keep-alive pings go out in this many slices per interval. */
const KEEP_ALIVE_SLICES = 20;

/** What the WebSocket side shares with the HTTP side of one server. */
export interface GraphQLWebSocketDeps {
  schema: GraphQLSchema;
  services: AppServices;
  callers: Callers;
  /** The same parse, field-count, validation and cost checks as HTTP. */
  guard: OperationGuard;
  subscriptionBudget: SubscriptionBudget;
  logger: Logger;
  /** Told when an error shows the database unreachable. */
  onUnavailable: () => void;
  /** Interval of keep-alive pings; a client that misses one is dropped. */
  keepAliveMs: number;
  /** Counted up when a subscription starts delivering and down when it ends (the metrics' gauge). */
  activeSubscriptions?: { inc(): void; dec(): void };
}

/** What a connection carries besides graphql-ws's own: its credential and the caller it proved. */
type Connection = {
  authorization?: string;
  caller?: Caller;
  expiry?: NodeJS.Timeout;
};

type ConnectionExtra = SocketExtra<Connection>;

/** GraphQL over WebSocket on `wsServer`, and how to cut off the sockets of a revoked API key. */
export interface GraphQLWebSocket {
  /** Closes every connection authenticated with API key `apiKeyId` (4403). */
  closeApiKey(apiKeyId: number): void;
  /** Stops pinging, closes every client with 1001 and detaches. */
  close(): Promise<void>;
}

/**
 * graphql-ws on `wsServer`: authentication in `connection_init`, checked again at every operation
 * and at the credential's expiry (a connection never outlives its token or API key); the same
 * limits as HTTP (failed authentications per address, rate, field count, depth, aliases, cost,
 * introspection, subscriptions per connection), each operation parsed and validated once; masked
 * errors, keep-alive pings, and one shared execution per event for subscribers of the same operation,
 * serialised once and written to each of their sockets (`serveGraphQLWs`, corked per tick).
 */
export function serveGraphQLOverWebSocket(wsServer: WebSocketServer, deps: GraphQLWebSocketDeps): GraphQLWebSocket {
  const { schema, services, callers, guard, subscriptionBudget, logger, keepAliveMs } = deps;
  // Keep-alive: ping every client once per keepAliveMs; one that has not answered the previous ping
  // is gone. The clients are visited a slice at a time, so that 20,000 screens cost a few short
  // bursts spread over the interval rather than one long one that holds up a broadcast.
  const alive = new WeakSet<WebSocket>();
  const byApiKey = new Map<number, Set<WebSocket>>();
  wsServer.on('connection', (socket) => {
    alive.add(socket);
    socket.on('pong', () => alive.add(socket));
  });
  let round: Iterator<WebSocket> | undefined;
  let perSlice = 0;
  const keepAlive = setInterval(() => {
    if (!round) {
      round = wsServer.clients.values();
      // At least one a slice: a round begun with no clients must still end (and the next one see those who came).
      perSlice = Math.max(1, Math.ceil(wsServer.clients.size / KEEP_ALIVE_SLICES));
    }
    for (let visited = 0; visited < perSlice; visited++) {
      const next = round.next();
      if (next.done) {
        round = undefined;
        return;
      }
      const socket = next.value;
      if (!alive.has(socket)) {
        socket.terminate();
        continue;
      }
      alive.delete(socket);
      socket.ping();
    }
  }, keepAliveMs / KEEP_ALIVE_SLICES);
  keepAlive.unref();

  const formatOptions = { logger, onUnavailable: deps.onUnavailable, hideSuggestions: !guard.introspection };
  const maskResult = <R extends { errors?: readonly unknown[] }>(result: R): R => {
    if (!result.errors) return result;
    // graphql-ws serialises errors through toJSON(): hand it the masked form.
    const errors = result.errors.map((error) => {
      const formatted = formatError((error as GraphQLError).toJSON(), error, formatOptions);
      return { ...formatted, toJSON: () => formatted };
    });
    return { ...result, errors };
  };

  /** Remembers the caller of a connection, its expiry timer and (for API keys) the socket by key. */
  const admit = (extra: ConnectionExtra, caller: Caller): void => {
    extra.caller = caller;
    clearTimeout(extra.expiry);
    if (caller.expiresAt !== null) {
      // setTimeout holds at most 2^31-1 ms; a longer-lived token is checked again at each operation.
      const wait = Math.min(Math.max(0, caller.expiresAt - Date.now()), 2 ** 31 - 1);
      extra.expiry = setTimeout(() => extra.socket.close(CloseCode.Unauthorized, 'Token expired'), wait);
      extra.expiry.unref();
    }
    if (caller.apiKeyId !== null) {
      let sockets = byApiKey.get(caller.apiKeyId);
      if (!sockets) byApiKey.set(caller.apiKeyId, (sockets = new Set()));
      sockets.add(extra.socket);
      const apiKeyId = caller.apiKeyId;
      extra.socket.once('close', () => {
        sockets.delete(extra.socket);
        if (sockets.size === 0 && byApiKey.get(apiKeyId) === sockets) byApiKey.delete(apiKeyId);
      });
    }
  };

  const wsCleanup = serveGraphQLWs<Connection>(
    {
      logger,
      // Credentials travel in connection_init: { authorization: 'Bearer …' }; refused ones close with 4403.
      onConnect: async (ctx) => {
        const params = (ctx.connectionParams ?? {}) as Record<string, unknown>;
        const header = params.authorization ?? params.Authorization;
        const extra = ctx.extra as ConnectionExtra;
        extra.authorization = typeof header === 'string' ? header : undefined;
        extra.socket.once('close', () => clearTimeout(extra.expiry));
        try {
          admit(extra, await callers.authenticate(extra.authorization, clientAddress(extra.request)));
          return true;
        } catch (error) {
          if (error instanceof GraphQLError) return false;
          throw error;
        }
      },
      onSubscribe: async (ctx, id, payload) => {
        const extra = ctx.extra as ConnectionExtra;
        // The credential may have expired or been revoked since connection_init.
        try {
          admit(extra, await callers.authenticator.authenticate(extra.authorization));
        } catch (error) {
          if (!(error instanceof UnauthenticatedError)) throw error;
          extra.socket.close(/revoked|unknown/.test(error.message) ? CloseCode.Forbidden : CloseCode.Unauthorized, error.message.slice(0, 120));
          return [error];
        }
        if (!subscriptionBudget.tryOpen(ctx, id)) return [subscriptionBudget.exceededError()];
        try {
          callers.spend(extra.caller!.id);
          checkVariables(payload.variables);
          const prepared = guard.prepare(payload.query);
          const errors = guard.validate(prepared.document);
          if (errors.length) throw errors;
          if (!prepared.operation(payload.operationName)) {
            throw new GraphQLError(payload.operationName ? `No operation named "${payload.operationName.slice(0, 100)}" in the document` : 'The document holds several operations: name one with operationName', {
              extensions: { code: 'OPERATION_RESOLUTION_FAILURE' },
            });
          }
          guard.checkCost(prepared.document, payload.variables, payload.operationName);
          return { schema, document: prepared.document, operationName: payload.operationName, variableValues: payload.variables };
        } catch (error) {
          subscriptionBudget.close(ctx, id);
          if (Array.isArray(error)) return error as GraphQLError[];
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
      },
      onComplete: (ctx, id) => subscriptionBudget.close(ctx, id),
      context: (ctx) => {
        const extra = ctx.extra as ConnectionExtra;
        return createContext(services, extra.caller!, randomUUID(), { close: (code: number, reason: string) => extra.socket.close(code, reason) });
      },
      execute: async (args: ExecutionArgs) => maskResult(await execute(args)),
      subscribe: async (args: ExecutionArgs) => {
        const source = await createSourceEventStream(args);
        if (!(Symbol.asyncIterator in source)) return maskResult(source);
        // Every subscriber of a topic receives the same payload object; subscribers who may see the
        // same things and run the same operation share one execution of it (thousands of screens, one result).
        // The result object is the same for all of them too, so it is serialised once (serveGraphQLWs).
        const key = `${visibilityKey((args.contextValue as Context).caller)}\u0000${operationKey(args)}`;
        const run = async (payload: unknown) => maskResult(await execute({ ...args, rootValue: payload }));
        return sharedResults(source[Symbol.asyncIterator](), (payload) => sharedExecution(payload, key, run), deps.activeSubscriptions);
      },
      onError: (_ctx, _id, _payload, errors) => {
        logger.debug({ errors: errors.map((error) => error.message.slice(0, 300)) }, 'graphql-ws operation refused');
      },
    },
    wsServer,
  );

  return {
    closeApiKey(apiKeyId) {
      for (const socket of byApiKey.get(apiKeyId) ?? []) socket.close(CloseCode.Forbidden, 'API key revoked');
      byApiKey.delete(apiKeyId);
    },
    async close() {
      clearInterval(keepAlive);
      for (const client of wsServer.clients) client.close(1001, 'server shutting down');
      await wsCleanup.dispose();
    },
  };
}

/**
 * The results of `source`'s events (`execute` of each: the shared execution), counted in `gauge`
 * from now until the stream ends — done, failed, or returned (a complete message or a closed
 * socket), whichever comes first, once. One iterator with promise chains rather than two nested
 * async wrappers: it runs once per subscriber per event, thousands of times per event.
 */
function sharedResults<T>(
  source: AsyncIterator<unknown>,
  execute: (payload: unknown) => Promise<T>,
  gauge: { inc(): void; dec(): void } | undefined,
): AsyncIterableIterator<T> {
  gauge?.inc();
  let open = true;
  const end = () => {
    if (open) gauge?.dec();
    open = false;
  };
  const failed = (error: unknown): never => {
    end();
    throw error;
  };
  const step = (result: IteratorResult<unknown>): IteratorResult<T> | Promise<IteratorResult<T>> => {
    if (result.done) {
      end();
      return result;
    }
    return execute(result.value).then((value) => ({ value, done: false }), failed);
  };
  return {
    next: () => source.next().then(step, failed),
    async return() {
      end();
      await source.return?.();
      return { value: undefined, done: true };
    },
    async throw(error?: unknown) {
      end();
      if (!source.throw) throw error;
      return step(await source.throw(error));
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
