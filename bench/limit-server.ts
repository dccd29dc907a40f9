/**
 * The LIMIT of the API benchmark: what `page`, `detail` and `screen` cost with nothing but
 * PostgreSQL and JSON. node:http and a `pg` pool; each request is one prepared SQL statement that
 * builds the whole response body (json_build_object / json_agg) in the same shape as our GraphQL
 * response, and the server passes the text through. No GraphQL, no authentication, no ORM.
 *
 *   DATABASE_URL=… PORT=… node --import tsx bench/limit-server.ts
 *
 * GET /page?first=&after=&year=, /detail?id=&year=, /screen?year=&first=&variant=;
 * GET /__bench/statements gives the number of SQL statements sent so far; /readyz.
 */
import http from 'node:http';
import pg from 'pg';
import { INVESTMENT_BAND_BOUNDS } from '../src/shared/money.js';
import { detailYears, type ScreenVariant } from './operations.js';

const GLOBAL_ID = (type: string, column: string) => `encode(convert_to('${type}:' || ${column}, 'UTF8'), 'base64')`;
const MONEY = (expression: string) => `round(${expression}, 2)::text`;
const RATE = (completed: string, planned: string) => `case when ${planned} > 0 then round(${completed} * 100 / ${planned}, 2)::text end`;

/**
 * One page of projects after a key, with the figures a list screen needs. $1 after, $2 first,
 * $3 year. Set-based: each child table is read once for the whole page.
 */
export const PAGE_SQL = `
with page as materialized (select id, code, name, responsible_unit_id from project where id > $1 order by id limit $2 + 1),
     shown as materialized (select * from page order by id limit $2),
     plans as materialized (select ap.project_id, ap.planned_investment from listing ap where ap.project_id in (select id from shown) and ap.year = $3),
     done as materialized (
       select pr.project_id, sum(pr.completed_investment) as completed from progress_report pr
        where pr.project_id in (select id from shown) and pr.year = $3 group by pr.project_id),
     people as materialized (
       select a.project_id, json_agg(json_build_object('role', a.role, 'person', json_build_object('name', pe.name)) order by a.id) as list
         from assignment a join person pe on pe.id = a.person_id where a.project_id in (select id from shown) group by a.project_id),
     figures as materialized (
       select s.id, s.code, s.name, o.name as unit, people.list, plans.planned_investment as planned, coalesce(done.completed, 0) as completed
         from shown s left join organization o on o.id = s.responsible_unit_id left join people on people.project_id = s.id
              left join plans on plans.project_id = s.id left join done on done.project_id = s.id)
select json_build_object('data', json_build_object('projects', json_build_object(
  'pageInfo', json_build_object(
    'hasNextPage', (select count(*) from page) > $2,
    'endCursor', (select ${GLOBAL_ID('cursor', 'max(id)')} from shown)),
  'nodes', coalesce((select json_agg(json_build_object(
    'id', ${GLOBAL_ID('Project', 'f.id')},
    'code', f.code,
    'name', f.name,
    'responsibleUnit', case when f.unit is not null then json_build_object('name', f.unit) end,
    'assignments', coalesce(f.list, '[]'::json),
    'annualPlan', case when f.planned is not null then json_build_object('plannedInvestment', f.planned::text) end,
    'completedInvestment', ${MONEY('f.completed')},
    'completionRate', ${RATE('f.completed', 'f.planned')}
  ) order by f.id) from figures f), '[]'::json))))::text as body`;

/** One project with ten years of plans and reports. $1 project id. */
export function detailSql(years: number[]): string {
  const plans = years.map(
    (year) => `'p${year}', (select json_build_object('plannedInvestment', ap.planned_investment::text) from listing ap where ap.project_id = p.id and ap.year = ${year})`,
  );
  const reports = years.map(
    (year) => `'r${year}', coalesce((select json_agg(json_build_object('month', pr.month, 'completedInvestment', pr.completed_investment::text, 'physicalProgress', pr.physical_progress::text) order by pr.month)
                 from progress_report pr where pr.project_id = p.id and pr.year = ${year}), '[]'::json)`,
  );
  return `
select json_build_object('data', json_build_object('project', (
  select json_build_object(
    'id', ${GLOBAL_ID('Project', 'p.id')}, 'code', p.code, 'name', p.name, 'level', ${CURRENT_LEVEL}, 'status', p.status, 'totalInvestment', p.total_investment::text,
    'assignments', coalesce((select json_agg(json_build_object('role', a.role, 'person', json_build_object('name', pe.name, 'title', pe.title)) order by a.id)
                               from assignment a join person pe on pe.id = a.person_id where a.project_id = p.id), '[]'::json),
    ${plans.join(',\n    ')},
    ${reports.join(',\n    ')},
    'landTasks', coalesce((select json_agg(json_build_object('name', l.name, 'areaToAcquire', l.area_to_acquire::text, 'areaAcquired', l.area_acquired::text,
                                                             'householdsToRelocate', l.households_to_relocate, 'householdsRelocated', l.households_relocated) order by l.id)
                             from land_task l where l.project_id = p.id), '[]'::json))
  from project p where p.id = $1)))::text as body`;
}

/** The level of the project's listing of this year, else the latest before, else the earliest after (as our `Project.level`). */
const CURRENT_LEVEL = `(select cl.level from listing cl where cl.project_id = p.id
    order by (cl.year <= extract(year from now())) desc, case when cl.year <= extract(year from now()) then -cl.year else cl.year end limit 1)`;

/** The issued CITY listings of the year $1. */
const CITY_LIST = `(select * from listing where year = $1 and status = 'ISSUED' and level = 'CITY')`;
/** The latest closed month of the year $1 (0 when none). */
const CLOSED_MONTH = `(select coalesce(max(month), 0)::int from reporting_period where year = $1)`;

const BAND_CASE = `case ${Object.entries(INVESTMENT_BAND_BOUNDS)
  .map(([band, { min, max }]) => `when ${[min === null ? null : `total_investment >= ${min}`, max === null ? null : `total_investment < ${max}`].filter(Boolean).join(' and ')} then '${band}'`)
  .join(' ')} end`;

/** The dashboard of CITY projects and the projects furthest behind. $1 year, $2 first. */
export function screenSql(variant: ScreenVariant): string {
  const lagging =
    variant === 'laggingProjects'
      ? `'laggingProjects', coalesce((select json_agg(json_build_object(
            'project', json_build_object('id', ${GLOBAL_ID('Project', 'x.project_id')}, 'code', x.code, 'name', x.name),
            'light', x.light,
            'lag', round((x.inputs->>'lag')::numeric, 2)::text,
            'completionRate', round((x.inputs->>'completionRate')::numeric, 2)::text) order by x.rank)
          from (select lr.project_id, p.code, p.name, lr.light, lr.inputs,
                       row_number() over (order by (lr.inputs->>'lag')::numeric desc nulls last, lr.project_id) as rank
                  from light_record lr join ${CITY_LIST} l on l.project_id = lr.project_id join project p on p.id = lr.project_id
                 where lr.year = $1 and lr.month = ${CLOSED_MONTH}
                 order by rank limit $2) x), '[]'::json)`
      : `'projects', json_build_object('nodes', coalesce((select json_agg(json_build_object(
            'id', ${GLOBAL_ID('Project', 'p.id')}, 'code', p.code, 'name', p.name,
            'light', (select json_build_object('light', lr.light, 'rule', lr.rule, 'inputs', lr.inputs) from light_record lr
                       where lr.project_id = p.id and lr.year = $1 order by lr.month desc limit 1)) order by p.id)
          from (select p.id, p.code, p.name from project p join ${CITY_LIST} l on l.project_id = p.id order by p.id limit $2) p), '[]'::json))`;
  return `
with figures as materialized (
  select count(*)::int as project_count,
         coalesce(sum(p.total_investment), 0) as total_investment,
         count(*) filter (where p.started_on <= make_date($1, 12, 31))::int as started_count,
         count(*) filter (where l.construction_type = 'NEW')::int as new_build_count,
         coalesce(sum(l.planned_investment), 0) as planned,
         (select coalesce(sum(pr.completed_investment), 0) from progress_report pr join ${CITY_LIST} cl on cl.project_id = pr.project_id where pr.year = $1) as completed,
         ${CLOSED_MONTH} as period,
         json_build_object(${['PRIMARY', 'SECONDARY', 'TERTIARY'].map((industry) => `'${industry}', count(*) filter (where industry = '${industry}')`).join(', ')}) as industries,
         json_build_object(${Object.keys(INVESTMENT_BAND_BOUNDS).map((band) => `'${band}', count(*) filter (where ${BAND_CASE} = '${band}')`).join(', ')}) as bands
    from ${CITY_LIST} l join project p on p.id = l.project_id
), lights as materialized (
  select count(*) filter (where lr.light = 'GREEN')::int as green, count(*) filter (where lr.light = 'YELLOW')::int as yellow,
         count(*) filter (where lr.light = 'RED')::int as red
    from light_record lr join ${CITY_LIST} l on l.project_id = lr.project_id
   where lr.year = $1 and lr.month = (select period from figures)
)
select json_build_object('data', json_build_object(
  'dashboard', (select json_build_object(
    'year', $1::int, 'level', 'CITY', 'projectCount', f.project_count,
    'totalInvestment', ${MONEY('f.total_investment')}, 'annualPlannedInvestment', ${MONEY('f.planned')},
    'completedInvestment', ${MONEY('f.completed')}, 'completionRate', ${RATE('f.completed', 'f.planned')},
    'startedCount', f.started_count, 'newBuildCount', f.new_build_count,
    'byIndustry', json_build_array(${['PRIMARY', 'SECONDARY', 'TERTIARY'].map((industry) => `json_build_object('industry', '${industry}', 'projectCount', (f.industries->>'${industry}')::int)`).join(', ')}),
    'byInvestmentBand', json_build_array(${Object.keys(INVESTMENT_BAND_BOUNDS).map((band) => `json_build_object('band', '${band}', 'projectCount', (f.bands->>'${band}')::int)`).join(', ')}),
    'lightCounts', json_build_object('month', f.period, 'green', l.green, 'yellow', l.yellow, 'red', l.red))
    from figures f, lights l),
  ${lagging}))::text as body`;
}

function decodeBase64Key(text: string | null, prefix: string): number | undefined {
  if (text === null || text === '') return undefined;
  const match = new RegExp(`^${prefix}:(\\d{1,10})$`).exec(Buffer.from(text, 'base64').toString('utf8'));
  return match ? Number(match[1]) : undefined;
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required');
  const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(process.env.POOL_SIZE ?? 10) });
  let statements = 0;
  const run = async (name: string, text: string, values: unknown[]): Promise<string | undefined> => {
    statements++;
    const { rows } = await pool.query<{ body: string }>({ name, text, values });
    return rows[0]?.body;
  };
  const detailStatements = new Map<number, string>();
  const screenStatements = { laggingProjects: screenSql('laggingProjects'), projectsWithLight: screenSql('projectsWithLight') };

  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, body: string) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      response.end(body);
    };
    const int = (name: string, fallback?: number) => {
      const value = url.searchParams.get(name);
      const number = value === null ? fallback : Number(value);
      if (number === undefined || !Number.isInteger(number)) throw new RangeError(`${name} must be an integer`);
      return number;
    };
    try {
      switch (url.pathname) {
        case '/readyz':
          await pool.query('select 1');
          return send(200, '{"ready":true}');
        case '/__bench/statements':
          return send(200, JSON.stringify({ statements }));
        case '/page': {
          const after = url.searchParams.get('after');
          const afterKey = after === null ? 0 : decodeBase64Key(after, 'cursor');
          if (afterKey === undefined) return send(400, '{"error":"after is not a valid cursor"}');
          return send(200, (await run('page', PAGE_SQL, [afterKey, int('first', 20), int('year')]))!);
        }
        case '/detail': {
          const id = decodeBase64Key(url.searchParams.get('id'), 'Project');
          if (id === undefined) return send(400, '{"error":"id is not a Project id"}');
          const year = int('year');
          let text = detailStatements.get(year);
          if (!text) detailStatements.set(year, (text = detailSql(detailYears(year))));
          return send(200, (await run(`detail-${year}`, text, [id]))!);
        }
        case '/screen': {
          const variant = url.searchParams.get('variant') === 'projectsWithLight' ? 'projectsWithLight' : 'laggingProjects';
          return send(200, (await run(`screen-${variant}`, screenStatements[variant], [int('year'), int('first', 20)]))!);
        }
        default:
          return send(404, '{"error":"not found"}');
      }
    } catch (error) {
      send(error instanceof RangeError ? 400 : 500, JSON.stringify({ error: String(error) }));
    }
  });
  server.keepAliveTimeout = 65_000;
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
  const stop = () => {
    server.close(() => void pool.end().then(() => process.exit(0)));
    server.closeAllConnections();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
