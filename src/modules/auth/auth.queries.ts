import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql } from '../../db/sql.js';

/** The id of the live (not revoked) API key whose secret has this SHA-256 digest, or null. */
export async function liveApiKeyId(em: EntityManager, digest: string): Promise<number | null> {
  const [key] = await query<{ id: number }>(em, sql`select id from api_key where hash = ${digest} and revoked_at is null`);
  return key?.id ?? null;
}

/** The unit of a person (undefined: no such person; null: a person of no unit). */
export async function unitOfPerson(em: EntityManager, personId: number): Promise<number | null | undefined> {
  const [row] = await query<{ organization_id: number | null }>(em, sql`select organization_id from person where id = ${personId}`);
  return row ? row.organization_id : undefined;
}
