import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../support/harness.js';
import { statementsFor } from '../../support/testkit.js';
import { OrganizationsWithPeopleDocument, ProjectTreeDocument } from '../../generated/operations.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('sqlcount');
});
afterAll(() => api?.close());


describe('nested list queries are batched', () => {
  it('projects { assignments { person } responsibleUnit annualPlan progress … } runs the same statements for 5 and for 50 projects', async () => {
    const five = await statementsFor(api, ProjectTreeDocument, { first: 5, year: 2026 });
    const fifty = await statementsFor(api, ProjectTreeDocument, { first: 50, year: 2026 });
    expect(five.data.projects.nodes).toHaveLength(5);
    expect(fifty.data.projects.nodes).toHaveLength(50);
    expect(fifty.count).toBe(five.count);
    // projects page, assignments, people, units, plans, milestones, progress, year-to-date sums, land tasks
    expect(fifty.count).toBeLessThanOrEqual(10);
  });

  it('connections nested in lists (organization → people → projects) are batched too', async () => {
    const small = await statementsFor(api, OrganizationsWithPeopleDocument, { first: 1 });
    const large = await statementsFor(api, OrganizationsWithPeopleDocument, { first: 50 });
    expect(large.count).toBe(small.count);
  });
});
