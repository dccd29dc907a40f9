import { createHash, randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { inTransaction, type Context } from '../../server/context.js';
import { NotFoundError, requireText, UnauthenticatedError } from '../../shared/errors.js';
import { decodeGlobalId, fromGlobalId } from '../../shared/global-id.js';
import { Person } from '../person/person.entity.js';
import { ApiKey } from './api-key.entity.js';
import { Role, type Caller } from './auth.types.js';
import { Action, authorize } from './authorization.js';
import { InvalidTokenError, verifyToken, type VerifiedToken } from './tokens.js';

const API_KEY_PREFIX = 'kp_';
const PERSON_CACHE_MS = 30_000;
const VERIFIED_TOKENS = 10_000;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Establishes the caller of a request from `Authorization: Bearer <JWT or API key>` (HTTP) or the
 * same value in graphql-ws `connection_init` params. Missing or invalid credentials are
 * UNAUTHENTICATED.
 */
export class Authenticator {
  private readonly units = new Map<number, { unitId: number | null; at: number }>();
  /** Tokens already verified, until they expire: a screen polling with one token pays for HMAC once. */
  private readonly verified = new Map<string, VerifiedToken>();

  constructor(
    private readonly orm: MikroORM,
    private readonly secret: Uint8Array,
  ) {}

  async authenticate(authorization: string | undefined | null): Promise<Caller> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
    if (!match) throw new UnauthenticatedError();
    const credential = match[1];
    if (credential.startsWith(API_KEY_PREFIX)) {
      const [key]: { id: number }[] = await this.orm.em
        .fork()
        .execute('select id from api_key where hash = ? and revoked_at is null', [sha256(credential)]);
      if (!key) throw new UnauthenticatedError('API key unknown or revoked');
      return { kind: 'apiKey', role: Role.VIEWER, personId: null, unitId: null, apiKeyId: key.id, id: `apikey:${key.id}` };
    }
    let claims = this.verified.get(credential);
    if (!claims || claims.expiresAt <= Date.now()) {
      try {
        claims = await verifyToken(this.secret, credential);
      } catch (error) {
        this.verified.delete(credential);
        throw new UnauthenticatedError(error instanceof InvalidTokenError ? error.message : 'token invalid');
      }
      this.verified.set(credential, claims);
      if (this.verified.size > VERIFIED_TOKENS) this.verified.delete(this.verified.keys().next().value!);
    }
    if (!claims.personId) {
      return { kind: 'user', role: claims.role, personId: null, unitId: null, apiKeyId: null, id: `role:${claims.role}` };
    }
    const decoded = decodeGlobalId(claims.personId);
    if (!decoded || decoded.type !== 'Person') throw new UnauthenticatedError('token names no valid person');
    const unitId = await this.unitOf(decoded.id);
    return { kind: 'user', role: claims.role, personId: decoded.id, unitId, apiKeyId: null, id: `person:${decoded.id}` };
  }

  private async unitOf(personId: number): Promise<number | null> {
    const cached = this.units.get(personId);
    if (cached && Date.now() - cached.at < PERSON_CACHE_MS) return cached.unitId;
    const [row]: { organization_id: number | null }[] = await this.orm.em.fork().execute('select organization_id from person where id = ?', [personId]);
    if (!row) throw new UnauthenticatedError('the person of this token no longer exists');
    this.units.set(personId, { unitId: row.organization_id, at: Date.now() });
    if (this.units.size > 10_000) this.units.delete(this.units.keys().next().value!);
    return row.organization_id;
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
  return inTransaction(context, 'revokeApiKey', async (em) => {
    const apiKey = await em.findOne(ApiKey, { id: fromGlobalId(id, 'ApiKey', 'id') });
    if (!apiKey) throw new NotFoundError('ApiKey', id);
    apiKey.revokedAt ??= new Date();
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
