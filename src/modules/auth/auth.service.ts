import { createHash, randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context.js';
import { inTransaction } from '../../core/unit-of-work.js';
import { NotFoundError, requireText, UnauthenticatedError } from '../../shared/errors.js';
import { decodeGlobalId, fromGlobalId } from '../../shared/global-id.js';
import { Person } from '../person/person.entity.js';
import { ApiKey } from './api-key.entity.js';
import { liveApiKeyId, unitOfPerson } from './auth.queries.js';
import { EventType } from '../event/event.entity.js';
import { Role, type Caller } from './auth.types.js';
import { Action, authorize } from './authorization.js';
import { InvalidTokenError, verifyToken, type VerifiedToken } from './tokens.js';

const API_KEY_PREFIX = 'kp_';
const PERSON_CACHE_MS = 30_000;
/** How long an API key lookup (found or not) is trusted; a revocation reaches every instance at once through the event log. */
const API_KEY_CACHE_MS = 30_000;
const REMEMBERED = 10_000;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Keeps `map` to at most REMEMBERED entries, the oldest going first. */
function bounded<K, V>(map: Map<K, V>, key: K, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > REMEMBERED) map.delete(map.keys().next().value!);
}

/**
 * Establishes the caller of a request from `Authorization: Bearer <JWT or API key>` (HTTP) or the
 * same value in graphql-ws `connection_init` params. Missing or invalid credentials are
 * UNAUTHENTICATED. Verified tokens and API-key lookups (hits and misses) are remembered, so a
 * screen polling with one credential, or a flood of forged ones, costs no database round trip
 * each; `forgetApiKey` drops a revoked key at once.
 */
export class Authenticator {
  private readonly units = new Map<number, { unitId: number | null; at: number }>();
  /** Tokens already verified, until they expire: a screen polling with one token pays for HMAC once. */
  private readonly verified = new Map<string, VerifiedToken>();
  /** API keys by secret digest: the key's id, or null for a secret that matches no live key. */
  private readonly apiKeys = new Map<string, { id: number | null; at: number }>();

  constructor(
    private readonly orm: MikroORM,
    private readonly secret: Uint8Array,
  ) {}

  async authenticate(authorization: string | undefined | null): Promise<Caller> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
    if (!match) throw new UnauthenticatedError();
    const credential = match[1];
    if (credential.startsWith(API_KEY_PREFIX)) {
      const id = await this.apiKeyId(sha256(credential));
      if (id === null) throw new UnauthenticatedError('API key unknown or revoked');
      return { kind: 'apiKey', role: Role.VIEWER, personId: null, unitId: null, apiKeyId: id, id: `apikey:${id}`, expiresAt: null };
    }
    let claims = this.verified.get(credential);
    if (!claims || claims.expiresAt <= Date.now()) {
      try {
        claims = await verifyToken(this.secret, credential);
      } catch (error) {
        this.verified.delete(credential);
        throw new UnauthenticatedError(error instanceof InvalidTokenError ? error.message : 'token invalid');
      }
      bounded(this.verified, credential, claims);
    }
    const expiresAt = Number.isFinite(claims.expiresAt) ? claims.expiresAt : null;
    if (!claims.personId) {
      return { kind: 'user', role: claims.role, personId: null, unitId: null, apiKeyId: null, id: `role:${claims.role}:${claims.tokenId}`, expiresAt };
    }
    const decoded = decodeGlobalId(claims.personId);
    if (!decoded || decoded.type !== 'Person') throw new UnauthenticatedError('token names no valid person');
    const unitId = await this.unitOf(decoded.id);
    return { kind: 'user', role: claims.role, personId: decoded.id, unitId, apiKeyId: null, id: `person:${decoded.id}`, expiresAt };
  }

  /**
   * Whether `authorization` is a credential this instance has already verified and still trusts
   * (a token not yet expired, a live API key): it can be accepted without any lookup, even from an
   * address that has failed too often.
   */
  recognises(authorization: string | undefined | null): boolean {
    const credential = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
    if (!credential) return false;
    if (credential.startsWith(API_KEY_PREFIX)) {
      const cached = this.apiKeys.get(sha256(credential));
      return cached !== undefined && cached.id !== null && Date.now() - cached.at < API_KEY_CACHE_MS;
    }
    const claims = this.verified.get(credential);
    return claims !== undefined && claims.expiresAt > Date.now();
  }

  /** A revoked API key stops authenticating on this instance at once. */
  forgetApiKey(id: number): void {
    for (const [digest, entry] of this.apiKeys) if (entry.id === id) this.apiKeys.delete(digest);
  }

  private async apiKeyId(digest: string): Promise<number | null> {
    const cached = this.apiKeys.get(digest);
    if (cached && Date.now() - cached.at < API_KEY_CACHE_MS) return cached.id;
    const id = await liveApiKeyId(this.orm.em.fork(), digest);
    bounded(this.apiKeys, digest, { id, at: Date.now() });
    return id;
  }

  private async unitOf(personId: number): Promise<number | null> {
    const cached = this.units.get(personId);
    if (cached && Date.now() - cached.at < PERSON_CACHE_MS) return cached.unitId;
    const unitId = await unitOfPerson(this.orm.em.fork(), personId);
    if (unitId === undefined) throw new UnauthenticatedError('the person of this token no longer exists');
    bounded(this.units, personId, { unitId, at: Date.now() });
    return unitId;
  }
}

/** A new API key and its secret, which is shown this once and never stored. */
export interface CreatedApiKey {
  apiKey: ApiKey;
  secret: string;
}

/** Creates a read-only API key (ADMIN). */
export function createApiKey(context: Context, name: string): Promise<CreatedApiKey> {
  authorize(context.caller, Action.ADMINISTER);
  return inTransaction(context, 'createApiKey', async (em) => {
    const secret = `${API_KEY_PREFIX}${randomBytes(24).toString('base64url')}`;
    const apiKey = em.create(ApiKey, { name: requireText(name, 'name', 100), prefix: secret.slice(0, 10), hash: sha256(secret), revokedAt: null });
    await em.flush();
    return { apiKey, secret };
  });
}

/** Revokes an API key (ADMIN); revoking twice is harmless. */
export function revokeApiKey(context: Context, id: string): Promise<ApiKey> {
  authorize(context.caller, Action.ADMINISTER);
  return inTransaction(context, 'revokeApiKey', async (em, events) => {
    const apiKey = await em.findOne(ApiKey, { id: fromGlobalId(id, 'ApiKey', 'id') });
    if (!apiKey) throw new NotFoundError('ApiKey', id);
    if (apiKey.revokedAt === null) {
      apiKey.revokedAt = new Date();
      // Every instance closes the key's sockets and forgets it (the event reaches them all).
      events.add({ type: EventType.API_KEY_REVOKED, payload: { apiKeyId: apiKey.id } });
    }
    await em.flush();
    return apiKey;
  });
}

/** Every API key, newest first (ADMIN). */
export function listApiKeys(context: Context): Promise<ApiKey[]> {
  authorize(context.caller, Action.ADMINISTER);
  return context.em.find(ApiKey, {}, { orderBy: { id: 'desc' } });
}

/** Whether the person exists (for minting tokens). */
export async function personExists(orm: MikroORM, personGlobalId: string): Promise<boolean> {
  const decoded = decodeGlobalId(personGlobalId);
  if (!decoded || decoded.type !== 'Person') return false;
  return (await orm.em.fork().count(Person, { id: decoded.id })) > 0;
}
