import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { AppError, isDatabaseBusy, isDatabaseUnavailable, ScalarInputError } from '../shared/errors.js';
import { withoutSuggestions } from './limits/operation-guard.js';
import { messageZh } from '../shared/messages-zh.js';

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

/** Longest part of a client's input repeated in a log line. */
const LOGGED_INPUT = 300;

/** What an error is, for the client and for the log. */
export type ErrorKind =
  /** Raised on purpose (AppError): its code and message go to the client as they are. */
  | { kind: 'own'; error: AppError }
  /** The client's mistake found by graphql-js or Apollo (syntax, validation, variables, protocol). */
  | { kind: 'client'; code: string }
  /** The database is unreachable: SERVICE_UNAVAILABLE, and the outage detector is told. */
  | { kind: 'unavailable' }
  /** Every connection is busy: SERVER_BUSY for this request only. */
  | { kind: 'busy' }
  /** Anything else: a bug. INTERNAL_SERVER_ERROR to the client, details to the log. */
  | { kind: 'internal' };

/** Classifies any error an operation produced. */
export function classifyError(error: unknown): ErrorKind {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) return { kind: 'own', error: original };
  if (error instanceof GraphQLError && error.originalError instanceof AppError) return { kind: 'own', error: error.originalError };
  if (original instanceof ScalarInputError || (error instanceof GraphQLError && error.originalError instanceof ScalarInputError)) return { kind: 'client', code: 'BAD_USER_INPUT' };
  if (isDatabaseBusy(original)) return { kind: 'busy' };
  if (isDatabaseUnavailable(original)) return { kind: 'unavailable' };
  if (error instanceof GraphQLError) {
    const code = error.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) return { kind: 'client', code };
    // Made by graphql-js or Apollo about the request itself (no field path, nothing thrown inside):
    // an unknown operation name, a variable that does not coerce, a persisted-query mismatch.
    if (!error.originalError && !error.path) return { kind: 'client', code: typeof code === 'string' ? code : 'BAD_REQUEST' };
  }
  return { kind: 'internal' };
}

/** True when the client will see this error as INTERNAL_SERVER_ERROR (it deserves an error log line). */
export function isUnexpected(error: unknown): boolean {
  return classifyError(error).kind === 'internal';
}

/** Options of `formatError`. */
export interface FormatErrorOptions {
  /** Where internal errors are logged (left out when the caller logs them itself, with more context). */
  logger?: Logger;
  /** Told when an error shows the database unreachable. */
  onUnavailable?: () => void;
  /** Strip graphql-js's "Did you mean …?" suggestions (introspection is off). */
  hideSuggestions?: boolean;
}

/**
 * Turns any error into what the client may see: our own errors keep their code and message,
 * client mistakes keep their code, an unreachable or busy database is SERVICE_UNAVAILABLE or
 * SERVER_BUSY, everything else becomes INTERNAL_SERVER_ERROR and is logged (never sent: no SQL, no
 * stack).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, options: FormatErrorOptions = {}): GraphQLFormattedError {
  const shown = formatCoded(formatted, error, options);
  const extensions = shown.extensions ?? {};
  return { ...shown, extensions: { ...extensions, messageZh: messageZh(String(extensions.code), extensions.field) } };
}

function formatCoded(formatted: GraphQLFormattedError, error: unknown, options: FormatErrorOptions): GraphQLFormattedError {
  const { locations, path } = formatted;
  const classified = classifyError(error);
  switch (classified.kind) {
    case 'own': {
      const own = classified.error;
      const message = own === unwrapResolverError(error) ? own.message : formatted.message;
      const { http: _http, ...extensions } = own.extensions as Record<string, unknown>;
      return { message, locations, path, extensions };
    }
    case 'client':
      return { message: options.hideSuggestions ? withoutSuggestions(formatted.message) : formatted.message, locations, path, extensions: { code: classified.code } };
    case 'busy':
      return { message: 'The server is busy; retry shortly', locations, path, extensions: { code: 'SERVER_BUSY', retryAfter: 1 } };
    case 'unavailable':
      options.onUnavailable?.();
      options.logger?.warn({ err: unwrapResolverError(error), path }, 'database unavailable');
      return { message: 'The database is unavailable; retry shortly', locations, path, extensions: { code: 'SERVICE_UNAVAILABLE', retryAfter: 2 } };
    case 'internal':
      options.logger?.error({ err: unwrapResolverError(error), path }, 'unexpected error while executing an operation');
      return { message: 'Internal server error', locations, path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
}

/**
 * Logs the errors of one operation: bugs at error level with everything known, client mistakes at
 * info with the message cut short (a hostile document must not make a megabyte log line).
 */
export function logOperationErrors(logger: Logger, errors: readonly unknown[], context: { requestId: string; caller: string; operationName?: string | null }): void {
  for (const error of errors) {
    const classified = classifyError(error);
    if (classified.kind === 'internal') {
      logger.error({ err: error instanceof GraphQLError ? (error.originalError ?? error) : error, ...context, path: error instanceof GraphQLError ? error.path : undefined }, 'operation failed');
    } else if (classified.kind === 'client' || classified.kind === 'own') {
      const message = error instanceof Error ? error.message : String(error);
      const code = classified.kind === 'own' ? classified.error.code : classified.code;
      logger.info({ ...context, operationName: context.operationName?.slice(0, 100), code, message: message.length > LOGGED_INPUT ? `${message.slice(0, LOGGED_INPUT)}…` : message }, 'operation refused');
    }
  }
}
