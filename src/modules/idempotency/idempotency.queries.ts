import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql, type Sql } from '../../db/sql.js';

/** A stored response: its status and body. */
export interface StoredResponse {
  status: number;
  body: string;
}

const olderThan = (ttlMs: number): Sql => sql`created_at < now() - ${ttlMs} * interval '1 millisecond'`;

/**
 * Claims (caller, key) for a request with this body digest, replacing an expired claim of the same
 * key in the same statement; true when this request now holds the claim.
 */
export async function insertClaim(em: EntityManager, caller: string, key: string, requestHash: string, ttlMs: number): Promise<boolean> {
  const inserted = await query(
    em,
    sql`with expired as (delete from idempotency_key where caller = ${caller} and key = ${key} and ${olderThan(ttlMs)})
        insert into idempotency_key (caller, key, request_hash, response) values (${caller}, ${key}, ${requestHash}, null)
        on conflict (caller, key) do nothing returning key`,
  );
  return inserted.length > 0;
}

/** The existing claim of (caller, key): its body digest, its response once stored, and whether it has expired. */
export async function existingClaim(em: EntityManager, caller: string, key: string, ttlMs: number): Promise<{ request_hash: string; response: StoredResponse | null; expired: boolean } | undefined> {
  const [row] = await query<{ request_hash: string; response: StoredResponse | null; expired: boolean }>(
    em,
    sql`select request_hash, response, ${olderThan(ttlMs)} as expired from idempotency_key where caller = ${caller} and key = ${key}`,
  );
  return row;
}

/** Frees a claim (nothing was committed). */
export async function releaseClaim(em: EntityManager, caller: string, key: string): Promise<void> {
  await query(em, sql`delete from idempotency_key where caller = ${caller} and key = ${key}`);
}

/** Keeps the response of a claim for replays. */
export async function storeResponse(em: EntityManager, caller: string, key: string, response: StoredResponse): Promise<void> {
  await query(em, sql`update idempotency_key set response = ${JSON.stringify(response)}::jsonb where caller = ${caller} and key = ${key}`);
}

/** Deletes every claim older than `ttlMs`; returns how many. */
export async function deleteExpiredClaims(em: EntityManager, ttlMs: number): Promise<number> {
  return (await query(em, sql`delete from idempotency_key where ${olderThan(ttlMs)} returning key`)).length;
}
