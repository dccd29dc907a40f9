/**
 * The four operations of the API benchmark, as GraphQL documents for our API and for the
 * PostGraphile peer, and the request each contender gets for one call (ids and cursors vary).
 */
import { createHash } from 'node:crypto';

/** The operations, in the order they run (writes last: they change what the reads see). */
export const OPERATIONS = ['screen', 'page', 'detail', 'write'] as const;
export type Operation = (typeof OPERATIONS)[number];

/** Which form of the big-screen query the server under test supports. */
export type ScreenVariant = 'laggingProjects' | 'projectsWithLight';

/** The ten years `detail` asks about, ending with `year`. */
export function detailYears(year: number): number[] {
  return Array.from({ length: 10 }, (_, index) => year - 9 + index);
}

const DASHBOARD_FIELDS = `year level projectCount totalInvestment annualPlannedInvestment completedInvestment completionRate
    startedCount newBuildCount
    byIndustry { industry projectCount }
    byInvestmentBand { band projectCount }
    lightCounts { month green yellow red }`;

/** Our API. */
export const ours = {
  /** The command centre's big screen: the headline figures and the projects furthest behind. */
  screen(variant: ScreenVariant): string {
    const lagging =
      variant === 'laggingProjects'
        ? 'laggingProjects(year: $year, level: CITY, first: $first) { project { id code name } light lag completionRate }'
        : // TODO(laggingProjects): drop this fallback once laggingProjects is in schema/schema.graphql everywhere.
          'projects(filter: { level: CITY }, first: $first) { nodes { id code name light(year: $year) { light rule inputs } } }';
    return `query Screen($year: Int!, $first: Int!) {
  dashboard(year: $year, level: CITY) {
    ${DASHBOARD_FIELDS}
  }
  ${lagging}
}`;
  },

  page: `query Page($first: Int!, $after: String, $year: Int!) {
  projects(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id code name
      responsibleUnit { name }
      assignments { role person { name } }
      annualPlan(year: $year) { plannedInvestment }
      completedInvestment(year: $year)
      completionRate(year: $year)
    }
  }
}`,

  detail(years: number[]): string {
    return `query Detail($id: ID!) {
  project(id: $id) {
    id code name level status totalInvestment
    assignments { role person { name title } }
${years.map((year) => `    p${year}: annualPlan(year: ${year}) { plannedInvestment }`).join('\n')}
${years.map((year) => `    r${year}: progress(year: ${year}) { month completedInvestment physicalProgress }`).join('\n')}
    landTasks { name areaToAcquire areaAcquired householdsToRelocate householdsRelocated }
  }
}`;
  },

  write: `mutation Write($input: ReportProgressInput!) {
  reportProgress(input: $input) { id month completedInvestment }
}`,
};

/**
 * PostGraphile 5 (Amber preset) over the same tables. Its names follow the tables and foreign keys
 * (`allProjects`, `organizationByResponsibleUnitId`, `assignmentsByProjectId`); aliases give the
 * fields our names where the shapes allow. Unlike v4, the Node ID is `id` (the `id` column is
 * `rowId`, so a project is `projectByRowId(rowId:)`), and functions from a schema other than the
 * first exposed one are prefixed with it (`benchPeerDashboard`, `benchPeerLaggingProjects`).
 * Computed columns and the screen's aggregates are SQL functions the peer server creates (see
 * postgraphile-server.ts).
 */
export const peer = {
  screen(variant: ScreenVariant): string {
    const lagging =
      variant === 'laggingProjects'
        ? `laggingProjects: benchPeerLaggingProjects(year: $year, level: "CITY", n: $first) {
    nodes { project: projectByProjectId { id code name } light inputs }
  }`
        : `projects: allProjects(first: $first, orderBy: PRIMARY_KEY_ASC) {
    nodes { id code name light: lightRecordsByProjectId(condition: { year: $year }, orderBy: MONTH_DESC, first: 1) { nodes { light rule inputs } } }
  }`;
    return `query Screen($year: Int!, $first: Int!) {
  dashboard: benchPeerDashboard(year: $year, level: "CITY") {
    year level projectCount totalInvestment annualPlannedInvestment completedInvestment completionRate
    startedCount newBuildCount byIndustry byInvestmentBand lightCounts
  }
  ${lagging}
}`;
  },

  page: `query Page($first: Int!, $after: Cursor, $year: Int!) {
  projects: allProjects(first: $first, after: $after, orderBy: PRIMARY_KEY_ASC) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id code name
      responsibleUnit: organizationByResponsibleUnitId { name }
      assignments: assignmentsByProjectId(orderBy: PRIMARY_KEY_ASC) { nodes { role person: personByPersonId { name } } }
      annualPlan: listingsByProjectId(condition: { year: $year }) { nodes { plannedInvestment } }
      completedInvestment(year: $year)
      completionRate(year: $year)
    }
  }
}`,

  detail(years: number[]): string {
    return `query Detail($id: Int!) {
  project: projectByRowId(rowId: $id) {
    id code name level status totalInvestment
    assignments: assignmentsByProjectId(orderBy: PRIMARY_KEY_ASC) { nodes { role person: personByPersonId { name title } } }
${years.map((year) => `    p${year}: listingsByProjectId(condition: { year: ${year} }) { nodes { plannedInvestment } }`).join('\n')}
${years.map((year) => `    r${year}: progressReportsByProjectId(condition: { year: ${year} }, orderBy: MONTH_ASC) { nodes { month completedInvestment physicalProgress } }`).join('\n')}
    landTasks: landTasksByProjectId(orderBy: PRIMARY_KEY_ASC) { nodes { name areaToAcquire areaAcquired householdsToRelocate householdsRelocated } }
  }
}`;
  },

  /** A plain CRUD update of an existing report: no audit, event, lights or scores (see BENCHMARKS.md). */
  write: `mutation Write($projectId: Int!, $year: Int!, $month: Int!, $patch: ProgressReportPatch!) {
  updateProgressReportByProjectIdAndYearAndMonth(input: { projectId: $projectId, year: $year, month: $month, progressReportPatch: $patch }) {
    progressReport { id month completedInvestment }
  }
}`,
};

/** Our Relay global id of a project. */
export function projectGlobalId(id: number): string {
  return Buffer.from(`Project:${id}`, 'utf8').toString('base64');
}

/** Our connection cursor after a project id. */
export function ourCursor(id: number): string {
  return Buffer.from(`cursor:${id}`, 'utf8').toString('base64');
}

/**
 * PostGraphile 5's digest of `allProjects`' `orderBy: PRIMARY_KEY_ASC`: the first 10 hex digits of
 * the SHA-256 of the JSON list of its ORDER BY expressions as @dataplan/pg compiles them (the table's
 * alias is `__project__`). A cursor with another digest is refused ("Invalid 'after' cursor").
 */
const PEER_PROJECT_ORDER_DIGEST = createHash('sha256').update(JSON.stringify(['__project__."id"'])).digest('hex').slice(0, 10);

/** PostGraphile 5's cursor after a row of `allProjects(orderBy: PRIMARY_KEY_ASC)`: [digest, ...primary key]. */
export function peerCursor(id: number): string {
  return Buffer.from(JSON.stringify([PEER_PROJECT_ORDER_DIGEST, id]), 'utf8').toString('base64');
}

/** A small deterministic generator, so that runs draw the same sequence of ids. */
export function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)];
}

function money(next: () => number, max: number): string {
  return (Math.floor(next() * max * 100) / 100 + 1).toFixed(2);
}

/** What the load generator needs to vary requests: the dataset's ids and the year asked about. */
export interface RequestInputs {
  year: number;
  projectIds: number[];
  reportSlots: { projectId: number; month: number }[];
  pageSize: number;
  screenFirst: number;
  screenVariant: ScreenVariant;
}

/** One HTTP request to make. */
export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

/** Who answers: our API, the hand-written limit, or PostGraphile. */
export type Contender = 'ours' | 'limit' | 'postgraphile';

/**
 * A generator of requests of `operation` for `contender` (undefined where the contender has no
 * such operation). Cursors start after a random project so that pages are full where possible.
 */
export function requestFactory(contender: Contender, operation: Operation, inputs: RequestInputs, seed = 1): (() => BenchRequest) | undefined {
  const next = random(seed);
  const { year, projectIds, pageSize } = inputs;
  const pageStarts = projectIds.length > pageSize ? projectIds.slice(0, projectIds.length - pageSize) : projectIds.slice(0, 1);
  const pageAfter = () => {
    const index = Math.floor(next() * (pageStarts.length + 1)) - 1;
    return index < 0 ? null : pageStarts[index];
  };
  const graphql = (query: string, variables: Record<string, unknown>): BenchRequest => ({ method: 'POST', path: '/graphql', body: JSON.stringify({ query, variables }) });
  const years = detailYears(year);
  if (contender === 'ours') {
    const detail = ours.detail(years);
    const screen = ours.screen(inputs.screenVariant);
    switch (operation) {
      case 'screen':
        return () => graphql(screen, { year, first: inputs.screenFirst });
      case 'page':
        return () => {
          const after = pageAfter();
          return graphql(ours.page, { first: pageSize, after: after === null ? null : ourCursor(after), year });
        };
      case 'detail':
        return () => graphql(detail, { id: projectGlobalId(pick(projectIds, next)) });
      case 'write':
        if (!inputs.reportSlots.length) return undefined;
        return () => {
          const slot = pick(inputs.reportSlots, next);
          return graphql(ours.write, {
            input: {
              projectId: projectGlobalId(slot.projectId),
              year,
              month: slot.month,
              completedInvestment: money(next, 5000),
              physicalProgress: money(next, 98),
              narrative: '基准测试填报',
            },
          });
        };
    }
  }
  if (contender === 'postgraphile') {
    const detail = peer.detail(years);
    const screen = peer.screen(inputs.screenVariant);
    switch (operation) {
      case 'screen':
        return () => graphql(screen, { year, first: inputs.screenFirst });
      case 'page':
        return () => {
          const after = pageAfter();
          return graphql(peer.page, { first: pageSize, after: after === null ? null : peerCursor(after), year });
        };
      case 'detail':
        return () => graphql(detail, { id: pick(projectIds, next) });
      case 'write':
        if (!inputs.reportSlots.length) return undefined;
        return () => {
          const slot = pick(inputs.reportSlots, next);
          return graphql(peer.write, {
            projectId: slot.projectId,
            year,
            month: slot.month,
            patch: { completedInvestment: money(next, 5000), physicalProgress: money(next, 98), narrative: '基准测试填报', reportedAt: new Date().toISOString() },
          });
        };
    }
  }
  const query = (path: string, params: Record<string, string | number | null>) =>
    ({
      method: 'GET',
      path: `${path}?${new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string | number] => entry[1] !== null).map(([key, value]): [string, string] => [key, String(value)]))}`,
    }) satisfies BenchRequest;
  switch (operation) {
    case 'screen':
      return () => query('/screen', { year, first: inputs.screenFirst, variant: inputs.screenVariant });
    case 'page':
      return () => {
        const after = pageAfter();
        return query('/page', { first: pageSize, after: after === null ? null : ourCursor(after), year });
      };
    case 'detail':
      return () => query('/detail', { id: projectGlobalId(pick(projectIds, next)), year });
    case 'write':
      return undefined;
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A response's data without what legitimately differs between servers: global ids and cursors. */
export function withoutIds(value: Json): Json {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'id' && key !== 'endCursor').map(([key, item]) => [key, withoutIds(item)]));
}

function nodes(connection: Json): Json[] {
  return ((connection as { nodes?: Json[] } | null)?.nodes ?? []) as Json[];
}

function decimal(value: Json): string | null {
  return value === null || value === undefined ? null : Number(value).toFixed(2);
}

/**
 * The peer's answer in our shape (connections of children as lists, a year's plan as an object),
 * so that the benchmark can check it states the same facts as ours before timing it.
 */
export function peerInOurShape(operation: Operation, data: Json): Json {
  const record = data as Record<string, Json>;
  if (operation === 'page') {
    const projects = record.projects as { pageInfo: Json; nodes: Record<string, Json>[] };
    return {
      projects: {
        pageInfo: projects.pageInfo,
        nodes: projects.nodes.map((node) => ({ ...node, assignments: nodes(node.assignments), annualPlan: nodes(node.annualPlan)[0] ?? null })),
      },
    };
  }
  if (operation === 'detail') {
    const project = record.project as Record<string, Json> | null;
    if (!project) return { project: null };
    return {
      project: Object.fromEntries(
        Object.entries(project).map(([key, value]) => {
          if (/^p\d{4}$/.test(key)) return [key, nodes(value)[0] ?? null];
          if (/^r\d{4}$/.test(key) || key === 'assignments' || key === 'landTasks') return [key, nodes(value)];
          return [key, value];
        }),
      ),
    };
  }
  if (operation === 'screen') {
    const shaped: Record<string, Json> = { dashboard: record.dashboard };
    if (record.laggingProjects) {
      shaped.laggingProjects = nodes(record.laggingProjects).map((node) => {
        const { project, light, inputs } = node as { project: Json; light: Json; inputs: Record<string, Json> };
        return { project, light, lag: decimal(inputs.lag), completionRate: decimal(inputs.completionRate) };
      });
    } else {
      shaped.projects = { nodes: nodes(record.projects).map((node) => ({ ...(node as Record<string, Json>), light: nodes((node as Record<string, Json>).light)[0] ?? null })) };
    }
    return shaped;
  }
  return data;
}
