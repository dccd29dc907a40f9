import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInstance, startTestApi, type TestApi, type TestInstance } from '../../support/harness.js';
import { reportProgress } from '../../support/testkit.js';
import { tokenFor } from '../../support/tokens.js';
import { DashboardDocument, PeopleDocument, PersonByIdDocument, ProjectsDocument } from '../../generated/operations.js';

let api: TestApi;
let instanceB: TestInstance;
let projectIds: string[];

beforeAll(async () => {
  api = await startTestApi('respcache');
  instanceB = await startInstance(api.db);
  projectIds = (await api.data(ProjectsDocument, { first: 100 })).projects.nodes.map((project) => project.id);
});
afterAll(async () => {
  await instanceB?.close();
  await api?.close();
});

function report(via: TestInstance, projectId: string, amount: string) {
  return reportProgress(via, { projectId, completedInvestment: amount, physicalProgress: '40.00' });
}

describe('the response cache', () => {
  it('answers a repeated query from memory: the same answer, no SQL', async () => {
    const first = await api.request(ProjectsDocument, { first: 7 });
    const second = await api.request(ProjectsDocument, { first: 7 });
    expect(first.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(second.extensions?.sqlStatements).toBe(0);
    expect(second.data).toEqual(first.data);
    const other = await api.request(ProjectsDocument, { first: 8 });
    expect(other.extensions?.sqlStatements).toBeGreaterThan(0);
    const fresh = await api.request(ProjectsDocument, { first: 7 }, { 'cache-control': 'no-cache' });
    expect(fresh.extensions?.sqlStatements).toBeGreaterThan(0);
  });

  it('drops what a commit changes: the writer reads its own write at once', async () => {
    const before = (await api.data(DashboardDocument, { year: 2026 })).dashboard.completedInvestment;
    await api.data(DashboardDocument, { year: 2026 });
    const { reportProgress } = await report(api, projectIds[0], '123456.78');
    const after = await api.request(DashboardDocument, { year: 2026 });
    expect(after.data!.dashboard.completedInvestment).not.toBe(before);
    expect(reportProgress.completedInvestment).toBe('123456.78');
  });

  it('another instance drops its cached answer when the change reaches it through the event log', async () => {
    const cached = (await instanceB.data(DashboardDocument, { year: 2026 })).dashboard.completedInvestment;
    expect((await instanceB.request(DashboardDocument, { year: 2026 })).extensions?.sqlStatements).toBe(0);
    await report(api, projectIds[1], '654321.00');
    const expected = (await api.data(DashboardDocument, { year: 2026 })).dashboard.completedInvestment;
    expect(expected).not.toBe(cached);
    const deadline = Date.now() + 10_000;
    let seen = cached;
    while (seen !== expected && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      seen = (await instanceB.data(DashboardDocument, { year: 2026 })).dashboard.completedInvestment;
    }
    expect(seen).toBe(expected);
  });

  it('never hands one caller what another may see: a viewer does not get the phone an admin was shown', async () => {
    const { people } = await api.data(PeopleDocument, { first: 20 });
    const withPhone = [];
    for (const person of people.nodes) {
      const { person: detail } = await api.data(PersonByIdDocument, { id: person.id });
      if (detail.phone) withPhone.push(detail);
    }
    expect(withPhone.length).toBeGreaterThan(0);
    const viewer = api.as(await tokenFor('VIEWER'));
    const { person } = await viewer.data(PersonByIdDocument, { id: withPhone[0].id });
    expect(person.phone).toBeNull();
  });

  it('keeps neither mutations nor answers with errors', async () => {
    const events = async () => (await api.db.sql<{ n: number }>(`select count(*)::int as n from event where type = 'PROGRESS_REPORTED'`))[0].n;
    const before = await events();
    await report(api, projectIds[2], '10.00');
    await report(api, projectIds[2], '10.00');
    expect(await events(), 'both identical mutations ran').toBe(before + 2);
    const missing = '{ project(id: "UHJvamVjdDo5OTk5OTk=") { id } }';
    await api.raw(missing);
    const again = await api.raw(missing);
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(again.extensions?.sqlStatements).toBeGreaterThan(0);
  });

  it('can be turned off', async () => {
    const off = await startInstance(api.db, { responseCache: { ttlMs: 0 } });
    try {
      await off.request(ProjectsDocument, { first: 3 });
      expect((await off.request(ProjectsDocument, { first: 3 })).extensions?.sqlStatements).toBeGreaterThan(0);
    } finally {
      await off.close();
    }
  });
});
