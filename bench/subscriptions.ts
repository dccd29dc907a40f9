/**
 * `npm run bench:subscriptions -- --subscribers N [--reports 20] [--interval-ms 250]`
 *
 * N real graphql-ws clients (this process) subscribe to dashboardChanged and progressReported on
 * the built server (its own process); a writer commits reports; every delivery is timed from the
 * moment the writer sent the mutation (an upper bound on commit-to-delivery). Writes
 * bench/results/subscriptions-N.json and refreshes the table in docs/BENCHMARKS.md.
 */
import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { argument, benchDatabase, cpuSeconds, machine, maximum, percentile, residentBytes, startBuiltServer } from './support.js';
import { renderBenchmarks } from './report.js';
import { randomBytes } from 'node:crypto';
import { signToken } from '../src/modules/auth/tokens.js';
import { Role } from '../src/modules/auth/auth.types.js';

const subscriberCount = Number(argument('subscribers', '1000'));
const reportCount = Number(argument('reports', '20'));
const intervalMs = Number(argument('interval-ms', '250'));
const connectConcurrency = 200;

const DASHBOARD = 'subscription { dashboardChanged(year: 2026) { projectCount completedInvestment completionRate } }';
const PROGRESS = 'subscription { progressReported { project { id code } month amount yearToDate completionRate sequence } }';

interface Subscriber {
  client: Client;
  progress: Map<string, number>; // amount → arrival time
  dashboards: { at: number; completed: number }[];
  errors: number;
}

function cents(text: string): number {
  return Math.round(Number(text) * 100);
}

const jwtSecret = randomBytes(32).toString('base64url');
/** The writer and the setup queries act as ADMIN; the screens subscribe as VIEWER, as a big screen would. */
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

async function main(): Promise<void> {
  const database = await benchDatabase('subs');
  const server = await startBuiltServer(database.url, {
    JWT_SECRET: jwtSecret,
    REQUESTS_PER_MINUTE: '10000000',
    MAX_SUBSCRIPTIONS_PER_CONNECTION: '10',
  });
  viewerToken = await signToken(new TextEncoder().encode(jwtSecret), { role: Role.VIEWER });
  adminToken = await signToken(new TextEncoder().encode(jwtSecret), { role: Role.ADMIN });
  const wsUrl = `${server.url.replace(/^http/, 'ws')}/graphql`;
  const subscribers: Subscriber[] = [];
  try {
    const { projects } = await gql<{ projects: { nodes: { id: string }[] } }>(server.url, '{ projects(first: 50) { nodes { id } } }');
    const before = await gql<{ dashboard: { completedInvestment: string } }>(server.url, '{ dashboard(year: 2026) { completedInvestment } }');
    const baselineRss = await residentBytes(server.pid);

    // Connect and subscribe, a bounded number at a time.
    const connectStarted = performance.now();
    let initial = 0;
    const subscribeOne = () =>
      new Promise<void>((resolve, reject) => {
        const subscriber: Subscriber = {
          client: createClient({
            url: wsUrl,
            webSocketImpl: WebSocket,
            retryAttempts: 0,
            lazy: false,
            onNonLazyError: reject,
            connectionParams: { authorization: `Bearer ${viewerToken}` },
          }),
          progress: new Map(),
          dashboards: [],
          errors: 0,
        };
        subscribers.push(subscriber);
        subscriber.client.subscribe<{ dashboardChanged: { completedInvestment: string } }>(
          { query: DASHBOARD },
          {
            next: ({ data }) => {
              if (!data) return void subscriber.errors++;
              subscriber.dashboards.push({ at: performance.now(), completed: cents(data.dashboardChanged.completedInvestment) });
              if (subscriber.dashboards.length === 1) {
                initial++;
                resolve();
              }
            },
            error: () => subscriber.errors++,
            complete: () => undefined,
          },
        );
        subscriber.client.subscribe<{ progressReported: { amount: string } }>(
          { query: PROGRESS },
          {
            next: ({ data }) => {
              if (!data) return void subscriber.errors++;
              subscriber.progress.set(data.progressReported.amount, performance.now());
            },
            error: () => subscriber.errors++,
            complete: () => undefined,
          },
        );
      });
    for (let started = 0; started < subscriberCount; started += connectConcurrency) {
      await Promise.all(Array.from({ length: Math.min(connectConcurrency, subscriberCount - started) }, subscribeOne));
    }
    const connectSeconds = (performance.now() - connectStarted) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const subscribedRss = await residentBytes(server.pid);

    // Write: one report every intervalMs, each with a unique amount.
    const cpuBefore = await cpuSeconds(server.pid);
    const writeStarted = performance.now();
    const sentAt: number[] = [];
    const roundTrips: number[] = [];
    let expected = cents(before.dashboard.completedInvestment);
    const cumulative: number[] = [];
    for (let i = 0; i < reportCount; i++) {
      const amount = `${1000 + i}.00`;
      const t0 = performance.now();
      sentAt.push(t0);
      await gql(server.url, 'mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id } }', {
        input: { projectId: projects.nodes[i % 50].id, year: 2026, month: 4 + Math.floor(i / 50), completedInvestment: amount, physicalProgress: '50.00' },
      });
      roundTrips.push(performance.now() - t0);
      expected += cents(amount);
      cumulative.push(expected);
      const wait = t0 + intervalMs - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    // Let deliveries finish (bounded wait).
    const deadline = performance.now() + 30_000;
    const delivered = () => subscribers.reduce((sum, s) => sum + s.progress.size, 0);
    while (delivered() < subscriberCount * reportCount && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const writeSeconds = (performance.now() - writeStarted) / 1000;
    const cpuUsed = (await cpuSeconds(server.pid)) - cpuBefore;
    const peakRss = await residentBytes(server.pid);

    const progressLatencies: number[] = [];
    const lastSubscriberLatencies: number[] = [];
    let progressLost = 0;
    for (let i = 0; i < reportCount; i++) {
      const amount = `${1000 + i}.00`;
      let last = 0;
      for (const subscriber of subscribers) {
        const at = subscriber.progress.get(amount);
        if (at === undefined) {
          progressLost++;
          continue;
        }
        progressLatencies.push(at - sentAt[i]);
        last = Math.max(last, at - sentAt[i]);
      }
      lastSubscriberLatencies.push(last);
    }
    const dashboardLatencies: number[] = [];
    let dashboardsMissingFinal = 0;
    for (const subscriber of subscribers) {
      for (let i = 0; i < reportCount; i++) {
        const seen = subscriber.dashboards.find((d) => d.at >= sentAt[i] && d.completed >= cumulative[i]);
        if (seen) dashboardLatencies.push(seen.at - sentAt[i]);
      }
      if (subscriber.dashboards.at(-1)?.completed !== expected) dashboardsMissingFinal++;
    }
    const round = (n: number) => Math.round(n * 10) / 10;
    const result = {
      benchmark: 'subscriptions',
      date: new Date().toISOString(),
      machine: machine(),
      subscribers: subscriberCount,
      subscriptionsPerSubscriber: 2,
      reports: reportCount,
      reportIntervalMs: intervalMs,
      connectSeconds: round(connectSeconds),
      initialDashboards: initial,
      progressReported: {
        expectedDeliveries: subscriberCount * reportCount,
        lost: progressLost,
        latencyMs: { p50: round(percentile(progressLatencies, 50)), p99: round(percentile(progressLatencies, 99)), max: round(maximum(progressLatencies)) },
        lastSubscriberLatencyMs: { p50: round(percentile(lastSubscriberLatencies, 50)), p99: round(percentile(lastSubscriberLatencies, 99)), max: round(maximum(lastSubscriberLatencies)) },
      },
      dashboardChanged: {
        subscribersWithoutFinalDashboard: dashboardsMissingFinal,
        latencyMs: { p50: round(percentile(dashboardLatencies, 50)), p99: round(percentile(dashboardLatencies, 99)), max: round(maximum(dashboardLatencies)) },
      },
      writerRoundTripMs: { p50: round(percentile(roundTrips, 50)), max: round(maximum(roundTrips)) },
      server: {
        baselineRssMiB: round(baselineRss / 2 ** 20),
        subscribedRssMiB: round(subscribedRss / 2 ** 20),
        peakRssMiB: round(peakRss / 2 ** 20),
        rssPerSubscriberKiB: round((subscribedRss - baselineRss) / subscriberCount / 1024),
        cpuPercentOfOneCoreDuringWrites: round((cpuUsed / writeSeconds) * 100),
      },
      clientErrors: subscribers.reduce((sum, s) => sum + s.errors, 0),
    };
    console.log(JSON.stringify(result, null, 2));
    await writeFile(`bench/results/subscriptions-${subscriberCount}-every-${intervalMs}ms.json`, JSON.stringify(result, null, 2) + '\n');
    await renderBenchmarks();
  } finally {
    await Promise.all(subscribers.map((s) => s.client.dispose()));
    await server.stop();
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
