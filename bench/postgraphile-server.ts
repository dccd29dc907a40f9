/**
 * The PEER of the API benchmark: PostGraphile 5 (Grafast) over the same tables, served by its
 * Grafserv adaptor for node:http, in its own process.
 *
 *   DATABASE_URL=… PORT=… [POOL_SIZE=10] node --import tsx bench/postgraphile-server.ts
 *
 * What our API computes in code, PostGraphile needs as SQL functions: the computed columns
 * `completedInvestment(year)` and `completionRate(year)` (which PostGraphile only recognises in the
 * table's schema, so they go in `public` of the throwaway benchmark database), and in the
 * `bench_peer` schema the big screen's aggregates (`dashboard`) and `laggingProjects`. Created at
 * start-up, before PostGraphile introspects. GET /__bench/statements gives the number of SQL
 * statements sent so far (introspection included); /readyz answers once the schema is built.
 *
 * Configured as in production: the Amber preset, Grafast in production mode (GRAPHILE_ENV and
 * NODE_ENV are set to `production` before it loads: no dev-mode plan checks, errors masked without
 * details), no explain, no GraphiQL (Ruru), no watch mode, no websockets or subscriptions, no
 * GraphQL over GET; Grafserv has no query batching and PostGraphile 5 logs no queries.
 */
import http from 'node:http';
import pg from 'pg';
import { INVESTMENT_BAND_BOUNDS } from '../src/shared/money.js';

const BAND_CASE = `case ${Object.entries(INVESTMENT_BAND_BOUNDS)
  .map(([band, { min, max }]) => `when ${[min === null ? null : `total_investment >= ${min}`, max === null ? null : `total_investment < ${max}`].filter(Boolean).join(' and ')} then '${band}'`)
  .join(' ')} end`;

/** The SQL functions PostGraphile exposes as the computed columns and the screen's queries. */
const PEER_FUNCTIONS = `
drop schema if exists bench_peer cascade;
create schema bench_peer;

create or replace function public.project_completed_investment(p public.project, year int) returns numeric
  language sql stable parallel safe as $$
  select round(coalesce(sum(pr.completed_investment), 0), 2) from public.progress_report pr where pr.project_id = p.id and pr.year = $2
$$;

create or replace function public.project_completion_rate(p public.project, year int) returns numeric
  language sql stable parallel safe as $$
  select case when ap.planned_investment > 0 then round(public.project_completed_investment(p, $2) * 100 / ap.planned_investment, 2) end
    from public.listing ap where ap.project_id = p.id and ap.year = $2
$$;

create or replace function public.project_level(p public.project) returns text
  language sql stable parallel safe as $$
  select l.level from public.listing l where l.project_id = p.id
   order by (l.year <= extract(year from now())) desc, case when l.year <= extract(year from now()) then -l.year else l.year end limit 1
$$;

create type bench_peer.dashboard_figures as (
  year int, level text, project_count int, total_investment numeric, annual_planned_investment numeric, completed_investment numeric,
  completion_rate numeric, started_count int, new_build_count int, by_industry jsonb, by_investment_band jsonb, light_counts jsonb);

create or replace function bench_peer.dashboard(year int, level text) returns bench_peer.dashboard_figures
  language sql stable as $$
  with figures as materialized (
    select count(*)::int as project_count,
           coalesce(sum(p.total_investment), 0) as total_investment,
           count(*) filter (where p.started_on <= make_date($1, 12, 31))::int as started_count,
           count(*) filter (where l.construction_type = 'NEW')::int as new_build_count,
           coalesce(sum(l.planned_investment), 0) as planned,
           (select coalesce(sum(pr.completed_investment), 0) from public.progress_report pr join public.listing cl on cl.project_id = pr.project_id
             where pr.year = $1 and cl.year = $1 and cl.status = 'ISSUED' and ($2 is null or cl.level = $2)) as completed,
           (select coalesce(max(month), 0)::int from public.reporting_period where reporting_period.year = $1) as period,
           jsonb_build_array(${['PRIMARY', 'SECONDARY', 'TERTIARY'].map((industry) => `jsonb_build_object('industry', '${industry}', 'projectCount', count(*) filter (where p.industry = '${industry}'))`).join(', ')}) as industries,
           jsonb_build_array(${Object.keys(INVESTMENT_BAND_BOUNDS).map((band) => `jsonb_build_object('band', '${band}', 'projectCount', count(*) filter (where ${BAND_CASE} = '${band}'))`).join(', ')}) as bands
      from public.listing l join public.project p on p.id = l.project_id
     where l.year = $1 and l.status = 'ISSUED' and ($2 is null or l.level = $2)
  )
  select $1, $2, f.project_count, round(f.total_investment, 2), round(f.planned, 2), round(f.completed, 2),
         case when f.planned > 0 then round(f.completed * 100 / f.planned, 2) end,
         f.started_count, f.new_build_count, f.industries, f.bands,
         (select jsonb_build_object('month', f.period, 'green', count(*) filter (where lr.light = 'GREEN'),
                                    'yellow', count(*) filter (where lr.light = 'YELLOW'), 'red', count(*) filter (where lr.light = 'RED'))
            from public.light_record lr join public.listing l on l.project_id = lr.project_id and l.year = lr.year
           where lr.year = $1 and lr.month = f.period and l.status = 'ISSUED' and ($2 is null or l.level = $2))
    from figures f
$$;

create or replace function bench_peer.lagging_projects(year int, level text, n int) returns setof public.light_record
  language sql stable as $$
  select lr.* from public.light_record lr join public.listing l on l.project_id = lr.project_id and l.year = lr.year
   where lr.year = $1 and lr.month = (select coalesce(max(month), 0) from public.reporting_period where reporting_period.year = $1)
     and l.status = 'ISSUED' and ($2 is null or l.level = $2)
   order by (lr.inputs->>'lag')::numeric desc nulls last, lr.project_id
   limit $3
$$;
`;

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required');
  // Grafast decides its mode when it loads, hence the dynamic imports after this.
  process.env.GRAPHILE_ENV = 'production';
  process.env.NODE_ENV = 'production';
  const [{ postgraphile }, { PostGraphileAmberPreset }, { makePgService }, { grafserv }] = await Promise.all([
    import('postgraphile'),
    import('postgraphile/presets/amber'),
    import('postgraphile/adaptors/pg'),
    import('postgraphile/grafserv/node'),
  ]);

  // Every statement any client of the pool sends is counted (PostGraphile's queries, any
  // transaction or settings statements, the `set jit_optimize_above_cost` it sends once per
  // connection, introspection).
  const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(process.env.POOL_SIZE ?? 10) });
  let statements = 0;
  pool.on('connect', (client) => {
    const query = client.query;
    client.query = function (this: pg.PoolClient, ...args: unknown[]) {
      statements++;
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof client.query;
  });
  await pool.query(PEER_FUNCTIONS);

  const pgService = makePgService({ pool, schemas: ['public', 'bench_peer'], pubsub: false });
  const preset: GraphileConfig.Preset = {
    extends: [PostGraphileAmberPreset],
    pgServices: [pgService],
    schema: { pgForbidSetofFunctionsToReturnNull: true },
    grafast: { explain: false },
    grafserv: { graphiql: false, graphiqlOnGraphQLGET: false, graphqlOverGET: false, watch: false, websockets: false },
  };
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  // Not serv.addTo(server): its listener answers every request (a 404 for the two paths below);
  // this handler gets only the rest, and websockets, the one other thing addTo adds, are off.
  const handler = serv.createHandler();
  // Listening only once the schema is built, so /readyz answers 200 from the start.
  await pgl.getSchema();

  const server = http.createServer((request, response) => {
    if (request.url === '/readyz') {
      response.writeHead(200).end();
      return;
    }
    if (request.url === '/__bench/statements') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ statements }));
      return;
    }
    handler(request, response);
  });
  server.keepAliveTimeout = 65_000;
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close(() => {
      void (async () => {
        await pgl.release();
        await pgService.release?.();
        await pool.end();
      })().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
    server.closeAllConnections();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
