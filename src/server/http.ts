import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { WebSocketServer } from 'ws';
import type { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { createContext, type AppServices, type Context } from './context.js';
import { Authenticator } from '../modules/auth/auth.service.js';
import { claimIdempotencyKey } from '../modules/idempotency/idempotency.service.js';
import type { Caller } from '../modules/auth/auth.types.js';
import { LimitExceededError, RateLimitedError, ServiceUnavailableError } from '../shared/errors.js';
import { DatabaseHealth } from '../db/health.js';
import { defaultLimits, limitRules, MAX_DOCUMENT_TOKENS, operationCost, type QueryLimits } from './limits/query-limits.js';
import { RateLimiter } from './limits/rate-limiter.js';
import { DEFAULT_MAX_SUBSCRIPTIONS_PER_CONNECTION, SubscriptionBudget } from './limits/subscription-limit.js';
import { EventHub } from '../modules/event/event-hub.js';
import { Live, type LiveOptions } from '../modules/event/live.js';
import { formatError, isUnexpected } from './format-error.js';
import { playgroundAsset, playgroundPage } from './playground.js';
import { countSqlStatements, type SqlStatementCounter } from '../db/sql-statements.js';
import { pendingMigrationCount } from '../db/database.js';
import { handleReportDownload } from '../modules/report/report.http.js';
import { DEMO_DISTRICT_NAME } from '../config.js';
import { ResponseCache, type ResponseCacheOptions } from './response-cache.js';
import { compiledExecutorGateway } from './compiled-executor.js';
import { serveGraphQLOverWebSocket } from './ws.js';
import { HttpError, readBody, sendError, sendJson, sendStatic, withSqlStatementCount } from './http-responses.js';

/** Options of the API server. */
export interface ServerOptions {
  orm: MikroORM;
  /** URL of the same database, for the dedicated LISTEN connection. */
  databaseUrl: string;
  schema: GraphQLSchema;
  logger: Logger;
  port: number;
  host: string;
  maxBodyBytes: number;
  exposeSqlStatementCount: boolean;
  /** HS256 secret that signs and verifies tokens. */
  signingSecret: Uint8Array;
  /** Allow schema introspection (default true: the playground needs it). */
  introspection?: boolean;
  /** Interval of WebSocket keep-alive pings; a client that misses one is dropped. */
  keepAliveMs?: number;
  live?: Partial<LiveOptions>;
  /** Abuse limits; see README "Limits". */
  limits?: Partial<ServerLimits>;
  /** Execute HTTP operations with graphql-jit (default true); false uses graphql-js. */
  compiledExecution?: boolean;
  /** Whole-response cache of queries; see ResponseCache. */
  responseCache?: Partial<ResponseCacheOptions>;
  /** The district's name in report titles (default the demo's, "XX区"). */
  districtName?: string;
}

/** The response cache's defaults: five seconds at most, a thousand answers of up to 1 MB, 64 MB in all. */
export const DEFAULT_RESPONSE_CACHE: ResponseCacheOptions = { ttlMs: 5000, maxEntries: 1000, maxBodyBytes: 1_000_000, maxTotalBytes: 64 * 2 ** 20 };

/** What a caller's answers depend on: who they are, their role and their scope. */
function visibilityKey(caller: Caller): string {
  return `${caller.kind}|${caller.id}|${caller.role}|${caller.unitId ?? ''}|${caller.personId ?? ''}`;
}

/** Per-operation and per-caller limits. */
export interface ServerLimits extends QueryLimits {
  /** Requests (HTTP operations and WebSocket subscribe messages) per caller per minute, with bursts up to a fifth of it. */
  requestsPerMinute: number;
  /** Concurrent operations on one WebSocket connection. */
  maxSubscriptionsPerConnection: number;
}

export const DEFAULT_SERVER_LIMITS: ServerLimits = {
  ...defaultLimits,
  requestsPerMinute: 1200,
  maxSubscriptionsPerConnection: DEFAULT_MAX_SUBSCRIPTIONS_PER_CONNECTION,
};

/** Largest document the parser accepts (graphql-js parses recursively: this bounds its depth too). */

/** A listening API server. */
export interface RunningServer {
  url: string;
  port: number;
  hub: EventHub;
  live: Live;
  /** Stops accepting, drains HTTP requests and closes WebSockets (1001), then resolves. */
  close(): Promise<void>;
}

type ApiContext = Context & { sqlStatements: SqlStatementCounter; cost?: number };

/** Starts the HTTP server with GraphQL over HTTP and graphql-ws on the same port and path `/graphql`. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { orm, schema, logger } = options;
  const health = new DatabaseHealth(options.databaseUrl, logger);
  const hub = new EventHub({ url: options.databaseUrl, orm, logger });
  await hub.start();
  const live = new Live(hub, orm, logger, { coalesceMs: 250, queueCapacity: 256, ...options.live });
  const services: AppServices = { orm, live, districtName: options.districtName ?? DEMO_DISTRICT_NAME };
  const responseCache = new ResponseCache({ ...DEFAULT_RESPONSE_CACHE, ...options.responseCache });
  live.onChange(() => responseCache.clear());
  const authenticator = new Authenticator(orm, options.signingSecret);
  const limits: ServerLimits = { ...DEFAULT_SERVER_LIMITS, ...options.limits };
  const rateLimiter = new RateLimiter({ capacity: Math.max(1, Math.ceil(limits.requestsPerMinute / 5)), refillPerSecond: limits.requestsPerMinute / 60 });
  const subscriptionBudget = new SubscriptionBudget(limits.maxSubscriptionsPerConnection);
  const staticRules = limitRules({ maxDepth: limits.maxDepth, maxAliases: limits.maxAliases, maxCost: limits.maxCost, defaultListSize: limits.defaultListSize });
  /** The cost of an operation with its variables; refused above the limit, before anything runs. */
  const checkCost = (document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | null | undefined): number => {
    const cost = operationCost(schema, document, variables ?? {}, operationName ?? undefined, limits.defaultListSize);
    if (cost > limits.maxCost) {
      throw new LimitExceededError('QUERY_TOO_COSTLY', `operation cost ${cost} exceeds the limit ${limits.maxCost}; ask for smaller pages (first)`, { cost, maxCost: limits.maxCost });
    }
    return cost;
  };
  const httpServer = http.createServer();
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: options.maxBodyBytes });

  const graphqlWs = serveGraphQLOverWebSocket(wsServer, {
    schema,
    services,
    authenticator,
    rateLimiter,
    subscriptionBudget,
    validationRules: staticRules,
    checkCost,
    logger,
    health,
    keepAliveMs: options.keepAliveMs ?? 30_000,
  });

  const apollo = new ApolloServer<ApiContext>({
    ...(options.compiledExecution === false ? { schema } : { gateway: compiledExecutorGateway(schema) }),
    introspection: options.introspection ?? true,
    csrfPrevention: true,
    // main.ts owns shutdown: it drains the server, then closes the database.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    // Logged by the plugin below, with the request id.
    formatError: (formatted, error) => formatError(formatted, error, undefined, () => health.markDown()),
    validationRules: staticRules,
    parseOptions: { maxTokens: MAX_DOCUMENT_TOKENS },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of GraphQL responses here; the plugin would otherwise hook every field.
      ApolloServerPluginCacheControlDisabled(),
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ errors, contextValue, operationName }) {
              for (const error of errors) {
                if (isUnexpected(error)) logger.error({ err: error.originalError ?? error, requestId: contextValue.requestId, caller: contextValue.caller.id, operationName, path: error.path }, 'operation failed');
              }
            },
            async didResolveOperation({ document, request, operationName, contextValue }) {
              try {
                contextValue.cost = checkCost(document, request.variables, operationName);
              } catch (error) {
                throw Object.assign(error as GraphQLError, { extensions: { ...(error as GraphQLError).extensions, http: { status: 400 } } });
              }
            },
            async willSendResponse({ response, contextValue }) {
              if (response.body.kind === 'single' && contextValue.cost !== undefined) {
                response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: contextValue.cost };
              }
              if (options.exposeSqlStatementCount && response.body.kind === 'single') {
                response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: contextValue.sqlStatements.count };
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const handleGraphQL = async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    const method = (request.method ?? 'GET').toUpperCase();
    if (method === 'GET' && (request.headers.accept ?? '').includes('text/html') && !url.searchParams.has('query')) {
      sendStatic(response, await playgroundPage(), false);
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
    let text = '';
    if (method === 'POST') {
      text = await readBody(request, options.maxBodyBytes);
      if ((headers.get('content-type') ?? '').includes('application/json')) {
        try {
          body = text.length ? JSON.parse(text) : undefined;
        } catch {
          throw new HttpError(400, 'request body is not valid JSON');
        }
      } else {
        body = text;
      }
    }
    const requestId = (typeof request.headers['x-request-id'] === 'string' && request.headers['x-request-id'].slice(0, 100)) || randomUUID();
    const caller = await authenticator.authenticate(request.headers.authorization);
    const decision = rateLimiter.take(caller.id);
    if (!decision.allowed) throw new RateLimitedError(decision.retryAfterSeconds);
    const cacheKey = method === 'POST' && request.headers['idempotency-key'] === undefined ? responseCache.keyOf(visibilityKey(caller), body) : undefined;
    // `Cache-Control: no-cache` asks for a fresh answer (which is then kept for the next asker).
    const fresh = /\bno-cache\b/i.test(String(request.headers['cache-control'] ?? ''));
    const cached = cacheKey === undefined || fresh ? undefined : responseCache.get(cacheKey);
    if (cached) {
      // A cached answer runs no SQL at all; say so where the count is asked for.
      const cachedBody = options.exposeSqlStatementCount ? withSqlStatementCount(cached.body, 0) : cached.body;
      response.writeHead(cached.status, { ...cached.headers, 'x-request-id': requestId, 'x-cache': 'HIT', 'content-length': Buffer.byteLength(cachedBody) });
      response.end(cachedBody);
      return;
    }
    const generation = responseCache.generation;
    const sqlStatements: SqlStatementCounter = { count: 0 };
    const httpGraphQLRequest: HTTPGraphQLRequest = { method, headers, search: url.search, body };
    const run = () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest,
        context: async () => Object.assign(createContext(services, caller, requestId), { sqlStatements }),
      });
    // AsyncLocalStorage puts a hook on every promise: pay for it only when the count is wanted.
    const idempotencyKey = method === 'POST' ? request.headers['idempotency-key'] : undefined;
    const claim = typeof idempotencyKey === 'string' ? await claimIdempotencyKey(orm, caller.id, idempotencyKey, text) : undefined;
    if (claim?.kind === 'replay') {
      response.writeHead(claim.response.status, {
        'content-type': 'application/graphql-response+json; charset=utf-8',
        'content-length': Buffer.byteLength(claim.response.body),
        'x-request-id': requestId,
        'idempotent-replayed': 'true',
      });
      response.end(claim.response.body);
      return;
    }
    let result;
    try {
      // AsyncLocalStorage puts a hook on every promise: pay for it only when the count is wanted.
      result = await (options.exposeSqlStatementCount ? countSqlStatements(sqlStatements, run) : run());
    } catch (error) {
      await claim?.finish({ status: 500, body: '' }, false);
      throw error;
    }
    const responseHeaders: Record<string, string> = { 'x-request-id': requestId };
    for (const [key, value] of result.headers) responseHeaders[key] = value;
    if (result.body.kind === 'complete') {
      if (claim) {
        const parsed = JSON.parse(result.body.string) as { data?: Record<string, unknown> | null };
        const committedSomething = !!parsed.data && Object.values(parsed.data).some((value) => value !== null);
        await claim.finish({ status: result.status ?? 200, body: result.body.string }, committedSomething);
      }
      if (cacheKey !== undefined) {
        const { 'x-request-id': _id, ...headers } = responseHeaders;
        responseCache.store(cacheKey, generation, { status: result.status ?? 200, headers, body: result.body.string });
      }
      response.writeHead(result.status ?? 200, { ...responseHeaders, 'content-length': Buffer.byteLength(result.body.string) });
      response.end(result.body.string);
      return;
    }
    response.writeHead(result.status ?? 200, responseHeaders);
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = (request.method ?? 'GET').toUpperCase();
    if (url.pathname === '/graphql') {
      if (!health.available && !(method === 'GET' && (request.headers.accept ?? '').includes('text/html'))) throw new ServiceUnavailableError();
      return handleGraphQL(request, response, url);
    }
    if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'method not allowed');
    if (url.pathname.startsWith('/reports/')) {
      const caller = await authenticator.authenticate(request.headers.authorization);
      if (await handleReportDownload(createContext(services, caller), url.pathname, method, response)) return;
    }
    if (url.pathname === '/healthz') return sendJson(response, 200, { status: 'ok' });
    if (url.pathname === '/readyz') {
      try {
        if (!(await health.probe())) return sendJson(response, 503, { status: 'database unavailable' });
        const pending = await pendingMigrationCount(orm);
        if (pending > 0) return sendJson(response, 503, { status: 'migrations pending', pending });
        return sendJson(response, 200, { status: 'ready' });
      } catch {
        return sendJson(response, 503, { status: 'database unavailable' });
      }
    }
    if (url.pathname === '/' || url.pathname === '/playground' || url.pathname === '/playground/') {
      return sendStatic(response, await playgroundPage(), false);
    }
    if (url.pathname.startsWith('/playground/assets/')) {
      const asset = playgroundAsset(url.pathname.slice('/playground/assets/'.length));
      if (asset) return sendStatic(response, await asset, true);
    }
    throw new HttpError(404, 'not found');
  };

  httpServer.on('request', (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: unknown) => sendError(request, response, error, logger, health));
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    hub,
    live,
    close() {
      closing ??= (async () => {
        health.close();
        const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
        live.close();
        await hub.close();
        await graphqlWs.close();
        await apollo.stop();
        httpServer.closeIdleConnections();
        const timer = setTimeout(() => httpServer.closeAllConnections(), 10_000);
        await stopped;
        clearTimeout(timer);
      })();
      return closing;
    },
  };
}
