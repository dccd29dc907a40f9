import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, snapshotTables, type TestApi } from '../../support/harness.js';
import { tokenFor } from '../../support/tokens.js';
import { toGlobalId } from '../../../src/shared/global-id.js';
import {
  InspectionRoundsDocument,
  ProblemsDocument,
  RaiseProblemDocument,
  RecordInspectionDocument,
  SubmitRectificationDocument,
  VerifyRectificationDocument,
  ProblemAfterRectificationDocument,
  StartRectificationDocument,
  SubjectScoresDocument,
  SetSupervisionGroupDocument,
  SupervisionGroupDocument,
} from '../../generated/operations.js';
import { dateFromToday } from '../../support/fixtures.js';

let api: TestApi;
let members: { role: string; person: { id: string; name: string; organization?: { name: string } | null } }[];

beforeAll(async () => {
  api = await startTestApi('supervision');
  members = (await api.data(SupervisionGroupDocument, { year: 2026 })).supervisionGroup!.members;
});
afterAll(() => api?.close());

describe('the supervision group and its ten-day rounds', () => {
  it('is led by 区人大 with a deputy from 区政协 and members from 纪委, 四大办, 发改, 经贸 and 统计', async () => {
    const { supervisionGroup } = await api.data(SupervisionGroupDocument, { year: 2026 });
    expect(supervisionGroup!.members.find((member) => member.role === 'LEADER')!.person.name).toBe('吴秀英');
    expect(supervisionGroup!.members.find((member) => member.role === 'DEPUTY')!.person.name).toBe('郭春燕');
    expect(supervisionGroup!.members.filter((member) => member.role === 'MEMBER').map((member) => member.person.organization?.name)).toEqual([
      '区纪委',
      '区委办(四大办)',
      '区发改局',
      '区经贸局',
      '区统计局',
    ]);
  });

  it('setting a group again: the same members write nothing; swapped roles replace the members, each change audited', async () => {
    const [leader, member] = members.map((row) => row.person.id);
    const count = async (sql: string) => Number((await api.db.sql<{ n: string }>(sql))[0].n);
    const audits = () => count("select count(*) as n from audit_entry where operation = 'setSupervisionGroup'");
    const events = () => count("select count(*) as n from event where type = 'SUPERVISION_GROUP_SET' and year = 2031");
    const input = { year: 2031, name: '2031年督查组', members: [{ personId: leader, role: 'LEADER' as const }, { personId: member, role: 'MEMBER' as const }] };
    await api.data(SetSupervisionGroupDocument, { input });
    const [auditsBefore, eventsBefore] = [await audits(), await events()];
    await api.data(SetSupervisionGroupDocument, { input: { ...input, members: [...input.members].reverse() } });
    expect([await audits(), await events()]).toEqual([auditsBefore, eventsBefore]);

    const { setSupervisionGroup } = await api.data(SetSupervisionGroupDocument, {
      input: { ...input, members: [{ personId: member, role: 'LEADER' as const }, { personId: leader, role: 'MEMBER' as const }] },
    });
    expect(setSupervisionGroup.members.map((row) => [row.person.id, row.role]).sort()).toEqual([[leader, 'MEMBER'], [member, 'LEADER']].sort());
    const removed = await api.db.sql<{ before: { role: string } }>(
      "select before from audit_entry where operation = 'setSupervisionGroup' and entity_type = 'SupervisionMember' and action = 'DELETE' order by id desc limit 2",
    );
    expect(removed.map((row) => row.before.role).sort()).toEqual(['LEADER', 'MEMBER']);
    expect(await events()).toBe(eventsBefore + 1);
  });

  it('lists, for every ten-day round, what was inspected and what is due but missing', async () => {
    const { inspectionRounds } = await api.data(InspectionRoundsDocument, { year: 2026, month: 1 });
    expect(inspectionRounds.map((round) => [round.dekad, round.startsOn, round.endsOn, round.status])).toEqual([
      [1, '2026-01-01', '2026-01-10', 'CLOSED'],
      [2, '2026-01-11', '2026-01-20', 'CLOSED'],
      [3, '2026-01-21', '2026-01-31', 'CLOSED'],
    ]);
    for (const round of inspectionRounds) {
      expect(round.inspections.length + round.missing.length).toBe(round.dueCount);
      const inspected = new Set(round.inspections.map((inspection) => inspection.project.id));
      for (const project of round.missing) expect(inspected.has(project.id)).toBe(false);
    }
    const march = await api.data(InspectionRoundsDocument, { year: 2026, month: 3 });
    expect(march.inspectionRounds[2].missing).toEqual([]); // the review meeting of 21–22 March covered every project
    const february = await api.data(InspectionRoundsDocument, { year: 2026, month: 2 });
    expect(february.inspectionRounds[1].inspections.find((inspection) => !inspection.onTime)).toBeDefined();
  });

  it('a missing inspection, once recorded (late), is no longer missing and counts as not on time', async () => {
    const { inspectionRounds } = await api.data(InspectionRoundsDocument, { year: 2026, month: 1 });
    const round = inspectionRounds.find((candidate) => candidate.missing.length > 0)!;
    const project = round.missing[0];
    const inspector = members.find((member) => member.role === 'MEMBER')!.person.id;
    const { recordInspection } = await api.data(RecordInspectionDocument, {
      input: {
        projectId: project.id,
        year: 2026,
        month: 1,
        dekad: round.dekad,
        inspectedOn: '2026-02-03',
        inspectorIds: [inspector],
        methods: ['SITE_VISIT', 'SITE_VISIT', 'BRIEFING'],
        findings: '补充督查:施工现场人员不足',
        progressRating: 'BEHIND',
        problems: [{ description: '施工人员不足', deadline: '2026-02-28' }],
      },
    });
    expect(recordInspection).toMatchObject({ onTime: false, methods: ['SITE_VISIT', 'BRIEFING'], progressRating: 'BEHIND' });
    expect(recordInspection.problems).toHaveLength(1);
    expect(recordInspection.problems[0]).toMatchObject({ status: 'OPEN', overdue: true });
    expect(recordInspection.problems[0].ownerUnit).not.toBeNull();
    const after = await api.data(InspectionRoundsDocument, { year: 2026, month: 1 });
    expect(after.inspectionRounds[round.dekad - 1].missing.map((missing) => missing.id)).not.toContain(project.id);

    const again = await api.request(RecordInspectionDocument, {
      input: { projectId: project.id, year: 2026, month: 1, dekad: round.dekad, inspectedOn: '2026-02-04', inspectorIds: [inspector], methods: ['REVIEW'], findings: 'x', progressRating: 'BEHIND' },
    });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('refuses an inspector outside the group, a date before the round, a round that does not exist and a deadline before the inspection, writing nothing', async () => {
    const inspector = members.find((member) => member.role === 'MEMBER')!.person.id;
    const [secretary] = await api.db.sql<{ id: number }>(`select id from person where title = '区委书记'`);
    const outsider = toGlobalId('Person', secretary.id);
    const before = await snapshotTables(api.db, api.server.derivations);
    const { inspectionRounds } = await api.data(InspectionRoundsDocument, { year: 2026, month: 2 });
    const project = inspectionRounds[0].inspections[0].project.id;
    const base = { projectId: project, year: 2026, month: 4, dekad: 1, inspectedOn: '2026-04-02', inspectorIds: [inspector], methods: ['REVIEW' as const], findings: 'x', progressRating: 'ON_SCHEDULE' as const };
    const cases: [Record<string, unknown>, string][] = [
      [{ dekad: 4 }, 'dekad'],
      [{ month: 13 }, 'month'],
      [{ inspectedOn: '2026-03-31' }, 'inspectedOn'],
      [{ methods: [] }, 'methods'],
      [{ inspectorIds: [] }, 'inspectorIds'],
      [{ inspectorIds: [outsider] }, 'inspectorIds'],
      [{ problems: [{ description: 'x', deadline: '2026-04-01' }] }, 'problems.0.deadline'],
    ];
    for (const [change, field] of cases) {
      const response = await api.request(RecordInspectionDocument, { input: { ...base, ...change } as never });
      expect(response.errors?.[0].extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await snapshotTables(api.db, api.server.derivations)).toEqual(before);
  });

  it("scores inspectors by inspections done on time over those due in the reporting period's closed rounds", async () => {
    const { subjectScores } = await api.data(SubjectScoresDocument, { year: 2026, role: 'INSPECTOR' });
    expect(subjectScores).toHaveLength(5);
    for (const subject of subjectScores) {
      expect(subject.count).toBe(90); // 10 projects × 9 rounds (January–March)
      expect(subject.score).toBe(((subject.doneOnTime! * 100) / 90).toFixed(2));
    }
    const ranks = subjectScores.map((subject) => subject.rank);
    expect(ranks[0]).toBe(1);
    const leaders = await api.data(SubjectScoresDocument, { year: 2026, role: 'LIAISON_LEADER' });
    expect(leaders.subjectScores.length).toBeGreaterThanOrEqual(16);
  });
});

describe('problems and their rectification', () => {
  it('an overdue problem is reported overdue, and the filter finds exactly those', async () => {
    const all = await api.data(ProblemsDocument, { first: 100 });
    expect(new Set(all.problems.nodes.map((problem) => problem.status))).toEqual(new Set(['OPEN', 'RECTIFYING', 'RESOLVED']));
    const today = dateFromToday();
    const expected = all.problems.nodes.filter((problem) => problem.status !== 'RESOLVED' && problem.deadline < today).map((problem) => problem.id);
    expect(expected.length).toBeGreaterThan(0);
    const overdue = await api.data(ProblemsDocument, { filter: { overdue: true }, first: 100 });
    expect(overdue.problems.nodes.map((problem) => problem.id).sort()).toEqual([...expected].sort());
    expect(overdue.problems.nodes.every((problem) => problem.overdue)).toBe(true);
    const notOverdue = await api.data(ProblemsDocument, { filter: { overdue: false }, first: 100 });
    expect(notOverdue.problems.totalCount + overdue.problems.totalCount).toBe(all.problems.totalCount);
  });

  it('goes OPEN → RECTIFYING → RESOLVED, and no other way', async () => {
    const { problems } = await api.data(ProblemsDocument, { filter: { status: 'OPEN', overdue: true }, first: 1 });
    const problem = problems.nodes[0];
    const started = await api.data(StartRectificationDocument, { input: { problemId: problem.id, rectificationMeasures: '增派施工力量' } });
    expect(started.startRectification).toMatchObject({ status: 'RECTIFYING', rectificationMeasures: '增派施工力量' });
    // The office submits for the owner here; a group member (not the submitter) verifies.
    const { submitRectification } = await api.data(SubmitRectificationDocument, { input: { problemId: problem.id, measures: '增派施工力量,已完成', doneOn: '2026-04-30' } });
    expect(submitRectification).toMatchObject({ submission: 1, verdict: 'PENDING' });
    const again = await api.request(StartRectificationDocument, { input: { problemId: problem.id, rectificationMeasures: '再次' } });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const member = api.as(await tokenFor('INSPECTOR', members[0].person.id));
    const verified = await member.data(VerifyRectificationDocument, { id: submitRectification.id });
    expect(verified.verifyRectification).toMatchObject({ verdict: 'ACCEPTED', verdictByPerson: { id: members[0].person.id } });
    const { problem: resolved } = await api.data(ProblemAfterRectificationDocument, { id: problem.id });
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolvedOn: '2026-04-30', overdue: false, verifiedBy: { id: members[0].person.id }, rectifications: [{ submission: 1, verdict: 'ACCEPTED' }] });
    const overdue = await api.data(ProblemsDocument, { filter: { overdue: true }, first: 100 });
    expect(overdue.problems.nodes.map((node) => node.id)).not.toContain(problem.id);
  });

  it('a problem raised today with a future deadline is open and not overdue', async () => {
    const { problems } = await api.data(ProblemsDocument, { first: 1 });
    const { raiseProblem } = await api.data(RaiseProblemDocument, {
      input: { projectId: problems.nodes[0].project.id, description: '资金拨付不及时', deadline: '2099-12-31' },
    });
    expect(raiseProblem).toMatchObject({ status: 'OPEN', overdue: false, deadline: '2099-12-31' });
  });
});
