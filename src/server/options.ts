import type { GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { LiveOptions } from '../realtime/live.js';
import { DEFAULT_WRITE_GATE, type WriteGateOptions } from '../db/write-gate.js';
import { DEFAULT_IDEMPOTENCY_TTL_MS } from '../modules/idempotency/idempotency.service.js';
import { defaultLimits, type QueryLimits } from './limits/query-limits.js';
import { DEFAULT_MAX_SUBSCRIPTIONS_PER_CONNECTION } from './limits/subscription-limit.js';
import type { CallerLimits } from './callers.js';
import type { ResponseCacheOptions } from '../realtime/response-cache.js';

/** Per-operation, per-caller and per-connection limits; see README "Limits". */
export interface ServerLimits extends QueryLimits, CallerLimits {
  /** Concurrent operations on one WebSocket connection. */
  maxSubscriptionsPerConnection: number;
}

export const DEFAULT_SERVER_LIMITS: ServerLimits = {
  ...defaultLimits,
  requestsPerMinute: 1200,
  failedAuthenticationsPerMinute: 120,
  downloadsPerMinute: 60,
  maxSubscriptionsPerConnection: DEFAULT_MAX_SUBSCRIPTIONS_PER_CONNECTION,
};

/** The response cache's defaults: five seconds at most, a thousand answers of up to 1 MB, 64 MB in all. */
export const DEFAULT_RESPONSE_CACHE: ResponseCacheOptions = { ttlMs: 5000, maxEntries: 1000, maxBodyBytes: 1_000_000, maxTotalBytes: 64 * 2 ** 20 };

/** Options of the API server. */
export interface ServerOptions {
  orm: MikroORM;
  /** URL of the same database, for the dedicated LISTEN connection and the outage probe. */
  databaseUrl: string;
  schema: GraphQLSchema;
  logger: Logger;
  port: number;
  host: string;
  maxBodyBytes: number;
  exposeSqlStatementCount: boolean;
  /** HS256 secret that signs and verifies tokens. */
  signingSecret: Uint8Array;
  /** Allow schema introspection and schema suggestions in errors (default true: the playground needs them). */
  introspection?: boolean;
  /** Interval of WebSocket keep-alive pings; a client that misses one is dropped. */
  keepAliveMs?: number;
  live?: Partial<LiveOptions>;
  /** Abuse limits; see README "Limits". */
  limits?: Partial<ServerLimits>;
  /** Execute HTTP operations with graphql-jit (default true); false uses graphql-js. */
  compiledExecution?: boolean;
  /** Answer the project list and detail with one planned SQL statement each (default true); false leaves them to the resolvers. */
  plannedReads?: boolean;
  /** Whole-response cache of queries; see ResponseCache. */
  responseCache?: Partial<ResponseCacheOptions>;
  /** The district's name in report titles (default the demo's, "XX区"). */
  districtName?: string;
  /** Admission of write transactions (see WriteGate). */
  writeGate?: Partial<WriteGateOptions>;
  /** How long Idempotency-Key responses are kept, in ms (default 24 h). */
  idempotencyTtlMs?: number;
  /** Largest evidence file accepted by POST /evidence, in bytes (default 10 MiB). */
  maxEvidenceBytes?: number;
  /** How often the escalation sweep runs, in ms (default 1 h; 0: never, e.g. in tests). */
  escalationSweepMs?: number;
  /** A bearer that may read `/metrics` besides ADMIN callers (default none: ADMIN only). */
  metricsToken?: string;
  /** Origins allowed to call the API from a browser (CORS), exact; none by default. */
  corsOrigins?: readonly string[];
  /** The access log: true (default) writes it to `logger`, a logger writes it there, false turns it off. */
  accessLog?: boolean | Logger;
}

/** The default largest evidence file: 10 MiB. */
export const DEFAULT_MAX_EVIDENCE_BYTES = 10 * 2 ** 20;

/** The options with every default filled in. */
export function withDefaults(options: ServerOptions) {
  return {
    ...options,
    introspection: options.introspection ?? true,
    maxEvidenceBytes: options.maxEvidenceBytes ?? DEFAULT_MAX_EVIDENCE_BYTES,
    escalationSweepMs: options.escalationSweepMs ?? 3_600_000,
    keepAliveMs: options.keepAliveMs ?? 30_000,
    limits: { ...DEFAULT_SERVER_LIMITS, ...options.limits } as ServerLimits,
    compiledExecution: options.compiledExecution ?? true,
    plannedReads: options.plannedReads ?? true,
    responseCache: { ...DEFAULT_RESPONSE_CACHE, ...options.responseCache } as ResponseCacheOptions,
    writeGate: { ...DEFAULT_WRITE_GATE, ...options.writeGate } as WriteGateOptions,
    idempotencyTtlMs: options.idempotencyTtlMs ?? DEFAULT_IDEMPOTENCY_TTL_MS,
  };
}
