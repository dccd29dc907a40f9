import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { BadUserInputError, ConflictError } from '../../shared/errors.js';
import { deleteExpiredClaims, existingClaim, insertClaim, releaseClaim, storeResponse, type StoredResponse } from './idempotency.queries.js';

export type { StoredResponse } from './idempotency.queries.js';

/** What to do with a request carrying an Idempotency-Key. */
export type IdempotencyDecision = { kind: 'execute'; finish(response: StoredResponse, committedSomething: boolean): Promise<void> } | { kind: 'replay'; response: StoredResponse };

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/** How long a key and its response are kept by default: a day, long enough for any client's retries. */
export const DEFAULT_IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;

/**
 * Claims `key` for this caller and request body (a mutation: queries need no key). The first
 * request executes and its response is kept for `ttlMs`; a retry with the same key and body within
 * that time gets that response again, changing nothing; a retry while the first is still running,
 * or the same key with another body, is a CONFLICT. After `ttlMs` the key is free again.
 */
export async function claimIdempotencyKey(orm: MikroORM, caller: string, key: string, body: string, ttlMs = DEFAULT_IDEMPOTENCY_TTL_MS): Promise<IdempotencyDecision> {
  if (!KEY_PATTERN.test(key)) throw new BadUserInputError('Idempotency-Key must be 1–200 printable ASCII characters', 'Idempotency-Key');
  const em = orm.em.fork();
  const requestHash = createHash('sha256').update(body).digest('hex');
  // An expired claim of the same key is replaced in the same statement.
  if (!(await insertClaim(em, caller, key, requestHash, ttlMs))) {
    const row = await existingClaim(em, caller, key, ttlMs);
    // Gone meanwhile, or expired (the delete above could not see a row inserted concurrently): claim again.
    if (!row || row.expired) return claimIdempotencyKey(orm, caller, key, body, ttlMs);
    if (row.request_hash !== requestHash) throw new ConflictError('this Idempotency-Key was used for a different request', { field: 'Idempotency-Key' });
    if (!row.response) throw new ConflictError('a request with this Idempotency-Key is still being processed; retry shortly', { field: 'Idempotency-Key' });
    return { kind: 'replay', response: row.response };
  }
  return {
    kind: 'execute',
    async finish(response, committedSomething) {
      // Nothing committed (every field failed): free the key so a retry executes again.
      if (!committedSomething) await releaseClaim(em, caller, key);
      else await storeResponse(em, caller, key, response);
    },
  };
}

/** Deletes every key older than `ttlMs`; returns how many. Run periodically by the server. */
export async function deleteExpiredIdempotencyKeys(orm: MikroORM, ttlMs = DEFAULT_IDEMPOTENCY_TTL_MS): Promise<number> {
  return deleteExpiredClaims(orm.em.fork(), ttlMs);
}
