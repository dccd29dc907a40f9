/** Renders the generated tables of docs/BENCHMARKS.md from bench/results/*.json. */
import { readFile, writeFile } from 'node:fs/promises';

const START = '<!-- subscriptions:start -->';
const END = '<!-- subscriptions:end -->';

type Latency = { p50: number; p99: number; max: number };

/** One server's measurements in a scenario of bench/subscriptions.ts (ours, or the bare-broadcast limit). */
interface SubscriptionPhase {
  subscribed: number;
  connectFailures: number;
  allDelivered: boolean;
  commit: { roundTripMs: Latency; sentToNotifyMs: Latency; sentToCommitSeenMs: Latency };
  progressReported: { expected: number; lost: number; latencyMs: Latency; lastSubscriberMs: Latency };
  dashboardChanged: { subscribersWithoutFinal: number; latencyMs: Latency; messagesPerSubscriber: number };
  server: { processes: number; peakRssMiB: number; rssPerSubscriberKiB: number; cpuPercent: number; cpuPercentPerProcess: number[] };
  writerCpuPercent: number;
  clientsCpuPercent: number;
  databaseCpuPercent: number | null;
  clientErrors: number;
}

interface SubscriptionScenario {
  name: string;
  label: string;
  date: string;
  loadAverage: number[];
  instances: number;
  subscribers: number;
  subscribersRequested: number;
  note?: string;
  reports: number;
  warmupReports: number;
  reportsPerSecond: number;
  clientProcesses: number;
  ours: SubscriptionPhase;
  limit: SubscriptionPhase;
  ratios: { progressP99: number | null; dashboardP99: number | null };
}

interface SubscriptionResults {
  date: string;
  command: string;
  totalSeconds: number;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; platform: string; openFilesPerProcess: number | null };
  scenarios: SubscriptionScenario[];
}

const latency = (l: Latency) => `${l.p50} / ${l.p99} / ${l.max}`;

/** Rewrites the subscriptions part of docs/BENCHMARKS.md (between the markers) from bench/results/subscriptions.json. */
export async function renderBenchmarks(file = 'bench/results/subscriptions.json'): Promise<void> {
  const r = JSON.parse(await readFile(file, 'utf8')) as SubscriptionResults;
  const rows: string[] = [];
  for (const s of r.scenarios) {
    const perInstance = Math.round(s.subscribers / s.instances).toLocaleString('en');
    const subscribers = s.instances > 1 ? `${s.instances} × ${perInstance}` : perInstance;
    for (const [name, m] of [['ours', s.ours], ['bare broadcast (limit)', s.limit]] as const) {
      const ours = m === s.ours;
      const cpu = m.server.processes > 1 ? `${m.server.cpuPercent}% (${m.server.cpuPercentPerProcess.map((c) => `${c}%`).join(' + ')})` : `${m.server.cpuPercent}%`;
      rows.push(
        `| ${ours ? s.label : ''} | ${name} | ${subscribers}${m.subscribed < s.subscribers ? ` (${m.subscribed.toLocaleString('en')} connected)` : ''} | ${s.reports} at ${s.reportsPerSecond}/s | ` +
          `${m.progressReported.lost} of ${m.progressReported.expected.toLocaleString('en')} | ${latency(m.progressReported.latencyMs)} | ${ours ? (s.ratios.progressP99 ?? '—') : '1'} | ` +
          `${latency(m.dashboardChanged.latencyMs)} | ${ours ? (s.ratios.dashboardP99 ?? '—') : '1'} | ${m.dashboardChanged.subscribersWithoutFinal} | ` +
          `${m.commit.roundTripMs.p50} / ${m.commit.roundTripMs.p99} | ${m.server.rssPerSubscriberKiB} | ${cpu} | ${ours ? '—' : `${m.writerCpuPercent}%`} | ` +
          `${m.clientsCpuPercent}% | ${m.databaseCpuPercent === null ? '—' : `${m.databaseCpuPercent}%`} | ${s.date.slice(0, 16).replace('T', ' ')} |`,
      );
    }
  }
  const notes = r.scenarios.filter((s) => s.note).map((s) => `${s.label}: ${s.note}.`);
  const table = [
    START,
    `Run ${r.date.slice(0, 16).replace('T', ' ')} UTC in ${r.totalSeconds} s with \`${r.command}\`, on ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB, ` +
      `${r.machine.platform}, Node ${r.machine.node}; load average at the end of each scenario: ${r.scenarios.map((s) => `${s.name} ${s.loadAverage.join(' / ')}`).join('; ')}.` +
      (notes.length ? ` ${notes.join(' ')}` : ''),
    '',
    '| scenario | server | subscribers | reports | progressReported lost | progressReported commit-to-delivery ms p50 / p99 / max | p99 ÷ limit | dashboardChanged commit-to-delivery ms p50 / p99 / max | p99 ÷ limit | without the final dashboard | commit: reportProgress round trip ms p50 / p99 | server memory per subscriber KiB | server CPU (one core = 100%) | our instances committing | clients CPU | database CPU | measured (UTC) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
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

const API_START = '<!-- api:start -->';
const API_END = '<!-- api:end -->';

interface ApiMeasurement {
  requestsPerSecond: number;
  requests: number;
  /** Only ours reports it (x-cache: HIT); absent in results from before it existed. */
  cacheHits?: number;
  latencyMs: { p50: number; p99: number };
  errors: number;
  serverCpuPercent: number;
  databaseCpuPercent?: number;
  peakRssMiB: number;
  loadGeneratorCpuPercent?: number;
  otherCpuPercent?: number;
}

interface ApiResult {
  date: string;
  totalSeconds: number;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; platform: string; loadAverageAtStart: number[]; loadAverageAtEnd?: number[] };
  versions: Record<string, string>;
  command: string;
  settings: { connections: number; warmupSeconds: number; durationSeconds: number; pageSize: number; screenFirst: number; database: string; screenVariant: string };
  dataset: { kind: string; note: string; requested: { projects: number; years: number }; seedSeconds: number; projects: number; cityProjects: number; people: number; assignments: number; listings: number; progressReports: number; lightRecords: number; landTasks: number; years: number[]; year: number; databaseBytes: number };
  checks: Record<string, Record<string, string>>;
  sqlStatements: Record<string, Record<string, Record<string, number | null>>>;
  results: Record<string, Record<string, ApiMeasurement>>;
  ratios: Record<string, Record<string, number | null>>;
  notApplicable: Record<string, Record<string, string>>;
  peerProblem?: string;
  /** Commit-to-settled lag of the derived data under the write load, read from our server's /metrics. */
  derivedLag?: { p50Ms: number; p99Ms: number; maxMs: number; changes: number; batches: number; failures: number; throttled?: number };
}

const CONTENDER_NAMES: Record<string, string> = { ours: 'ours', oursUncached: 'ours, response cache off', limit: 'limit (pg + JSON)', postgraphile: 'PostGraphile' };

/** The peer as the table names it: PostGraphile and its major version, from the result (so a v4 result still says 4). */
function peerName(version: string | undefined): string {
  const major = version?.split('.')[0];
  return major ? `PostGraphile ${major}` : CONTENDER_NAMES.postgraphile;
}

function statements(counts: Record<string, number | null> | undefined): string {
  if (!counts) return '—';
  if ('one' in counts) return String(counts.one ?? '?');
  const cached = '5 cached' in counts ? ` (cached: ${counts['5 cached'] ?? '?'} / ${counts['50 cached'] ?? '?'})` : '';
  return `${counts['5'] ?? '?'} / ${counts['50'] ?? '?'}${cached}`;
}

/** Rewrites the API benchmark's part of docs/BENCHMARKS.md from one result file. */
export async function renderApiBenchmarks(file = 'bench/results/api.json'): Promise<void> {
  const r = JSON.parse(await readFile(file, 'utf8')) as ApiResult;
  const d = r.dataset;
  const names: Record<string, string> = { ...CONTENDER_NAMES, postgraphile: peerName(r.versions.postgraphile) };
  const lines = [
    API_START,
    `Run ${r.date.slice(0, 16).replace('T', ' ')} UTC in ${r.totalSeconds} s (after the build) with \`${r.command}\`, on ${r.machine.cpus} × ${r.machine.cpuModel}, ` +
      `${r.machine.memoryGiB} GiB, ${r.machine.platform} (load average ${r.machine.loadAverageAtStart.join(' / ')} at start, ${r.machine.loadAverageAtEnd?.join(' / ') ?? '?'} at the end). ` +
      `Node ${r.versions.node}, ours ${r.versions.ours} (${r.versions.oursCommit ?? '?'}), PostGraphile ${r.versions.postgraphile}, autocannon ${r.versions.autocannon}, PostgreSQL ${r.versions.postgres} (${r.settings.database}).`,
    '',
    `Dataset: ${d.note}; ${d.projects.toLocaleString('en')} projects (${d.cityProjects.toLocaleString('en')} CITY), ${d.people.toLocaleString('en')} people, ` +
      `${d.assignments.toLocaleString('en')} assignments, ${d.listings.toLocaleString('en')} listings, ${d.progressReports.toLocaleString('en')} monthly reports, ` +
      `${d.lightRecords.toLocaleString('en')} month-end lights, ${d.landTasks.toLocaleString('en')} land tasks over ${d.years.length} years (${d.years[0] ?? '—'}–${d.years.at(-1) ?? '—'}), ` +
      `${Math.round(d.databaseBytes / 2 ** 20)} MiB; seeded in ${d.seedSeconds} s (asked for ${d.requested.projects.toLocaleString('en')} projects × ${d.requested.years} years). ` +
      `Every operation asks about ${d.year}.`,
    '',
    `Load: ${r.settings.connections} connections, ${r.settings.warmupSeconds} s warm-up then ${r.settings.durationSeconds} s measured per operation and contender; ` +
      `page size ${r.settings.pageSize}; screen lists ${r.settings.screenFirst} projects via \`${r.settings.screenVariant}\`.`,
    '',
    '| operation | server | req/s | p50 ms | p99 ms | errors | answered from the response cache | SQL statements per request (5 / 50 rows) | server CPU | database CPU | autocannon CPU | rest of the machine CPU | server peak RSS MiB | ours ÷ this: req/s | ours ÷ this: p99 | ours with the cache off ÷ this: req/s |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const [operation, byContender] of Object.entries(r.results)) {
    for (const contender of ['ours', 'oursUncached', 'limit', 'postgraphile']) {
      const m = byContender[contender];
      // The counting instance has the response cache on; with it off, every answer is the computed one.
      const counted = r.sqlStatements[operation]?.[contender === 'oursUncached' ? 'ours' : contender];
      const sql = statements(contender === 'oursUncached' && counted ? Object.fromEntries(Object.entries(counted).filter(([key]) => !key.endsWith('cached'))) : counted);
      const ratioKey = contender === 'limit' ? 'Limit' : 'Postgraphile';
      const ours = contender === 'ours' || contender === 'oursUncached';
      const throughputRatio = ours ? '—' : (r.ratios[operation]?.[`throughputOursOver${ratioKey}`] ?? '—');
      const p99Ratio = ours ? '—' : (r.ratios[operation]?.[`p99OursOver${ratioKey}`] ?? '—');
      const uncachedRatio = ours ? '—' : (r.ratios[operation]?.[`throughputUncachedOver${ratioKey}`] ?? '—');
      if (!m) {
        const why = r.notApplicable[operation]?.[contender];
        if (why) lines.push(`| ${operation} | ${names[contender]} | n/a: ${why} | | | | | ${sql} | | | | | | | | |`);
        continue;
      }
      const fromCache = !ours || m.cacheHits === undefined ? '—' : `${Math.round((m.cacheHits / Math.max(1, m.requests)) * 1000) / 10}%`;
      lines.push(
        `| ${operation} | ${names[contender]} | ${m.requestsPerSecond.toLocaleString('en')} | ${m.latencyMs.p50} | ${m.latencyMs.p99} | ${m.errors} | ${fromCache} | ${sql} | ` +
          `${m.serverCpuPercent}% | ${m.databaseCpuPercent === undefined ? '—' : `${m.databaseCpuPercent}%`} | ${m.loadGeneratorCpuPercent === undefined ? '—' : `${m.loadGeneratorCpuPercent}%`} | ` +
          `${m.otherCpuPercent === undefined ? '—' : `${m.otherCpuPercent}%`} | ` +
          `${m.peakRssMiB} | ${throughputRatio} | ${p99Ratio} | ${uncachedRatio} |`,
      );
    }
  }
  const checks = Object.entries(r.checks)
    .flatMap(([operation, byContender]) => Object.entries(byContender).map(([contender, verdict]) => `${operation}/${contender}: ${verdict}`))
    .join('; ');
  if (r.derivedLag) {
    const lag = r.derivedLag;
    lines.push(
      '',
      `Derived data under the write load (scores, rank movement and warnings, recomputed after each commit, coalesced): settled p50 ${lag.p50Ms} ms, p99 ${lag.p99Ms} ms, at most ${lag.maxMs} ms after the commit; ${lag.changes.toLocaleString('en-US')} changes in ${lag.batches.toLocaleString('en-US')} derivation transactions, ${lag.failures} failed; a write waited for the derived data to catch up ${(lag.throttled ?? 0).toLocaleString('en-US')} times (back-pressure beyond 400 ms).`,
    );
  }
  lines.push('', `Answers checked before loading: ${checks || 'none'}.`);
  if (r.peerProblem) lines.push('', `${names.postgraphile}: ${r.peerProblem}`);
  lines.push(API_END);
  const table = lines.join('\n');
  const path = 'docs/BENCHMARKS.md';
  const current = await readFile(path, 'utf8').catch(() => `# Benchmarks\n\n${API_START}\n${API_END}\n`);
  const start = current.indexOf(API_START);
  const end = current.indexOf(API_END);
  const next = start >= 0 && end > start ? current.slice(0, start) + table + current.slice(end + API_END.length) : `${current}\n${table}\n`;
  await writeFile(path, next);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await renderBenchmarks();
  if (process.argv.includes('--api')) await renderApiBenchmarks();
}

