/**
 * The bare-broadcast limit of `npm run bench:subscriptions`: the cost of the sockets alone.
 *
 * A plain `ws` server on PORT (path /graphql) speaking just enough of graphql-transport-ws for
 * graphql-ws clients: connection_init → connection_ack (no authentication), subscribe → the id is
 * remembered by kind (an operation mentioning `dashboardChanged` or `progressReported`; a dashboard
 * subscriber gets the current dashboard at once, as from the API), ping → pong, complete → forgotten.
 *
 * It learns of commits the way the API does: LISTEN on the event channel of DATABASE_URL, and on
 * each NOTIFY it reads the new events from the log. For each committed PROGRESS_REPORTED event it
 * serialises the `progressReported` payload once (the fields the benchmark selects), then a
 * `dashboardChanged` payload (project count, the year's completed investment and completion rate,
 * one SQL statement), and writes to every subscriber `{"id":…,"type":"next","payload":…}` with
 * `socket.send`: no GraphQL, no per-subscriber queue, no coalescing. GET /readyz answers 200 once
 * it listens.
 */
import http from 'node:http';
import pg from 'pg';
import { WebSocketServer, type WebSocket } from 'ws';
import { EVENT_CHANNEL } from '../src/realtime/event-hub.js';
import { toGlobalId } from '../src/shared/global-id.js';

const port = Number(process.env.PORT);
const databaseUrl = process.env.DATABASE_URL!;
const year = Number(process.env.BENCH_YEAR ?? '2026');

interface EventRow {
  sequence: string;
  type: string;
  project_id: number | null;
  payload: Record<string, unknown>;
  code: string | null;
}

const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();
const listener = new pg.Client({ connectionString: databaseUrl });
await listener.connect();

/** Frame prefixes (`{"id":"…","type":"next","payload":`) of every subscription, by kind. */
const progressSubscribers = new Map<WebSocket, Set<string>>();
const dashboardSubscribers = new Map<WebSocket, Set<string>>();
const prefix = (id: string) => `{"id":${JSON.stringify(id)},"type":"next","payload":`;

async function dashboardJson(): Promise<string> {
  const { rows } = await db.query<{ project_count: number; completed: string; rate: string | null }>(
    `select (select count(*)::int from listing where year = $1) as project_count,
            (select coalesce(sum(completed_investment), 0)::text from progress_report where year = $1) as completed,
            (select (round(100 * (select coalesce(sum(completed_investment), 0) from progress_report where year = $1)
                       / nullif(sum(planned_investment), 0), 2))::text from listing where year = $1) as rate`,
    [year],
  );
  const row = rows[0];
  return JSON.stringify({ data: { dashboardChanged: { projectCount: row.project_count, completedInvestment: row.completed, completionRate: row.rate } } });
}

function broadcast(subscribers: Map<WebSocket, Set<string>>, json: string): void {
  for (const [socket, prefixes] of subscribers) {
    for (const start of prefixes) socket.send(start + json + '}');
  }
}

let dashboard = await dashboardJson();
let last = (await db.query<{ sequence: string }>('select coalesce(max(sequence), 0)::text as sequence from event')).rows[0].sequence;
let draining: Promise<void> | undefined;
let again = false;

/** Reads the events after the last one seen and broadcasts each report and the dashboard after it. */
function drain(): void {
  if (draining) {
    again = true;
    return;
  }
  draining = (async () => {
    do {
      again = false;
      const { rows } = await db.query<EventRow>(
        `select e.sequence::text as sequence, e.type, e.project_id, e.payload, p.code
           from event e left join project p on p.id = e.project_id
          where e.sequence > $1::bigint order by e.sequence limit 1000`,
        [last],
      );
      if (rows.length === 0) continue;
      last = rows[rows.length - 1].sequence;
      const reports = rows.filter((row) => row.type === 'PROGRESS_REPORTED');
      for (const row of reports) {
        const payload = row.payload as { month?: number; amount?: string; yearToDate?: string | null; completionRate?: string | null };
        const json = JSON.stringify({
          data: {
            progressReported: {
              project: { id: toGlobalId('Project', row.project_id!), code: row.code },
              month: payload.month ?? null,
              amount: payload.amount ?? null,
              yearToDate: payload.yearToDate ?? null,
              completionRate: payload.completionRate ?? null,
              sequence: row.sequence,
            },
          },
        });
        broadcast(progressSubscribers, json);
      }
      if (reports.length) {
        dashboard = await dashboardJson();
        broadcast(dashboardSubscribers, dashboard);
      }
    } while (again);
  })()
    .catch((error: unknown) => console.error('broadcast limit: reading events failed', error))
    .finally(() => (draining = undefined));
}

listener.on('notification', (message) => {
  if (message.channel === EVENT_CHANNEL) drain();
});
await listener.query(`listen ${EVENT_CHANNEL}`);

const server = http.createServer((request, response) => {
  if (request.url === '/readyz') {
    response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    return;
  }
  response.writeHead(404).end();
});
const wsServer = new WebSocketServer({
  server,
  path: '/graphql',
  handleProtocols: (protocols) => (protocols.has('graphql-transport-ws') ? 'graphql-transport-ws' : false),
});

const remember = (subscribers: Map<WebSocket, Set<string>>, socket: WebSocket, start: string) => {
  let prefixes = subscribers.get(socket);
  if (!prefixes) subscribers.set(socket, (prefixes = new Set()));
  prefixes.add(start);
};

wsServer.on('connection', (socket) => {
  const ids = new Map<string, string>(); // id → its frame prefix
  socket.on('message', (data) => {
    let message: { type?: string; id?: string; payload?: { query?: string } };
    try {
      message = JSON.parse(String(data)) as typeof message;
    } catch {
      return socket.close(4400, 'Invalid message received');
    }
    switch (message.type) {
      case 'connection_init':
        return socket.send('{"type":"connection_ack"}');
      case 'ping':
        return socket.send('{"type":"pong"}');
      case 'subscribe': {
        const id = String(message.id);
        const start = prefix(id);
        ids.set(id, start);
        const query = message.payload?.query ?? '';
        if (query.includes('dashboardChanged')) {
          remember(dashboardSubscribers, socket, start);
          socket.send(start + dashboard + '}');
        } else if (query.includes('progressReported')) {
          remember(progressSubscribers, socket, start);
        }
        return;
      }
      case 'complete': {
        const start = ids.get(String(message.id));
        if (start) {
          progressSubscribers.get(socket)?.delete(start);
          dashboardSubscribers.get(socket)?.delete(start);
        }
        return;
      }
    }
  });
  socket.on('close', () => {
    progressSubscribers.delete(socket);
    dashboardSubscribers.delete(socket);
  });
});

server.listen(port, '127.0.0.1');
process.once('SIGTERM', () => {
  for (const client of wsServer.clients) client.terminate();
  server.close();
  void Promise.allSettled([db.end(), listener.end()]).then(() => process.exit(0));
});
