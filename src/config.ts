import { parseOrigins } from './server/cors.js';

/**
 * Every environment variable the service reads, parsed and validated once at start-up.
 * Nothing else in the code reads `process.env`.
 */
export interface Config {
  /** PostgreSQL URL; when absent the embedded PostgreSQL under `dataDir` is used. */
  databaseUrl: string | undefined;
  /** HTTP/WebSocket port; 0 picks a free one. */
  port: number;
  host: string;
  /** Where the embedded database (and later secrets) live. */
  dataDir: string;
  /** Seed the demo district when the database holds no project. */
  seedDemo: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Maximum request body in bytes. */
  maxBodyBytes: number;
  /** Report the SQL statement count of each operation in `extensions.sqlStatements`. */
  exposeSqlStatementCount: boolean;
  /** HS256 secret for tokens; when absent one is generated and kept in `dataDir`. */
  jwtSecret: string | undefined;
  /** Allow schema introspection (the playground needs it). */
  introspection: boolean;
  /** Execute HTTP operations with graphql-jit (compiled per document) rather than graphql-js. */
  compiledExecution: boolean;
  /** Answer the project list and detail with one planned SQL statement each. */
  plannedReads: boolean;
  /** Whole query responses kept in memory until a change commits (see README "Response cache"). */
  responseCache: {
    ttlMs: number;
    maxEntries: number;
  };
  /** The district's name in report titles (DISTRICT_NAME, e.g. "鼓楼区"). */
  districtName: string;
  /** Abuse limits (see README "Limits"). */
  limits: {
    requestsPerMinute: number;
    failedAuthenticationsPerMinute: number;
    downloadsPerMinute: number;
    maxDepth: number;
    maxAliases: number;
    maxCost: number;
    maxFields: number;
    maxSubscriptionsPerConnection: number;
  };
  /** How long Idempotency-Key responses are kept, in ms. */
  idempotencyTtlMs: number;
  /** Largest evidence file (photo, PDF) accepted, in bytes. */
  maxEvidenceBytes: number;
  /** How often the escalation sweep (overdue problems, missing reports) runs, in ms; 0 never. */
  escalationSweepMs: number;
  /** A bearer that may read `/metrics` besides ADMIN callers (a Prometheus scraper); absent: ADMIN only. */
  metricsToken: string | undefined;
  /** Origins allowed to call the API from a browser page (CORS_ORIGINS, comma-separated). */
  corsOrigins: string[];
  /** Write the access log (one line per HTTP request). */
  accessLog: boolean;
}

/** Thrown when configuration is invalid; the message names the variable. */
export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

/** The name used when DISTRICT_NAME is not set: the demo district's. */
export const DEMO_DISTRICT_NAME = 'XX区';

function districtName(env: NodeJS.ProcessEnv): string {
  const raw = env.DISTRICT_NAME?.trim();
  if (raw === undefined || raw === '') return DEMO_DISTRICT_NAME;
  if (raw.length > 40 || /[\u0000-\u001f\u007f]/.test(raw)) {
    throw new ConfigError(`DISTRICT_NAME must be at most 40 characters without control characters, got "${raw.slice(0, 50)}"`);
  }
  return raw;
}

/** METRICS_TOKEN: long enough not to be guessed, and only characters a bearer token may hold. */
function corsOrigins(env: NodeJS.ProcessEnv): string[] {
  try {
    return [...parseOrigins(env.CORS_ORIGINS)];
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

function metricsToken(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.METRICS_TOKEN;
  if (raw === undefined || raw === '') return undefined;
  if (raw.length < 32 || raw.length > 512 || !/^[A-Za-z0-9._~+/=-]+$/.test(raw)) {
    throw new ConfigError('METRICS_TOKEN must be 32 to 512 characters of A-Z a-z 0-9 . _ ~ + / = - (e.g. `openssl rand -hex 32`)');
  }
  return raw;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Reads the configuration from the environment (defaults suit the embedded demo). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const logLevel = (env.LOG_LEVEL ?? 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  }
  return {
    databaseUrl,
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    dataDir: env.DATA_DIR || '.data',
    seedDemo: flag(env, 'SEED_DEMO', true),
    logLevel,
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 1_000_000, 1_000, 100_000_000),
    exposeSqlStatementCount: flag(env, 'EXPOSE_SQL_STATEMENT_COUNT', false),
    jwtSecret: env.JWT_SECRET || undefined,
    introspection: flag(env, 'INTROSPECTION', true),
    compiledExecution: flag(env, 'COMPILED_EXECUTION', true),
    plannedReads: flag(env, 'PLANNED_READS', true),
    responseCache: {
      ttlMs: integer(env, 'RESPONSE_CACHE_TTL_MS', 5000, 0, 600_000),
      maxEntries: integer(env, 'RESPONSE_CACHE_ENTRIES', 1000, 0, 100_000),
    },
    districtName: districtName(env),
    limits: {
      requestsPerMinute: integer(env, 'REQUESTS_PER_MINUTE', 1200, 1, 10_000_000),
      failedAuthenticationsPerMinute: integer(env, 'FAILED_AUTHENTICATIONS_PER_MINUTE', 120, 1, 10_000_000),
      downloadsPerMinute: integer(env, 'DOWNLOADS_PER_MINUTE', 60, 1, 10_000_000),
      maxDepth: integer(env, 'MAX_QUERY_DEPTH', 12, 2, 100),
      maxAliases: integer(env, 'MAX_ALIASES', 30, 0, 10_000),
      maxCost: integer(env, 'MAX_QUERY_COST', 5000, 10, 10_000_000),
      maxFields: integer(env, 'MAX_QUERY_FIELDS', 2000, 100, 1_000_000),
      maxSubscriptionsPerConnection: integer(env, 'MAX_SUBSCRIPTIONS_PER_CONNECTION', 50, 1, 10_000),
    },
    idempotencyTtlMs: integer(env, 'IDEMPOTENCY_TTL_HOURS', 24, 1, 24 * 365) * 3600 * 1000,
    maxEvidenceBytes: integer(env, 'EVIDENCE_MAX_BYTES', 10 * 2 ** 20, 1_000, 100 * 2 ** 20),
    escalationSweepMs: integer(env, 'ESCALATION_SWEEP_MINUTES', 60, 0, 7 * 24 * 60) * 60_000,
    metricsToken: metricsToken(env),
    corsOrigins: corsOrigins(env),
    accessLog: flag(env, 'ACCESS_LOG', true),
  };
}
