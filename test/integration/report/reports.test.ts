import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { startInstance, startTestApi, type TestApi } from '../../support/harness.js';
import { statementsFor } from '../../support/testkit.js';
import { ConfigError, loadConfig } from '../../../src/config.js';
import { ADMIN_TOKEN } from '../../support/tokens.js';
import { today } from '../../../src/shared/dates.js';
import { dekadRange } from '../../../src/shared/dekad.js';
import {
  AnnualSummaryDocument,
  HalfYearSummaryDocument,
  MonthlyReportDocument,
  MonthlyReportTotalsDocument,
  MonthlyReportWithProjectsDocument,
  QuarterlyBulletinDocument,
  ReportDashboardDocument,
  ReportOverdueProblemsDocument,
  ReportProgressDocument,
  ReportProjectLightsDocument,
  ReportSubjectScoresDocument,
} from '../../generated/operations.js';
import { Context } from '../../../src/core/context.js';
import { countSqlStatements } from '../../../src/db/sql-statements.js';
import { SYSTEM_CALLER } from '../../../src/modules/auth/auth.types.js';
import { reportDocument, type ReportKind } from '../../../src/modules/report/report.documents.js';
import { annualSummary, halfYearSummary } from '../../../src/modules/report/report.service.js';
import { LIGHT_LABELS, RULE_LABELS } from '../../../src/modules/report/report.sheets.js';
import { createLoaders } from '../../../src/server/loaders.js';

let api: TestApi;
let origin: string;
beforeAll(async () => {
  api = await startTestApi('reports');
  origin = new URL(api.url).origin;
});
afterAll(() => api?.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MONTHLY_HEADERS = [
  '序号',
  '项目编号',
  '项目名称',
  '级别',
  '责任单位',
  '总投资',
  '年度计划投资',
  '当月完成投资',
  '本年累计完成投资',
  '完成年计划(%)',
  '序时进度(%)',
  '开工累计完成投资',
  '形象进度(%)',
  '形象进度及进展情况',
  '计划开工',
  '实际开工',
  '挂钩区领导',
  '责任人',
  '亮灯',
  '亮灯依据',
  '存在问题',
];
/** The 1-based column of a monthly table's header. */
const MONTHLY = Object.fromEntries(MONTHLY_HEADERS.map((header, index) => [header, index + 1]));

const BULLETIN_SHEETS = ['总体情况', '市重点进度排名', '区重点进度排名', '考核排名', '通报表扬', '通报批评', '红灯项目', '逾期问题', '督办情况', '督查完成情况'];
const SUMMARY_SHEETS = ['总体情况', '项目得分排名', '未完成目标项目', '挂钩区领导', '责任人', '督查组成员', '表彰奖励', '通报批评', '问责', '督查完成情况'];

/** "2026-04-08" → "2026年4月8日", as the documents write a date in words. */
function chineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** A money or percent string as the .xlsx stores it (a number), null as null. */
const num = (value: string | null | undefined) => (value === null || value === undefined ? null : Number(value));

/** A GraphQL query's data (fails the test on an error). */
async function graph<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await api.raw<T>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

/** The ten-day rounds of months `from`..`to` of 2026 that have ended before today, as [month, dekad]. */
function closedRounds(from: number, to: number): [number, number][] {
  const rounds: [number, number][] = [];
  for (let month = from; month <= to; month++) {
    for (const dekad of [1, 2, 3]) if (dekadRange(2026, month, dekad).endsOn < today()) rounds.push([month, dekad]);
  }
  return rounds;
}

function download(path: string, token: string | null = ADMIN_TOKEN, method = 'GET'): Promise<Response> {
  return fetch(`${origin}${path}`, { method, headers: token ? { authorization: `Bearer ${token}` } : {} });
}

async function workbookAt(path: string): Promise<ExcelJS.Workbook> {
  const response = await download(path);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe(XLSX);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
  return workbook;
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (char === '"') quoted = false;
      else value += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(value);
      value = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(value);
      records.push(record);
      record = [];
      value = '';
      i++;
    } else value += char;
  }
  if (value !== '' || record.length) records.push([...record, value]);
  return records;
}

function rowValues(worksheet: ExcelJS.Worksheet, rowNumber: number): unknown[] {
  return (worksheet.getRow(rowNumber).values as unknown[]).slice(1);
}

/**
 * A sheet's table read back: the header row (the first row whose first cell is `firstHeader`) and
 * every row under it as an object by header (merged note rows repeat their text in every column).
 */
function tableOf(worksheet: ExcelJS.Worksheet, firstHeader: string): { headerRow: number; rows: Record<string, unknown>[] } {
  let headerRow = 0;
  worksheet.eachRow((row, rowNumber) => {
    if (!headerRow && row.getCell(1).value === firstHeader) headerRow = rowNumber;
  });
  expect(headerRow).toBeGreaterThan(0);
  const header = rowValues(worksheet, headerRow).map(String);
  const rows: Record<string, unknown>[] = [];
  for (let rowNumber = headerRow + 1; rowNumber <= worksheet.rowCount; rowNumber++) {
    const values = rowValues(worksheet, rowNumber);
    rows.push(Object.fromEntries(header.map((name, index) => [name, values[index] ?? null])));
  }
  return { headerRow, rows };
}

/** The 总体情况 figures by label: [全区, 市重点, 区重点]. */
function figuresOf(worksheet: ExcelJS.Worksheet): Map<string, unknown[]> {
  return new Map(tableOf(worksheet, '指标').rows.map((row) => [String(row['指标']), [row['全区'], row['市重点'], row['区重点']]]));
}

/** The SQL statements a piece of work costs, with a context of the test server's own (as a download's). */
async function statementsOf(work: (context: Context) => Promise<unknown>): Promise<number> {
  const context = new Context({ orm: api.orm, districtName: 'XX区', createLoaders } as never, SYSTEM_CALLER);
  const counter = { count: 0 };
  await countSqlStatements(counter, () => work(context));
  return counter.count;
}

/** The statements a document costs, built as a download builds it. */
function documentStatements(kind: ReportKind, year: number, period: number): Promise<number> {
  return statementsOf((context) => reportDocument(context, kind, year, period));
}

function findRow(worksheet: ExcelJS.Worksheet, column: number, predicate: (text: string) => boolean): ExcelJS.Row | undefined {
  let found: ExcelJS.Row | undefined;
  worksheet.eachRow((row) => {
    const value = row.getCell(column).value;
    if (!found && typeof value === 'string' && predicate(value)) found = row;
  });
  return found;
}


describe('monthly report table (每月一报表)', () => {
  it('March 2026 lists the 50 projects and its totals equal the dashboard, the city subtotal the city dashboard', async () => {
    const [{ monthlyReport: report }, { dashboard: all }, { dashboard: city }, { dashboard: district }] = await Promise.all([
      api.data(MonthlyReportDocument, { year: 2026, month: 3 }),
      api.data(ReportDashboardDocument, { year: 2026 }),
      api.data(ReportDashboardDocument, { year: 2026, level: 'CITY' }),
      api.data(ReportDashboardDocument, { year: 2026, level: 'DISTRICT' }),
    ]);
    expect(report.rows).toHaveLength(50);
    expect(report.timeProgress).toBe('25.00');
    expect(report.rows.map((row) => row.position)).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
    expect(report.rows.slice(0, 28).every((row) => row.level === 'CITY')).toBe(true);

    expect(all.annualPlannedInvestment).toBe('431000.00');
    expect(report.total).toMatchObject({
      level: null,
      projectCount: 50,
      annualPlannedInvestment: all.annualPlannedInvestment,
      completedInvestment: all.completedInvestment,
      completionRate: all.completionRate,
      lightCounts: all.lightCounts,
    });
    const [citySubtotal, districtSubtotal] = report.subtotals;
    expect(citySubtotal).toMatchObject({ level: 'CITY', projectCount: 28, annualPlannedInvestment: '398000.00', completedInvestment: '73400.00', completionRate: '18.44' });
    expect(citySubtotal).toMatchObject({ annualPlannedInvestment: city.annualPlannedInvestment, completedInvestment: city.completedInvestment, completionRate: city.completionRate });
    expect(districtSubtotal).toMatchObject({
      level: 'DISTRICT',
      projectCount: 22,
      annualPlannedInvestment: district.annualPlannedInvestment,
      completedInvestment: district.completedInvestment,
      completionRate: district.completionRate,
    });
  });

  it("each line's month and year-to-date figures come from that project's reports", async () => {
    const { monthlyReport: report } = await api.data(MonthlyReportDocument, { year: 2026, month: 2 });
    const rows = await api.db.sql<{ code: string; month: string; ytd: string; narrative: string | null }>(
      `select p.code, round(coalesce(sum(pr.completed_investment) filter (where pr.month = 2), 0), 2)::text as month,
              round(coalesce(sum(pr.completed_investment) filter (where pr.month <= 2), 0), 2)::text as ytd,
              max(pr.narrative) filter (where pr.month = 2) as narrative
         from project p left join progress_report pr on pr.project_id = p.id and pr.year = 2026 group by p.code`,
    );
    const expected = new Map(rows.map((row) => [row.code, row]));
    for (const row of report.rows) {
      expect(row.monthCompletedInvestment).toBe(expected.get(row.code)!.month);
      expect(row.completedInvestment).toBe(expected.get(row.code)!.ytd);
      expect(row.narrative).toBe(expected.get(row.code)!.narrative);
    }
    const [{ total }] = await api.db.sql<{ total: string }>('select sum(completed_investment)::text as total from progress_report where year = 2026 and month <= 2');
    expect(report.total.completedInvestment).toBe(total);
  });

  it('lists the problems unresolved at the month end as text', async () => {
    const { monthlyReport: report } = await api.data(MonthlyReportDocument, { year: 2026, month: 3 });
    const [{ open }] = await api.db.sql<{ open: number }>(
      `select count(*)::int as open from problem where raised_on <= '2026-03-31' and (resolved_on is null or resolved_on > '2026-03-31')`,
    );
    expect(open).toBeGreaterThan(0);
    expect(report.rows.reduce((sum, row) => sum + row.openProblemCount, 0)).toBe(open);
    for (const row of report.rows) {
      if (row.openProblemCount === 0) expect(row.problems).toBeNull();
      else expect(row.problems!.split('\n')).toHaveLength(row.openProblemCount);
    }
    expect(report.rows.find((row) => row.openProblemCount > 0)!.problems).toMatch(/^1\. .+\(整改期限2026-\d\d-\d\d/);
  });

  it('downloads as an .xlsx with a merged title, Chinese headers and totals equal to the dashboard', async () => {
    const { dashboard } = await api.data(ReportDashboardDocument, { year: 2026 });
    const response = await download('/reports/monthly/2026/3.xlsx');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="monthly-report-2026-03.xlsx"; filename*=UTF-8''${encodeURIComponent('2026年3月重点工程月报表.xlsx')}`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').value).toBe('XX区2026年3月重点工程(项目)建设进度月报表(实时数据，非印发文件)');
    expect(sheet.model.merges).toContain('A1:U1');
    expect(String(sheet.getCell('A2').value)).toContain('单位:万元');
    expect(rowValues(sheet, 3)).toEqual(MONTHLY_HEADERS);
    expect(sheet.getCell('A3').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });

    const totals = findRow(sheet, 3, (text) => text.startsWith('合计'))!;
    expect(totals.getCell(MONTHLY['年度计划投资']).value).toBe(431000);
    expect(totals.getCell(MONTHLY['年度计划投资']).value).toBe(Number(dashboard.annualPlannedInvestment));
    expect(totals.getCell(MONTHLY['本年累计完成投资']).value).toBe(Number(dashboard.completedInvestment));
    expect(totals.getCell(MONTHLY['完成年计划(%)']).value).toBe(Number(dashboard.completionRate));
    expect(totals.getCell(MONTHLY['年度计划投资']).numFmt).toBe('#,##0.00');

    const citySubtotal = findRow(sheet, 3, (text) => text.includes('市重点'))!;
    expect([MONTHLY['年度计划投资'], MONTHLY['本年累计完成投资'], MONTHLY['完成年计划(%)']].map((column) => citySubtotal.getCell(column).value)).toEqual([398000, 73400, 18.44]);
    expect(findRow(sheet, 3, (text) => text.includes('区重点'))).toBeDefined();

    let projectRows = 0;
    sheet.eachRow((row, rowNumber) => {
      if (rowNumber > 3 && typeof row.getCell(1).value === 'number') projectRows++;
    });
    expect(projectRows).toBe(50);
  });

  it("titles the reports with the configured district's name (DISTRICT_NAME), checked when the configuration loads", async () => {
    expect(loadConfig({ DISTRICT_NAME: ' 鼓楼区 ' }).districtName).toBe('鼓楼区');
    expect(loadConfig({}).districtName).toBe('XX区');
    expect(() => loadConfig({ DISTRICT_NAME: '区'.repeat(41) })).toThrow(ConfigError);
    expect(() => loadConfig({ DISTRICT_NAME: '鼓楼\n区' })).toThrow(/DISTRICT_NAME/);
    const other = await startInstance(api.db, { districtName: '鼓楼区' });
    try {
      const response = await fetch(`${new URL(other.url).origin}/reports/monthly/2026/3.csv`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      expect(response.status).toBe(200);
      expect(parseCsv((await response.text()).replace(/^\uFEFF/, ''))[0][0]).toBe('鼓楼区2026年3月重点工程(项目)建设进度月报表(实时数据，非印发文件)');
    } finally {
      await other.close();
    }
  });

  it('downloads as CSV with a BOM, the headers, 50 project rows and the totals', async () => {
    const response = await download('/reports/monthly/2026/3.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('2026年3月重点工程月报表.csv')}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(bytes.toString('utf8').slice(1));
    expect(records[0][0]).toBe('XX区2026年3月重点工程(项目)建设进度月报表(实时数据，非印发文件)');
    expect(records[2]).toEqual(MONTHLY_HEADERS);
    const body = records.slice(3);
    expect(body.filter((record) => /^\d+$/.test(record[0]))).toHaveLength(50);
    // 50 projects, the total, two subtotals, (March is closed) the line naming the unreported projects, and the lines to sign.
    const unreported = body.filter((record) => record[MONTHLY['形象进度及进展情况'] - 1] === '未报(按0计)');
    expect(unreported.length).toBeGreaterThan(0);
    expect(body).toHaveLength(55);
    expect(body.at(-2)![0]).toBe(`未报项目(${unreported.length}个，按0计)：${unreported.map((record) => `${record[1]} ${record[2]}`).join('；')}`);
    expect(body.at(-1)).toEqual(['填报单位(盖章)：______________', '审核人：______________', '制表人：______________', `报送日期：${chineseDate(today())}`]);
    const totals = body.find((record) => record[2].startsWith('合计'))!;
    expect(totals.slice(6, 10)).toEqual(['431000.00', expect.stringMatching(/^\d+\.\d\d$/), expect.any(String), expect.any(String)]);
    const { dashboard } = await api.data(ReportDashboardDocument, { year: 2026 });
    expect(totals[MONTHLY['本年累计完成投资'] - 1]).toBe(dashboard.completedInvestment);
  });

  it('answers HEAD with the headers only', async () => {
    const response = await download('/reports/monthly/2026/3.csv', ADMIN_TOKEN, 'HEAD');
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(0);
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it('prints per project its total and cumulative investment, 序时进度, physical progress, start, people and the light with its rule; totals equal the dashboard', async () => {
    type Line = {
      plannedStartOn: string | null;
      timeProgress: string | null;
      project: {
        code: string;
        totalInvestment: string;
        startedOn: string | null;
        cumulativeInvestment: string;
        assignments: { role: string; person: { name: string } }[];
        light: { light: string; rule: string } | null;
        progress: { month: number; physicalProgress: string; status: string }[];
      };
    };
    const [{ listings }, { all, city }, workbook] = await Promise.all([
      graph<{ listings: { nodes: Line[] } }>(
        `{ listings(year: 2026, first: 100) { nodes { plannedStartOn timeProgress(month: 3) project { code totalInvestment startedOn cumulativeInvestment
             assignments { role person { name } } light(year: 2026, month: 3) { light rule } progress(year: 2026) { month physicalProgress status } } } } }`,
      ),
      graph<{ all: Record<string, string | number>; city: Record<string, string | number> }>(
        `{ all: dashboard(year: 2026) { totalInvestment cumulativeInvestment startedCount } city: dashboard(year: 2026, level: CITY) { totalInvestment cumulativeInvestment startedCount } }`,
      ),
      workbookAt('/reports/monthly/2026/3.xlsx'),
    ]);
    const sheet = workbook.worksheets[0];
    const { rows } = tableOf(sheet, '序号');
    const lines = new Map(rows.filter((row) => typeof row['序号'] === 'number').map((row) => [row['项目编号'], row]));
    expect(lines.size).toBe(50);
    const names = (line: Line, role: string) => line.project.assignments.filter((assignment) => assignment.role === role).map((assignment) => assignment.person.name).sort();
    for (const line of listings.nodes) {
      const row = lines.get(line.project.code)!;
      const march = line.project.progress.find((report) => report.month === 3 && report.status !== 'RETURNED');
      expect(row['总投资']).toBe(num(line.project.totalInvestment));
      // March is the latest reported month: the cumulative at its end is the project's cumulative to date.
      expect(row['开工累计完成投资']).toBe(num(line.project.cumulativeInvestment));
      expect(row['序时进度(%)']).toBe(num(line.timeProgress));
      expect(row['形象进度(%)']).toBe(num(march?.physicalProgress));
      if (line.plannedStartOn) expect(row['计划开工']).toBe(line.plannedStartOn);
      expect(row['实际开工']).toBe(line.project.startedOn && line.project.startedOn <= '2026-03-31' ? line.project.startedOn : '未开工');
      expect(String(row['挂钩区领导'] ?? '').split('、').filter(Boolean).sort()).toEqual(names(line, 'LIAISON_LEADER'));
      expect(String(row['责任人'] ?? '').split('、').filter(Boolean).sort()).toEqual(names(line, 'RESPONSIBLE_PERSON'));
      expect(row['亮灯']).toBe(LIGHT_LABELS[line.project.light!.light as keyof typeof LIGHT_LABELS]);
      expect(row['亮灯依据']).toBe(RULE_LABELS[line.project.light!.rule as keyof typeof RULE_LABELS]);
      if (!march) expect(row['形象进度及进展情况']).toBe('未报(按0计)');
    }
    const total = rows.find((row) => String(row['项目名称']).startsWith('合计'))!;
    expect([total['总投资'], total['开工累计完成投资'], total['实际开工']]).toEqual([num(String(all.totalInvestment)), num(String(all.cumulativeInvestment)), `已动工${all.startedCount}个`]);
    const citySubtotal = rows.find((row) => String(row['项目名称']).startsWith('一、市重点'))!;
    expect([citySubtotal['总投资'], citySubtotal['开工累计完成投资'], citySubtotal['实际开工']]).toEqual([
      num(String(city.totalInvestment)),
      num(String(city.cumulativeInvestment)),
      `已动工${city.startedCount}个`,
    ]);
    expect(citySubtotal['实际开工']).toBe('已动工19个');
  });

  it("a past month's cumulative investment stands at that month's end: January's is March's less February's and March's reports", async () => {
    const [march, january] = await Promise.all([workbookAt('/reports/monthly/2026/3.xlsx'), workbookAt('/reports/monthly/2026/1.xlsx')]);
    const lines = (workbook: ExcelJS.Workbook) =>
      new Map(tableOf(workbook.worksheets[0], '序号').rows.filter((row) => typeof row['序号'] === 'number').map((row) => [row['项目编号'], row]));
    const [atMarch, atJanuary] = [lines(march), lines(january)];
    let differs = 0;
    for (const [code, row] of atMarch) {
      const expected = (row['开工累计完成投资'] as number) - (row['本年累计完成投资'] as number) + (atJanuary.get(code)!['本年累计完成投资'] as number);
      expect((atJanuary.get(code)!['开工累计完成投资'] as number).toFixed(2)).toBe(expected.toFixed(2));
      if (atJanuary.get(code)!['开工累计完成投资'] !== row['开工累计完成投资']) differs++;
    }
    expect(differs).toBeGreaterThan(0);
  });

  it('ends with lines to sign: 填报单位, 审核人, 制表人 blank, 报送日期 today for a live download and the issue date for an issued document', async () => {
    const footerOf = (workbook: ExcelJS.Workbook) => [...new Set(rowValues(workbook.worksheets[0], workbook.worksheets[0].rowCount).map(String))];
    expect(footerOf(await workbookAt('/reports/monthly/2026/3.xlsx'))).toEqual([
      '填报单位(盖章)：______________',
      '审核人：______________',
      '制表人：______________',
      `报送日期：${chineseDate(today())}`,
    ]);
    const { issueDocument } = await graph<{ issueDocument: { downloadUrl: string } }>(
      `mutation { issueDocument(kind: MONTHLY, year: 2026, period: 2, number: "X重办〔2026〕2号", issuedOn: "2026-03-08") { downloadUrl } }`,
    );
    const issued = await workbookAt(issueDocument.downloadUrl);
    expect(issued.worksheets[0].getCell('A1').value).toBe('XX区2026年2月重点工程(项目)建设进度月报表');
    expect(footerOf(issued).at(-1)).toBe('报送日期：2026年3月8日');
  });
});

describe('quarterly bulletin (每季一通报)', () => {
  it('ranks every scored project and lists the 22 March commendation and criticism', async () => {
    const [{ quarterlyBulletin: bulletin }, { projectScores }] = await Promise.all([
      api.data(QuarterlyBulletinDocument, { year: 2026, quarter: 1 }),
      api.data(ReportProjectLightsDocument, { year: 2026 }),
    ]);
    expect(bulletin).toMatchObject({ year: 2026, quarter: 1, startsOn: '2026-01-01', endsOn: '2026-03-31' });
    expect(projectScores.totalCount).toBeGreaterThan(0);
    expect(bulletin.ranking).toHaveLength(projectScores.totalCount);
    const ranks = bulletin.ranking.map((score) => score.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBe(1);

    expect(bulletin.commendations).toEqual([expect.objectContaining({ kind: 'COMMENDATION', decidedOn: '2026-03-22', project: expect.objectContaining({ id: expect.any(String) }) })]);
    expect(bulletin.criticisms).toEqual([expect.objectContaining({ kind: 'CRITICISM', decidedOn: '2026-03-22' })]);
    expect(bulletin.criticisms[0].description).toContain('通报批评');
  });

  it('at the closed month March the quarter has no RED light, and the bulletin lists none', async () => {
    const [{ quarterlyBulletin: bulletin }, { projects }] = await Promise.all([
      api.data(QuarterlyBulletinDocument, { year: 2026, quarter: 1 }),
      api.data(ReportProjectLightsDocument, { year: 2026 }),
    ]);
    expect(bulletin.lightMonth).toBe(3);
    // (A bulletin with red lights is checked where a month with red lights is closed: light/month-close.)
    expect(projects.nodes.filter((project) => project.light?.light === 'RED')).toEqual([]);
    expect(bulletin.redLights).toEqual([]);
  });

  it('lists the problems overdue at the quarter end: unresolved then and past their deadline', async () => {
    const { quarterlyBulletin: bulletin } = await api.data(QuarterlyBulletinDocument, { year: 2026, quarter: 1 });
    const asOf = today() < '2026-03-31' ? today() : '2026-03-31';
    expect(bulletin.overdueAsOf).toBe(asOf);
    const [{ overdue }] = await api.db.sql<{ overdue: number }>(
      `select count(*)::int as overdue from problem where deadline < $1 and (resolved_on is null or resolved_on > $1)`,
      [asOf],
    );
    expect(overdue).toBeGreaterThan(0);
    expect(bulletin.overdueProblems).toHaveLength(overdue);
    for (const problem of bulletin.overdueProblems) {
      expect(problem.deadline < asOf).toBe(true);
      expect(problem.resolvedOn === null || problem.resolvedOn > asOf).toBe(true);
      expect(problem.status).not.toBe('RESOLVED');
      expect(problem.daysOverdue).toBeGreaterThan(0);
    }
  });

  it('a running quarter counts overdue problems as of today, as the problems query does', async () => {
    const now = today();
    const [year, month] = [Number(now.slice(0, 4)), Number(now.slice(5, 7))];
    const [{ quarterlyBulletin: bulletin }, { problems }] = await Promise.all([
      api.data(QuarterlyBulletinDocument, { year, quarter: Math.ceil(month / 3) }),
      api.data(ReportOverdueProblemsDocument, {}),
    ]);
    expect(bulletin.overdueAsOf).toBe(now);
    expect(bulletin.overdueProblems.map((problem) => problem.problemId).sort()).toEqual(problems.nodes.map((problem) => problem.id).sort());
  });

  it('counts the inspections done of those due in the nine rounds of the quarter', async () => {
    const { quarterlyBulletin: bulletin } = await api.data(QuarterlyBulletinDocument, { year: 2026, quarter: 1 });
    const { inspections } = bulletin;
    expect(closedRounds(1, 3)).toHaveLength(9);
    expect(inspections.rounds.map((round) => [round.month, round.dekad])).toEqual(closedRounds(1, 3));
    for (const round of inspections.rounds) expect(round.due).toBe(50);
    expect(inspections.due).toBe(450);
    const [{ done, on_time: onTime }] = await api.db.sql<{ done: number; on_time: number }>(
      `select count(*)::int as done, count(*) filter (where inspected_on <= case dekad when 3 then (make_date(year, month, 1) + interval '1 month - 1 day')::date else make_date(year, month, dekad * 10) end)::int as on_time
         from inspection where year = 2026 and month <= 3`,
    );
    expect(inspections.done).toBe(done);
    expect(inspections.doneOnTime).toBe(onTime);
    expect(inspections.done).toBeLessThan(inspections.due);
    expect(inspections.completionRate).toBe(((done * 100) / 450).toFixed(2));
  });

  it('downloads as an .xlsx with a sheet per section, and as CSV', async () => {
    const { quarterlyBulletin: bulletin } = await api.data(QuarterlyBulletinDocument, { year: 2026, quarter: 1 });
    const workbook = await workbookAt('/reports/quarterly/2026/1.xlsx');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(BULLETIN_SHEETS);
    const red = workbook.getWorksheet('红灯项目')!;
    expect(red.getCell('A1').value).toBe('XX区2026年第1季度重点工程(项目)红灯项目(实时数据，非印发文件)');
    // No red light at March: one row saying so.
    expect(bulletin.redLights).toEqual([]);
    expect(red.rowCount - 3).toBe(1);
    expect(rowValues(red, 4)[0]).toBe('无');
    const ranking = workbook.getWorksheet('考核排名')!;
    expect(rowValues(ranking, 3).slice(0, 3)).toEqual(['排名', '项目编号', '项目名称']);
    expect(ranking.rowCount - 3).toBe(bulletin.ranking.length);

    const csv = await download('/reports/quarterly/2026/1.csv');
    expect(csv.status).toBe(200);
    const text = Buffer.from(await csv.arrayBuffer()).toString('utf8');
    expect(text.startsWith('\uFEFFXX区2026年第1季度重点工程(项目)建设总体情况(实时数据，非印发文件)')).toBe(true);
    expect(text).toContain('XX区2026年第1季度重点工程(项目)考核排名(实时数据，非印发文件)');
    expect(text).toContain('督查推进会通报批评');
  });

  it('opens with the overall situation in the words of the district and in figures, 市重点 and 区重点 apart, equal to the dashboard and the investment curve', async () => {
    type Figures = { projectCount: number; newBuildCount: number; startedCount: number; totalInvestment: string; annualPlannedInvestment: string; completedInvestment: string; completionRate: string; cumulativeInvestment: string; lightCounts: { green: number; yellow: number; red: number; notDue: number } };
    const fields = `projectCount newBuildCount startedCount totalInvestment annualPlannedInvestment completedInvestment completionRate cumulativeInvestment lightCounts(month: 3) { green yellow red notDue }`;
    const series = `months { month plannedToDate timeProgress }`;
    const [dashboards, workbook] = await Promise.all([
      graph<Record<'all' | 'city' | 'district', Figures> & Record<'allSeries' | 'citySeries' | 'districtSeries', { months: { month: number; plannedToDate: string; timeProgress: string }[] }>>(
        `{ all: dashboard(year: 2026) { ${fields} } city: dashboard(year: 2026, level: CITY) { ${fields} } district: dashboard(year: 2026, level: DISTRICT) { ${fields} }
           allSeries: investmentSeries(year: 2026) { ${series} } citySeries: investmentSeries(year: 2026, level: CITY) { ${series} } districtSeries: investmentSeries(year: 2026, level: DISTRICT) { ${series} } }`,
      ),
      workbookAt('/reports/quarterly/2026/1.xlsx'),
    ]);
    const overview = workbook.getWorksheet('总体情况')!;
    expect(overview.getCell('A1').value).toBe('XX区2026年第1季度重点工程(项目)建设总体情况(实时数据，非印发文件)');
    // The paragraph says it as the district's own text does (its figures: 28 city projects, 19 started, 7.34亿, 18.44%).
    const paragraph = String(overview.getCell('A3').value);
    expect(paragraph).toContain('截至2026年3月末，全区重点工程(项目)共50项(其中市重点28项、区重点22项)，总投资258.7亿元，2026年计划完成投资43.1亿元。');
    expect(paragraph).toContain('28项市重点工程(项目)有19项已动工，完成投资7.34亿元，完成年计划18.44%');
    expect(overview.getCell('A3').alignment?.wrapText).toBe(true);

    const figures = figuresOf(overview);
    const levels = [dashboards.all, dashboards.city, dashboards.district];
    const atMarch = [dashboards.allSeries, dashboards.citySeries, dashboards.districtSeries].map((series) => series.months.find((month) => month.month === 3)!);
    expect(figures.get('重点项目')).toEqual(levels.map((level) => level.projectCount));
    expect(figures.get('其中:新开工项目')).toEqual(levels.map((level) => level.newBuildCount));
    expect(figures.get('已动工项目')).toEqual(levels.map((level) => level.startedCount));
    expect(figures.get('已动工项目')![1]).toBe(19);
    expect(figures.get('总投资')).toEqual(levels.map((level) => num(level.totalInvestment)));
    expect(figures.get('年度计划投资')).toEqual(levels.map((level) => num(level.annualPlannedInvestment)));
    expect(figures.get('本年累计完成投资')).toEqual(levels.map((level) => num(level.completedInvestment)));
    expect(figures.get('完成年计划')).toEqual(levels.map((level) => num(level.completionRate)));
    expect(figures.get('开工累计完成投资')).toEqual(levels.map((level) => num(level.cumulativeInvestment)));
    expect(figures.get('序时计划投资(3月末)')).toEqual(atMarch.map((month) => num(month.plannedToDate)));
    expect(figures.get('序时进度')).toEqual(atMarch.map((month) => num(month.timeProgress)));
    expect(figures.get('超(+)/低于(−)序时进度')).toEqual(levels.map((level, index) => Number((Number(level.completionRate) - Number(atMarch[index].timeProgress)).toFixed(2))));
    expect(figures.get('3月末绿灯项目')).toEqual(levels.map((level) => level.lightCounts.green));
    expect(figures.get('3月末黄灯项目')).toEqual(levels.map((level) => level.lightCounts.yellow));
    expect(figures.get('3月末红灯项目')).toEqual(levels.map((level) => level.lightCounts.red));
    expect(figures.get('3月末未到开工期项目')).toEqual(levels.map((level) => level.lightCounts.notDue));
    expect(paragraph).toContain(`3月末亮灯情况：绿灯${dashboards.all.lightCounts.green}项、黄灯${dashboards.all.lightCounts.yellow}项、红灯${dashboards.all.lightCounts.red}项`);
  });

  it('ranks 市重点 and 区重点 apart against each project’s own 序时进度', async () => {
    type Listing = { level: string; constructionType: string; plannedToDate: string; timeProgress: string | null; project: { code: string; completionRate: string | null } };
    const [{ listings }, workbook] = await Promise.all([
      graph<{ listings: { nodes: Listing[] } }>(
        `{ listings(year: 2026, first: 100) { nodes { level constructionType plannedToDate(month: 3) timeProgress(month: 3) project { code completionRate(year: 2026) } } } }`,
      ),
      workbookAt('/reports/quarterly/2026/1.xlsx'),
    ]);
    for (const [level, sheetName, count] of [['CITY', '市重点进度排名', 28], ['DISTRICT', '区重点进度排名', 22]] as const) {
      const rows = tableOf(workbook.getWorksheet(sheetName)!, '排名').rows;
      expect(rows).toHaveLength(count);
      const ofLevel = new Map(listings.nodes.filter((listing) => listing.level === level).map((listing) => [listing.project.code, listing]));
      expect(new Set(rows.map((row) => row['项目编号']))).toEqual(new Set(ofLevel.keys()));
      const ranked = rows.filter((row) => row['排名'] !== null);
      const expectedRanked = [...ofLevel.values()].filter((listing) => listing.constructionType !== 'PREPARATORY' && Number(listing.plannedToDate) > 0);
      expect(ranked.map((row) => row['项目编号']).sort()).toEqual(expectedRanked.map((listing) => listing.project.code).sort());
      // Ranked first, best first, dense; the difference is the printed rate less the printed 序时进度.
      expect(rows.slice(0, ranked.length)).toEqual(ranked);
      expect(ranked[0]['排名']).toBe(1);
      ranked.forEach((row, index) => {
        const listing = ofLevel.get(row['项目编号'] as string)!;
        expect(row['序时进度(%)']).toBe(num(listing.timeProgress));
        expect(row['完成年计划(%)']).toBe(num(listing.project.completionRate));
        expect(row['超(+)/低于(−)序时进度(百分点)']).toBe(Number((Number(listing.project.completionRate) - Number(listing.timeProgress)).toFixed(2)));
        if (index === 0) return;
        const previous = ranked[index - 1];
        const same = previous['超(+)/低于(−)序时进度(百分点)'] === row['超(+)/低于(−)序时进度(百分点)'];
        expect(row['超(+)/低于(−)序时进度(百分点)'] as number).toBeLessThanOrEqual(previous['超(+)/低于(−)序时进度(百分点)'] as number);
        expect(row['排名']).toBe((previous['排名'] as number) + (same ? 0 : 1));
      });
      for (const row of rows.slice(ranked.length)) expect(row['备注']).toMatch(/不参加排名|暂不排名/);
    }
  });

  it('lists the escalation steps created within the quarter, whatever year they are of, as the escalations query does', async () => {
    type Step = { kind: string; reason: string; dueOn: string; createdAt: string; project: { code: string } };
    const { y2025, y2026 } = await graph<{ y2025: { nodes: Step[] }; y2026: { nodes: Step[] } }>(
      `{ y2025: escalations(filter: { year: 2025 }, first: 100) { nodes { kind reason dueOn createdAt project { code } } }
         y2026: escalations(filter: { year: 2026 }, first: 100) { nodes { kind reason dueOn createdAt project { code } } } }`,
    );
    const [from, to] = [Date.parse('2026-01-01T00:00:00+08:00'), Date.parse('2026-04-01T00:00:00+08:00')];
    const ofQuarter = [...y2025.nodes, ...y2026.nodes].filter((step) => Date.parse(step.createdAt) >= from && Date.parse(step.createdAt) < to);
    expect(ofQuarter.length).toBeGreaterThan(0);
    // Also one of 2025 (December's lights, closed in January): a quarter's bulletin names what was escalated in it.
    expect(ofQuarter.some((step) => y2025.nodes.includes(step))).toBe(true);
    const labels: Record<string, string> = { REMINDER: '提醒', SUPERVISION_LETTER: '督办函', TALK: '约谈', ACCOUNTABILITY_PROPOSAL: '问责建议', REPORT_REMINDER: '催报' };
    const workbook = await workbookAt('/reports/quarterly/2026/1.xlsx');
    const rows = tableOf(workbook.getWorksheet('督办情况')!, '序号').rows;
    const key = (kind: unknown, code: unknown, reason: unknown, dueOn: unknown) => `${kind}|${code}|${reason}|${dueOn}`;
    expect(rows.map((row) => key(row['督办类别'], row['项目编号'], row['督办事由'], row['办理期限'])).sort()).toEqual(
      ofQuarter.map((step) => key(labels[step.kind], step.project.code, step.reason, step.dueOn)).sort(),
    );
    for (const row of rows) {
      expect(row['督办对象']).toEqual(expect.any(String));
      expect(['已办结', '办理中', '逾期未办结']).toContain(row['办理状态']);
    }
    const figures = figuresOf(workbook.getWorksheet('总体情况')!);
    expect(figures.get('发起督办')![0]).toBe(ofQuarter.length);
  });
});

describe('half-year summary (半年小结) and year-end summary (年终总结)', () => {
  it('the first half gives project ranks, subject scores, the sanctions of the half and totals through June', async () => {
    const [{ halfYearSummary: summary }, { dashboard }, { subjectScores: leaders }] = await Promise.all([
      api.data(HalfYearSummaryDocument, { year: 2026, half: 1 }),
      api.data(ReportDashboardDocument, { year: 2026 }),
      api.data(ReportSubjectScoresDocument, { year: 2026, role: 'LIAISON_LEADER' }),
    ]);
    expect(summary).toMatchObject({ year: 2026, half: 1, startsOn: '2026-01-01', endsOn: '2026-06-30', throughMonth: 3 });
    expect(summary.totals).toMatchObject({
      projectCount: 50,
      annualPlannedInvestment: dashboard.annualPlannedInvestment,
      completedInvestment: dashboard.completedInvestment,
      completionRate: dashboard.completionRate,
      scoredCount: summary.projectScores.length,
      commendationCount: 1,
      criticismCount: 1,
      accountabilityCount: 0,
    });
    expect(summary.projectScores.length).toBeGreaterThan(0);
    expect(summary.projectScores[0].rank).toBe(1);
    expect(summary.liaisonLeaders.map((score) => [score.person.id, score.score, score.rank])).toEqual(leaders.map((score) => [score.person.id, score.score, score.rank]));
    for (const subjects of [summary.liaisonLeaders, summary.responsiblePersons, summary.inspectors]) {
      expect(subjects.length).toBeGreaterThan(0);
      expect(subjects[0].rank).toBe(1);
    }
    expect(summary.inspectors.every((score) => score.role === 'INSPECTOR' && score.doneOnTime !== null)).toBe(true);
    expect(summary.commendations.map((sanction) => sanction.decidedOn)).toEqual(['2026-03-22']);
    // The demo inspected January to March only: later rounds were due but nobody inspected (应督未督).
    expect(summary.inspections.rounds.map((round) => [round.month, round.dekad])).toEqual(closedRounds(1, 6));
    expect(summary.inspections.rounds.slice(9).every((round) => round.due === 50 && round.done === 0)).toBe(true);
  });

  it('the second half has no sanctions yet', async () => {
    const { halfYearSummary: summary } = await api.data(HalfYearSummaryDocument, { year: 2026, half: 2 });
    expect(summary).toMatchObject({ half: 2, startsOn: '2026-07-01', endsOn: '2026-12-31', throughMonth: 0 });
    expect(summary.commendations).toEqual([]);
    expect(summary.criticisms).toEqual([]);
  });

  it('the year-end summary covers the year, its sanctions and its totals', async () => {
    const [{ annualSummary: summary }, { dashboard }] = await Promise.all([
      api.data(AnnualSummaryDocument, { year: 2026 }),
      api.data(ReportDashboardDocument, { year: 2026 }),
    ]);
    expect(summary).toMatchObject({ year: 2026, half: null, startsOn: '2026-01-01', endsOn: '2026-12-31' });
    expect(summary.totals).toMatchObject({ annualPlannedInvestment: '431000.00', completedInvestment: dashboard.completedInvestment, commendationCount: 1, criticismCount: 1 });
    expect(summary.projectScores.map((score) => score.rank)).toEqual([...summary.projectScores.map((score) => score.rank)].sort((a, b) => a - b));
    expect(summary.responsiblePersons[0].rank).toBe(1);
  });

  it('both download as valid .xlsx workbooks and CSV', async () => {
    const sheets = SUMMARY_SHEETS;
    const half = await workbookAt('/reports/half-year/2026/1.xlsx');
    expect(half.worksheets.map((sheet) => sheet.name)).toEqual(sheets);
    expect(half.getWorksheet('总体情况')!.getCell('A1').value).toBe('XX区2026年上半年重点工程(项目)半年小结(实时数据，非印发文件)');
    const annual = await workbookAt('/reports/annual/2026.xlsx');
    expect(annual.worksheets.map((sheet) => sheet.name)).toEqual(sheets);
    const overview = annual.getWorksheet('总体情况')!;
    expect(overview.getCell('A1').value).toBe('XX区2026年重点工程(项目)年终总结(实时数据，非印发文件)');
    expect(findRow(overview, 1, (text) => text === '年度计划投资')!.getCell(2).value).toBe(431000);
    const leaders = annual.getWorksheet('挂钩区领导')!;
    expect(rowValues(leaders, 3)).toEqual(['排名', '姓名', '职务', '项目数', '平均得分']);
    expect(leaders.getCell('A4').value).toBe(1);

    const response = await download('/reports/annual/2026.csv');
    expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('2026年重点工程年终总结.csv')}`);
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect((await download('/reports/half-year/2026/2.csv')).status).toBe(200);
  });

  it("the 2025 year-end summary states started and completed projects, the 市/区 split, lights and land, equal to the dashboard and the projects' land tasks", async () => {
    type Figures = { projectCount: number; startedCount: number; completedCount: number; annualPlannedInvestment: string; completedInvestment: string; completionRate: string; lightCounts: { green: number; yellow: number; red: number } };
    type Land = { areaToAcquire: string; areaAcquired: string; householdsToRelocate: number; householdsRelocated: number };
    const fields = `projectCount startedCount completedCount annualPlannedInvestment completedInvestment completionRate lightCounts(month: 12) { green yellow red }
                    land { areaToAcquire areaAcquired householdsToRelocate householdsRelocated }`;
    const [data, workbook] = await Promise.all([
      graph<Record<'all' | 'city' | 'district', Figures & { land: Land }> & { listings: { nodes: { level: string; project: { landTasks: Land[] } }[] } }>(
        `{ all: dashboard(year: 2025) { ${fields} } city: dashboard(year: 2025, level: CITY) { ${fields} } district: dashboard(year: 2025, level: DISTRICT) { ${fields} }
           listings(year: 2025, first: 100) { nodes { level project { landTasks { areaToAcquire areaAcquired householdsToRelocate householdsRelocated } } } } }`,
      ),
      workbookAt('/reports/annual/2025.xlsx'),
    ]);
    const overview = workbook.getWorksheet('总体情况')!;
    expect(String(overview.getCell('A3').value)).toContain('截至2025年12月末，全区重点工程(项目)共14项');
    const figures = figuresOf(overview);
    const levels = [data.all, data.city, data.district];
    expect(figures.get('重点项目')).toEqual(levels.map((level) => level.projectCount));
    expect(figures.get('已动工项目')).toEqual(levels.map((level) => level.startedCount));
    expect(figures.get('已竣工项目')).toEqual(levels.map((level) => level.completedCount));
    expect(figures.get('年度计划投资')).toEqual(levels.map((level) => num(level.annualPlannedInvestment)));
    expect(figures.get('本年累计完成投资')).toEqual(levels.map((level) => num(level.completedInvestment)));
    expect(figures.get('完成年计划')).toEqual(levels.map((level) => num(level.completionRate)));
    expect(figures.get('12月末绿灯项目')).toEqual(levels.map((level) => level.lightCounts.green));
    expect(figures.get('12月末黄灯项目')).toEqual(levels.map((level) => level.lightCounts.yellow));
    expect(figures.get('12月末红灯项目')).toEqual(levels.map((level) => level.lightCounts.red));

    // Land: the sums of the listed projects' land tasks (in fen and whole households, exactly), and the dashboard's.
    const sums = [null, 'CITY', 'DISTRICT'].map((level) => {
      const tasks = data.listings.nodes.filter((listing) => level === null || listing.level === level).flatMap((listing) => listing.project.landTasks);
      const fen = (pick: (task: Land) => string) => tasks.reduce((total, task) => total + Math.round(Number(pick(task)) * 100), 0) / 100;
      const whole = (pick: (task: Land) => number) => tasks.reduce((total, task) => total + pick(task), 0);
      return { areaToAcquire: fen((task) => task.areaToAcquire), areaAcquired: fen((task) => task.areaAcquired), households: whole((task) => task.householdsToRelocate), relocated: whole((task) => task.householdsRelocated) };
    });
    expect(sums[0].areaToAcquire).toBeGreaterThan(0);
    expect(figures.get('应征地面积')).toEqual(sums.map((sum) => sum.areaToAcquire));
    expect(figures.get('已征地面积')).toEqual(sums.map((sum) => sum.areaAcquired));
    expect(figures.get('应征收户数')).toEqual(sums.map((sum) => sum.households));
    expect(figures.get('已征收户数')).toEqual(sums.map((sum) => sum.relocated));
    expect(figures.get('应征地面积')).toEqual(levels.map((level) => num(level.land.areaToAcquire)));
    expect(figures.get('已征收户数')).toEqual(levels.map((level) => level.land.householdsRelocated));
  });

  it('the year-end summary lists the projects that missed the year’s target, with the explanations their leaders submitted', async () => {
    type Score = { targetMet: boolean; project: { id: string; code: string; assignments: { role: string; person: { id: string; name: string } }[] } };
    const { projectScores } = await graph<{ projectScores: { nodes: Score[] } }>(
      `{ projectScores(year: 2025, first: 100) { nodes { targetMet project { id code assignments { role person { id name } } } } } }`,
    );
    const missed = projectScores.nodes.filter((score) => !score.targetMet);
    expect(missed.length).toBeGreaterThan(0);
    const before = tableOf((await workbookAt('/reports/annual/2025.xlsx')).getWorksheet('未完成目标项目')!, '序号').rows;
    expect(before.map((row) => row['项目编号']).sort()).toEqual(missed.map((score) => score.project.code).sort());
    expect(before.every((row) => row['说明人'] === '未提交')).toBe(true);

    const [target] = missed;
    const leader = target.project.assignments.find((assignment) => assignment.role === 'LIAISON_LEADER')!.person;
    await graph(`mutation($input: SubmitTargetExplanationInput!) { submitTargetExplanation(input: $input) { id } }`, {
      input: { projectId: target.project.id, year: 2025, authorId: leader.id, explanation: '征地拆迁滞后,施工作业面不足', rectificationPlan: '挂图作战,次年一季度前补足缺口' },
    });
    const after = tableOf((await workbookAt('/reports/annual/2025.xlsx')).getWorksheet('未完成目标项目')!, '序号').rows;
    expect(after.find((row) => row['项目编号'] === target.project.code)).toMatchObject({
      说明人: `${leader.name}(挂钩区领导)`,
      未完成原因: '征地拆迁滞后,施工作业面不足',
      整改措施: '挂图作战,次年一季度前补足缺口',
      提交日期: today(),
    });
    expect(after).toHaveLength(before.length);
  });

  it('the half-year summary lists the projects behind the plan phased to June', async () => {
    const [{ listings }, workbook] = await Promise.all([
      graph<{ listings: { nodes: { plannedToDate: string; project: { code: string; completedInvestment: string } }[] } }>(
        `{ listings(year: 2026, first: 100) { nodes { plannedToDate(month: 6) project { code completedInvestment(year: 2026) } } } }`,
      ),
      workbookAt('/reports/half-year/2026/1.xlsx'),
    ]);
    const behind = listings.nodes.filter((listing) => Number(listing.project.completedInvestment) < Number(listing.plannedToDate));
    const sheet = workbook.getWorksheet('未完成目标项目')!;
    expect(sheet.getCell('A1').value).toBe('XX区2026年上半年重点工程(项目)未完成序时计划项目(实时数据，非印发文件)');
    const rows = tableOf(sheet, '序号').rows;
    expect(rows.map((row) => row['项目编号']).sort()).toEqual(behind.map((listing) => listing.project.code).sort());
    for (const row of rows) expect(row['序时计划投资'] as number).toBeGreaterThan(row['本年累计完成投资'] as number);
    expect(figuresOf(workbook.getWorksheet('总体情况')!).get('未完成序时计划项目')![0]).toBe(behind.length);
  });
});

describe('bad parameters and unknown paths', () => {
  it('month 13 is BAD_USER_INPUT naming month, in GraphQL and as a 400 download', async () => {
    const response = await api.request(MonthlyReportDocument, { year: 2026, month: 13 });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });

    const download400 = await download('/reports/monthly/2026/13.xlsx');
    expect(download400.status).toBe(400);
    expect(download400.headers.get('content-type')).toContain('application/json');
    expect(await download400.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'month' } }] });
  });

  it.each([
    ['quarter', () => api.request(QuarterlyBulletinDocument, { year: 2026, quarter: 5 })],
    ['half', () => api.request(HalfYearSummaryDocument, { year: 2026, half: 0 })],
    ['year', () => api.request(AnnualSummaryDocument, { year: 1999 })],
    ['year', () => api.request(MonthlyReportDocument, { year: 2101, month: 1 })],
  ])('GraphQL names %s', async (field, send) => {
    const response = await send();
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it.each([
    ['/reports/quarterly/2026/5.xlsx', 'quarter'],
    ['/reports/half-year/2026/3.csv', 'half'],
    ['/reports/annual/1999.xlsx', 'year'],
    ['/reports/monthly/2026/abc.csv', 'month'],
    ['/reports/monthly/20x6/3.csv', 'year'],
  ])('%s is a 400 naming %s', async (path, field) => {
    const response = await download(path);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field } }] });
  });

  it.each(['/reports/weekly/2026/1.xlsx', '/reports/monthly/2026/3.pdf', '/reports/monthly/2026.xlsx', '/reports/annual/2026/1.csv', '/reports/monthly/2026/3'])(
    '%s is a 404',
    async (path) => {
      const response = await download(path);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    },
  );

  it('downloads need the same credentials as the API, refused as every route refuses (401 with WWW-Authenticate)', async () => {
    const response = await download('/reports/monthly/2026/3.xlsx', null);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });
});

describe('SQL statements', () => {
  it('monthlyReport runs the same statements for 50 projects as for none', async () => {
    // A closed month reads its official lights: 50 rows (2026) and 14 (2025) cost the same.
    const fifty = await statementsFor(api, MonthlyReportTotalsDocument, { year: 2026, month: 3 });
    const fourteen = await statementsFor(api, MonthlyReportTotalsDocument, { year: 2025, month: 3 });
    expect(fifty.data.monthlyReport.rows).toHaveLength(50);
    expect(fourteen.data.monthlyReport.rows).toHaveLength(14);
    expect(fifty.count).toBe(fourteen.count);
    expect(fifty.count).toBeLessThanOrEqual(2);
    // An open month judges provisional lights from the reports: 50 rows (2026) and none (2024) cost the same.
    const open = await statementsFor(api, MonthlyReportTotalsDocument, { year: 2026, month: 4 });
    const none = await statementsFor(api, MonthlyReportTotalsDocument, { year: 2024, month: 3 });
    expect(open.data.monthlyReport.rows).toHaveLength(50);
    expect(none.data.monthlyReport.rows).toHaveLength(0);
    expect(open.count).toBe(none.count);
    expect(open.count).toBeLessThanOrEqual(4);
    const nested = await statementsFor(api, MonthlyReportWithProjectsDocument, { year: 2026, month: 3 });
    // then the projects and their units through the loaders, one statement each
    expect(nested.count).toBe(fifty.count + 2);
  });

  it('quarterlyBulletin runs the same statements whatever the number of rows', async () => {
    const full = await statementsFor(api, QuarterlyBulletinDocument, { year: 2026, quarter: 1 });
    const empty = await statementsFor(api, QuarterlyBulletinDocument, { year: 2024, quarter: 1 });
    expect(full.data.quarterlyBulletin.ranking.length).toBeGreaterThan(0);
    expect(empty.data.quarterlyBulletin.ranking).toHaveLength(0);
    // five sections (the ranking of a quarter that is over takes three: its lines, the score inputs
    // as they stood at its end, the scheme), plus one loader statement for the projects of all the lines
    expect(full.count).toBe(empty.count + 1);
    expect(full.count).toBeLessThanOrEqual(9);
  });

  it('each document runs the same statements whatever the number of projects', async () => {
    // 50 projects (2026) and 14 (2025), both read at closed months.
    expect(await documentStatements('MONTHLY', 2026, 3)).toBe(await documentStatements('MONTHLY', 2025, 3));
    expect(await documentStatements('QUARTERLY', 2026, 1)).toBe(await documentStatements('QUARTERLY', 2025, 1));
    expect(await documentStatements('QUARTERLY', 2026, 1)).toBeLessThanOrEqual(12);
    // A summary adds to its report the same statements for 50 projects (2026) as for none (2024), both judged at open months.
    const added = async (kind: ReportKind, year: number, report: (context: Context) => Promise<unknown>) => (await documentStatements(kind, year, 1)) - (await statementsOf(report));
    const [half2026, half2024] = [await added('HALF_YEAR', 2026, (context) => halfYearSummary(context, 2026, 1)), await added('HALF_YEAR', 2024, (context) => halfYearSummary(context, 2024, 1))];
    expect(half2026).toBe(half2024);
    expect(half2026).toBeLessThanOrEqual(8);
    expect(await added('ANNUAL', 2026, (context) => annualSummary(context, 2026))).toBe(await added('ANNUAL', 2024, (context) => annualSummary(context, 2024)));
  });
});

describe('rankings of a period that is over', () => {
  it("read as they stood at its end: a later report leaves the first quarter's ranking as it was and counts in the half-year's", async () => {
    const before = (await api.data(QuarterlyBulletinDocument, { year: 2026, quarter: 1 })).quarterlyBulletin.ranking;
    const line = before.find((score) => !score.targetMet && Number(score.annualPlannedInvestment) > 0)!;
    await api.data(ReportProgressDocument, {
      input: { projectId: line.project.id, year: 2026, month: 4, completedInvestment: line.annualPlannedInvestment, physicalProgress: '60.00' },
    });
    const after = (await api.data(QuarterlyBulletinDocument, { year: 2026, quarter: 1 })).quarterlyBulletin.ranking;
    expect(after).toEqual(before);
    const { halfYearSummary } = await api.data(HalfYearSummaryDocument, { year: 2026, half: 1 });
    const half = halfYearSummary.projectScores.find((score) => score.project.id === line.project.id)!;
    expect(Number(half.completedInvestment)).toBeGreaterThanOrEqual(Number(line.annualPlannedInvestment));
    expect(Number(half.weightScore)).toBeGreaterThan(Number(line.weightScore));
  });
});

describe('sanctions in the summaries', () => {
  it('an accountability case names its answerable persons; a revoked commendation is left out', async () => {
    type Project = { id: string; code: string; assignments: { role: string; person: { id: string; name: string } }[] };
    const { projects } = await graph<{ projects: { nodes: Project[] } }>(`{ projects(first: 100) { nodes { id code assignments { role person { id name } } } } }`);
    const project = projects.nodes.find((node) => node.code === 'QZ2026-010') ?? projects.nodes.at(-1)!;
    const answerable = ['LIAISON_LEADER', 'RESPONSIBLE_PERSON'].map((role) => project.assignments.find((assignment) => assignment.role === role)!.person);
    const decidedOn = today() < '2026-11-20' ? today() : '2026-11-20';
    await graph(`mutation($input: RecordAccountabilityInput!) { recordAccountability(input: $input) { id } }`, {
      input: { year: 2026, projectId: project.id, answerablePersonIds: answerable.map((person) => person.id), reason: 'MANAGEMENT_FAILURE', description: '现场管理严重失职', decidedOn },
    });
    const { recordCommendation } = await graph<{ recordCommendation: { id: string } }>(`mutation($input: RecordSanctionInput!) { recordCommendation(input: $input) { id } }`, {
      input: { year: 2026, projectId: project.id, description: '误录的表彰', decidedOn },
    });
    await graph(`mutation($id: ID!) { revokeSanction(id: $id, reason: "对象认定有误") { revokedAt } }`, { id: recordCommendation.id });

    const workbook = await workbookAt('/reports/annual/2026.xlsx');
    const accountability = tableOf(workbook.getWorksheet('问责')!, '序号').rows;
    expect(accountability).toEqual([expect.objectContaining({ 项目编号: project.code, 问责对象: answerable.map((person) => person.name).join('、'), 问责事由: '重大管理或服务失误', 事由: '现场管理严重失职' })]);
    const commendations = tableOf(workbook.getWorksheet('表彰奖励')!, '序号').rows;
    expect(commendations.map((row) => row['决定日期'])).toEqual(['2026-03-22']);
    const figures = figuresOf(workbook.getWorksheet('总体情况')!);
    expect([figures.get('表彰奖励')![0], figures.get('问责')![0]]).toEqual([1, 1]);
  });
});
