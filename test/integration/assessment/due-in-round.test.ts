import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../support/harness.js';
import { toGlobalId } from '../../../src/shared/global-id.js';
import { InspectionRoundsDocument, QuarterlyBulletinDocument, SubjectScoresDocument, UpdateProjectDocument } from '../../generated/operations.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('due-in-round');
});
afterAll(() => api?.close());

/** What each of the three readings of 每十天一督查 counts as due over the first quarter of 2026. */
async function dueCounts(inspectorId: string): Promise<{ inspectorDuty: number; roundListing: number; bulletin: number }> {
  const [{ subjectScores }, { quarterlyBulletin }, ...months] = await Promise.all([
    api.data(SubjectScoresDocument, { year: 2026, role: 'INSPECTOR' }),
    api.data(QuarterlyBulletinDocument, { year: 2026, quarter: 1 }),
    ...[1, 2, 3].map((month) => api.data(InspectionRoundsDocument, { year: 2026, month })),
  ]);
  return {
    inspectorDuty: subjectScores.find((subject) => subject.person.id === inspectorId)!.count,
    roundListing: months.flatMap((month) => month.inspectionRounds).reduce((sum, round) => sum + round.dueCount, 0),
    bulletin: quarterlyBulletin.inspections.due,
  };
}

describe('what is due in a ten-day round (每十天一督查)', () => {
  it('a project completed before a round is due in none of the rounds after: the inspector duty score, the round listing and the bulletin all leave those rounds out', async () => {
    const [duty] = await api.db.sql<{ project_id: number; person_id: number }>(
      `select a.project_id, a.person_id from assignment a join project p on p.id = a.project_id
        where a.role = 'INSPECTOR' and p.started_on <= '2026-01-10' and p.completed_on is null
        order by a.project_id limit 1`,
    );
    const inspectorId = toGlobalId('Person', duty.person_id);
    const before = await dueCounts(inspectorId);
    expect(before).toMatchObject({ inspectorDuty: 90, bulletin: 450, roundListing: 450 });

    await api.data(UpdateProjectDocument, { input: { id: toGlobalId('Project', duty.project_id), completedOn: '2026-01-15' } });

    // Completed on 15 January: still due in the rounds that began by then (1–10 and 11–20 January),
    // due in none of the seven rounds that began after.
    const after = await dueCounts(inspectorId);
    expect(after).toEqual({ inspectorDuty: before.inspectorDuty - 7, roundListing: before.roundListing - 7, bulletin: before.bulletin - 7 });
  });
});
