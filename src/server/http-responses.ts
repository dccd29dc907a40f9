import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { AppError, isDatabaseBusy, isDatabaseUnavailable, RateLimitedError, ServerBusyError } from '../shared/errors.js';
import type { StaticFile } from './static-pages.js';
import { messageZh } from '../shared/messages-zh.js';

/** A failure of the HTTP exchange itself (body too large, bad JSON, unknown route, wrong method), with its status and code. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string = status === 404 ? 'NOT_FOUND' : status === 405 ? 'METHOD_NOT_ALLOWED' : status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST',
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/**
 * The one map from an error code to its HTTP status, used by every route (GraphQL requests refused
 * before execution, report downloads, evidence, health) so that the same refusal is the same
 * status and headers everywhere.
 */
export const HTTP_STATUS_OF_CODE: Readonly<Record<string, number>> = Object.freeze({
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  OPERATION_RESOLUTION_FAILURE: 400,
  PERSISTED_QUERY_NOT_SUPPORTED: 400,
  QUERY_TOO_DEEP: 400,
  TOO_MANY_ALIASES: 400,
  QUERY_TOO_COSTLY: 400,
  QUERY_TOO_COMPLEX: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  MONTH_CLOSED: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  TOO_MANY_SUBSCRIPTIONS: 429,
  INTERNAL_SERVER_ERROR: 500,
  SERVER_BUSY: 503,
  SERVICE_UNAVAILABLE: 503,
});

/** The HTTP status of an error code; 400 for a client code not in the map. */
export function httpStatusOf(code: string): number {
  return Object.hasOwn(HTTP_STATUS_OF_CODE, code) ? HTTP_STATUS_OF_CODE[code] : 400;
}

/** The headers a refusal with `status` carries: how to authenticate (401), when to retry (429, 503). */
export function refusalHeaders(status: number, retryAfterSeconds?: number): Record<string, string> {
  if (status === 401) return { 'www-authenticate': 'Bearer' };
  if (status === 429 || status === 503) return { 'retry-after': String(retryAfterSeconds ?? (status === 503 ? 2 : 1)) };
  if (status === 413) return { connection: 'close' };
  return {};
}

/** A refusal as the client receives it: status, headers and a GraphQL-shaped JSON body. */
export interface Refusal {
  status: number;
  headers: Record<string, string>;
  body: { errors: { message: string; extensions: Record<string, unknown> }[] };
}

/**
 * What to answer for an error raised outside GraphQL execution (authentication, rate limit,
 * outage, body, route, a report's parameters); `internal` when it is a bug, to be logged.
 */
export function refusalOf(error: unknown): Refusal & { internal: boolean; unavailable: boolean } {
  let code: string;
  let message: string;
  let extensions: Record<string, unknown> = {};
  let headers: Record<string, string> = {};
  let retryAfter: number | undefined;
  let internal = false;
  let unavailable = false;
  if (error instanceof AppError) {
    const { http: _http, ...rest } = error.extensions as Record<string, unknown>;
    ({ code, message, extensions } = { code: error.code, message: error.message, extensions: rest });
    if (error instanceof RateLimitedError || error instanceof ServerBusyError) retryAfter = error.retryAfterSeconds;
  } else if (error instanceof HttpError) {
    ({ code, message, headers } = { code: error.code, message: error.message, headers: error.headers });
    extensions = { code };
  } else if (isDatabaseBusy(error)) {
    code = 'SERVER_BUSY';
    message = 'The server is busy; retry shortly';
    extensions = { code, retryAfter: 1 };
    retryAfter = 1;
  } else if (isDatabaseUnavailable(error)) {
    code = 'SERVICE_UNAVAILABLE';
    message = 'The database is unavailable; retry shortly';
    extensions = { code, retryAfter: 2 };
    unavailable = true;
  } else {
    code = 'INTERNAL_SERVER_ERROR';
    message = 'Internal server error';
    extensions = { code };
    internal = true;
  }
  const status = error instanceof HttpError ? error.status : httpStatusOf(code);
  return {
    status,
    headers: { ...refusalHeaders(status, retryAfter), ...headers },
    body: { errors: [{ message, extensions: { ...extensions, code, messageZh: messageZh(code, extensions.field) } }] },
    internal,
    unavailable,
  };
}

/** Reads a request body up to `limit` bytes (413 beyond). */
export function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new HttpError(413, `request body exceeds ${limit} bytes`));
      request.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, `request body exceeds ${limit} bytes`));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** Sends `body` as JSON. */
export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  response.end(text);
}

/** Sends a static file (playground, screen). */
export function sendStatic(response: ServerResponse, file: StaticFile, cacheable: boolean, headers: Record<string, string> = {}): void {
  response.writeHead(200, {
    'content-type': file.type,
    'content-length': file.body.length,
    'cache-control': cacheable ? 'public, max-age=86400' : 'no-cache',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  response.end(file.body);
}

/**
 * Answers a request that failed outside GraphQL execution with a GraphQL-shaped error, its status
 * from the one map and its headers; internals are logged with the request id, never sent.
 */
export function sendError(request: IncomingMessage, response: ServerResponse, error: unknown, logger: Logger, onUnavailable: () => void): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const refusal = refusalOf(error);
  if (refusal.unavailable) onUnavailable();
  if (refusal.internal) logger.error({ err: error, url: request.url?.slice(0, 300), requestId: request.headers['x-request-id'] }, 'request failed');
  sendJson(response, refusal.status, refusal.body, refusal.headers);
}

/** A JSON response body with `extensions.sqlStatements` set to `count`. */
export function withSqlStatementCount(body: string, count: number): string {
  const parsed = JSON.parse(body) as { extensions?: Record<string, unknown> };
  parsed.extensions = { ...parsed.extensions, sqlStatements: count };
  return JSON.stringify(parsed);
}
