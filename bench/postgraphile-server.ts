/**
 * The PEER of the API benchmark: PostGraphile v4 over the same tables, on node:http, in its own
 * process.
 *
 *   DATABASE_URL=… PORT=… node --import tsx bench/postgraphile-server.ts
 *
 * What our API computes in code, PostGraphile needs as SQL functions: the computed columns
 * `completedInvestment(year)` and `completionRate(year)` (which PostGraphile only recognises in the
 * table's schema, so they go in `public` of the throwaway benchmark database), and in the
 * `bench_peer` schema the big screen's aggregates (`dashboard`) and `laggingProjects`. Created at
 * start-up, before PostGraphile introspects. GET /__bench/statements gives the number of SQL
 * statements sent so far (introspection included); /readyz answers once the schema is built.
 */
import http from 'node:http';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { INVESTMENT_BAND_BOUNDS } from '../src/shared/money.js';

/**
 * PostGraphile 4 needs graphql 15 while the project uses 16, so npm nests graphql 15 twice (under
 * postgraphile/ and graphile-build-pg/) and the hoisted graphql-parse-resolve-info finds 16: three
 * copies, and PostGraphile fails with "Cannot use GraphQLScalarType from another module or realm".
 * Every graphile package here resolves `graphql` and `graphile-build` from postgraphile's own
 * folder, so one copy of each is loaded.
 */
function loadPostGraphileWithOneGraphql(): void {
  const require = createRequire(import.meta.url);
  const postgraphileDir = path.dirname(require.resolve('postgraphile/package.json'));
  const anchor = { id: postgraphileDir, filename: path.join(postgraphileDir, 'package.json'), paths: (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(postgraphileDir) };
  const graphile = /node_modules\/(postgraphile|postgraphile-core|graphile-[a-z-]+|graphql-parse-resolve-info|@graphile\/[a-z-]+|pg-sql2)\//;
  const internal = Module as unknown as { _resolveFilename(request: string, parent: { filename?: string } | undefined, ...rest: unknown[]): string };
  const original = internal._resolveFilename;
  internal._resolveFilename = function (request, parent, ...rest) {
    if (/^(graphql|graphile-build)(\/|$)/.test(request) && parent?.filename && graphile.test(parent.filename)) {
      return original.call(this, request, anchor, ...rest);
    }
    return original.call(this, request, parent, ...rest);
  };
}

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
  loadPostGraphileWithOneGraphql();
  const { postgraphile } = await import('postgraphile');

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

  const handler = postgraphile(pool, ['public', 'bench_peer'], {
    dynamicJson: true,
    setofFunctionsContainNulls: false,
    disableQueryLog: true,
    graphiql: false,
    enableQueryBatching: false,
    retryOnInitFail: false,
    watchPg: false,
    extendedErrors: ['errcode'],
  });
  const ready = handler.getGraphQLSchema();
  let schemaReady = false;
  ready.then(() => (schemaReady = true));

  const server = http.createServer((request, response) => {
    if (request.url === '/readyz') {
      response.writeHead(schemaReady ? 200 : 503).end();
      return;
    }
    if (request.url === '/__bench/statements') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ statements }));
      return;
    }
    handler(request, response);
  });
  server.keepAliveTimeout = 65_000;
  await ready;
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
  const stop = () => {
    server.close(() => void handler.release().then(() => pool.end()).then(() => process.exit(0)));
    server.closeAllConnections();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
