import { startEscalationSweeper } from './scheduler.js';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { WebSocketServer } from 'ws';
import type { AppServices } from '../core/context.js';
import { Authenticator } from '../modules/auth/auth.service.js';
import { ServiceUnavailableError } from '../shared/errors.js';
import { DatabaseHealth } from '../db/health.js';
import { WriteGate } from '../db/write-gate.js';
import { pendingMigrationCount, ping } from '../db/database.js';
import { EventHub } from '../realtime/event-hub.js';
import { EventType } from '../modules/event/event.entity.js';
import { Live } from '../realtime/live.js';
import { deleteExpiredIdempotencyKeys } from '../modules/idempotency/idempotency.service.js';
import { DEMO_DISTRICT_NAME } from '../config.js';
import { ResponseCache } from '../realtime/response-cache.js';
import { serveGraphQLOverWebSocket } from './ws.js';
import { sendError } from './http-responses.js';
import { Callers } from './callers.js';
import { OperationGuard } from './limits/operation-guard.js';
import { SubscriptionBudget } from './limits/subscription-limit.js';
import { createApollo } from './apollo.js';
import { graphqlHttpHandler } from './graphql-http.js';
import { applyCors } from './cors.js';
import { DownloadLinks } from './download-links.js';
import { createRoutes } from './routes.js';
import { createLoaders } from './loaders.js';
import { deriveEvents, recomputeYearDraft } from '../modules/assessment/derived.js';
import { currentYear } from '../shared/dates.js';
import { Derivations } from '../core/derivations.js';
import { withDefaults, type ServerOptions } from './options.js';
import { metricsHandler, ServerMetrics } from './metrics.js';
import { createAccessLog } from './access-log.js';

export { DEFAULT_RESPONSE_CACHE, DEFAULT_SERVER_LIMITS, type ServerLimits, type ServerOptions } from './options.js';

/** A listening API server. */
export interface RunningServer {
  url: string;
  port: number;
  hub: EventHub;
  live: Live;
  /** Derived data after each commit; `settled()` waits for it (tests, tools). */
  derivations: Derivations;
  /** Stops accepting, drains HTTP requests and closes WebSockets (1001), then resolves. */
  close(): Promise<void>;
}

const IDEMPOTENCY_SWEEP_MS = 10 * 60_000;

/** Starts the HTTP server with GraphQL over HTTP and graphql-ws on the same port and path `/graphql`. */
export async function startServer(serverOptions: ServerOptions): Promise<RunningServer> {
  const options = withDefaults(serverOptions);
  const { orm, schema, logger, limits } = options;
  let migrationsApplied = false;
  const health = new DatabaseHealth(options.databaseUrl, logger, {
    ping: () => ping(orm),
    pendingMigrations: async () => {
      // Once every migration is applied none can appear while the process runs.
      if (migrationsApplied) return 0;
      const pending = await pendingMigrationCount(orm);
      migrationsApplied = pending === 0;
      return pending;
    },
  });
  const onUnavailable = () => health.reportFailure();
  const hub = new EventHub({ url: options.databaseUrl, orm, logger });
  await hub.start();
  const live = new Live(hub, orm, logger, { coalesceMs: 250, queueCapacity: 256, ...options.live });
  const downloadLinks = new DownloadLinks(options.signingSecret);
  const derivations = new Derivations({ orm, deriver: deriveEvents, logger, onCommitted: () => live.reads.committed() });
  const services: AppServices = {
    orm,
    live,
    districtName: options.districtName ?? DEMO_DISTRICT_NAME,
    writeGate: new WriteGate(options.writeGate),
    derivations,
    createLoaders,
    signDownload: (path, signer) => downloadLinks.sign(path, signer),
  };
  const stopEscalations = startEscalationSweeper(services, logger, options.escalationSweepMs);
  // Derived data is recomputed after each commit; what a stop between a commit and its batch left
  // undone is repaired here, in the background: the current year's scores, all of them.
  derivations.repair([recomputeYearDraft(currentYear())]);
  const responseCache = new ResponseCache(options.responseCache);
  live.reads.onChange(() => responseCache.clear());
  const authenticator = new Authenticator(orm, options.signingSecret);
  const callers = new Callers(authenticator, limits);
  const guard = new OperationGuard(schema, { ...limits, introspection: options.introspection });
  const apollo = await createApollo({ ...options, ...limits, guard, onUnavailable });

  const httpServer = http.createServer();
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: options.maxBodyBytes });
  const metrics = new ServerMetrics({ orm, wsServer, responseCache, writeGate: services.writeGate, hub, derivations });
  const graphqlWs = serveGraphQLOverWebSocket(wsServer, {
    schema,
    services,
    callers,
    guard,
    subscriptionBudget: new SubscriptionBudget(limits.maxSubscriptionsPerConnection),
    logger,
    onUnavailable,
    keepAliveMs: options.keepAliveMs,
    activeSubscriptions: metrics.activeSubscriptions,
  });
  // A revoked API key stops working everywhere at once: every instance receives the event.
  const unsubscribeRevocations = hub.subscribe((events) => {
    for (const event of events) {
      if (event.type !== EventType.API_KEY_REVOKED) continue;
      const apiKeyId = Number(event.payload.apiKeyId);
      authenticator.forgetApiKey(apiKeyId);
      graphqlWs.closeApiKey(apiKeyId);
    }
  });
  const route = createRoutes({
    graphql: graphqlHttpHandler({ ...options, apollo, guard, callers, responseCache, services }),
    callers,
    health,
    services,
    maxEvidenceBytes: options.maxEvidenceBytes,
    downloadLinks,
  });
  const corsOrigins = new Set(options.corsOrigins ?? []);

  // /metrics is answered here, beside the routes: it reads this server's own state.
  const serveMetrics = metricsHandler(metrics, callers, options.metricsToken);
  const accessLog = options.accessLog === false ? undefined : createAccessLog(options.accessLog === true || options.accessLog === undefined ? logger : options.accessLog);

  let closing: Promise<void> | undefined;
  httpServer.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const requestId = (typeof request.headers['x-request-id'] === 'string' && request.headers['x-request-id'].slice(0, 100)) || randomUUID();
    response.setHeader('x-request-id', requestId);
    // CORS first: a preflight carries no credentials and is answered before authentication.
    if (applyCors(corsOrigins, request, response)) return;
    accessLog?.(request, response);
    metrics.observeRequest(request, response);
    // Draining: requests still arriving on kept-alive connections are sent elsewhere, and the connection closed.
    if (closing) {
      response.setHeader('connection', 'close');
      return sendError(request, response, new ServiceUnavailableError('the server is shutting down; retry (another instance will answer)'), logger, onUnavailable);
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    (url.pathname === '/metrics' ? serveMetrics(request, response) : route(request, response, url, requestId)).catch((error: unknown) => sendError(request, response, error, logger, onUnavailable));
  });

  const sweepIdempotency = () => void deleteExpiredIdempotencyKeys(orm, options.idempotencyTtlMs).catch((error: unknown) => logger.warn({ err: error }, 'deleting expired idempotency keys failed'));
  const sweeper = setInterval(sweepIdempotency, IDEMPOTENCY_SWEEP_MS);
  sweeper.unref();
  sweepIdempotency();

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;

  return {
    url: `http://${host}:${port}/graphql`,
    port,
    hub,
    live,
    derivations,
    close() {
      closing ??= (async () => {
        clearInterval(sweeper);
        stopEscalations();
        health.close();
        unsubscribeRevocations();
        metrics.close();
        const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
        live.close();
        await hub.close();
        await graphqlWs.close();
        httpServer.closeIdleConnections();
        const timer = setTimeout(() => httpServer.closeAllConnections(), 10_000);
        await stopped;
        clearTimeout(timer);
        // The last writes' derived data commits before the database closes.
        await derivations.close();
        await apollo.stop();
      })();
      return closing;
    },
  };
}
