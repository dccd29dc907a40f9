import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { DatabaseHealth } from '../db/health.js';
import { AppError, isDatabaseUnavailable, RateLimitedError, ServiceUnavailableError, UnauthenticatedError } from '../shared/errors.js';
import type { StaticFile } from './playground.js';

/** A failure with an HTTP status (body too large, bad JSON, unknown route). */
export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Reads a request body up to `limit` bytes (413 beyond). */
export function readBody(request: IncomingMessage, limit: number): Promise<string> {
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
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Sends `body` as JSON. */
export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  response.end(text);
}

/** Sends a playground asset. */
export function sendStatic(response: ServerResponse, file: StaticFile, cacheable: boolean): void {
  response.writeHead(200, {
    'content-type': file.type,
    'content-length': file.body.length,
    'cache-control': cacheable ? 'public, max-age=86400' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  response.end(file.body);
}

/**
 * Answers a request that failed outside GraphQL execution (authentication, rate limit, outage,
 * body, route) with a GraphQL-shaped error, its status and a stable code; internals are logged,
 * never sent.
 */
export function sendError(request: IncomingMessage, response: ServerResponse, error: unknown, logger: Logger, health: DatabaseHealth): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  if (error instanceof UnauthenticatedError) {
    sendJson(response, 401, { errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }] }, { 'www-authenticate': 'Bearer' });
    return;
  }
  if (error instanceof ServiceUnavailableError || isDatabaseUnavailable(error)) {
    if (!(error instanceof ServiceUnavailableError)) health.markDown();
    sendJson(response, 503, { errors: [{ message: 'The database is unavailable; retry shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }, { 'retry-after': '2' });
    return;
  }
  if (error instanceof RateLimitedError) {
    sendJson(response, 429, { errors: [{ message: error.message, extensions: error.extensions }] }, { 'retry-after': String(error.retryAfterSeconds) });
    return;
  }
  if (error instanceof AppError) {
    const status = error.code === 'CONFLICT' ? 409 : error.code === 'FORBIDDEN' ? 403 : error.code === 'NOT_FOUND' ? 404 : 400;
    sendJson(response, status, { errors: [{ message: error.message, extensions: error.extensions }] });
    return;
  }
  const status = error instanceof HttpError ? error.status : 500;
  if (status === 500) logger.error({ err: error, url: request.url }, 'request failed');
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const message = error instanceof HttpError ? error.message : 'Internal server error';
  const code = status === 500 ? 'INTERNAL_SERVER_ERROR' : status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST';
  sendJson(response, status, { errors: [{ message, extensions: { code } }] }, status === 413 ? { connection: 'close' } : {});
}

/** A JSON response body with `extensions.sqlStatements` set to `count`. */
export function withSqlStatementCount(body: string, count: number): string {
  const parsed = JSON.parse(body) as { extensions?: Record<string, unknown> };
  parsed.extensions = { ...parsed.extensions, sqlStatements: count };
  return JSON.stringify(parsed);
}
