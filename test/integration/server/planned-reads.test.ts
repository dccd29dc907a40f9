import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInstance, startTestApi, type TestApi, type TestInstance } from '../../support/harness.js';

/**
 * Planned reads (src/server/planned-reads.ts): the project list and detail answered by one SQL
 * statement must say exactly what the resolvers say — same data, same order, same errors — and
 * anything the planner does not know must still be answered, by the resolvers.
 */
let planned: TestApi;
let resolvers: TestInstance;

beforeAll(async () => {
  planned = await startTestApi('planned');
  resolvers = await startInstance(planned.db, { plannedReads: false });
});
afterAll(async () => {
  await resolvers?.close();
  await planned?.close();
});

const fresh = { 'cache-control': 'no-cache' };

const PAGE = `query Page($first: Int!, $after: String, $year: Int!) {
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
}`;

const years = [2024, 2025, 2026];
const DETAIL = `query Detail($id: ID!) {
  project(id: $id) {
    id code name level status totalInvestment
    assignments { role person { name title } }
${years.map((year) => `    p${year}: annualPlan(year: ${year}) { plannedInvestment }`).join('\n')}
${years.map((year) => `    r${year}: progress(year: ${year}) { month completedInvestment physicalProgress }`).join('\n')}
    landTasks { name areaToAcquire areaAcquired householdsToRelocate householdsRelocated }
  }
}`;

/** Every field the planner knows, through fragments, aliases and edges. */
const EVERYTHING = `query Everything($first: Int, $after: String, $filter: ProjectFilter, $year: Int!) {
  __typename
  list: projects(first: $first, after: $after, filter: $filter) {
    __typename totalCount
    pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { ...Whole } }
    nodes { id ... on Project { code } }
  }
}
fragment Whole on Project {
  __typename id version code name industry clusters totalInvestment address openingInvestment openingInvestmentOn
  startedOn completedOn status investmentBand level constructionType plannedStartOn plannedCompletionOn
  responsibleUnit { __typename id name kind } town { id name kind }
  assignments { __typename id role person { __typename id name title } }
  landTasks { id version name areaToAcquire areaAcquired householdsToRelocate householdsRelocated }
  progress(year: $year) { id version year month completedInvestment physicalProgress narrative status returnReason }
  plan: annualPlan(year: $year) { id version year plannedInvestment }
  done: completedInvestment(year: $year) rate: completionRate(year: $year)
  ... on Node { id }
}`;

async function both(query: string, variables: Record<string, unknown>) {
  const [a, b] = await Promise.all([planned.raw(query, variables, fresh), resolvers.raw(query, variables, fresh)]);
  return { planned: a, resolvers: b };
}

async function projectIds(): Promise<string[]> {
  const answer = await planned.raw<{ projects: { nodes: { id: string }[] } }>('{ projects(first: 100) { nodes { id } } }', {}, fresh);
  return answer.data!.projects.nodes.map((node) => node.id);
}

describe('planned reads', () => {
  it('answers the list page exactly as the resolvers do, in ONE statement whatever the page size', async () => {
    const counts: number[] = [];
    for (const first of [1, 5, 50]) {
      for (const after of [null, Buffer.from('cursor:3').toString('base64')]) {
        const answer = await both(PAGE, { first, after, year: 2026 });
        expect(answer.planned.errors).toBeUndefined();
        expect(answer.planned.data).toEqual(answer.resolvers.data);
        expect(JSON.stringify(answer.planned.data)).toBe(JSON.stringify(answer.resolvers.data));
        counts.push(answer.planned.extensions!.sqlStatements!);
      }
    }
    expect(new Set(counts)).toEqual(new Set([1]));
    // Without the plan the same page takes several statements: the plan is what answered above.
    expect((await resolvers.raw(PAGE, { first: 50, year: 2026 }, fresh)).extensions!.sqlStatements).toBeGreaterThan(1);
  });

  it("answers every project's detail exactly as the resolvers do, in one statement", async () => {
    const ids = await projectIds();
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) {
      const answer = await both(DETAIL, { id });
      expect(answer.planned.errors).toBeUndefined();
      expect(JSON.stringify(answer.planned.data)).toBe(JSON.stringify(answer.resolvers.data));
      expect(answer.planned.extensions!.sqlStatements).toBe(1);
    }
  });

  it('plans every field it knows, through aliases, fragments, edges and filters, byte for byte', async () => {
    const filters = [null, { level: 'CITY' }, { level: 'DISTRICT', industry: 'SECONDARY' }, { search: '道路' }, { investmentBand: 'OVER_1B' }, { cluster: '石材产业' }];
    for (const filter of filters) {
      for (const year of [2025, 2026]) {
        const answer = await both(EVERYTHING, { first: 30, filter, year });
        expect(answer.planned.errors).toBeUndefined();
        expect(JSON.stringify(answer.planned.data)).toBe(JSON.stringify(answer.resolvers.data));
        expect(answer.planned.extensions!.sqlStatements).toBe(1);
      }
    }
  });

  it('leaves to the resolvers what it does not plan, and they answer it', async () => {
    const [id] = await projectIds();
    const cases: [string, Record<string, unknown>][] = [
      // A field without SQL here (milestones), a person's phone (depends on the caller), figures as of an instant, a directive.
      ['query ($id: ID!) { project(id: $id) { code annualPlan(year: 2026) { plannedInvestment milestones { name } } } }', { id }],
      ['query ($id: ID!) { project(id: $id) { assignments { person { name phone } } } }', { id }],
      ['query ($id: ID!) { project(id: $id) { completedInvestment(year: 2026, asOf: "2026-03-31T23:59:59+08:00") } }', { id }],
      ['query ($id: ID!, $more: Boolean!) { project(id: $id) { code responsibleUnit @include(if: $more) { name } } }', { id, more: true }],
      ['{ projects(first: 3) { nodes { code } } dashboard(year: 2026) { projectCount } }', {}],
    ];
    for (const [query, variables] of cases) {
      const answer = await both(query, variables);
      expect(answer.planned.errors).toBeUndefined();
      expect(answer.planned.data).toEqual(answer.resolvers.data);
      expect(answer.planned.extensions!.sqlStatements, query).toBeGreaterThan(1);
    }
  });

  it("gives the resolvers' coded errors for bad arguments and unknown projects", async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['query ($id: ID!) { project(id: $id) { code } }', { id: Buffer.from('Project:999999').toString('base64') }],
      ['query ($id: ID!) { project(id: $id) { code } }', { id: 'not-an-id' }],
      ['query ($first: Int) { projects(first: $first) { nodes { code } } }', { first: 1000 }],
      ['query { projects(after: "bm9wZQ==") { nodes { code } } }', {}],
      ['query { projects(first: 2) { nodes { completedInvestment(year: 1900) } } }', {}],
      ['query ($year: Int!) { projects(first: 2) { nodes { code } } x: projects(first: 1) { nodes { progress(year: $year) { month } } } }', { year: 'x' }],
    ];
    for (const [query, variables] of cases) {
      const answer = await both(query, variables);
      expect(answer.planned.errors?.length).toBeGreaterThan(0);
      expect(answer.planned.errors).toEqual(answer.resolvers.errors);
      expect(answer.planned.data).toEqual(answer.resolvers.data);
    }
  });

  it('sees a change at once (no stale plan): a report moves the planned figures as it moves the resolvers’', async () => {
    const [id] = await projectIds();
    const query = 'query ($id: ID!) { project(id: $id) { completedInvestment(year: 2026) progress(year: 2026) { month completedInvestment } } }';
    const before = await both(query, { id });
    const written = await planned.raw(
      'mutation ($input: ReportProgressInput!) { reportProgress(input: $input) { id } }',
      { input: { projectId: id, year: 2026, month: 11, completedInvestment: '12.34', physicalProgress: '50.00', narrative: '计划读取测试' } },
    );
    expect(written.errors).toBeUndefined();
    const after = await both(query, { id });
    expect(after.planned.data).toEqual(after.resolvers.data);
    expect(after.planned.data).not.toEqual(before.planned.data);
  });
});
