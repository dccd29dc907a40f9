/**
 * `npm run screenshot`: starts the API on the demo district (DATABASE_URL, or the embedded
 * PostgreSQL in DATA_DIR, as `npm start` does) on a free port, opens /screen in Debian's Chromium
 * at 1920×1080 with a read-only API key made for the purpose (revoked afterwards), and writes
 * docs/screen.png (or the path given as the first argument).
 */
import 'reflect-metadata';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../src/config.js';
import { migrate, openDatabase } from '../src/db/database.js';
import { seedDemoDistrict } from '../src/db/seed/demo-district.js';
import { Role } from '../src/modules/auth/auth.types.js';
import { loadSigningSecret, signToken } from '../src/modules/auth/tokens.js';
import { startServer } from '../src/server/http.js';
import { buildApiSchema } from '../src/server/schema.js';
import { launchChromium } from './browser.js';

const output = path.resolve(process.argv[2] ?? 'docs/screen.png');
const config = { ...loadConfig(), port: 0, host: '127.0.0.1', escalationSweepMs: 0 };
const logger = pino({ level: 'warn' });
const database = await openDatabase(config, (message) => console.log(message));
try {
  await migrate(database.orm);
  if (config.seedDemo) await seedDemoDistrict(database.orm.em);
  const signingSecret = await loadSigningSecret(config.jwtSecret, config.dataDir);
  const server = await startServer({ ...config, orm: database.orm, databaseUrl: database.url, schema: await buildApiSchema(), logger, signingSecret });
  try {
    const admin = await signToken(signingSecret, { role: Role.ADMIN });
    const call = async <T>(query: string): Promise<T> => {
      const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` }, body: JSON.stringify({ query }) });
      const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
      if (body.errors?.length) throw new Error(body.errors[0].message);
      return body.data!;
    };
    const { createApiKey } = await call<{ createApiKey: { secret: string; apiKey: { id: string } } }>('mutation { createApiKey(name: "截图(npm run screenshot)") { secret apiKey { id } } }');
    const browser = await launchChromium(1920, 1080);
    try {
      const page = await browser.newPage();
      const base = server.url.replace(/\/graphql$/, '');
      await page.goto(`${base}/screen?year=2026#key=${encodeURIComponent(createApiKey.secret)}`, { waitUntil: 'load' });
      await page.waitForSelector('[data-figure="completedInvestment"][data-value]', { timeout: 30_000 });
      await page.waitForFunction(() => (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document.querySelectorAll('#ranking li').length > 0, { timeout: 30_000 });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await page.screenshot({ path: output as `${string}.png`, type: 'png' });
      console.log(`wrote ${path.relative(process.cwd(), output)}`);
    } finally {
      await browser.close();
      await call(`mutation { revokeApiKey(id: "${createApiKey.apiKey.id}") { id } }`);
    }
  } finally {
    await server.close();
  }
} finally {
  await database.close();
}
