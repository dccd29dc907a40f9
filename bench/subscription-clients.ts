/**
 * One client process of `npm run bench:subscriptions` (forked by it; not run by hand). It opens
 * graphql-ws clients — one connection each, subscribed to dashboardChanged(year: 2026) and
 * progressReported — against the URLs it is given, and records when each message arrives (on the
 * machine-wide clock `performance.timeOrigin + performance.now()`, comparable between processes).
 * The API and the bare-broadcast limit are measured with the same clients, spread over the same
 * number of these processes.
 *
 * Messages from the parent: `start` (connect), `await` (until every subscriber has the given
 * reports and the final dashboard, or a deadline), `collect` (send the arrivals back), `stop`.
 */
import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export const DASHBOARD = 'subscription { dashboardChanged(year: 2026) { projectCount completedInvestment completionRate } }';
export const PROGRESS = 'subscription { progressReported { project { id code } month amount yearToDate completionRate sequence } }';

export type ToClients =
  | { type: 'start'; targets: { url: string; count: number }[]; token: string; concurrency: number }
  | { type: 'await'; amounts: string[]; finalCents: number; timeoutMs: number }
  | { type: 'collect'; amounts: string[]; finalCents: number }
  | { type: 'stop' };

export type FromClients =
  | { type: 'ready'; subscribed: number; failed: number; seconds: number }
  | { type: 'settled'; complete: boolean }
  | {
      type: 'results';
      /** Per report (the order of `amounts`), each subscribed client's arrival time (NaN: never arrived). */
      progress: Float64Array[];
      /** Every dashboard received: subscriber index, arrival time, completed investment in cents. */
      dashboards: { subscriber: Int32Array; at: Float64Array; cents: Float64Array };
      /** Subscribers whose last dashboard is the final one. */
      finalDashboards: number;
      errors: number;
    };

interface Subscriber {
  client: Client;
  /** Connected and received its first dashboard. */
  subscribed: boolean;
  progress: Map<string, number>;
  dashboardAt: number[];
  dashboardCents: number[];
}

const now = () => performance.timeOrigin + performance.now();
const cents = (text: string) => Math.round(Number(text) * 100);
const subscribers: Subscriber[] = [];
let errors = 0;

function send(message: FromClients): void {
  process.send!(message);
}

function connect(url: string, token: string): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (ok: boolean) => {
      if (!settled) resolve(ok);
      settled = true;
    };
    const subscriber: Subscriber = {
      client: createClient({
        url,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => {
          errors++;
          done(false);
        },
        connectionParams: { authorization: `Bearer ${token}` },
      }),
      subscribed: false,
      progress: new Map(),
      dashboardAt: [],
      dashboardCents: [],
    };
    subscribers.push(subscriber);
    subscriber.client.subscribe<{ dashboardChanged: { completedInvestment: string } }>(
      { query: DASHBOARD },
      {
        next: ({ data }) => {
          if (!data) return void errors++;
          subscriber.dashboardAt.push(now());
          subscriber.dashboardCents.push(cents(data.dashboardChanged.completedInvestment));
          subscriber.subscribed = true;
          done(true);
        },
        error: () => {
          errors++;
          done(false);
        },
        complete: () => undefined,
      },
    );
    subscriber.client.subscribe<{ progressReported: { amount: string } }>(
      { query: PROGRESS },
      {
        next: ({ data }) => {
          if (!data) return void errors++;
          subscriber.progress.set(data.progressReported.amount, now());
        },
        error: () => void errors++,
        complete: () => undefined,
      },
    );
  });
}

async function start(targets: { url: string; count: number }[], token: string, concurrency: number): Promise<void> {
  const started = now();
  const urls = targets.flatMap(({ url, count }) => Array.from({ length: count }, () => url));
  let subscribed = 0;
  let failed = 0;
  for (let next = 0; next < urls.length; next += concurrency) {
    const results = await Promise.all(urls.slice(next, next + concurrency).map((url) => connect(url, token)));
    for (const ok of results) {
      if (ok) subscribed++;
      else failed++;
    }
  }
  send({ type: 'ready', subscribed, failed, seconds: (now() - started) / 1000 });
}

async function settle(amounts: string[], finalCents: number, timeoutMs: number): Promise<void> {
  const deadline = now() + timeoutMs;
  const subscribed = subscribers.filter((s) => s.subscribed);
  const complete = () => subscribed.every((s) => s.dashboardCents.at(-1) === finalCents && amounts.every((amount) => s.progress.has(amount)));
  while (!complete() && now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  send({ type: 'settled', complete: complete() });
}

function collect(amounts: string[], finalCents: number): void {
  const subscribed = subscribers.filter((s) => s.subscribed);
  const progress = amounts.map((amount) => Float64Array.from(subscribed, (s) => s.progress.get(amount) ?? NaN));
  const total = subscribed.reduce((sum, s) => sum + s.dashboardAt.length, 0);
  const dashboards = { subscriber: new Int32Array(total), at: new Float64Array(total), cents: new Float64Array(total) };
  let k = 0;
  let finalDashboards = 0;
  subscribed.forEach((s, index) => {
    for (let j = 0; j < s.dashboardAt.length; j++, k++) {
      dashboards.subscriber[k] = index;
      dashboards.at[k] = s.dashboardAt[j];
      dashboards.cents[k] = s.dashboardCents[j];
    }
    if (s.dashboardCents.at(-1) === finalCents) finalDashboards++;
  });
  send({ type: 'results', progress, dashboards, finalDashboards, errors });
}

process.on('message', (message: ToClients) => {
  switch (message.type) {
    case 'start':
      void start(message.targets, message.token, message.concurrency);
      break;
    case 'await':
      void settle(message.amounts, message.finalCents, message.timeoutMs);
      break;
    case 'collect':
      collect(message.amounts, message.finalCents);
      break;
    case 'stop':
      void Promise.all(subscribers.map((s) => s.client.dispose())).finally(() => process.exit(0));
      break;
  }
});
