import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { Role } from './auth.types.js';

const ISSUER = 'key-project-command-centre';
const ALGORITHM = 'HS256';

/** The claims this API puts in its tokens. */
export interface TokenClaims {
  role: Role;
  /** Global id of the person the token is for (absent for a bare admin token). */
  personId?: string;
}

/** Why a token was refused. */
export class InvalidTokenError extends Error {}

/**
 * The HS256 signing secret: JWT_SECRET when configured (at least 32 characters), else a random
 * secret generated once and kept in `<dataDir>/jwt-secret` (mode 0600).
 */
export async function loadSigningSecret(configured: string | undefined, dataDir: string): Promise<Uint8Array> {
  if (configured) {
    if (configured.length < 32) throw new Error('JWT_SECRET must be at least 32 characters');
    return new TextEncoder().encode(configured);
  }
  const file = path.resolve(dataDir, 'jwt-secret');
  try {
    return new TextEncoder().encode((await readFile(file, 'utf8')).trim());
  } catch {
    await mkdir(path.dirname(file), { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' }).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    await chmod(file, 0o600);
    return new TextEncoder().encode((await readFile(file, 'utf8')).trim());
  }
}

/** Mints a token for a role (and person), valid for `ttlSeconds`. */
export async function signToken(secret: Uint8Array, claims: TokenClaims, ttlSeconds = 12 * 3600): Promise<string> {
  const jwt = new SignJWT({ role: claims.role, ...(claims.personId ? { pid: claims.personId } : {}) })
    .setProtectedHeader({ alg: ALGORITHM })
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .setJti(randomUUID())
    .setSubject(claims.personId ?? `role:${claims.role}`);
  return jwt.sign(secret);
}

/**
 * A verified token's claims, when it expires (ms since the epoch) and a short id of the token
 * itself (its `jti`, or a digest of it for tokens minted without one), so that two tokens of the
 * same role without a person are two callers, each with its own rate-limit budget.
 */
export type VerifiedToken = TokenClaims & { expiresAt: number; tokenId: string };

/** Verifies signature, issuer and expiry; returns the claims or throws InvalidTokenError. */
export async function verifyToken(secret: Uint8Array, token: string): Promise<VerifiedToken> {
  try {
    const { payload } = await jwtVerify(token, secret, { issuer: ISSUER, algorithms: [ALGORITHM] });
    const role = payload.role;
    if (typeof role !== 'string' || !(Object.values(Role) as string[]).includes(role)) throw new InvalidTokenError('token has no valid role');
    const personId = typeof payload.pid === 'string' ? payload.pid : undefined;
    const tokenId = typeof payload.jti === 'string' && payload.jti.length <= 64 ? payload.jti.slice(0, 12) : createHash('sha256').update(token).digest('hex').slice(0, 12);
    return { role: role as Role, personId, expiresAt: typeof payload.exp === 'number' ? payload.exp * 1000 : Infinity, tokenId };
  } catch (error) {
    if (error instanceof InvalidTokenError) throw error;
    if (error instanceof joseErrors.JWTExpired) throw new InvalidTokenError('token expired');
    throw new InvalidTokenError('token invalid');
  }
}
