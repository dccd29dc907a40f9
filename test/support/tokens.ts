import { Role } from '../../src/modules/auth/auth.types.js';
import { signToken } from '../../src/modules/auth/tokens.js';

/** The secret every test server signs and verifies with. */
export const TEST_SIGNING_SECRET = new TextEncoder().encode('test-secret-that-is-long-enough-for-hs256-signing');

/** Mints a token for a role (and a person, by global id). */
export function tokenFor(role: Role | keyof typeof Role, personId?: string): Promise<string> {
  return signToken(TEST_SIGNING_SECRET, { role: role as Role, personId });
}

/** An ADMIN token, the default credential of test requests and subscriptions. */
export const ADMIN_TOKEN = await tokenFor(Role.ADMIN);
