import { randomUUID } from 'node:crypto';
import type { WebSocket, WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { createSourceEventStream, execute, GraphQLError, parse, print, specifiedRules, validate, type DocumentNode, type ExecutionArgs, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { Logger } from 'pino';
import { createContext, type AppServices, type Context } from './context.js';
import type { Authenticator } from '../modules/auth/auth.service.js';
import type { Caller } from '../modules/auth/auth.types.js';
import { RateLimitedError, UnauthenticatedError } from '../shared/errors.js';
import type { DatabaseHealth } from '../db/health.js';
import { MAX_DOCUMENT_TOKENS } from './limits/query-limits.js';
import type { RateLimiter } from './limits/rate-limiter.js';
import type { SubscriptionBudget } from './limits/subscription-limit.js';
import { mapAsyncIterable } from '../shared/async-iterable.js';
import { formatError } from './format-error.js';

const printed = new WeakMap<object, string>();

/** Identifies an operation: its document, operation name and variables. */
function operationKey(args: ExecutionArgs): string {
  let text = printed.get(args.document);
  if (text === undefined) {
    text = print(args.document);
    printed.set(args.document, text);
  }
  return `${args.operationName ?? ''}\u0000${JSON.stringify(args.variableValues ?? {})}\u0000${text}`;
}

const executions = new WeakMap<object, Map<string, Promise<unknown>>>();

/** Runs `run` once per (payload object, operation key); later callers get the same result. */
function sharedExecution<T>(payload: unknown, key: string, run: () => Promise<T>): Promise<T> {
  if (typeof payload !== 'object' || payload === null) return run();
  let byKey = executions.get(payload);
  if (!byKey) {
    byKey = new Map();
    executions.set(payload, byKey);
  }
  let result = byKey.get(key) as Promise<T> | undefined;
  if (!result) {
    result = run();
    byKey.set(key, result);
  }
  return result;
}

/** What the WebSocket side shares with the HTTP side of one server. */
export interface GraphQLWebSocketDeps {
  schema: GraphQLSchema;
  services: AppServices;
  authenticator: Authenticator;
  rateLimiter: RateLimiter;
  subscriptionBudget: SubscriptionBudget;
  /** The depth, alias and cost rules HTTP operations get. */
  validationRules: readonly ValidationRule[];
  /** Refuses an operation whose cost with its variables is over the limit. */
  checkCost(document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | null | undefined): number;
  logger: Logger;
  health: DatabaseHealth;
  /** Interval of keep-alive pings; a client that misses one is dropped. */
  keepAliveMs: number;
}

/**
 * graphql-ws on `wsServer`: authentication in `connection_init`, the same limits as HTTP (rate,
 * depth, aliases, cost, subscriptions per connection), masked errors, keep-alive pings, and one
 * shared execution per event for subscribers of the same operation.
 */
export function serveGraphQLOverWebSocket(wsServer: WebSocketServer, deps: GraphQLWebSocketDeps): { close(): Promise<void> } {
  const { schema, services, authenticator, rateLimiter, subscriptionBudget, checkCost, logger, health, keepAliveMs } = deps;
  const staticRules = deps.validationRules;
  // Keep-alive: ping every client; one that has not answered the previous ping is gone.
  const alive = new WeakSet<WebSocket>();
  wsServer.on('connection', (socket) => {
    alive.add(socket);
    socket.on('pong', () => alive.add(socket));
  });
  const keepAlive = setInterval(() => {
    for (const socket of wsServer.clients) {
      if (!alive.has(socket)) {
        socket.terminate();
        continue;
      }
      alive.delete(socket);
      socket.ping();
    }
  }, keepAliveMs);
  keepAlive.unref();

  const maskResult = <R extends { errors?: readonly unknown[] }>(result: R): R => {
    if (!result.errors) return result;
    // graphql-ws serialises errors through toJSON(): hand it the masked form.
    const errors = result.errors.map((error) => {
      const formatted = formatError((error as GraphQLError).toJSON(), error, logger, () => health.markDown());
      return { ...formatted, toJSON: () => formatted };
    });
    return { ...result, errors };
  };
  const wsCleanup = useServer(
    {
      schema,
      // Credentials travel in connection_init: { authorization: 'Bearer …' }; refused ones close with 4403.
      onConnect: async (ctx) => {
        const params = (ctx.connectionParams ?? {}) as Record<string, unknown>;
        const header = params.authorization ?? params.Authorization;
        try {
          (ctx.extra as { caller?: Caller }).caller = await authenticator.authenticate(typeof header === 'string' ? header : undefined);
          return true;
        } catch (error) {
          if (error instanceof UnauthenticatedError) return false;
          throw error;
        }
      },
      validate: (schemaToValidate, document) => validate(schemaToValidate, document, [...specifiedRules, ...staticRules]),
      onSubscribe: (ctx, id, payload) => {
        const caller = (ctx.extra as { caller?: Caller }).caller!;
        const decision = rateLimiter.take(caller.id);
        if (!decision.allowed) return [new RateLimitedError(decision.retryAfterSeconds)];
        if (!subscriptionBudget.tryOpen(ctx, id)) return [subscriptionBudget.exceededError()];
        try {
          const document = parse(payload.query, { maxTokens: MAX_DOCUMENT_TOKENS });
          if (validate(schema, document, [...specifiedRules, ...staticRules]).length === 0) checkCost(document, payload.variables ?? undefined, payload.operationName);
        } catch (error) {
          subscriptionBudget.close(ctx, id);
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        return undefined;
      },
      onComplete: (ctx, id) => subscriptionBudget.close(ctx, id),
      context: (ctx) => {
        const socket = ctx.extra.socket;
        const caller = (ctx.extra as { caller?: Caller }).caller!;
        return createContext(services, caller, randomUUID(), { close: (code: number, reason: string) => socket.close(code, reason) });
      },
      execute: async (args: ExecutionArgs) => maskResult(await execute(args)),
      subscribe: async (args: ExecutionArgs) => {
        const source = await createSourceEventStream(args);
        if (!(Symbol.asyncIterator in source)) return maskResult(source);
        // Every subscriber of a topic receives the same payload object; subscribers with the same
        // operation share one execution of it (thousands of screens, one result).
        const key = `${(args.contextValue as Context).caller.role}\u0000${operationKey(args)}`;
        return mapAsyncIterable(source, (payload) => sharedExecution(payload, key, async () => maskResult(await execute({ ...args, rootValue: payload }))));
      },
      onError: (_ctx, _id, _payload, errors) => {
        logger.debug({ errors }, 'graphql-ws operation rejected');
      },
    },
    wsServer,
  );

  return {
    /** Stops pinging, closes every client with 1001 and detaches. */
    async close() {
      clearInterval(keepAlive);
      for (const client of wsServer.clients) client.close(1001, 'server shutting down');
      await wsCleanup.dispose();
    },
  };
}
