import { GraphQLError } from 'graphql';

/** The stable `extensions.code` values clients may rely on. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | 'QUERY_TOO_DEEP'
  | 'TOO_MANY_ALIASES'
  | 'QUERY_TOO_COSTLY'
  | 'QUERY_TOO_COMPLEX'
  | 'TOO_MANY_SUBSCRIPTIONS'
  | 'RATE_LIMITED'
  | 'SERVER_BUSY'
  | 'BAD_REQUEST'
  | 'MONTH_CLOSED';

/** Base of every error the API raises on purpose; its message is safe to show to the client. */
export class AppError extends GraphQLError {
  constructor(message: string, readonly code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** Invalid input; `field` names the offending argument or input field (dotted path). */
export class BadUserInputError extends AppError {
  constructor(message: string, readonly field?: string) {
    super(message, 'BAD_USER_INPUT', field ? { field } : {});
  }
}

/**
 * A scalar rejected its input. Deliberately not a GraphQLError: graphql-js then wraps it with the
 * argument's location and expected type, and the error formatter reports it as BAD_USER_INPUT.
 */
export class ScalarInputError extends TypeError {}

/** A well-formed id that matches no row. */
export class NotFoundError extends AppError {
  constructor(typeName: string, id: string) {
    super(`${typeName} ${id} not found`, 'NOT_FOUND', { type: typeName, id });
  }
}

/** The caller is known but may not do this. */
export class ForbiddenError extends AppError {
  constructor(message: string) {
    super(message, 'FORBIDDEN');
  }
}

/** No valid credentials. */
export class UnauthenticatedError extends AppError {
  constructor(message = 'authentication required: send Authorization: Bearer <token or API key>') {
    super(message, 'UNAUTHENTICATED');
  }
}

/** The database cannot be reached right now; retry later. */
export class ServiceUnavailableError extends AppError {
  constructor(message = 'the database is unavailable; retry shortly') {
    super(message, 'SERVICE_UNAVAILABLE');
  }
}

/**
 * Too much is waiting for the database at once (write contention, a full pool): this request is
 * refused so the others keep moving; the database itself is fine. Retry after `retryAfterSeconds`.
 */
export class ServerBusyError extends AppError {
  constructor(message = 'the server is busy with other changes; retry shortly', readonly retryAfterSeconds = 1) {
    super(message, 'SERVER_BUSY', { retryAfter: retryAfterSeconds });
  }
}

/** A request the GraphQL-over-HTTP or graphql-ws protocol does not allow (wrong operation, wrong transport). */
export class BadRequestError extends AppError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, 'BAD_REQUEST', extensions);
  }
}

/** A report or change for a month that is closed (关账): it can only be corrected through a correction request. */
export class MonthClosedError extends AppError {
  constructor(year: number, month: number) {
    super(`${year}-${month} is closed; a change to a closed month is a correction request`, 'MONTH_CLOSED', { year, month });
  }
}

/** The change contradicts the current state (duplicate key, stale version). */
export class ConflictError extends AppError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, 'CONFLICT', extensions);
  }
}

/** Throws `BadUserInputError` unless `value` is an integer in [min, max]. */
export function requireIntegerInRange(value: number, min: number, max: number, field: string): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(`${field} must be an integer from ${min} to ${max}, got ${value}`, field);
  }
}

/** Throws `BadUserInputError` unless the trimmed string has 1..maxLength characters; returns it trimmed. */
export function requireText(value: string, field: string, maxLength: number): string {
  const text = value.trim();
  if (text.length === 0) throw new BadUserInputError(`${field} must not be empty`, field);
  if (text.length > maxLength) {
    throw new BadUserInputError(`${field} must be at most ${maxLength} characters`, field);
  }
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text)) {
    throw new BadUserInputError(`${field} must not contain control characters`, field);
  }
  return text;
}

/** Like `requireText` but `undefined`/`null`/blank become `null`. */
export function optionalText(value: string | null | undefined, field: string, maxLength: number): string | null {
  if (value === undefined || value === null || value.trim() === '') return null;
  return requireText(value, field, maxLength);
}

interface PgError { code?: string; constraint?: string; detail?: string }

/**
 * Maps a PostgreSQL integrity violation to a client error, so a constraint the service did not
 * check first still yields a coded error rather than an internal one. Returns undefined otherwise.
 */
export function fromDatabaseError(error: unknown): AppError | undefined {
  if ((error as { name?: string })?.name === 'OptimisticLockError') {
    return new ConflictError('the row was changed by someone else meanwhile; reload and retry', { field: 'expectedVersion' });
  }
  const pg = error as PgError;
  switch (pg?.code) {
    case '23505':
      return new ConflictError(`already exists (${pg.constraint ?? 'unique constraint'})`, { constraint: pg.constraint });
    case '23514':
    case '23502':
    case '22003':
      return new BadUserInputError(`violates ${pg.constraint ?? 'a database constraint'}`, pg.constraint);
    case '23503':
      return new BadUserInputError(`refers to a row that does not exist (${pg.constraint ?? 'foreign key'})`, pg.constraint);
    case '22021':
    case '22P05':
    case '54000':
      return new BadUserInputError('text holds characters that cannot be stored (not valid Unicode)');
    default:
      return undefined;
  }
}

const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);

type ErrorChainLink = { code?: unknown; name?: string; message?: string; cause?: unknown; previous?: unknown; originalError?: unknown };

/** Whether `test` holds for the error or one of the errors it wraps. */
function someInChain(error: unknown, test: (link: ErrorChainLink) => boolean): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const link = current as ErrorChainLink;
    if (test(link)) return true;
    current = link.originalError ?? link.previous ?? link.cause;
  }
  return false;
}

/**
 * Whether an error means the database cannot be reached (down, restarting, refusing connections)
 * rather than that the request was wrong: clients get SERVICE_UNAVAILABLE and may retry. A pool
 * that is merely busy is not an outage (`isDatabaseBusy`).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return someInChain(error, (link) => {
    if (typeof link.code === 'string' && UNAVAILABLE_CODES.has(link.code)) return true;
    if (/Connection terminated|connect ECONNREFUSED|the database system is (shutting down|starting up)|Client has encountered a connection error/i.test(link.message ?? '')) return true;
    return link.name === 'ConnectionException' && !isDatabaseBusy(link);
  });
}

/**
 * Whether an error means every connection was busy (the pool's acquire timeout, or PostgreSQL's
 * connection limit, 53300): pressure, answered per request with SERVER_BUSY, never an outage.
 */
export function isDatabaseBusy(error: unknown): boolean {
  return someInChain(error, (link) => link.code === '53300' || link.name === 'KnexTimeoutError' || /Timeout acquiring a connection/i.test(link.message ?? ''));
}

/** Codes of the abuse limits checked before an operation runs. */
export type LimitCode = 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'QUERY_TOO_COSTLY' | 'QUERY_TOO_COMPLEX' | 'TOO_MANY_SUBSCRIPTIONS';

/**
 * A request exceeds an abuse limit. `extensions` carry the measured value and the limit (e.g.
 * `{ depth: 50, maxDepth: 12 }`) so a client can tell how far over it is.
 */
export class LimitExceededError extends AppError {
  constructor(code: LimitCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, code, extensions);
  }
}

/** The caller spent its request budget; `extensions.retryAfter` is in whole seconds (HTTP `Retry-After`). */
export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests; retry after ${retryAfterSeconds} s`, 'RATE_LIMITED', { retryAfter: retryAfterSeconds });
  }
}
