import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { AppError, isDatabaseUnavailable, ScalarInputError } from '../shared/errors.js';

/** Codes graphql-js and Apollo give to client mistakes; their messages are safe to show. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** True when the client will see this error as INTERNAL_SERVER_ERROR (it deserves a log line). */
export function isUnexpected(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof AppError || original instanceof ScalarInputError) return false;
  if (error instanceof GraphQLError && (error.originalError instanceof AppError || error.originalError instanceof ScalarInputError)) return false;
  if (error instanceof GraphQLError && !error.originalError && !error.path) return false;
  return !isDatabaseUnavailable(original);
}

/**
 * Turns any error into what the client may see: our own errors keep their code and message,
 * client mistakes keep Apollo's code, everything else becomes INTERNAL_SERVER_ERROR and is logged
 * (never sent: no SQL, no stack).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, logger: Logger | undefined, onUnavailable?: () => void): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const own = original instanceof AppError ? original : error instanceof GraphQLError && error.originalError instanceof AppError ? error.originalError : undefined;
  if (own) {
    const message = own === original ? own.message : formatted.message;
    const { http: _http, ...extensions } = own.extensions as Record<string, unknown>;
    return { message, locations: formatted.locations, path: formatted.path, extensions };
  }
  if (error instanceof GraphQLError && error.originalError instanceof ScalarInputError) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  if (isDatabaseUnavailable(original)) {
    onUnavailable?.();
    logger?.warn({ err: original, path: formatted.path }, 'database unavailable');
    return { message: 'The database is unavailable; retry shortly', locations: formatted.locations, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  logger?.error({ err: original, path: formatted.path }, 'unexpected error while executing an operation');
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
