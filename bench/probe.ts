/**
 * `DATABASE_URL=… node --import tsx bench/probe.ts --operations page,detail [--duration-s 5]`
 *
 * A quick look at one contender on an already-seeded database (for profiling and iterating:
 * `BENCH_CPU_PROF=/tmp/prof` writes a CPU profile of the server). `npm run bench` is the full,
 * side-by-side run that writes the table; this prints a line per operation and writes nothing.
 * Options: --contender ours|limit|postgraphile, --connections 50, --warmup-s 2, --page-size 50.
 */
import { randomBytes } from 'node:crypto';
import { signToken } from '../src/modules/auth/tokens.js';
import { Role } from '../src/modules/auth/auth.types.js';
import { argument, databaseCpuReader, startBuiltServer, startNodeServer } from './support.js';
import { datasetFacts } from './dataset.js';
import { measure } from './load.js';
import { OPERATIONS, requestFactory, type Contender, type Operation } from './operations.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must name a seeded database (npm run seed:scale)');
const contender = argument('contender', 'ours') as Contender;
const operations = argument('operations', OPERATIONS.join(',')).split(',') as Operation[];
const facts = await datasetFacts(url);
const jwtSecret = randomBytes(48).toString('base64url');
const server =
  contender === 'ours'
    ? await startBuiltServer(url, { JWT_SECRET: jwtSecret, REQUESTS_PER_MINUTE: '10000000', LOG_LEVEL: 'warn', SEED_DEMO: 'false', EXPOSE_SQL_STATEMENT_COUNT: 'false', ...(process.env.SERVER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.SERVER_NODE_OPTIONS } : {}) })
    : await startNodeServer(['--import', 'tsx', contender === 'limit' ? 'bench/limit-server.ts' : 'bench/postgraphile-server.ts'], { DATABASE_URL: url });
const token = await signToken(new TextEncoder().encode(jwtSecret), { role: Role.ADMIN });
const databaseCpu = await databaseCpuReader(url);
try {
  for (const operation of operations) {
    const next = requestFactory(contender, operation, {
      year: facts.year,
      projectIds: facts.projectIds,
      reportSlots: facts.reportSlots,
      pageSize: Number(argument('page-size', '50')),
      screenFirst: 20,
      screenVariant: 'laggingProjects',
    }, 7);
    if (!next) continue;
    const result = await measure(
      { url: server.url, headers: contender === 'ours' ? { authorization: `Bearer ${token}` } : {}, next, serverPid: server.pid, databaseCpu },
      { connections: Number(argument('connections', '50')), warmupSeconds: Number(argument('warmup-s', '2')), durationSeconds: Number(argument('duration-s', '5')) },
    );
    console.log(
      `${operation.padEnd(6)} ${contender.padEnd(12)} ${String(result.requestsPerSecond).padStart(8)} req/s  p50 ${result.latencyMs.p50} ms  p99 ${result.latencyMs.p99} ms  ` +
        `errors ${result.errors}  cpu ${result.serverCpuPercent}%  db ${result.databaseCpuPercent ?? '?'}%  rss ${result.peakRssMiB} MiB${result.firstError ? `  first error: ${result.firstError.slice(0, 300)}` : ''}`,
    );
  }
} finally {
  await server.stop();
}
