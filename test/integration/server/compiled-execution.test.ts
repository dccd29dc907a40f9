import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInstance, startTestApi, type TestApi, type TestInstance } from '../../support/harness.js';
import { ProjectDetailDocument, ProjectTreeDocument, ProjectsDocument, ReportProgressDocument } from '../../generated/operations.js';

let compiled: TestApi;
let interpreted: TestInstance;

beforeAll(async () => {
  compiled = await startTestApi('jit');
  interpreted = await startInstance(compiled.db, { compiledExecution: false });
});
afterAll(async () => {
  await interpreted?.close();
  await compiled?.close();
});

const fresh = { 'cache-control': 'no-cache' };

describe('compiled execution (graphql-jit)', () => {
  it('answers exactly as graphql-js does: nested lists, arguments, the detail of a project', async () => {
    const tree = { first: 50, year: 2026 };
    expect((await compiled.request(ProjectTreeDocument, tree, fresh)).data).toEqual((await interpreted.request(ProjectTreeDocument, tree, fresh)).data);
    const { projects } = await compiled.data(ProjectsDocument, { first: 3 });
    for (const project of projects.nodes) {
      const variables = { id: project.id, year: 2026 };
      expect((await compiled.request(ProjectDetailDocument, variables, fresh)).data).toEqual((await interpreted.request(ProjectDetailDocument, variables, fresh)).data);
    }
  });

  it('gives the same coded errors: bad variables, unknown ids, refused mutations', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['query ($id: ID!) { project(id: $id) { id } }', { id: 'UHJvamVjdDo5OTk5OTk=' }],
      ['query ($first: Int) { projects(first: $first) { totalCount } }', { first: 1000 }],
    ];
    for (const [query, variables] of cases) {
      const [a, b] = [await compiled.raw(query, variables, fresh), await interpreted.raw(query, variables, fresh)];
      expect(a.errors).toEqual(b.errors);
      expect(a.errors?.[0].extensions?.code).toMatch(/NOT_FOUND|BAD_USER_INPUT/);
    }
    const input = { projectId: 'x', year: 2026, month: 3, completedInvestment: '1.234', physicalProgress: '1.00' };
    const [a, b] = [await compiled.request(ReportProgressDocument, { input }), await interpreted.request(ReportProgressDocument, { input })];
    expect(a.errors?.[0].extensions).toEqual(b.errors?.[0].extensions);
    expect(a.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
