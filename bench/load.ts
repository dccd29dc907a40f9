/**
 * The load generator of the API benchmark: autocannon, run in this process against a server in
 * another, at a fixed number of connections; the server's CPU and resident memory (and the
 * database's CPU) read from /proc while it runs.
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { cpuSeconds, percentile, residentBytes } from './support.js';
import type { BenchRequest } from './operations.js';

/** How long and how hard. */
export interface LoadOptions {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
}

/** What one measured run gave. Latencies are per request, in milliseconds. */
export interface Measurement {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  /** Responses the server answered from its response cache (`x-cache: HIT`). */
  cacheHits: number;
  /** Socket errors, timeouts, non-2xx responses and 2xx bodies carrying GraphQL `errors`. */
  errors: number;
  timeouts: number;
  non2xx: number;
  bodiesWithErrors: number;
  /** The first failing body, to say what went wrong. */
  firstError?: string;
  /** Server process CPU over the run; 100 = one core busy. */
  serverCpuPercent: number;
  /** The database server's CPU over the run (local servers only); 100 = one core. */
  databaseCpuPercent?: number;
  /** Largest resident set of the server process during warm-up and run. */
  peakRssMiB: number;
  /** This process's CPU (autocannon) over the run: it shares the cores with the server. */
  loadGeneratorCpuPercent: number;
  /**
   * Every other process on the machine over the run (idle contenders, other people's work):
   * the machine's busy time minus server, database and load generator.
   */
  otherCpuPercent: number;
}

/** Busy CPU seconds of the whole machine (all cores) so far. */
async function machineBusySeconds(): Promise<number> {
  const fields = (await readFile('/proc/stat', 'utf8')).split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = fields;
  return (user + nice + system + irq + softirq + steal) / 100;
}

interface Target {
  url: string;
  headers: Record<string, string>;
  next: () => BenchRequest;
  serverPid: number;
  databaseCpu?: () => Promise<number>;
}

function cannon(target: Target, connections: number, seconds: number, onLatency?: (ms: number) => void, onMismatch?: (body: string) => void, onCacheHit?: () => void) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        connections,
        duration: seconds,
        pipelining: 1,
        timeout: 30,
        headers: { 'content-type': 'application/json', ...target.headers },
        requests: [
          {
            setupRequest: (request) => {
              const next = target.next();
              return { ...request, method: next.method, path: next.path, body: next.body ?? '' };
            },
            // Our server marks answers from its response cache.
            onResponse: (_status: number, _body: string, _context: unknown, headers: Record<string, string>) => {
              if (headers['x-cache'] === 'HIT') onCacheHit?.();
            },
          },
        ],
        verifyBody: (body: string) => !body.includes('"errors"'),
      } as autocannon.Options,
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    if (onLatency) instance.on('response', (_client, _status, _bytes, responseTime) => onLatency(responseTime));
    if (onMismatch) (instance as unknown as NodeJS.EventEmitter).on('reqMismatch', (body: string) => onMismatch(body));
  });
}

/** Warms up, then measures `target` for `durationSeconds` at `connections`. */
export async function measure(target: Target, options: LoadOptions): Promise<Measurement> {
  let peakRss = await residentBytes(target.serverPid);
  const sampler = setInterval(() => {
    residentBytes(target.serverPid).then(
      (bytes) => (peakRss = Math.max(peakRss, bytes)),
      () => undefined,
    );
  }, 200);
  try {
    if (options.warmupSeconds > 0) await cannon(target, options.connections, options.warmupSeconds);
    const latencies: number[] = [];
    let firstError: string | undefined;
    let cacheHits = 0;
    const cpuBefore = await cpuSeconds(target.serverPid);
    const databaseBefore = await target.databaseCpu?.();
    const generatorBefore = process.cpuUsage();
    const machineBefore = await machineBusySeconds();
    const started = performance.now();
    const result = await cannon(
      target,
      options.connections,
      options.durationSeconds,
      (ms) => latencies.push(ms),
      (body) => (firstError ??= body.slice(0, 500)),
      () => cacheHits++,
    );
    const seconds = (performance.now() - started) / 1000;
    const generator = process.cpuUsage(generatorBefore);
    const machineBusy = (await machineBusySeconds()) - machineBefore;
    const cpu = (await cpuSeconds(target.serverPid)) - cpuBefore;
    const databaseAfter = await target.databaseCpu?.();
    const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
    const completed = latencies.length;
    const mismatches = (result as unknown as { mismatches?: number }).mismatches ?? 0;
    return {
      connections: options.connections,
      seconds: round(seconds, 1),
      requests: completed,
      requestsPerSecond: round(completed / seconds, 1),
      cacheHits,
      latencyMs: {
        p50: round(percentile(latencies, 50)),
        p90: round(percentile(latencies, 90)),
        p99: round(percentile(latencies, 99)),
        max: round(latencies.reduce((max, value) => Math.max(max, value), 0)),
        mean: round(latencies.reduce((sum, value) => sum + value, 0) / Math.max(1, completed)),
      },
      errors: result.errors + result.timeouts + result.non2xx + mismatches,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      bodiesWithErrors: mismatches,
      ...(firstError ? { firstError } : {}),
      serverCpuPercent: round((cpu / seconds) * 100, 1),
      ...(databaseBefore !== undefined && databaseAfter !== undefined ? { databaseCpuPercent: round(((databaseAfter - databaseBefore) / seconds) * 100, 1) } : {}),
      peakRssMiB: round(peakRss / 2 ** 20, 1),
      loadGeneratorCpuPercent: round(((generator.user + generator.system) / 1e6 / seconds) * 100, 1),
      otherCpuPercent: round(
        Math.max(0, ((machineBusy - cpu - (generator.user + generator.system) / 1e6 - (databaseBefore !== undefined && databaseAfter !== undefined ? databaseAfter - databaseBefore : 0)) / seconds) * 100),
        1,
      ),
    };
  } finally {
    clearInterval(sampler);
  }
}
