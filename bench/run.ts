/**
 * `npm run bench [-- --projects 5000 --years 10 --duration-s 10 --warmup-s 3 --connections 50]`
 *
 * Province-scale data, measured side by side with the limit and a peer. On one fresh database:
 * our API (the built server, its own process), the LIMIT (bench/limit-server.ts: node:http + pg,
 * one SQL statement per request, no GraphQL) and the PEER (PostGraphile 5,
 * bench/postgraphile-server.ts), each answering the same four operations (bench/operations.ts)
 * under autocannon from this process. Writes bench/results/api.json and the table between
 * `<!-- api:start -->` and `<!-- api:end -->` in docs/BENCHMARKS.md.
 *
 * Other options: --dataset scale|demo (default scale: seedScale from src/db/seed/scale.ts; auto is
 * scale too), --seed N, --page-size 50, --screen-first 20, --screen-variant laggingProjects|projectsWithLight,
 * --operations screen,page,detail,write,
 * --contenders ours,limit,postgraphile, --out bench/results/api.json.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { signToken } from '../src/modules/auth/tokens.js';
import { Role } from '../src/modules/auth/auth.types.js';
import { argument, benchDatabase, databaseCpuReader, machine, startBuiltServer, startNodeServer } from './support.js';
import { datasetFacts, planDataset } from './dataset.js';
import { measure, type Measurement } from './load.js';
import { OPERATIONS, peerInOurShape, requestFactory, withoutIds, type BenchRequest, type Contender, type Operation, type RequestInputs, type ScreenVariant } from './operations.js';
import { renderApiBenchmarks } from './report.js';

const CONTENDERS: Contender[] = ['ours', 'limit', 'postgraphile'];

const options = {
  projects: Number(argument('projects', '5000')),
  years: Number(argument('years', '10')),
  seed: Number(argument('seed', '42')),
  dataset: argument('dataset', 'auto') as 'auto' | 'scale' | 'demo',
  durationSeconds: Number(argument('duration-s', '10')),
  warmupSeconds: Number(argument('warmup-s', '3')),
  connections: Number(argument('connections', '50')),
  pageSize: Number(argument('page-size', '50')),
  screenFirst: Number(argument('screen-first', '20')),
  operations: argument('operations', OPERATIONS.join(',')).split(',') as Operation[],
  contenders: argument('contenders', CONTENDERS.join(',')).split(',') as Contender[],
  screenVariant: argument('screen-variant', 'laggingProjects') as ScreenVariant,
  out: argument('out', 'bench/results/api.json'),
};

interface Server {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function call(server: Server, request: BenchRequest, headers: Record<string, string>): Promise<{ status: number; text: string; json?: { data?: unknown; errors?: unknown[]; extensions?: Record<string, unknown> } }> {
  const response = await fetch(`${server.url}${request.path}`, { method: request.method, headers: { 'content-type': 'application/json', ...headers }, body: request.body });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json };
}

async function statementsOf(server: Server): Promise<number> {
  return ((await (await fetch(`${server.url}/__bench/statements`)).json()) as { statements: number }).statements;
}

function ratio(a: number | undefined, b: number | undefined): number | null {
  return a === undefined || b === undefined || !b ? null : Math.round((a / b) * 100) / 100;
}

async function packageVersion(name: string): Promise<string> {
  const require = createRequire(import.meta.url);
  return (JSON.parse(await readFile(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
}

/** The peer's version: PostGraphile 5 leaves package.json out of its "exports", so it is read beside its entry (dist/index.js). */
async function postgraphileVersion(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve('postgraphile');
  const manifest = JSON.parse(await readFile(entry.replace(/dist[/\\]index\.js$/, 'package.json'), 'utf8')) as { name: string; version: string };
  if (manifest.name !== 'postgraphile') throw new Error(`no package.json of postgraphile beside ${entry}`);
  return manifest.version;
}

/** The commit the built server came from, and whether src/ had uncommitted changes in the build. */
function sourceState(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const changed = execFileSync('git', ['status', '--porcelain', '--', 'src', 'migrations'], { encoding: 'utf8' }).split('\n').filter(Boolean).length;
    return changed ? `${commit} + ${changed} uncommitted files in src/ and migrations/` : commit;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadAverageAtStart = os.loadavg().map((value) => Math.round(value * 100) / 100);
  const plan = planDataset(options.dataset, { projects: options.projects, years: options.years, seed: options.seed });
  log(`seeding a fresh database: ${plan.note} (requested ${options.projects} projects × ${options.years} years)`);
  const seedStarted = performance.now();
  let seedSummary: unknown;
  const database = await benchDatabase('api', async (em) => (seedSummary = await plan.seed(em)));
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  log(`seeded in ${seedSeconds.toFixed(1)} s`);
  const servers: Server[] = [];
  const interrupted = () => {
    log('interrupted: stopping the servers and dropping the database');
    void Promise.all(servers.map((server) => server.stop().catch(() => undefined)))
      .then(() => database.drop())
      .finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    // A database that has been running has statistics (autovacuum); a just-seeded one has none,
    // and the planner's guesses without them would decide the comparison.
    const analyzeStarted = performance.now();
    const maintenance = new pg.Client({ connectionString: database.url });
    await maintenance.connect();
    await maintenance.query('vacuum analyze');
    await maintenance.end();
    const analyzeSeconds = (performance.now() - analyzeStarted) / 1000;
    const facts = await datasetFacts(database.url);
    log(`dataset: ${facts.projects} projects, ${facts.progressReports} reports, ${facts.lightRecords} lights, years ${facts.years.join(',')}; asking about ${facts.year}`);
    const databaseCpu = await databaseCpuReader(database.url);

    const jwtSecret = randomBytes(48).toString('base64url');
    const serverEnv = { JWT_SECRET: jwtSecret, REQUESTS_PER_MINUTE: '10000000', LOG_LEVEL: 'warn', SEED_DEMO: 'false' };
    const contenders: Partial<Record<Contender, Server>> = {};
    contenders.ours = await startBuiltServer(database.url, { ...serverEnv, EXPOSE_SQL_STATEMENT_COUNT: 'false' });
    servers.push(contenders.ours);
    // The same server with its response cache off: what computing every answer costs (like the others).
    const oursUncached = options.contenders.includes('ours')
      ? await startBuiltServer(database.url, { ...serverEnv, EXPOSE_SQL_STATEMENT_COUNT: 'false', RESPONSE_CACHE_TTL_MS: '0' })
      : undefined;
    if (oursUncached) servers.push(oursUncached);
    if (options.contenders.includes('limit')) {
      contenders.limit = await startNodeServer(['--import', 'tsx', 'bench/limit-server.ts'], { DATABASE_URL: database.url });
      servers.push(contenders.limit);
    }
    let peerProblem: string | undefined;
    if (options.contenders.includes('postgraphile')) {
      try {
        contenders.postgraphile = await startNodeServer(['--import', 'tsx', 'bench/postgraphile-server.ts'], { DATABASE_URL: database.url });
        servers.push(contenders.postgraphile);
      } catch (error) {
        peerProblem = `PostGraphile 5 did not start: ${String(error)}`;
        log(peerProblem);
      }
    }
    const token = await signToken(new TextEncoder().encode(jwtSecret), { role: Role.ADMIN });
    const headersOf = (contender: Contender): Record<string, string> => (contender === 'ours' ? { authorization: `Bearer ${token}` } : {});

    const screenVariant: ScreenVariant = options.screenVariant;
    log(`screen uses ${screenVariant}`);

    const inputs: RequestInputs = {
      year: facts.year,
      projectIds: facts.projectIds,
      reportSlots: facts.reportSlots,
      pageSize: options.pageSize,
      screenFirst: options.screenFirst,
      screenVariant,
    };

    // Same answers? The limit must give our data exactly; the peer must answer without errors.
    const checks: Record<string, Record<string, string>> = {};
    for (const operation of OPERATIONS) {
      checks[operation] = {};
      if (operation === 'write') continue;
      const verdicts: Record<string, Set<string>> = {};
      for (let sample = 0; sample < 3; sample++) {
        const request = (contender: Contender) => requestFactory(contender, operation, inputs, 1000 + sample)?.();
        const ourAnswer = await call(contenders.ours, request('ours')!, headersOf('ours'));
        if (ourAnswer.status !== 200 || ourAnswer.json?.errors) throw new Error(`our ${operation} failed: ${ourAnswer.text.slice(0, 1000)}`);
        for (const contender of ['limit', 'postgraphile'] as const) {
          const server = contenders[contender];
          const theirRequest = request(contender);
          if (!server || !theirRequest) continue;
          const answer = await call(server, theirRequest, headersOf(contender));
          let verdict: string;
          if (answer.status !== 200 || answer.json?.errors) verdict = `error: ${answer.text.slice(0, 300)}`;
          else {
            const theirs = contender === 'limit' ? answer.json?.data : peerInOurShape(operation, answer.json?.data as never);
            const same = contender === 'limit' ? isDeepStrictEqual(theirs, ourAnswer.json?.data) : isDeepStrictEqual(withoutIds(theirs as never), withoutIds(ourAnswer.json?.data as never));
            verdict = same ? (contender === 'limit' ? 'same data as ours' : 'same facts as ours (ids and cursors aside)') : 'DIFFERENT data from ours';
            if (!same) log(`${contender} ${operation} differs from ours:\n ours   ${JSON.stringify(ourAnswer.json?.data).slice(0, 1500)}\n theirs ${JSON.stringify(theirs).slice(0, 1500)}`);
          }
          (verdicts[contender] ??= new Set()).add(verdict);
        }
      }
      for (const [contender, set] of Object.entries(verdicts)) checks[operation][contender] = [...set].join('; ');
      log(`${operation}: ${JSON.stringify(checks[operation])}`);
    }
    if (contenders.postgraphile && facts.reportSlots.length) {
      const answer = await call(contenders.postgraphile, requestFactory('postgraphile', 'write', inputs, 7)!(), {});
      checks.write.postgraphile = answer.json?.errors || answer.status !== 200 ? `error: ${answer.text.slice(0, 300)}` : 'answers without errors';
      if (checks.write.postgraphile.startsWith('error')) log(`postgraphile write: ${checks.write.postgraphile}`);
    }

    // SQL statements per request: a second instance of ours reports them in extensions.sqlStatements
    // (a fresh one for each screen size, whose reads are cached until a change: cold, then cached);
    // the limit and the peer count what their pools send.
    const startCounting = async () => {
      const server = await startBuiltServer(database.url, { ...serverEnv, EXPOSE_SQL_STATEMENT_COUNT: 'true' });
      servers.push(server);
      return server;
    };
    let counting = await startCounting();
    const sqlStatements: Record<string, Partial<Record<Contender, Record<string, number | null>>>> = {};
    for (const operation of options.operations) {
      sqlStatements[operation] = {};
      const sizes = operation === 'page' || operation === 'screen' ? [5, 50] : [null];
      for (const contender of CONTENDERS) {
        const counts: Record<string, number | null> = {};
        for (const size of sizes) {
          if (contender === 'ours' && operation === 'screen') {
            await counting.stop();
            counting = await startCounting();
          }
          const server = contender === 'ours' ? counting : contenders[contender];
          const sized = size === null ? inputs : operation === 'page' ? { ...inputs, pageSize: size } : { ...inputs, screenFirst: size };
          const make = requestFactory(contender, operation, sized, 99);
          if (!server || !make) continue;
          const request = make();
          const key = size === null ? 'one' : String(size);
          if (contender === 'ours') {
            const ask = async () => {
              const answer = await call(server, request, headersOf('ours'));
              if (answer.json?.errors) log(`ours ${operation} (${key}) errors: ${answer.text.slice(0, 300)}`);
              return (answer.json?.extensions?.sqlStatements as number | undefined) ?? null;
            };
            counts[key] = await ask();
            if (operation === 'screen') counts[`${key} cached`] = await ask();
          } else {
            const before = await statementsOf(server);
            await call(server, request, headersOf(contender));
            counts[key] = (await statementsOf(server)) - before;
          }
        }
        if (Object.keys(counts).length) sqlStatements[operation][contender] = counts;
      }
      log(`SQL statements per ${operation}: ${JSON.stringify(sqlStatements[operation])}`);
    }
    await counting.stop();

    // Load, operation by operation, the contenders one after the other (ours twice for reads:
    // as in production, and with the response cache off).
    const results: Record<string, Partial<Record<Contender | 'oursUncached', Measurement>>> = {};
    const notApplicable: Record<string, Partial<Record<Contender, string>>> = {};
    for (const operation of options.operations) {
      results[operation] = {};
      notApplicable[operation] = {};
      type Run = { name: Contender | 'oursUncached'; contender: Contender; server: Server | undefined };
      const runs = options.contenders.flatMap<Run>((contender) =>
        contender === 'ours' && oursUncached && operation !== 'write'
          ? [{ name: contender, contender, server: contenders.ours }, { name: 'oursUncached', contender, server: oursUncached }]
          : [{ name: contender, contender, server: contenders[contender] }],
      );
      for (const { name, contender, server } of runs) {
        const next = requestFactory(contender, operation, inputs, 7);
        if (!server || !next) {
          notApplicable[operation][contender] = !server
            ? (peerProblem ?? 'not started')
            : contender === 'limit'
              ? 'the limit answers reads only (a bare upsert would skip what a report must do: lights, scores, events, audit)'
              : 'the dataset has no report of the year to rewrite';
          continue;
        }
        const result = await measure(
          { url: server.url, headers: headersOf(contender), next, serverPid: server.pid, databaseCpu },
          { connections: options.connections, warmupSeconds: options.warmupSeconds, durationSeconds: options.durationSeconds },
        );
        results[operation][name] = result;
        log(
          `${operation.padEnd(6)} ${name.padEnd(12)} ${String(result.requestsPerSecond).padStart(8)} req/s  p50 ${result.latencyMs.p50} ms  p99 ${result.latencyMs.p99} ms  ` +
            `errors ${result.errors}  cache hits ${result.cacheHits}  cpu ${result.serverCpuPercent}%  db ${result.databaseCpuPercent ?? '?'}%  rss ${result.peakRssMiB} MiB${result.firstError ? `  first error: ${result.firstError.slice(0, 200)}` : ''}`,
        );
      }
    }

    // How far behind the commits the derived data ran during the write load (our /metrics).
    let derivedLag: { p50Ms: number; p99Ms: number; maxMs: number; changes: number; batches: number; failures: number; throttled: number } | undefined;
    if (results.write?.ours) {
      const text = await (await fetch(`${contenders.ours.url}/metrics`, { headers: headersOf('ours') })).text();
      const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? NaN);
      const ms = (seconds: number) => Math.round(seconds * 10000) / 10;
      derivedLag = {
        p50Ms: ms(value(/^keyproject_derivation_lag_seconds\{quantile="0\.5"\} (\S+)$/m)),
        p99Ms: ms(value(/^keyproject_derivation_lag_seconds\{quantile="0\.99"\} (\S+)$/m)),
        maxMs: ms(value(/^keyproject_derivation_lag_seconds\{quantile="max"\} (\S+)$/m)),
        changes: value(/^keyproject_derivation_changes_total (\S+)$/m),
        batches: value(/^keyproject_derivation_batches_total (\S+)$/m),
        failures: value(/^keyproject_derivation_failures_total (\S+)$/m),
        throttled: value(/^keyproject_derivation_throttled_total (\S+)$/m),
      };
      log(`derived data under the write load: ${JSON.stringify(derivedLag)}`);
    }

    const ratios: Record<string, Record<string, number | null>> = {};
    for (const operation of options.operations) {
      const { ours, oursUncached: uncached, limit, postgraphile } = results[operation];
      ratios[operation] = {
        throughputOursOverLimit: ratio(ours?.requestsPerSecond, limit?.requestsPerSecond),
        p99OursOverLimit: ratio(ours?.latencyMs.p99, limit?.latencyMs.p99),
        throughputOursOverPostgraphile: ratio(ours?.requestsPerSecond, postgraphile?.requestsPerSecond),
        p99OursOverPostgraphile: ratio(ours?.latencyMs.p99, postgraphile?.latencyMs.p99),
        throughputUncachedOverLimit: ratio(uncached?.requestsPerSecond, limit?.requestsPerSecond),
        p99UncachedOverLimit: ratio(uncached?.latencyMs.p99, limit?.latencyMs.p99),
        throughputUncachedOverPostgraphile: ratio(uncached?.requestsPerSecond, postgraphile?.requestsPerSecond),
        p99UncachedOverPostgraphile: ratio(uncached?.latencyMs.p99, postgraphile?.latencyMs.p99),
      };
    }

    const { projectIds: _projectIds, reportSlots, ...counts } = facts;
    const factsForReport = { ...counts, reportSlots: reportSlots.length };
    const ourPackage = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
    const result = {
      benchmark: 'api',
      date: new Date().toISOString(),
      totalSeconds: Math.round((performance.now() - started) / 1000),
      machine: { ...machine(), loadAverageAtStart, loadAverageAtEnd: os.loadavg().map((value) => Math.round(value * 100) / 100) },
      versions: {
        node: process.version,
        ours: ourPackage.version,
        oursCommit: sourceState(),
        postgraphile: await postgraphileVersion(),
        autocannon: await packageVersion('autocannon'),
        postgres: facts.postgresVersion,
      },
      command: process.argv.length > 2 ? `npm run bench -- ${process.argv.slice(2).join(' ')}` : 'npm run bench',
      settings: {
        connections: options.connections,
        warmupSeconds: options.warmupSeconds,
        durationSeconds: options.durationSeconds,
        pageSize: options.pageSize,
        screenFirst: options.screenFirst,
        database: process.env.DATABASE_URL ? 'DATABASE_URL server' : 'embedded PostgreSQL',
        screenVariant,
      },
      dataset: { kind: plan.kind, note: plan.note, requested: plan.requested, seedSeconds: Math.round(seedSeconds * 10) / 10, analyzeSeconds: Math.round(analyzeSeconds * 10) / 10, ...factsForReport, seedSummary },
      checks,
      sqlStatements,
      results,
      ratios,
      notApplicable,
      ...(derivedLag ? { derivedLag } : {}),
      ...(peerProblem ? { peerProblem } : {}),
    };
    await mkdir('bench/results', { recursive: true });
    await writeFile(options.out, JSON.stringify(result, null, 2) + '\n');
    await renderApiBenchmarks(options.out);
    log(`wrote ${options.out} and docs/BENCHMARKS.md in ${result.totalSeconds} s`);
  } finally {
    for (const server of servers.reverse()) await server.stop().catch(() => undefined);
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
