import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../support/harness.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('lagging-every-level');
});
afterAll(() => api?.close());

async function lagging(level: string | null): Promise<string[]> {
  const response = await api.raw<{ laggingProjects: { project: { id: string } }[] }>(
    `{ laggingProjects(year: 2026, ${level ? `level: ${level}, ` : ''}first: 100) { project { id } } }`,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.laggingProjects.map((row) => row.project.id);
}

describe('laggingProjects', () => {
  it('without a level lists the projects of every level: the city and the district lists together', async () => {
    const [all, city, district] = await Promise.all([lagging(null), lagging('CITY'), lagging('DISTRICT')]);
    expect(city.length).toBeGreaterThan(0);
    expect(district.length).toBeGreaterThan(0);
    expect([...all].sort()).toEqual([...city, ...district].sort());
  });
});
