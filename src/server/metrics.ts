import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Derivations } from '../core/derivations.js';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { WebSocketServer } from 'ws';
import type { EventRecord } from '../core/event-log.js';
import type { WriteGate } from '../db/write-gate.js';
import { Role } from '../modules/auth/auth.types.js';
import type { EventHub } from '../realtime/event-hub.js';
import type { ResponseCache } from '../realtime/response-cache.js';
import { ForbiddenError } from '../shared/errors.js';
import type { Callers } from './callers.js';
import { HttpError } from './http-responses.js';
import { noteRequest, requestInfo } from './request-info.js';

/** At most this many distinct operation names get a series of their own; later ones count as "other". */
export const MAX_OPERATION_NAMES = 50;
/** Operation names are cut to this many characters. */
export const MAX_OPERATION_NAME_LENGTH = 64;

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/**
 * Bounds the `operation` label: a name that is absent or not a GraphQL name is "unknown", names
 * are cut to 64 characters, and once `max` distinct names were seen every new one is "other"
 * (first come, first kept, for the life of the process: a series never changes its meaning).
 */
export class OperationNames {
  private readonly known = new Set<string>();

  constructor(
    readonly max = MAX_OPERATION_NAMES,
    readonly maxLength = MAX_OPERATION_NAME_LENGTH,
  ) {}

  /** The label value for `name`. */
  label(name: string | undefined): string {
    if (name === undefined) return 'unknown';
    const cut = name.slice(0, this.maxLength);
    if (!GRAPHQL_NAME.test(cut)) return 'unknown';
    if (this.known.has(cut)) return cut;
    if (this.known.size >= this.max) return 'other';
    this.known.add(cut);
    return cut;
  }
}

/** The kind of route a path belongs to: a small fixed set, whatever the path (ids never become labels). */
export function routeKind(path: string): string {
  switch (path) {
    case '/graphql':
      return 'graphql';
    case '/healthz':
    case '/readyz':
    case '/metrics':
    case '/evidence':
      return path.slice(1);
    case '/':
      return 'playground';
  }
  for (const kind of ['reports', 'documents', 'evidence', 'playground', 'screen']) {
    if (path === `/${kind}` || path.startsWith(`/${kind}/`)) return kind;
  }
  return 'other';
}

/** The path of a request target without its query string (which may carry a document or variables). */
export function pathOf(target: string | undefined): string {
  const path = (target ?? '/').split('?', 1)[0].split('#', 1)[0];
  return path.slice(0, 200);
}

/** The part of tarn's pool (knex's, hence MikroORM's) read at scrape time. */
interface PoolLike {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
  max: number;
}

function poolOf(orm: MikroORM): PoolLike | undefined {
  try {
    const pool = (orm.em.getConnection().getKnex().client as { pool?: unknown }).pool;
    return pool && typeof (pool as PoolLike).numUsed === 'function' ? (pool as PoolLike) : undefined;
  } catch {
    // Closed or not connected yet: no pool to report.
    return undefined;
  }
}

// Process metrics (CPU, memory, event loop, GC) exist once per process: a second server in the same
// process (tests, several instances) reads the same collectors rather than starting more observers.
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** What the metrics read at scrape time. */
export interface MetricsSources {
  orm: MikroORM;
  wsServer: WebSocketServer;
  responseCache: ResponseCache;
  writeGate: WriteGate;
  hub: EventHub;
  derivations: Derivations;
}

const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The server's Prometheus metrics, on a registry of its own (never prom-client's global one) that
 * also holds prom-client's default process metrics. Counters and histograms are fed as things
 * happen (requests, subscriptions, events); gauges of state (sockets, pool, cache, write gate) are
 * read from their owners at scrape time. Every label has a bounded set of values.
 */
export class ServerMetrics {
  /** The registry `/metrics` answers from. */
  readonly registry: Registry;
  /** graphql-ws subscriptions delivering now (ws.ts counts them up and down). */
  readonly activeSubscriptions: Gauge;
  private readonly requests: Counter<'route' | 'method' | 'status' | 'operation'>;
  private readonly durations: Histogram<'route' | 'status' | 'operation'>;
  private readonly eventLag: Histogram;
  private readonly operationNames: OperationNames;
  private readonly unsubscribe: () => void;

  constructor(sources: MetricsSources, options: { maxOperationNames?: number } = {}) {
    const { orm, wsServer, responseCache, writeGate, hub, derivations } = sources;
    this.operationNames = new OperationNames(options.maxOperationNames);
    const own = new Registry();
    const registers = [own];
    this.requests = new Counter({
      name: 'keyproject_http_requests_total',
      help: 'HTTP requests answered, by route kind, method, status and (for /graphql) operation name',
      labelNames: ['route', 'method', 'status', 'operation'],
      registers,
    });
    this.durations = new Histogram({
      name: 'keyproject_http_request_duration_seconds',
      help: 'Time from receiving an HTTP request to the end of its response, by route kind, status and (for /graphql) operation name',
      labelNames: ['route', 'status', 'operation'],
      buckets: SECONDS_BUCKETS,
      registers,
    });
    new Gauge({
      name: 'keyproject_ws_connections',
      help: 'WebSocket (graphql-ws) connections open on this instance',
      registers,
      collect() {
        this.set(wsServer.clients.size);
      },
    });
    this.activeSubscriptions = new Gauge({
      name: 'keyproject_ws_subscriptions',
      help: 'graphql-ws subscriptions delivering on this instance',
      registers,
    });
    this.eventLag = new Histogram({
      name: 'keyproject_event_delivery_lag_seconds',
      help: "Time from an event's occurredAt (its transaction's start, by the database clock) to its delivery by this instance's event hub",
      buckets: [...SECONDS_BUCKETS, 30, 60],
      registers,
    });
    // Derived data after each commit (src/core/derivations.ts): how far behind the commits it runs.
    new Gauge({
      name: 'keyproject_derivation_lag_seconds',
      help: 'Commit-to-settled time of the derived data (scores, warnings) of recent changes on this instance: quantiles over the last changes, and the largest since start',
      labelNames: ['quantile'],
      registers,
      collect() {
        const lags = [...derivations.stats.recentLagsMs].sort((a, b) => a - b);
        const at = (q: number) => (lags.length ? lags[Math.min(lags.length - 1, Math.floor(q * lags.length))] / 1000 : 0);
        this.set({ quantile: '0.5' }, at(0.5));
        this.set({ quantile: '0.99' }, at(0.99));
        this.set({ quantile: 'max' }, derivations.stats.maxLagMs / 1000);
      },
    });
    new Counter({
      name: 'keyproject_derivation_changes_total',
      help: 'Committed changes whose derived data has settled',
      registers,
      collect() {
        this.reset();
        this.inc(derivations.stats.changes);
      },
    });
    new Counter({
      name: 'keyproject_derivation_batches_total',
      help: 'Derivation transactions (changes committed meanwhile are derived together)',
      registers,
      collect() {
        this.reset();
        this.inc(derivations.stats.batches);
      },
    });
    new Counter({
      name: 'keyproject_derivation_throttled_total',
      help: 'Times a change waited for the derived data to catch up (back-pressure when it trails the commits by more than 400 ms)',
      registers,
      collect() {
        this.reset();
        this.inc(derivations.stats.throttled);
      },
    });
    new Counter({
      name: 'keyproject_derivation_failures_total',
      help: 'Derivation batches that failed every attempt (logged; the next change of those projects derives again)',
      registers,
      collect() {
        this.reset();
        this.inc(derivations.stats.failed);
      },
    });
    new Gauge({
      name: 'keyproject_event_hub_last_sequence',
      help: 'Highest event sequence this instance has delivered (compare instances to see one falling behind)',
      registers,
      collect() {
        this.set(Number(hub.lastSequence));
      },
    });
    new Gauge({
      name: 'keyproject_event_hub_listening',
      help: '1 while the LISTEN connection of the event hub is up, 0 while it reconnects',
      registers,
      collect() {
        this.set(hub.listening ? 1 : 0);
      },
    });
    // Counters read from the cache's own tallies at scrape time, so the cache knows nothing of Prometheus.
    new Counter({
      name: 'keyproject_response_cache_hits_total',
      help: 'Query answers served from the response cache',
      registers,
      collect() {
        this.reset();
        this.inc(responseCache.lookups.hits);
      },
    });
    new Counter({
      name: 'keyproject_response_cache_misses_total',
      help: 'Response-cache lookups that found no fresh answer (requests with Cache-Control: no-cache look nothing up)',
      registers,
      collect() {
        this.reset();
        this.inc(responseCache.lookups.misses);
      },
    });
    new Gauge({
      name: 'keyproject_response_cache_entries',
      help: 'Answers held by the response cache',
      registers,
      collect() {
        this.set(responseCache.size);
      },
    });
    new Gauge({
      name: 'keyproject_db_pool_connections',
      help: 'Connections of the application pool (MikroORM/knex), in use or idle',
      labelNames: ['state'],
      registers,
      collect() {
        const pool = poolOf(orm);
        this.set({ state: 'in_use' }, pool?.numUsed() ?? 0);
        this.set({ state: 'idle' }, pool?.numFree() ?? 0);
      },
    });
    new Gauge({
      name: 'keyproject_db_pool_waiting',
      help: 'Requests waiting for a connection of the application pool',
      registers,
      collect() {
        this.set(poolOf(orm)?.numPendingAcquires() ?? 0);
      },
    });
    new Gauge({
      name: 'keyproject_db_pool_max',
      help: 'Largest number of connections the application pool opens',
      registers,
      collect() {
        this.set(poolOf(orm)?.max ?? 0);
      },
    });
    new Gauge({
      name: 'keyproject_write_gate_transactions',
      help: 'Write transactions running, and queued for a turn (see README "Limits")',
      labelNames: ['state'],
      registers,
      collect() {
        const { running, queued } = writeGate.load;
        this.set({ state: 'running' }, running);
        this.set({ state: 'queued' }, queued);
      },
    });
    this.registry = Registry.merge([processMetrics(), own]);
    this.unsubscribe = hub.subscribe((events) => this.observeEvents(events));
  }

  /** Counts `request` and its duration once its response ends (or the connection drops). */
  observeRequest(request: IncomingMessage, response: ServerResponse): void {
    const started = process.hrtime.bigint();
    let done = false;
    const end = () => {
      if (done) return;
      done = true;
      const route = routeKind(pathOf(request.url));
      // Only /graphql has an operation; other routes carry no such label.
      const operation = route === 'graphql' ? { operation: this.operationNames.label(requestInfo(request).operationName) } : {};
      const status = String(response.statusCode);
      const method = (request.method ?? 'GET').toUpperCase();
      this.requests.inc({ route, method: KNOWN_METHODS.has(method) ? method : 'OTHER', status, ...operation });
      this.durations.observe({ route, status, ...operation }, Number(process.hrtime.bigint() - started) / 1e9);
    };
    response.once('finish', end);
    response.once('close', end);
  }

  private observeEvents(events: readonly EventRecord[]): void {
    const now = Date.now();
    for (const event of events) this.eventLag.observe(Math.max(0, now - event.occurredAt.getTime()) / 1000);
  }

  /** Stops listening to the event hub. */
  close(): void {
    this.unsubscribe();
  }
}

const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** True when `authorization` is `Bearer <token>`, compared in constant time. */
function bearerIs(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return !!match && timingSafeEqual(digest(match[1]), digest(token));
}

/**
 * `GET /metrics`: the Prometheus text of `metrics`, for ADMIN callers or, when `metricsToken` is
 * set, for `Authorization: Bearer <metricsToken>` (a scraper needs no expiring JWT). No credential or
 * a bad one is UNAUTHENTICATED (401, counted against the address like every failed authentication),
 * another role FORBIDDEN (403).
 */
export function metricsHandler(metrics: ServerMetrics, callers: Callers, metricsToken: string | undefined): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  return async (request, response) => {
    const method = (request.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'method not allowed', 'METHOD_NOT_ALLOWED', { allow: 'GET, HEAD' });
    if (metricsToken !== undefined && bearerIs(request.headers.authorization, metricsToken)) {
      noteRequest(request, { callerId: 'metrics-token' });
    } else {
      const caller = await callers.ofRequest(request);
      if (caller.role !== Role.ADMIN) throw new ForbiddenError('metrics are for ADMIN callers (or the METRICS_TOKEN bearer)');
    }
    const body = await metrics.registry.metrics();
    response.writeHead(200, { 'content-type': metrics.registry.contentType, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
    response.end(method === 'HEAD' ? undefined : body);
  };
}
