import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInstance, startTestApi, type TestApi } from '../../support/harness.js';

/**
 * A report's request path is its row, audit entry and event; the derived data (scores and rank
 * movement, the open month's warning) commits just after, coalesced (src/core/derivations.ts).
 */
let api: TestApi;
const ids: string[] = [];

beforeAll(async () => {
  api = await startTestApi('derived');
  const response = await api.raw<{ projects: { nodes: { id: string }[] } }>('{ projects(first: 100) { nodes { id } } }');
  ids.push(...response.data!.projects.nodes.map((node) => node.id));
});
afterAll(() => api?.close());

const REPORT = 'mutation ($input: ReportProgressInput!) { reportProgress(input: $input) { id } }';
const rowId = (id: string) => Number(Buffer.from(id, 'base64').toString().split(':')[1]);

async function derivedEventsOf(projectId: number): Promise<number> {
  const [row] = await api.db.sql<{ count: number }>(`select count(*)::int as count from event where project_id = $1 and type in ('OUTLOOK_CHANGED', 'RANK_CHANGED')`, [projectId]);
  return row.count;
}

describe('derived data after the commit', () => {
  it('commits the report without its derived events, then derives them; a query on the instance waits for them (read your writes)', async () => {
    const id = ids[2];
    const before = await derivedEventsOf(rowId(id));
    const [transactionEvents] = await api.db.sql<{ count: number }>('select count(*)::int as count from event');
    const written = await api.raw(REPORT, { input: { projectId: id, year: 2026, month: 4, completedInvestment: '2746.68', physicalProgress: '30.00', narrative: '派生测试' } });
    expect(written.errors).toBeUndefined();
    // Any query on this instance runs after the pending derivation: its events are in the log by then.
    expect((await api.raw('{ __typename }')).errors).toBeUndefined();
    expect(api.server.derivations.busy).toBe(false);
    expect(await derivedEventsOf(rowId(id))).toBeGreaterThan(before);
    const [after] = await api.db.sql<{ count: number }>('select count(*)::int as count from event');
    expect(after.count).toBeGreaterThan(transactionEvents.count + 1);
  });

  it('repairs at start what a stop between a commit and its derivation left undone: the current year’s scores', async () => {
    await api.server.derivations.settled();
    const [stored] = await api.db.sql<{ project_id: number; total: string }>('select project_id, total::text from project_score where year = 2026 order by project_id limit 1');
    expect(stored).toBeDefined();
    // As if a report had committed and the process had stopped before deriving its score.
    await api.db.sql('update project_score set total = total + 7 where year = 2026 and project_id = $1', [stored.project_id]);
    const restarted = await startInstance(api.db);
    try {
      await restarted.server.derivations.settled();
      const [repaired] = await api.db.sql<{ total: string }>('select total::text from project_score where year = 2026 and project_id = $1', [stored.project_id]);
      expect(repaired.total).toBe(stored.total);
    } finally {
      await restarted.close();
    }
  });

  it('coalesces: many concurrent reports are derived in fewer batches, every one settled within a second', async () => {
    const { batches, changes } = api.server.derivations.stats;
    const writes = ids.slice(0, 24).map((id, index) =>
      api.raw(REPORT, { input: { projectId: id, year: 2026, month: 4, completedInvestment: `${100 + index}.00`, physicalProgress: '20.00', narrative: '并发填报' } }),
    );
    for (const response of await Promise.all(writes)) expect(response.errors).toBeUndefined();
    await api.server.derivations.settled();
    const stats = api.server.derivations.stats;
    expect(stats.changes - changes).toBe(24);
    expect(stats.batches - batches).toBeLessThan(24);
    expect(stats.failed).toBe(0);
    expect(stats.maxLagMs).toBeLessThan(1000);
    // Each project written has its warning for April in the log after the last write.
    const [row] = await api.db.sql<{ count: number }>(
      `select count(distinct project_id)::int as count from event where type = 'OUTLOOK_CHANGED' and project_id = any($1::int[])`,
      [ids.slice(0, 24).map(rowId)],
    );
    expect(row.count).toBeGreaterThan(0);
  });
});
