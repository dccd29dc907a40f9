/**
 * `npm run bench:subscriptions [-- --scenario 10k-4ps,20k-1ps,2x10k-1ps] [--subscribers N]
 *   [--instances K] [--interval-ms I] [--reports R] [--warmup-reports W] [--client-processes P] [--out FILE]`
 *
 * Live subscriptions measured beside the bare-broadcast limit of the same run. Each scenario gets a
 * fresh database (the demo district) and the built server (`dist/src/main.js`, one process per
 * instance, all on that database); then, in turn for the limit (`bench/broadcast-limit-server.ts`,
 * one process per instance) and for ours, N graphql-ws clients in P client processes
 * (`bench/subscription-clients.ts`, the same for both) each subscribe on one connection to
 * dashboardChanged(year: 2026) and progressReported, split evenly between the instances; a writer
 * commits W warm-up then R measured `reportProgress` through our instances in turn (the limit has
 * no write path: it learns of the commits from PostgreSQL, as ours does). Every arrival is timed
 * from its report's commit: the earliest of this process's own NOTIFY, the mutation's answer and
 * the report's first delivery anywhere. Without --scenario, all three run; the options override
 * every scenario run. Writes bench/results/subscriptions.json (scenarios run now replace those of
 * the same name) and refreshes the table in docs/BENCHMARKS.md; with --out elsewhere, neither.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import { argument, benchDatabase, cpuSeconds, databaseCpuReader, machine, maximum, percentile, residentBytes, startBuiltServer, startNodeServer } from './support.js';
import { renderBenchmarks } from './report.js';
import type { FromClients, ToClients } from './subscription-clients.js';
import { signToken } from '../src/modules/auth/tokens.js';
import { Role } from '../src/modules/auth/auth.types.js';
import { toGlobalId } from '../src/shared/global-id.js';
import { EVENT_CHANNEL } from '../src/realtime/event-hub.js';

interface Scenario {
  name: string;
  instances: number;
  subscribers: number;
  intervalMs: number;
  reports: number;
}

const SCENARIOS: Scenario[] = [
  { name: '10k-4ps', instances: 1, subscribers: 10_000, intervalMs: 250, reports: 20 },
  { name: '20k-1ps', instances: 1, subscribers: 20_000, intervalMs: 1000, reports: 20 },
  { name: '2x10k-1ps', instances: 2, subscribers: 20_000, intervalMs: 1000, reports: 20 },
];

const RESULTS = 'bench/results/subscriptions.json';
/** BENCH_CPU_PROF=<dir>: --cpu-prof profiles of our servers (support.ts) and of the limit's. */
const profileFlags = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
const out = argument('out', RESULTS);
const connectConcurrency = 200;
/** File descriptors a process keeps for itself besides its client sockets (database pool, listener, stdio, …). */
const FD_RESERVE = 200;
const YEAR = 2026;

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (n: number) => Math.round(n * 10) / 10;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const cents = (text: string) => Math.round(Number(text) * 100);
const stats = (values: number[]) => ({ p50: round(percentile(values, 50)), p99: round(percentile(values, 99)), max: round(maximum(values)) });

/** The soft limit on open files of this process (its children inherit it). */
async function openFilesLimit(): Promise<number> {
  const limits = await readFile('/proc/self/limits', 'utf8').catch(() => '');
  const soft = /Max open files\s+(\d+|unlimited)/.exec(limits)?.[1];
  return soft === undefined || soft === 'unlimited' ? Infinity : Number(soft);
}

function selectedScenarios(): Scenario[] {
  const names = argument('scenario', SCENARIOS.map((s) => s.name).join(',')).split(',');
  return names.map((name) => {
    const base = SCENARIOS.find((s) => s.name === name);
    if (!base) throw new Error(`unknown scenario ${name}; known: ${SCENARIOS.map((s) => s.name).join(', ')}`);
    return {
      ...base,
      subscribers: Number(argument('subscribers', String(base.subscribers))),
      instances: Number(argument('instances', String(base.instances))),
      intervalMs: Number(argument('interval-ms', String(base.intervalMs))),
      reports: Number(argument('reports', String(base.reports))),
    };
  });
}

const jwtSecret = randomBytes(32).toString('base64url');
let adminToken = '';
let viewerToken = '';

async function gql<T>(url: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** One client process and a way to wait for its next message. */
class ClientProcess {
  private readonly waiting = new Map<string, (message: FromClients) => void>();
  readonly child: ChildProcess;

  constructor() {
    this.child = fork('bench/subscription-clients.ts', [], { execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child.on('message', (message: FromClients) => {
      const resolve = this.waiting.get(message.type);
      this.waiting.delete(message.type);
      resolve?.(message);
    });
  }

  request<K extends FromClients['type']>(message: ToClients, reply: K): Promise<Extract<FromClients, { type: K }>> {
    return new Promise((resolve, reject) => {
      this.waiting.set(reply, resolve as (message: FromClients) => void);
      this.child.once('exit', (code) => reject(new Error(`a client process exited (${code}) before answering ${message.type}`)));
      this.child.send(message);
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      this.child.once('exit', () => resolve());
      this.child.send({ type: 'stop' } satisfies ToClients);
      setTimeout(() => this.child.kill('SIGKILL'), 20_000).unref();
    });
  }
}

interface PhaseResult {
  subscribed: number;
  connectFailures: number;
  connectSeconds: number;
  allDelivered: boolean;
  /** The mutation's round trip; from sending it to this process's NOTIFY; to the commit as the latencies count it. */
  commit: { roundTripMs: ReturnType<typeof stats>; sentToNotifyMs: ReturnType<typeof stats>; sentToCommitSeenMs: ReturnType<typeof stats> };
  progressReported: { expected: number; lost: number; latencyMs: ReturnType<typeof stats>; lastSubscriberMs: ReturnType<typeof stats>; lastSubscriberPerReportMs: number[] };
  dashboardChanged: { subscribersWithoutFinal: number; latencyMs: ReturnType<typeof stats>; messagesPerSubscriber: number };
  server: { processes: number; baselineRssMiB: number; subscribedRssMiB: number; peakRssMiB: number; rssPerSubscriberKiB: number; cpuPercent: number; cpuPercentPerProcess: number[] };
  /** Our instances' CPU (they commit the reports in both phases; for ours it is `server.cpuPercent`). */
  writerCpuPercent: number;
  clientsCpuPercent: number;
  databaseCpuPercent: number | null;
  writeSeconds: number;
  clientErrors: number;
}

interface Setup {
  scenario: Scenario;
  perInstance: number;
  clientProcesses: number;
  databaseUrl: string;
  servers: { url: string; pid: number }[];
  projectIds: number[];
  pool: pg.Client;
  notifications: { sequence: bigint; at: number }[];
  databaseCpu: (() => Promise<number>) | undefined;
  warmupReports: number;
}

/** Connects the clients to `targets`, commits the reports through our servers, and measures. */
async function phase(setup: Setup, contender: 'ours' | 'limit', amountBase: number): Promise<PhaseResult> {
  const { scenario, servers, pool } = setup;
  const limits =
    contender === 'limit'
      ? await Promise.all(servers.map(() => startNodeServer([...profileFlags, '--import', 'tsx', 'bench/broadcast-limit-server.ts'], { DATABASE_URL: setup.databaseUrl })))
      : [];
  const targets = contender === 'ours' ? servers : limits;
  const clients = Array.from({ length: setup.clientProcesses }, () => new ClientProcess());
  try {
    const baselineRss = await Promise.all(targets.map((t) => residentBytes(t.pid)));
    // Every client process takes an equal share of every instance's subscribers.
    const readies = await Promise.all(
      clients.map((client, k) => {
        const share = (count: number) => Math.floor(count / clients.length) + (k < count % clients.length ? 1 : 0);
        const wsTargets = targets.map((t) => ({ url: `${t.url.replace(/^http/, 'ws')}/graphql`, count: share(setup.perInstance) }));
        return client.request({ type: 'start', targets: wsTargets, token: viewerToken, concurrency: connectConcurrency }, 'ready');
      }),
    );
    await sleep(2000);
    const subscribedRss = await Promise.all(targets.map((t) => residentBytes(t.pid)));
    const subscribers = sum(readies.map((r) => r.subscribed));

    // What the dashboard will read after each report (warm-up ones first): the slots' current values are replaced.
    const warmup = setup.warmupReports;
    const slots = Array.from({ length: warmup + scenario.reports }, (_, i) => ({ projectId: setup.projectIds[i % setup.projectIds.length], month: 4 + Math.floor(i / setup.projectIds.length) }));
    const { dashboard } = await gql<{ dashboard: { completedInvestment: string } }>(servers[0].url, `{ dashboard(year: ${YEAR}) { completedInvestment } }`);
    const current = new Map<string, number>();
    for (const row of (await pool.query<{ project_id: number; month: number; amount: string }>(
      'select project_id, month, completed_investment::text as amount from progress_report where year = $1',
      [YEAR],
    )).rows) current.set(`${row.project_id}/${row.month}`, cents(row.amount));
    const allAmounts = slots.map((_, i) => `${amountBase + i}.00`);
    const allCumulative: number[] = [];
    let total = cents(dashboard.completedInvestment);
    slots.forEach((slot, i) => {
      const key = `${slot.projectId}/${slot.month}`;
      total += cents(allAmounts[i]) - (current.get(key) ?? 0);
      current.set(key, cents(allAmounts[i]));
      allCumulative.push(total);
    });
    const report = (i: number) =>
      gql(servers[i % servers.length].url, 'mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id } }', {
        input: { projectId: toGlobalId('Project', slots[i].projectId), year: YEAR, month: slots[i].month, completedInvestment: allAmounts[i], physicalProgress: '50.00' },
      });
    // Warm-up reports, delivered before anything is measured: the first broadcasts of a process run colder code.
    for (let i = 0; i < warmup; i++) {
      const t0 = now();
      await report(i);
      await sleep(Math.max(0, t0 + scenario.intervalMs - now()));
    }
    if (warmup) await Promise.all(clients.map((c) => c.request({ type: 'await', amounts: allAmounts.slice(0, warmup), finalCents: allCumulative[warmup - 1], timeoutMs: 30_000 }, 'settled')));
    const amounts = allAmounts.slice(warmup);
    const cumulative = allCumulative.slice(warmup);

    const startSequence = BigInt((await pool.query<{ s: string }>('select coalesce(max(sequence), 0)::text as s from event')).rows[0].s);
    const cpuBefore = await Promise.all(targets.map((t) => cpuSeconds(t.pid)));
    const writersCpuBefore = await Promise.all(servers.map((t) => cpuSeconds(t.pid)));
    const clientsCpuBefore = await Promise.all(clients.map((c) => cpuSeconds(c.child.pid!)));
    const databaseCpuBefore = await setup.databaseCpu?.();
    setup.notifications.length = 0;
    const writeStarted = now();
    const monotonicAtStart = process.hrtime.bigint() / 1000n;
    const sentAt: number[] = [];
    const roundTrips: number[] = [];
    for (let i = 0; i < scenario.reports; i++) {
      const t0 = now();
      sentAt.push(t0);
      await report(warmup + i);
      roundTrips.push(now() - t0);
      const wait = t0 + scenario.intervalMs - now();
      if (wait > 0) await sleep(wait);
    }
    const settled = await Promise.all(clients.map((c) => c.request({ type: 'await', amounts, finalCents: total, timeoutMs: 30_000 }, 'settled')));
    const writeSeconds = (now() - writeStarted) / 1000;
    // For --cpu-prof profiles (BENCH_CPU_PROF): the write phase on the monotonic clock the profiles use, in µs.
    if (process.env.BENCH_CPU_PROF) console.error(`[bench] ${contender} writes (monotonic µs): ${monotonicAtStart} – ${process.hrtime.bigint() / 1000n}`);
    const cpuAfter = await Promise.all(targets.map((t) => cpuSeconds(t.pid)));
    const writersCpuAfter = await Promise.all(servers.map((t) => cpuSeconds(t.pid)));
    const clientsCpuAfter = await Promise.all(clients.map((c) => cpuSeconds(c.child.pid!)));
    const databaseCpuAfter = await setup.databaseCpu?.();
    const peakRss = await Promise.all(targets.map((t) => residentBytes(t.pid)));
    const results = await Promise.all(clients.map((c) => c.request({ type: 'collect', amounts, finalCents: total }, 'results')));

    // When report i committed, as closely as this machine shows it: the earliest of the first NOTIFY
    // this process saw carrying its event's sequence (or a later one), the mutation's answer, and the
    // first delivery of the report to any subscriber — each comes after the commit, and the NOTIFY
    // alone may wait for this process to be scheduled.
    const reportSequences = (
      await pool.query<{ s: string }>("select sequence::text as s from event where type = 'PROGRESS_REPORTED' and sequence > $1 order by sequence", [startSequence.toString()])
    ).rows.map((row) => BigInt(row.s));
    if (reportSequences.length !== scenario.reports) throw new Error(`expected ${scenario.reports} PROGRESS_REPORTED events, found ${reportSequences.length}`);
    const notifiedAt = reportSequences.map((sequence, i) => {
      const seen = setup.notifications.find((n) => n.sequence >= sequence);
      if (!seen) throw new Error(`no NOTIFY seen for report ${i} (sequence ${sequence})`);
      return seen.at;
    });
    const committedAt = notifiedAt.map((at, i) => {
      let first = Math.min(at, sentAt[i] + roundTrips[i]);
      for (const result of results) for (const arrival of result.progress[i]) if (arrival < first) first = arrival;
      return first;
    });

    const progressLatencies: number[] = [];
    const lastSubscriber: number[] = [];
    let lost = 0;
    for (let i = 0; i < scenario.reports; i++) {
      let last = 0;
      for (const result of results) {
        for (const at of result.progress[i]) {
          if (Number.isNaN(at)) {
            lost++;
            continue;
          }
          progressLatencies.push(at - committedAt[i]);
          last = Math.max(last, at - committedAt[i]);
        }
      }
      lastSubscriber.push(last);
    }
    // A dashboard showing the figures after report j is the delivery of every report up to j not yet shown.
    const reportByTotal = new Map(cumulative.map((value, i) => [value, i]));
    const dashboardLatencies: number[] = [];
    let dashboardMessages = 0;
    for (const { dashboards } of results) {
      let subscriber = -1;
      let nextReport = 0;
      for (let k = 0; k < dashboards.at.length; k++) {
        dashboardMessages++;
        if (dashboards.subscriber[k] !== subscriber) {
          subscriber = dashboards.subscriber[k];
          nextReport = 0;
        }
        const j = reportByTotal.get(dashboards.cents[k]);
        if (j === undefined || j < nextReport) continue;
        for (let i = nextReport; i <= j; i++) dashboardLatencies.push(dashboards.at[k] - committedAt[i]);
        nextReport = j + 1;
      }
    }

    const cpu = targets.map((_, i) => round(((cpuAfter[i] - cpuBefore[i]) / writeSeconds) * 100));
    return {
      subscribed: subscribers,
      connectFailures: sum(readies.map((r) => r.failed)),
      connectSeconds: round(maximum(readies.map((r) => r.seconds))),
      allDelivered: settled.every((s) => s.complete),
      commit: {
        roundTripMs: stats(roundTrips),
        sentToNotifyMs: stats(notifiedAt.map((at, i) => at - sentAt[i])),
        sentToCommitSeenMs: stats(committedAt.map((at, i) => at - sentAt[i])),
      },
      progressReported: { expected: subscribers * scenario.reports, lost, latencyMs: stats(progressLatencies), lastSubscriberMs: stats(lastSubscriber), lastSubscriberPerReportMs: lastSubscriber.map(round) },
      dashboardChanged: {
        subscribersWithoutFinal: subscribers - sum(results.map((r) => r.finalDashboards)),
        latencyMs: stats(dashboardLatencies),
        messagesPerSubscriber: round(dashboardMessages / Math.max(1, subscribers)),
      },
      server: {
        processes: targets.length,
        baselineRssMiB: round(sum(baselineRss) / 2 ** 20),
        subscribedRssMiB: round(sum(subscribedRss) / 2 ** 20),
        peakRssMiB: round(sum(peakRss) / 2 ** 20),
        rssPerSubscriberKiB: round((sum(subscribedRss) - sum(baselineRss)) / Math.max(1, subscribers) / 1024),
        cpuPercent: round(sum(cpu)),
        cpuPercentPerProcess: cpu,
      },
      writerCpuPercent: round(((sum(writersCpuAfter) - sum(writersCpuBefore)) / writeSeconds) * 100),
      clientsCpuPercent: round(((sum(clientsCpuAfter) - sum(clientsCpuBefore)) / writeSeconds) * 100),
      databaseCpuPercent: databaseCpuBefore === undefined || databaseCpuAfter === undefined ? null : round(((databaseCpuAfter - databaseCpuBefore) / writeSeconds) * 100),
      writeSeconds: round(writeSeconds),
      clientErrors: sum(results.map((r) => r.errors)),
    };
  } finally {
    await Promise.all(clients.map((c) => c.stop()));
    await Promise.all(limits.map((l) => l.stop()));
  }
}

async function runScenario(scenario: Scenario, fdLimit: number, clientProcessesWanted: number, warmupReports: number) {
  const cap = fdLimit - FD_RESERVE;
  const wanted = Math.floor(scenario.subscribers / scenario.instances);
  const perInstance = Math.min(wanted, cap);
  const note =
    perInstance < wanted
      ? `asked for ${wanted.toLocaleString('en')} per instance; this host allows a process ${fdLimit.toLocaleString('en')} open files (hard limit), so each server process held ${perInstance.toLocaleString('en')}`
      : undefined;
  const total = perInstance * scenario.instances;
  const clientProcesses = Math.max(clientProcessesWanted, Math.ceil(total / Math.min(cap, 10_000)));
  console.error(`[bench] ${scenario.name}: ${scenario.instances} × ${perInstance} subscribers, ${clientProcesses} client processes${note ? ` (${note})` : ''}`);

  const database = await benchDatabase('subs');
  const servers: Awaited<ReturnType<typeof startBuiltServer>>[] = [];
  const pool = new pg.Client({ connectionString: database.url });
  const listener = new pg.Client({ connectionString: database.url });
  try {
    for (let i = 0; i < scenario.instances; i++) {
      servers.push(await startBuiltServer(database.url, { JWT_SECRET: jwtSecret, REQUESTS_PER_MINUTE: '10000000', MAX_SUBSCRIPTIONS_PER_CONNECTION: '10' }));
    }
    await pool.connect();
    await listener.connect();
    const notifications: Setup['notifications'] = [];
    listener.on('notification', (message) => {
      if (message.channel === EVENT_CHANNEL && message.payload) notifications.push({ sequence: BigInt(message.payload), at: now() });
    });
    await listener.query(`listen ${EVENT_CHANNEL}`);
    const projectIds = (await pool.query<{ id: number }>('select id from project order by id limit 50')).rows.map((row) => row.id);
    const setup: Setup = { scenario, perInstance, clientProcesses, databaseUrl: database.url, servers, projectIds, pool, notifications, databaseCpu: await databaseCpuReader(database.url), warmupReports };
    // The limit first, then ours: each phase replaces the previous one's reports (amounts 1000+ then 2000+).
    console.error(`[bench] ${scenario.name}: limit`);
    const limit = await phase(setup, 'limit', 1000);
    console.error(`[bench] ${scenario.name}: ours`);
    const ours = await phase(setup, 'ours', 2000);
    const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : null);
    const rate = round(1000 / scenario.intervalMs);
    return {
      name: scenario.name,
      // What was measured (the defaults' names, unless options or the open-files limit changed the numbers).
      label: `${scenario.instances > 1 ? `${scenario.instances} × ${perInstance.toLocaleString('en')}` : perInstance.toLocaleString('en')} subscribers at ${rate} report${rate === 1 ? '' : 's'}/s, ${scenario.instances > 1 ? `${scenario.instances} instances` : 'one instance'}`,
      date: new Date().toISOString(),
      loadAverage: os.loadavg().map(round),
      instances: scenario.instances,
      subscribersRequested: scenario.subscribers,
      subscribers: total,
      note,
      reports: scenario.reports,
      warmupReports,
      reportIntervalMs: scenario.intervalMs,
      reportsPerSecond: rate,
      clientProcesses,
      ours,
      limit,
      ratios: {
        progressP99: ratio(ours.progressReported.latencyMs.p99, limit.progressReported.latencyMs.p99),
        dashboardP99: ratio(ours.dashboardChanged.latencyMs.p99, limit.dashboardChanged.latencyMs.p99),
        progressP50: ratio(ours.progressReported.latencyMs.p50, limit.progressReported.latencyMs.p50),
        dashboardP50: ratio(ours.dashboardChanged.latencyMs.p50, limit.dashboardChanged.latencyMs.p50),
      },
    };
  } finally {
    await listener.end().catch(() => undefined);
    await pool.end().catch(() => undefined);
    await Promise.all(servers.map((s) => s.stop()));
    await database.drop();
  }
}

async function main(): Promise<void> {
  viewerToken = await signToken(new TextEncoder().encode(jwtSecret), { role: Role.VIEWER });
  adminToken = await signToken(new TextEncoder().encode(jwtSecret), { role: Role.ADMIN });
  const fdLimit = await openFilesLimit();
  const clientProcesses = Number(argument('client-processes', '2'));
  const warmupReports = Number(argument('warmup-reports', '2'));
  const started = now();
  const scenarios: Awaited<ReturnType<typeof runScenario>>[] = [];
  for (const scenario of selectedScenarios()) scenarios.push(await runScenario(scenario, fdLimit, clientProcesses, warmupReports));
  const previous = out === RESULTS ? await readFile(out, 'utf8').then((text) => JSON.parse(text) as { scenarios?: { name: string }[] }).catch(() => undefined) : undefined;
  const kept = (previous?.scenarios ?? []).filter((s) => !scenarios.some((n) => n.name === s.name));
  const order = (name: string) => SCENARIOS.findIndex((s) => s.name === name);
  const result = {
    benchmark: 'subscriptions',
    date: new Date().toISOString(),
    totalSeconds: round((now() - started) / 1000),
    command: `npm run bench:subscriptions${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    machine: { ...machine(), openFilesPerProcess: Number.isFinite(fdLimit) ? fdLimit : null },
    scenarios: [...kept, ...scenarios].sort((a, b) => order(a.name) - order(b.name)),
  };
  console.log(JSON.stringify(result, null, 2));
  await writeFile(out, JSON.stringify(result, null, 2) + '\n');
  if (out === RESULTS) await renderBenchmarks();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
