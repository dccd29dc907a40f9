/** Renders the generated tables of docs/BENCHMARKS.md from bench/results/*.json. */
import { readFile, readdir, writeFile } from 'node:fs/promises';

const START = '<!-- subscriptions:start -->';
const END = '<!-- subscriptions:end -->';

interface SubscriptionResult {
  date: string;
  machine: { cpus: number; cpuModel: string; node: string };
  subscribers: number;
  reports: number;
  reportIntervalMs: number;
  connectSeconds: number;
  progressReported: { expectedDeliveries: number; lost: number; latencyMs: { p50: number; p99: number; max: number }; lastSubscriberLatencyMs: { p99: number; max: number } };
  dashboardChanged: { subscribersWithoutFinalDashboard: number; latencyMs: { p50: number; p99: number; max: number } };
  server: { rssPerSubscriberKiB: number; peakRssMiB: number; cpuPercentOfOneCoreDuringWrites: number };
}

/** Rewrites the part of docs/BENCHMARKS.md between the markers. */
export async function renderBenchmarks(): Promise<void> {
  const files = (await readdir('bench/results')).filter((file) => /^subscriptions-\d+-every-\d+ms\.json$/.test(file));
  const results = await Promise.all(files.map(async (file) => JSON.parse(await readFile(`bench/results/${file}`, 'utf8')) as SubscriptionResult));
  results.sort((a, b) => a.subscribers - b.subscribers || b.reportIntervalMs - a.reportIntervalMs);
  const rows = results.map(
    (r) =>
      `| ${r.subscribers.toLocaleString('en')} | ${r.reports} every ${r.reportIntervalMs} ms | ${r.progressReported.lost} of ${r.progressReported.expectedDeliveries.toLocaleString('en')} | ` +
      `${r.progressReported.latencyMs.p50} / ${r.progressReported.latencyMs.p99} / ${r.progressReported.latencyMs.max} | ${r.progressReported.lastSubscriberLatencyMs.p99} | ` +
      `${r.dashboardChanged.latencyMs.p50} / ${r.dashboardChanged.latencyMs.p99} / ${r.dashboardChanged.latencyMs.max} | ${r.dashboardChanged.subscribersWithoutFinalDashboard} | ` +
      `${r.server.rssPerSubscriberKiB} | ${r.server.peakRssMiB} | ${r.server.cpuPercentOfOneCoreDuringWrites}% | ${r.connectSeconds} | ${r.date.slice(0, 10)} |`,
  );
  const table = [
    START,
    '| subscribers | reports | progressReported lost | progressReported latency ms p50 / p99 / max | p99 to the last subscriber ms | dashboardChanged latency ms p50 / p99 / max | without final dashboard | server RSS per subscriber KiB | server peak RSS MiB | server CPU (one core = 100%) | connect s | date |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    END,
  ].join('\n');
  const path = 'docs/BENCHMARKS.md';
  const current = await readFile(path, 'utf8').catch(() => `# Benchmarks\n\n${START}\n${END}\n`);
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next = start >= 0 && end > start ? current.slice(0, start) + table + current.slice(end + END.length) : `${current}\n${table}\n`;
  await writeFile(path, next);
}

if (import.meta.url === `file://${process.argv[1]}`) await renderBenchmarks();
