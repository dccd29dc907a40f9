import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInstance, startTestApi, type TestApi, type TestClient } from '../../support/harness.js';
import { subscribe } from '../../support/ws-client.js';
import { ADMIN_TOKEN, tokenFor } from '../../support/tokens.js';
import { toGlobalId } from '../../../src/shared/global-id.js';
import { dateFromToday } from '../../support/fixtures.js';

let api: TestApi;
let origin: string;
/** A demo city project, its responsible unit, that unit's reporter (token), a reporter of another unit, and two supervision-group members. */
let project: { id: string; rowId: number; unitId: number };
let reporterToken: string;
let reporter: TestClient;
let otherReporter: TestClient;
let memberA: TestClient;
let memberB: TestClient;
let memberAId: string;

async function data<T>(client: TestClient, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await client.raw<T>(query, variables, { 'cache-control': 'no-cache' });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

async function code(client: TestClient, query: string, variables?: Record<string, unknown>): Promise<unknown> {
  return (await client.raw(query, variables)).errors?.[0]?.extensions?.code;
}

const upload = (body: Buffer, token: string | null, type = 'application/octet-stream') =>
  fetch(`${origin}/evidence`, { method: 'POST', body, headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
const get = (path: string, token: string | null) => fetch(`${origin}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

beforeAll(async () => {
  api = await startTestApi('closing-the-loop');
  origin = new URL(api.url).origin;
  const [row] = await api.db.sql<{ id: number; unit: number }>(
    `select p.id, p.responsible_unit_id as unit from project p join listing l on l.project_id = p.id and l.year = 2026 and l.level = 'CITY'
      where p.longitude is not null and exists (select 1 from person pe where pe.organization_id = p.responsible_unit_id and pe.title like '%联络员%')
      order by p.id limit 1`,
  );
  project = { id: toGlobalId('Project', row.id), rowId: row.id, unitId: row.unit };
  const [person] = await api.db.sql<{ id: number }>(`select id from person where organization_id = $1 and title like '%联络员%' order by id limit 1`, [row.unit]);
  const [other] = await api.db.sql<{ id: number }>(`select id from person where organization_id <> $1 and title like '%联络员%' order by id limit 1`, [row.unit]);
  reporterToken = await tokenFor('REPORTER', toGlobalId('Person', person.id));
  reporter = api.as(reporterToken);
  otherReporter = api.as(await tokenFor('REPORTER', toGlobalId('Person', other.id)));
  const members = await api.db.sql<{ person_id: number }>(`select m.person_id from supervision_member m join supervision_group g on g.id = m.group_id where g.year = 2026 order by m.id limit 2`);
  memberAId = toGlobalId('Person', members[0].person_id);
  memberA = api.as(await tokenFor('INSPECTOR', memberAId));
  memberB = api.as(await tokenFor('INSPECTOR', toGlobalId('Person', members[1].person_id)));
});
afterAll(() => api?.close());

describe('the rectification loop (整改闭环)', () => {
  it("the owner unit's reporter submits; no one verifies their own; a rejection sends it back with the reason; another member verifies; the history holds all three", async () => {
    const { raiseProblem } = await data<{ raiseProblem: { id: string; status: string } }>(
      memberA,
      `mutation($input: RaiseProblemInput!) { raiseProblem(input: $input) { id status } }`,
      { input: { projectId: project.id, description: '施工围挡破损,扬尘未控制', deadline: dateFromToday(30) } },
    );
    const submit = (client: TestClient, measures: string) =>
      client.raw<{ submitRectification: { id: string; submission: number; verdict: string } }>(
        `mutation($input: SubmitRectificationInput!) { submitRectification(input: $input) { id submission verdict } }`,
        { input: { problemId: raiseProblem.id, measures, doneOn: dateFromToday() } },
      );
    expect((await submit(otherReporter, '别的单位')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await submit(memberB, '督查组代报')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const first = (await submit(reporter, '更换围挡,增设喷淋')).data!.submitRectification;
    expect(first).toMatchObject({ submission: 1, verdict: 'PENDING' });
    expect((await submit(reporter, '重复提交')).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await code(reporter, `mutation($id: ID!) { verifyRectification(rectificationId: $id) { verdict } }`, { id: first.id })).toBe('FORBIDDEN');

    const rejected = await data<{ rejectRectification: { verdict: string; verdictReason: string } }>(
      memberA,
      `mutation($id: ID!) { rejectRectification(rectificationId: $id, reason: "喷淋未覆盖北侧道路") { verdict verdictReason } }`,
      { id: first.id },
    );
    expect(rejected.rejectRectification).toEqual({ verdict: 'REJECTED', verdictReason: '喷淋未覆盖北侧道路' });
    const second = (await submit(reporter, '北侧道路增设喷淋并每日洒水')).data!.submitRectification;
    expect(second.submission).toBe(2);

    // The office submitting for the unit cannot then verify it itself.
    const verified = await data<{ verifyRectification: { verdict: string; verdictByPerson: { id: string } } }>(
      memberB,
      `mutation($id: ID!) { verifyRectification(rectificationId: $id) { verdict verdictByPerson { id } } }`,
      { id: second.id },
    );
    expect(verified.verifyRectification.verdict).toBe('ACCEPTED');
    const { problem } = await data<{ problem: { status: string; resolvedOn: string; rectifications: { submission: number; verdict: string; verdictReason: string | null; measures: string }[] } }>(
      api,
      `query($id: ID!) { problem(id: $id) { status resolvedOn rectifications { submission verdict verdictReason measures } } }`,
      { id: raiseProblem.id },
    );
    expect(problem).toEqual({
      status: 'RESOLVED',
      resolvedOn: dateFromToday(),
      rectifications: [
        { submission: 1, verdict: 'REJECTED', verdictReason: '喷淋未覆盖北侧道路', measures: '更换围挡,增设喷淋' },
        { submission: 2, verdict: 'ACCEPTED', verdictReason: null, measures: '北侧道路增设喷淋并每日洒水' },
      ],
    });
  });

  it('an admin who submits cannot verify the same rectification', async () => {
    const { raiseProblem } = await data<{ raiseProblem: { id: string } }>(api, `mutation($input: RaiseProblemInput!) { raiseProblem(input: $input) { id } }`, {
      input: { projectId: project.id, description: '安全标识缺失', deadline: dateFromToday(30) },
    });
    const { submitRectification } = await data<{ submitRectification: { id: string } }>(api, `mutation($input: SubmitRectificationInput!) { submitRectification(input: $input) { id } }`, {
      input: { problemId: raiseProblem.id, measures: '补设标识', doneOn: dateFromToday() },
    });
    expect(await code(api, `mutation($id: ID!) { verifyRectification(rectificationId: $id) { verdict } }`, { id: submitRectification.id })).toBe('FORBIDDEN');
  });

  it("a project's inspections read directly, newest first, and by filter", async () => {
    const { project: detail } = await data<{ project: { inspections: { id: string; inspectedOn: string }[] } }>(api, `query($id: ID!) { project(id: $id) { inspections(year: 2026) { id inspectedOn } } }`, { id: project.id });
    expect(detail.inspections.length).toBeGreaterThan(0);
    const days = detail.inspections.map((inspection) => inspection.inspectedOn);
    expect(days).toEqual([...days].sort().reverse());
    const { inspections } = await data<{ inspections: { totalCount: number; nodes: { id: string }[] } }>(api, `query($id: ID!) { inspections(filter: { projectId: $id, year: 2026 }, first: 100) { totalCount nodes { id } } }`, { id: project.id });
    expect(inspections.totalCount).toBe(detail.inspections.length);
    expect(new Set(inspections.nodes.map((node) => node.id))).toEqual(new Set(detail.inspections.map((inspection) => inspection.id)));
  });
});

describe('evidence (形象进度照片, 整改材料)', () => {
  let png: Buffer;
  let pngId: string;

  it('a PNG is stored once by content; its id and SHA-256 come back and the download equals the upload', async () => {
    png = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#6a8' } }).png().toBuffer();
    const first = await upload(png, reporterToken, 'image/png');
    expect(first.status).toBe(201);
    const body = (await first.json()) as { id: string; sha256: string; contentType: string; size: number };
    expect(body).toMatchObject({ contentType: 'image/png', size: png.length, sha256: (await import('node:crypto')).createHash('sha256').update(png).digest('hex') });
    pngId = body.id;
    const again = await upload(png, reporterToken, 'image/jpeg');
    expect(again.status).toBe(200);
    expect(((await again.json()) as { id: string }).id).toBe(pngId);
    expect((await api.db.sql<{ n: number }>('select count(*)::int as n from evidence where sha256 = $1', [body.sha256]))[0].n).toBe(1);
    const download = await get(`/evidence/${encodeURIComponent(pngId)}`, reporterToken);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(png)).toBe(true);
    const thumbnail = await get(`/evidence/${encodeURIComponent(pngId)}/thumbnail`, reporterToken);
    expect(thumbnail.headers.get('content-type')).toBe('image/jpeg');
    const meta = await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata();
    expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(320);
  });

  it('refuses an executable renamed .png (by its bytes), an 11 MB file, a viewer and a caller without credentials', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(200, 1)]);
    const renamed = await upload(elf, reporterToken, 'image/png');
    expect(renamed.status).toBe(400);
    expect(await renamed.json()).toMatchObject({ errors: [{ message: expect.stringContaining('JPEG, PNG, WebP and PDF'), extensions: { code: 'BAD_USER_INPUT' } }] });
    const big = await upload(Buffer.concat([png, Buffer.alloc(11 * 2 ** 20)]), reporterToken, 'image/png');
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    const viewer = await upload(png, await tokenFor('VIEWER'));
    expect(viewer.status).toBe(403);
    expect((await upload(png, null)).status).toBe(401);
    expect((await get(`/evidence/${encodeURIComponent(pngId)}`, null)).status).toBe(401);
    // Not attached anywhere yet: only its uploader (and the office) can see it.
    expect((await get(`/evidence/${encodeURIComponent(pngId)}`, await tokenFor('VIEWER'))).status).toBe(404);
  });

  it('attaches to a report; a viewer then sees it; a photo from another month and far from the site is flagged, one without EXIF too', async () => {
    const [site] = await api.db.sql<{ longitude: string; latitude: string }>('select longitude::text, latitude::text from project where id = $1', [project.rowId]);
    const gpsFar = (value: number, ref: [string, string]) => {
      const degrees = Math.floor(Math.abs(value));
      const minutes = Math.floor((Math.abs(value) - degrees) * 60);
      const seconds = Math.round(((Math.abs(value) - degrees) * 60 - minutes) * 60 * 100);
      return { ref: value >= 0 ? ref[0] : ref[1], text: `${degrees}/1 ${minutes}/1 ${seconds}/100` };
    };
    const lat = gpsFar(Number(site.latitude) + 0.1, ['N', 'S']);
    const lon = gpsFar(Number(site.longitude), ['E', 'W']);
    const photo = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#888' } })
      .withExif({ IFD0: { Make: 'Test' }, IFD2: { DateTimeOriginal: '2026:03:15 10:20:30' }, IFD3: { GPSLatitudeRef: lat.ref, GPSLatitude: lat.text, GPSLongitudeRef: lon.ref, GPSLongitude: lon.text } })
      .jpeg()
      .toBuffer();
    const photoId = ((await (await upload(photo, reporterToken, 'image/jpeg')).json()) as { id: string }).id;
    const report = await data<{ reportProgress: { evidence: { id: string; contentType: string; takenAt: string | null; flags: string[] }[] } }>(
      reporter,
      `mutation($input: ReportProgressInput!) { reportProgress(input: $input) { evidence { id contentType takenAt flags } } }`,
      { input: { projectId: project.id, year: 2026, month: 5, completedInvestment: '300.00', physicalProgress: '45.00', evidenceIds: [photoId, pngId] } },
    );
    const byId = new Map(report.reportProgress.evidence.map((evidence) => [evidence.id, evidence]));
    expect(byId.get(photoId)).toMatchObject({ contentType: 'image/jpeg', takenAt: '2026-03-15T02:20:30.000Z', flags: ['TAKEN_OUTSIDE_PERIOD', 'TAKEN_FAR_FROM_SITE'] });
    expect(byId.get(pngId)!.flags).toEqual(['NO_EXIF']);
    expect((await get(`/evidence/${encodeURIComponent(pngId)}`, await tokenFor('VIEWER'))).status).toBe(200);
    // Someone else's file, not attached anywhere, cannot be attached by another caller.
    const foreign = await upload(await sharp({ create: { width: 8, height: 8, channels: 3, background: '#123' } }).png().toBuffer(), await tokenFor('INSPECTOR', memberAId), 'image/png');
    const foreignId = ((await foreign.json()) as { id: string }).id;
    expect(
      await code(reporter, `mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id } }`, {
        input: { projectId: project.id, year: 2026, month: 5, completedInvestment: '300.00', physicalProgress: '45.00', evidenceIds: [foreignId] },
      }),
    ).toBe('FORBIDDEN');
  });
});

describe('the escalation ladder (督办升级) and to-do lists', () => {
  it('closing two months with a project RED creates one 督办函 then one 约谈, never twice; the addressee sees them in me.tasks and myTasks; answering closes one', async () => {
    const [unit] = await api.db.sql<{ id: number }>('select id from organization where id = $1', [project.unitId]);
    const [person] = await api.db.sql<{ id: number }>(`select id from person where organization_id = $1 and title like '%联络员%' order by id limit 1`, [unit.id]);
    const personId = toGlobalId('Person', person.id);
    const { createProject } = await data<{ createProject: { id: string } }>(
      api,
      `mutation($unit: ID!) { createProject(input: { code: "ESC-RED", name: "迟迟未开工项目", level: CITY, industry: TERTIARY, constructionType: NEW,
          totalInvestment: "30000.00", plannedStartOn: "2026-01-10", year: 2026, plannedInvestment: "6000.00", responsibleUnitId: $unit }) { id } }`,
      { unit: toGlobalId('Organization', unit.id) },
    );
    await data(api, `mutation($input: AssignmentInput!) { assignPerson(input: $input) { id } }`, { input: { projectId: createProject.id, personId, role: 'RESPONSIBLE_PERSON' } });
    const steps = async () =>
      (await data<{ escalations: { nodes: { id: string; kind: string; status: string; addressees: { id: string }[] }[] } }>(
        api,
        `query($id: ID!) { escalations(filter: { projectId: $id }, first: 50) { nodes { id kind status closedReason addressees { id } } } }`,
        { id: createProject.id },
      )).escalations.nodes.filter((step) => step.kind !== 'REPORT_REMINDER');

    await data(api, `mutation { closeMonth(year: 2026, month: 4) { period { state } } }`);
    const afterApril = await steps();
    expect(afterApril.map((step) => step.kind)).toEqual(['SUPERVISION_LETTER']);
    expect(afterApril[0].addressees).toEqual([{ id: personId }]);

    const owner = api.as(await tokenFor('REPORTER', personId));
    const watcher = subscribe(api.wsUrl, `subscription { myTasks(first: 100) { totalCount nodes { kind subjectId project { code } } } }`, {}, { token: reporterToken });
    try {
      const initial = await watcher.nth(1);
      const kinds = (value: unknown) =>
        (value as { myTasks: { nodes: { kind: string; subjectId: string | null; project: { code: string } }[] } }).myTasks.nodes.filter((node) => node.project.code === 'ESC-RED').map((node) => node.kind);
      expect(kinds(initial)).toContain('ESCALATION');

      await data(api, `mutation { closeMonth(year: 2026, month: 5) { period { state } } }`);
      const afterMay = await steps();
      expect(afterMay.map((step) => step.kind).sort()).toEqual(['SUPERVISION_LETTER', 'TALK']);
      const talk = afterMay.find((step) => step.kind === 'TALK')!;
      // The talk replaces the letter: the unit answers the highest step of the run.
      expect(afterMay.find((step) => step.kind === 'SUPERVISION_LETTER')).toMatchObject({ status: 'CLOSED', closedReason: 'SUPERSEDED' });
      expect(talk.status).toBe('OPEN');
      const pushed = await watcher.until((values) => values.some((value) => (value as { myTasks: { nodes: { subjectId: string | null }[] } }).myTasks.nodes.some((node) => node.subjectId === talk.id)), 5000);
      expect(pushed.length).toBeGreaterThan(1);

      // Sweeping again creates no duplicate (the first sweep may add a 催报 for the month now being reported).
      await data(api, `mutation { sweepEscalations }`);
      const [{ count }] = await api.db.sql<{ count: number }>('select count(*)::int as count from escalation');
      expect(await data(api, `mutation { sweepEscalations }`)).toEqual({ sweepEscalations: 0 });
      expect((await api.db.sql<{ count: number }>('select count(*)::int as count from escalation'))[0].count).toBe(count);
      expect((await steps()).length).toBe(2);
      const { me } = await data<{ me: { person: { id: string }; roles: string[]; tasks: { totalCount: number; nodes: { kind: string; subjectId: string | null }[] } } }>(
        owner,
        `{ me { person { id } roles tasks(first: 100) { totalCount nodes { kind subjectId } } } }`,
      );
      expect(me.person.id).toBe(personId);
      expect(me.roles).toEqual(expect.arrayContaining(['REPORTER', 'RESPONSIBLE_PERSON']));
      const escalationTasks = me.tasks.nodes.filter((task) => task.kind === 'ESCALATION').map((task) => task.subjectId);
      expect(escalationTasks).toContain(talk.id);
      expect(escalationTasks).not.toContain(afterMay.find((step) => step.kind === 'SUPERVISION_LETTER')!.id);

      expect(await code(otherReporter, `mutation($id: ID!) { respondToEscalation(id: $id, response: "x") { status } }`, { id: talk.id })).toBe('FORBIDDEN');
      const answered = await data<{ respondToEscalation: { status: string; closedReason: string; response: string } }>(
        owner,
        `mutation($id: ID!) { respondToEscalation(id: $id, response: "已约谈单位负责人,制定赶工计划,12月10日前开工") { status closedReason response } }`,
        { id: talk.id },
      );
      expect(answered.respondToEscalation).toMatchObject({ status: 'CLOSED', closedReason: 'RESPONDED' });
      await watcher.until((values) => {
        const last = values.at(-1) as { myTasks: { nodes: { subjectId: string | null }[] } };
        return !last.myTasks.nodes.some((node) => node.subjectId === talk.id);
      }, 5000);
      expect(await code(owner, `mutation($id: ID!) { respondToEscalation(id: $id, response: "再次") { status } }`, { id: talk.id })).toBe('CONFLICT');
    } finally {
      await watcher.dispose();
    }
  });

  it('a report still missing after its deadline gets one 催报, closed once the report is in', async () => {
    await data(api, `mutation { sweepEscalations }`);
    const reminders = async () =>
      (await data<{ escalations: { nodes: { status: string; closedReason: string | null }[] } }>(
        api,
        `query($id: ID!) { escalations(filter: { projectId: $id, kind: REPORT_REMINDER }, first: 10) { nodes { status closedReason } } }`,
        { id: project.id },
      )).escalations.nodes;
    expect(await reminders()).toEqual([{ status: 'OPEN', closedReason: null }]);
    await data(reporter, `mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id } }`, {
      input: { projectId: project.id, year: 2026, month: 6, completedInvestment: '200.00', physicalProgress: '50.00' },
    });
    await data(api, `mutation { sweepEscalations }`);
    expect(await reminders()).toEqual([{ status: 'CLOSED', closedReason: 'CAUSE_GONE' }]);
  });
});

describe('the sweep runs by itself', () => {
  it('a problem 30 days past its deadline gets one 问责建议 from the timer, without anyone asking', async () => {
    const raised = dateFromToday(-60);
    const [problem] = await api.db.sql<{ id: number }>(
      `insert into problem (project_id, description, owner_unit_id, raised_on, deadline, status, updated_at) values ($1, '弃土乱堆,逾期未清理', $2, $3, $4, 'OPEN', now()) returning id`,
      [project.rowId, project.unitId, raised, dateFromToday(-31)],
    );
    const proposals = () =>
      api.db.sql<{ kind: string; status: string }>(`select kind, status from escalation where problem_id = $1`, [problem.id]);
    const swept = await startInstance(api.db, { escalationSweepMs: 200 });
    try {
      const deadline = Date.now() + 10_000;
      while ((await proposals()).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await proposals()).toEqual([{ kind: 'ACCOUNTABILITY_PROPOSAL', status: 'OPEN' }]);
    } finally {
      await swept.close();
    }
  });
});

describe('sanctions that bite', () => {
  const SCORES = `{ subjectScores(year: 2026, role: RESPONSIBLE_PERSON) { person { id } score deductions accountable rank } }`;
  type Scores = { subjectScores: { person: { id: string }; score: string | null; deductions: string | null; accountable: boolean; rank: number | null }[] };

  it('a criticism of a person lowers their subject score by the deduction; revoking it restores it; both audited', async () => {
    // The demo's scores are low this early in the year: a 1-point deduction shows without hitting the floor of 0.
    await data(api, `mutation { updateAssessmentScheme(input: { year: 2026, criticismDeduction: "1.00" }) { version } }`);
    const before = (await data<Scores>(api, SCORES)).subjectScores.find((row) => Number(row.score) >= 1)!;
    const { recordCriticism } = await data<{ recordCriticism: { id: string } }>(api, `mutation($input: RecordSanctionInput!) { recordCriticism(input: $input) { id } }`, {
      input: { year: 2026, personId: before.person.id, description: '推进不力,通报批评', decidedOn: '2026-11-20' },
    });
    const criticised = (await data<Scores>(api, SCORES)).subjectScores.find((row) => row.person.id === before.person.id)!;
    expect(criticised).toMatchObject({ score: (Number(before.score) - 1).toFixed(2), deductions: '1.00', accountable: false });
    const { revokeSanction } = await data<{ revokeSanction: { revokedAt: string; revocationReason: string } }>(
      api,
      `mutation($id: ID!) { revokeSanction(id: $id, reason: "对象认定有误") { revokedAt revocationReason } }`,
      { id: recordCriticism.id },
    );
    expect(revokeSanction.revocationReason).toBe('对象认定有误');
    expect((await data<Scores>(api, SCORES)).subjectScores.find((row) => row.person.id === before.person.id)).toMatchObject({ score: before.score, deductions: '0.00' });
    const audits = await api.db.sql<{ operation: string }>(`select operation from audit_entry where entity_type = 'Sanction' and entity_id = $1 order by id`, [recordCriticism.id.length ? String(Buffer.from(recordCriticism.id, 'base64').toString().split(':')[1]) : '']);
    expect(audits.map((row) => row.operation)).toEqual(['recordSanction', 'revokeSanction']);
    expect(await code(api, `mutation($id: ID!) { revokeSanction(id: $id, reason: "再次") { id } }`, { id: recordCriticism.id })).toBe('CONFLICT');
  });

  it('an accountability case (veto) ranks its project after all others and zeroes and marks the answerable person', async () => {
    const { projectScores: before } = await data<{ projectScores: { nodes: { total: string; project: { id: string } }[] } }>(api, `{ projectScores(year: 2026, first: 100) { nodes { total project { id } } } }`);
    const zeroTotal = before.nodes.find((node) => node.total === '0.00');
    const target = before.nodes[0];
    const [{ person_id }] = await api.db.sql<{ person_id: number }>(`select person_id from assignment where project_id = $1 and role = 'RESPONSIBLE_PERSON' limit 1`, [Number(Buffer.from(target.project.id, 'base64').toString().split(':')[1])]);
    await data(api, `mutation($input: RecordAccountabilityInput!) { recordAccountability(input: $input) { id } }`, {
      input: { year: 2026, projectId: target.project.id, description: '发生一般安全事故', decidedOn: '2026-11-21', reason: 'SAFETY_ACCIDENT', answerablePersonIds: [toGlobalId('Person', person_id)] },
    });
    const { projectScores } = await data<{ projectScores: { nodes: { total: string; rank: number; vetoed: boolean; project: { id: string } }[] } }>(
      api,
      `{ projectScores(year: 2026, first: 100) { nodes { total rank vetoed project { id } } } }`,
    );
    const last = projectScores.nodes.at(-1)!;
    expect(last).toMatchObject({ project: { id: target.project.id }, vetoed: true, total: '0.00' });
    expect(last.rank).toBeGreaterThan(Math.max(...projectScores.nodes.filter((node) => !node.vetoed).map((node) => node.rank)));
    if (zeroTotal) expect(projectScores.nodes.find((node) => node.project.id === zeroTotal.project.id)!.rank).toBeLessThan(last.rank);
    const answerable = (await data<Scores>(api, SCORES)).subjectScores.find((row) => row.person.id === toGlobalId('Person', person_id))!;
    expect(answerable).toMatchObject({ score: '0.00', accountable: true });
    const { unitScores } = await data<{ unitScores: { unit: { id: string }; score: string; rank: number; projectCount: number }[] }>(api, `{ unitScores(year: 2026) { unit { id } score rank projectCount } }`);
    expect(unitScores.length).toBeGreaterThan(3);
    expect(unitScores[0].rank).toBe(1);
  });
});

describe('statements', () => {
  it('the to-do list costs the same whatever it holds', async () => {
    const ask = async (client: TestClient) => {
      const response = await client.raw<{ me: { tasks: { totalCount: number } } }>(`{ me { tasks(first: 50) { totalCount nodes { kind title project { code } } } } }`, undefined, { 'cache-control': 'no-cache' });
      expect(response.errors).toBeUndefined();
      return { count: response.extensions!.sqlStatements as number, total: response.data!.me.tasks.totalCount };
    };
    const office = await ask(api.as(ADMIN_TOKEN));
    const unit = await ask(reporter);
    expect(office.total).not.toBe(unit.total);
    expect(Math.abs(office.count - unit.count)).toBeLessThanOrEqual(1);
    expect(office.count).toBeLessThanOrEqual(8);
  });
});
