import 'reflect-metadata';
import pino from 'pino';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase, migrate } from './db/database.js';
import { seedDemoDistrict } from './db/seed/demo-district.js';
import { buildApiSchema } from './server/schema.js';
import { startServer } from './server/http.js';
import { loadSigningSecret, signToken } from './modules/auth/tokens.js';
import { Role } from './modules/auth/auth.types.js';

/** Start-up: config → database → schema → server; stops everything on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const logger = pino({ level: config.logLevel });
  const database = await openDatabase(config, (message) => logger.info(message));
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let demoTokens = '';
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const forced = setTimeout(() => {
      logger.error('shutdown took longer than 20s, exiting');
      process.exit(1);
    }, 20_000);
    try {
      await server?.close();
      await database.close();
    } finally {
      clearTimeout(forced);
    }
    logger.info('stopped');
    process.exit(0);
  };
  // A stray rejection (say, a dropped connection no request was waiting on) is logged, not fatal.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  try {
    const applied = await migrate(database.orm);
    if (applied.length) logger.info({ applied }, 'migrations applied');
    if (config.seedDemo) {
      const seed = await seedDemoDistrict(database.orm.em);
      if (seed.seeded) logger.info(seed, 'demo district seeded');
    }
    const signingSecret = await loadSigningSecret(config.jwtSecret, config.dataDir);
    server = await startServer({ ...config, orm: database.orm, databaseUrl: database.url, schema: await buildApiSchema(), logger, signingSecret });
    if (!config.databaseUrl) {
      // The embedded demo: hand the person trying it two tokens (never printed with DATABASE_URL).
      demoTokens = `  Admin token:  ${await signToken(signingSecret, { role: Role.ADMIN })}\n  Viewer token: ${await signToken(signingSecret, { role: Role.VIEWER })}\n`;
    }
  } catch (error) {
    logger.fatal({ err: error }, 'start-up failed');
    await database.close();
    process.exit(1);
  }
  const playground = server.url.replace(/\/graphql$/, '/playground');
  const screen = server.url.replace(/\/graphql$/, '/screen');
  logger.info({ graphql: server.url, playground, screen }, 'API ready');
  console.log(
    `\n  GraphQL:     ${server.url}\n  WebSocket:   ${server.url.replace(/^http/, 'ws')}\n  Playground:  ${playground}\n  Screen:      ${screen}#key=<API key from createApiKey>\n${demoTokens}`,
  );
}

main().catch((error: unknown) => {
  console.error('fatal:', error);
  process.exit(1);
});
