import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi, type TestClient } from '../../support/harness.js';
import { ADMIN_TOKEN, tokenFor } from '../../support/tokens.js';
import { toGlobalId } from '../../../src/shared/global-id.js';

let api: TestApi;
let origin: string;
/** A city project of the demo with reports in January–March, its unit's reporter, and another city project. */
let project: { id: string; rowId: number; code: string };
let other: { id: string; rowId: number; code: string };
let reporterPersonId: string;
let reporter: TestClient;

async function data<T>(client: TestClient, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await client.raw<T>(query, variables, { 'cache-control': 'no-cache' });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

async function errorCode(client: TestClient, query: string, variables?: Record<string, unknown>): Promise<unknown> {
  const response = await client.raw(query, variables);
  return response.errors?.[0]?.extensions?.code;
}

const download = (path: string, token: string | null = ADMIN_TOKEN) => fetch(`${origin}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  return workbook;
}

/** The month's completed investment on a project's line of a monthly table (the column headed 当月完成投资, in the header row 3). */
function monthAmountOf(workbook: ExcelJS.Workbook, code: string): unknown {
  const sheet = workbook.worksheets[0];
  const column = (sheet.getRow(3).values as unknown[]).indexOf('当月完成投资');
  let value: unknown;
  sheet.eachRow((row) => {
    if (row.getCell(2).value === code) value = row.getCell(column).value;
  });
  return value;
}

const REPORT = `mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id status firstSubmittedAt reportedAt reportedBy { id } } }`;
const DASHBOARD = `query($asOf: DateTimeISO) { dashboard(year: 2026, level: CITY, asOf: $asOf) { completedInvestment startedCount asOf } }`;

beforeAll(async () => {
  api = await startTestApi('reporting-cycle');
  origin = new URL(api.url).origin;
  const rows = await api.db.sql<{ id: number; code: string; unit: number }>(
    `select p.id, p.code, p.responsible_unit_id as unit from project p join listing l on l.project_id = p.id and l.year = 2026 and l.level = 'CITY'
      where exists (select 1 from progress_report r where r.project_id = p.id and r.year = 2026 and r.month = 3)
        and exists (select 1 from person pe where pe.organization_id = p.responsible_unit_id and pe.title like '%联络员%')
      order by p.id limit 2`,
  );
  project = { id: toGlobalId('Project', rows[0].id), rowId: rows[0].id, code: rows[0].code };
  other = { id: toGlobalId('Project', rows[1].id), rowId: rows[1].id, code: rows[1].code };
  const [person] = await api.db.sql<{ id: number }>(`select id from person where organization_id = $1 and title like '%联络员%' order by id limit 1`, [rows[0].unit]);
  reporterPersonId = toGlobalId('Person', person.id);
  reporter = api.as(await tokenFor('REPORTER', reporterPersonId));
});
afterAll(() => api?.close());

describe('report review (审核)', () => {
  it("a reporter's report names the token's person, keeps its first submission through a resubmission, and a returned one shows its reason to the unit", async () => {
    const first = (await data<{ reportProgress: { id: string; status: string; firstSubmittedAt: string; reportedAt: string; reportedBy: { id: string } } }>(reporter, REPORT, {
      input: { projectId: project.id, year: 2026, month: 4, completedInvestment: '800.00', physicalProgress: '40.00' },
    })).reportProgress;
    expect(first).toMatchObject({ status: 'SUBMITTED', reportedBy: { id: reporterPersonId } });
    expect(first.reportedAt).toBe(first.firstSubmittedAt);
    const completed = async () =>
      (await data<{ project: { completedInvestment: string } }>(api, `query($id: ID!) { project(id: $id) { completedInvestment(year: 2026) } }`, { id: project.id })).project.completedInvestment;
    const counting = await completed();

    // The office returns it: it stops counting, and the unit sees why.
    const returned = await data<{ returnReport: { status: string; returnReason: string } }>(api, `mutation($id: ID!) { returnReport(reportId: $id, reason: "完成投资与发票不符,请核实") { status returnReason } }`, { id: first.id });
    expect(returned.returnReport).toEqual({ status: 'RETURNED', returnReason: '完成投资与发票不符,请核实' });
    expect(Number(await completed())).toBeCloseTo(Number(counting) - 800, 2);
    const worklist = await data<{ progressReports: { totalCount: number; nodes: { id: string; returnReason: string; project: { code: string } }[] } }>(
      reporter,
      `{ progressReports(filter: { mine: true, status: RETURNED }) { totalCount nodes { id returnReason project { code } } } }`,
    );
    expect(worklist.progressReports.nodes).toEqual([{ id: first.id, returnReason: '完成投资与发票不符,请核实', project: { code: project.code } }]);
    expect(await errorCode(api, `mutation($id: ID!) { approveReport(reportId: $id) { status } }`, { id: first.id })).toBe('CONFLICT');

    // Resubmitted: counted again, first submission kept, the history holds every version.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const again = (await data<{ reportProgress: { id: string; status: string; firstSubmittedAt: string; reportedAt: string } }>(reporter, REPORT, {
      input: { projectId: project.id, year: 2026, month: 4, completedInvestment: '780.00', physicalProgress: '40.00' },
    })).reportProgress;
    expect(again).toMatchObject({ id: first.id, status: 'SUBMITTED', firstSubmittedAt: first.firstSubmittedAt });
    expect(again.reportedAt > first.reportedAt).toBe(true);
    expect(Number(await completed())).toBeCloseTo(Number(counting) - 20, 2);
    const approved = await data<{ approveReport: { status: string; history: { revision: number; kind: string; status: string; completedInvestment: string; reason: string | null; reportedBy: { id: string } | null }[] } }>(
      api,
      `mutation($id: ID!) { approveReport(reportId: $id) { status history { revision kind status completedInvestment reason reportedBy { id } } } }`,
      { id: first.id },
    );
    expect(approved.approveReport.status).toBe('APPROVED');
    expect(approved.approveReport.history).toEqual([
      { revision: 1, kind: 'SUBMITTED', status: 'SUBMITTED', completedInvestment: '800.00', reason: null, reportedBy: { id: reporterPersonId } },
      { revision: 2, kind: 'RETURNED', status: 'RETURNED', completedInvestment: '800.00', reason: '完成投资与发票不符,请核实', reportedBy: { id: reporterPersonId } },
      { revision: 3, kind: 'RESUBMITTED', status: 'SUBMITTED', completedInvestment: '780.00', reason: null, reportedBy: { id: reporterPersonId } },
      { revision: 4, kind: 'APPROVED', status: 'APPROVED', completedInvestment: '780.00', reason: null, reportedBy: { id: reporterPersonId } },
    ]);
    expect(await errorCode(api, `mutation($id: ID!) { approveReport(reportId: $id) { status } }`, { id: first.id })).toBe('CONFLICT');
  });

  it('a reporter cannot review, nor report for another unit', async () => {
    const [row] = await api.db.sql<{ id: number }>(`select id from progress_report where project_id = $1 and year = 2026 and month = 4`, [project.rowId]);
    expect(await errorCode(reporter, `mutation($id: ID!) { approveReport(reportId: $id) { status } }`, { id: toGlobalId('ProgressReport', row.id) })).toBe('FORBIDDEN');
    expect(await errorCode(reporter, REPORT, { input: { projectId: other.id, year: 2026, month: 4, completedInvestment: '1.00', physicalProgress: '1.00' } })).toBe(
      (await api.db.sql<{ same: boolean }>('select (select responsible_unit_id from project where id = $1) = (select responsible_unit_id from project where id = $2) as same', [project.rowId, other.rowId]))[0].same
        ? undefined
        : 'FORBIDDEN',
    );
  });
});

describe('month close, corrections, issued documents and "as of"', () => {
  let marchReportId: string;
  let beforeCorrection: string;
  let oldFigure: string;
  let issued: { id: string; sha256: string; downloadUrl: string; csvUrl: string; number: string };
  let issuedBytes: Buffer;

  it('a closed month refuses reports (MONTH_CLOSED) and returns, writing nothing; an open month is not corrected but reported again', async () => {
    const [march] = await api.db.sql<{ id: number }>(`select id from progress_report where project_id = $1 and year = 2026 and month = 3`, [project.rowId]);
    marchReportId = toGlobalId('ProgressReport', march.id);
    const snapshot = () => api.db.sql('select r.*, (select count(*) from progress_report_revision v where v.report_id = r.id) as revisions from progress_report r order by id');
    const before = await snapshot();
    expect(await errorCode(reporter, REPORT, { input: { projectId: project.id, year: 2026, month: 3, completedInvestment: '1.00', physicalProgress: '1.00' } })).toBe('MONTH_CLOSED');
    expect(await errorCode(api, `mutation($id: ID!) { returnReport(reportId: $id, reason: "x") { status } }`, { id: marchReportId })).toBe('MONTH_CLOSED');
    expect(await snapshot()).toEqual(before);
    const [april] = await api.db.sql<{ id: number }>(`select id from progress_report where project_id = $1 and year = 2026 and month = 4`, [project.rowId]);
    const response = await reporter.raw(`mutation($input: RequestCorrectionInput!) { requestCorrection(input: $input) { id } }`, {
      input: { reportId: toGlobalId('ProgressReport', april.id), completedInvestment: '1.00', physicalProgress: '1.00', reason: '更正' },
    });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reportId' });
  });

  it('issues the March table: its number, date, issuer and SHA-256, downloadable byte for byte', async () => {
    const { issueDocument } = await data<{ issueDocument: typeof issued & { kind: string; period: number; issuedOn: string; issuedBy: string } }>(
      api,
      `mutation { issueDocument(kind: MONTHLY, year: 2026, period: 3, number: "X重办〔2026〕3号", issuedOn: "2026-04-08") { id kind period number issuedOn issuedBy sha256 downloadUrl csvUrl } }`,
    );
    issued = issueDocument;
    expect(issueDocument).toMatchObject({ kind: 'MONTHLY', period: 3, number: 'X重办〔2026〕3号', issuedOn: '2026-04-08', issuedBy: expect.any(String) });
    const response = await download(issueDocument.downloadUrl);
    expect(response.status).toBe(200);
    issuedBytes = Buffer.from(await response.arrayBuffer());
    expect(createHash('sha256').update(issuedBytes).digest('hex')).toBe(issueDocument.sha256);
    expect(response.headers.get('x-content-sha256')).toBe(issueDocument.sha256);
    const workbook = await workbookOf(issuedBytes);
    expect(workbook.worksheets[0].getCell('A1').value).toBe('XX区2026年3月重点工程(项目)建设进度月报表');
    expect(String(workbook.worksheets[0].getCell('A2').value)).toContain('文号:X重办〔2026〕3号');
    const csv = await download(issueDocument.csvUrl);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('x-content-sha256')).toBe(createHash('sha256').update(Buffer.from(await csv.arrayBuffer())).digest('hex'));
    // downloadUrl is a signed link (works without a header); the bare path needs credentials.
    expect((await download(issueDocument.downloadUrl, null)).status).toBe(200);
    expect((await download(issueDocument.downloadUrl.split('?')[0], null)).status).toBe(401);
    expect((await download('/documents/999999.xlsx')).status).toBe(404);
    // The live table of the same month says it is not an issued document.
    const live = await workbookOf(Buffer.from(await (await download('/reports/monthly/2026/3.xlsx')).arrayBuffer()));
    expect(live.worksheets[0].getCell('A1').value).toBe('XX区2026年3月重点工程(项目)建设进度月报表(实时数据，非印发文件)');

    expect(await errorCode(api, `mutation { issueDocument(kind: MONTHLY, year: 2026, period: 3, number: "X重办〔2026〕3号") { id } }`)).toBe('CONFLICT');
    const open = await api.raw(`mutation { issueDocument(kind: MONTHLY, year: 2026, period: 5, number: "X重办〔2026〕5号") { id } }`);
    expect(open.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    expect(await errorCode(reporter, `mutation { issueDocument(kind: MONTHLY, year: 2026, period: 3, number: "R-1") { id } }`)).toBe('FORBIDDEN');
  });

  it('a correction requested by the unit and approved by the office changes the figure, keeps the old one, and is one event', async () => {
    oldFigure = (await api.db.sql<{ amount: string }>('select completed_investment::text as amount from progress_report where id = $1', [Number(Buffer.from(marchReportId, 'base64').toString().split(':')[1])]))[0].amount;
    await new Promise((resolve) => setTimeout(resolve, 20));
    beforeCorrection = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const { requestCorrection } = await data<{ requestCorrection: { id: string; status: string } }>(
      reporter,
      `mutation($input: RequestCorrectionInput!) { requestCorrection(input: $input) { id status } }`,
      { input: { reportId: marchReportId, completedInvestment: (Number(oldFigure) + 123.45).toFixed(2), physicalProgress: '30.00', reason: '漏报一笔设备款' } },
    );
    expect(requestCorrection.status).toBe('PENDING');
    expect(
      await errorCode(reporter, `mutation($input: RequestCorrectionInput!) { requestCorrection(input: $input) { id } }`, {
        input: { reportId: marchReportId, completedInvestment: '1.00', physicalProgress: '1.00', reason: '再次' },
      }),
    ).toBe('CONFLICT');
    expect(await errorCode(reporter, `mutation($id: ID!) { approveCorrection(id: $id) { status } }`, { id: requestCorrection.id })).toBe('FORBIDDEN');
    const eventsBefore = (await api.db.sql<{ n: number }>(`select count(*)::int as n from event where type = 'REPORT_CORRECTED'`))[0].n;

    const { approveCorrection } = await data<{ approveCorrection: { status: string; previousCompletedInvestment: string; completedInvestment: string; report: { completedInvestment: string; status: string; history: { kind: string; completedInvestment: string; reason: string | null }[] } } }>(
      api,
      `mutation($id: ID!) { approveCorrection(id: $id) { status previousCompletedInvestment completedInvestment report { completedInvestment status history { kind completedInvestment reason } } } }`,
      { id: requestCorrection.id },
    );
    const corrected = (Number(oldFigure) + 123.45).toFixed(2);
    expect(approveCorrection).toMatchObject({ status: 'APPROVED', previousCompletedInvestment: oldFigure, completedInvestment: corrected, report: { completedInvestment: corrected, status: 'APPROVED' } });
    const history = approveCorrection.report.history;
    expect(history.at(-1)).toEqual({ kind: 'CORRECTED', completedInvestment: corrected, reason: '漏报一笔设备款' });
    expect(history.some((revision) => revision.completedInvestment === oldFigure)).toBe(true);
    const events = await api.db.sql<{ payload: { previousAmount: string; amount: string } }>(`select payload from event where type = 'REPORT_CORRECTED' order by sequence`);
    expect(events.length - eventsBefore).toBe(1);
    expect(events.at(-1)!.payload).toMatchObject({ previousAmount: oldFigure, amount: corrected });
    expect(await errorCode(api, `mutation($id: ID!) { approveCorrection(id: $id) { status } }`, { id: requestCorrection.id })).toBe('CONFLICT');
  });

  it('the issued document stays byte for byte; the live table shows the correction; the next issued table states it (更正说明)', async () => {
    const again = Buffer.from(await (await download(issued.downloadUrl)).arrayBuffer());
    expect(again.equals(issuedBytes)).toBe(true);
    expect(createHash('sha256').update(again).digest('hex')).toBe(issued.sha256);
    const corrected = (Number(oldFigure) + 123.45).toFixed(2);
    expect(String(monthAmountOf(await workbookOf(issuedBytes), project.code))).toBe(String(Number(oldFigure)));
    const live = await workbookOf(Buffer.from(await (await download('/reports/monthly/2026/3.xlsx')).arrayBuffer()));
    expect(String(monthAmountOf(live, project.code))).toBe(String(Number(corrected)));

    await data(api, `mutation { closeMonth(year: 2026, month: 4) { period { state } } }`);
    const { issueDocument } = await data<{ issueDocument: { downloadUrl: string } }>(api, `mutation { issueDocument(kind: MONTHLY, year: 2026, period: 4, number: "X重办〔2026〕4号") { downloadUrl } }`);
    const april = await workbookOf(Buffer.from(await (await download(issueDocument.downloadUrl)).arrayBuffer()));
    const note = april.getWorksheet('更正说明');
    expect(note).toBeDefined();
    const line = note!.getRow(4).values as unknown[];
    expect(line.slice(2, 5)).toEqual([project.code, expect.any(String), '2026年3月']);
    expect(line.slice(9, 10)).toEqual(['漏报一笔设备款']);
    const { issuedDocuments } = await data<{ issuedDocuments: { number: string }[] }>(api, `{ issuedDocuments(year: 2026, kind: MONTHLY) { number } }`);
    expect(issuedDocuments.map((document) => document.number)).toEqual(['X重办〔2026〕3号', 'X重办〔2026〕4号']);
  });

  it('dashboard and project figures as of an instant: the old figure before the correction, the new one after', async () => {
    const delta = 123.45;
    const then = await data<{ dashboard: { completedInvestment: string; asOf: string } }>(api, DASHBOARD, { asOf: beforeCorrection });
    const now = await data<{ dashboard: { completedInvestment: string } }>(api, DASHBOARD, { asOf: new Date(Date.now() - 1).toISOString() });
    expect(then.dashboard.asOf).toBe(beforeCorrection);
    expect(Number(now.dashboard.completedInvestment) - Number(then.dashboard.completedInvestment)).toBeCloseTo(delta, 2);
    const figures = await data<{ project: { before: string; after: string; light: { month: number; official: boolean } | null; score: { total: string; rank: number } | null } }>(
      api,
      `query($id: ID!, $t: DateTimeISO!) { project(id: $id) {
         before: completedInvestment(year: 2026, asOf: $t) after: completedInvestment(year: 2026)
         light(year: 2026, asOf: $t) { month official } score(year: 2026, asOf: $t) { total rank } } }`,
      { id: project.id, t: beforeCorrection },
    );
    expect(Number(figures.project.after) - Number(figures.project.before)).toBeCloseTo(delta, 2);
    expect(figures.project.light).toEqual({ month: 3, official: true });
    expect(figures.project.score).toMatchObject({ total: expect.any(String), rank: expect.any(Number) });
  });

  it('the started count as of 31 March stays 19 after starts are recorded in April, even one dated in March', async () => {
    const asOf = '2026-03-31T23:59:59+08:00';
    expect((await data<{ dashboard: { startedCount: number } }>(api, DASHBOARD, { asOf })).dashboard.startedCount).toBe(19);
    const unstarted = await api.db.sql<{ id: number }>(
      `select p.id from project p join listing l on l.project_id = p.id and l.year = 2026 and l.level = 'CITY' and l.construction_type = 'NEW' where p.started_on is null order by p.id limit 2`,
    );
    await data(api, `mutation($input: RecordStartInput!) { recordStart(input: $input) { id } }`, { input: { projectId: toGlobalId('Project', unstarted[0].id), startedOn: '2026-04-20' } });
    await data(api, `mutation($input: RecordStartInput!) { recordStart(input: $input) { id } }`, { input: { projectId: toGlobalId('Project', unstarted[1].id), startedOn: '2026-03-15' } });
    expect((await data<{ dashboard: { startedCount: number } }>(api, DASHBOARD, {})).dashboard.startedCount).toBe(21);
    expect((await data<{ dashboard: { startedCount: number } }>(api, DASHBOARD, { asOf })).dashboard.startedCount).toBe(19);
  });

  it('every review, close, correction and issue is audited under its operation', async () => {
    const operations = await api.db.sql<{ operation: string }>(
      `select distinct operation from audit_entry where operation in ('approveReport', 'returnReport', 'requestCorrection', 'approveCorrection', 'closeMonth', 'issueDocument') order by 1`,
    );
    expect(operations.map((row) => row.operation)).toEqual(['approveCorrection', 'approveReport', 'closeMonth', 'issueDocument', 'requestCorrection', 'returnReport']);
    const [document] = await api.db.sql<{ after: { xlsx: unknown; sha256: string } }>(`select after from audit_entry where operation = 'issueDocument' and entity_type = 'IssuedDocument' limit 1`);
    expect(document.after.xlsx).toEqual({ bytes: expect.any(Number) });
  });
});
