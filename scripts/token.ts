/**
 * `npm run token -- --role ADMIN [--person <Person id>] [--ttl-hours 12]`: prints a bearer token
 * signed with this installation's secret (JWT_SECRET, or the one kept in DATA_DIR).
 */
import 'reflect-metadata';
import { loadConfig } from '../src/config.js';
import { Role } from '../src/modules/auth/auth.types.js';
import { loadSigningSecret, signToken } from '../src/modules/auth/tokens.js';
import { decodeGlobalId } from '../src/shared/global-id.js';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const role = option('role') as Role | undefined;
if (!role || !(Object.values(Role) as string[]).includes(role)) {
  console.error(`usage: npm run token -- --role ${Object.values(Role).join('|')} [--person <Person id>] [--ttl-hours 12]`);
  process.exit(2);
}
const person = option('person');
if (person !== undefined && decodeGlobalId(person)?.type !== 'Person') {
  console.error('--person must be a Person id as the API shows it (e.g. from `people { nodes { id } }`)');
  process.exit(2);
}
const ttlHours = Number(option('ttl-hours') ?? '12');
if (!Number.isFinite(ttlHours) || ttlHours <= 0 || ttlHours > 24 * 365) {
  console.error('--ttl-hours must be between 0 and 8760');
  process.exit(2);
}
const config = loadConfig();
const secret = await loadSigningSecret(config.jwtSecret, config.dataDir);
console.log(await signToken(secret, { role, personId: person }, Math.round(ttlHours * 3600)));
