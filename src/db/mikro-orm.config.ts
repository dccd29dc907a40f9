import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { entities } from './entities.js';
import { AuditSubscriber } from '../core/audit-recorder.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** True under tsx/vitest (sources), false when running the tsc build from dist/. */
const runningTypeScript = import.meta.url.endsWith('.ts');
const projectRoot = runningTypeScript ? path.resolve(here, '../..') : path.resolve(here, '../../..');

/**
 * MikroORM options for a database URL. Migrations live in `migrations/` (TypeScript) and are
 * compiled to `dist/migrations/` (JavaScript) for production.
 */
export function ormOptions(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    subscribers: [new AuditSubscriber()],
    preferTs: runningTypeScript,
    dynamicImportProvider: (id) => import(id),
    discovery: { warnWhenNoEntities: true, requireEntitiesArray: true },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    propagationOnPrototype: false,
    // Fail within seconds, not a minute, when the database is away (SERVICE_UNAVAILABLE).
    pool: { min: 0, max: 10, acquireTimeoutMillis: 5000, createTimeoutMillis: 3000, idleTimeoutMillis: 30000 },
    // Lights judged under the rules before month close, kept read-only for the record (no entity).
    schemaGenerator: { skipTables: ['light_record_legacy', 'event_outbox'] },
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: path.join(projectRoot, 'dist/migrations'),
      pathTs: path.join(projectRoot, 'migrations'),
      glob: '!(*.d).{js,ts}',
      transactional: true,
      silent: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      fileName: (timestamp, name) => `Migration${timestamp}${name ? '_' + name : ''}`,
    },
    ...overrides,
  });
}

/** Used by the MikroORM CLI (`npm run migration:create`); reads DATABASE_URL. */
export default ormOptions(process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/keyproject_dev');
