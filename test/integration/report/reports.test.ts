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

let api: TestApi;
let origin: string;
beforeAll(async () => {
  api = await startTestApi('reports');
  origin = new URL(api.url).origin;
});
afterAll(() => api?.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MONTHLY_HEADERS = ['序号', '项目编号', '项目名称', '级别', '责任单位', '年度计划投资', '当月完成投资', '累计完成投资', '完成年计划(%)', '亮灯', '进展情况', '存在问题'];

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
    expect(sheet.model.merges).toContain('A1:L1');
    expect(String(sheet.getCell('A2').value)).toContain('单位:万元');
    expect(rowValues(sheet, 3)).toEqual(MONTHLY_HEADERS);
    expect(sheet.getCell('A3').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });

    const totals = findRow(sheet, 3, (text) => text.startsWith('合计'))!;
    expect(totals.getCell(6).value).toBe(431000);
    expect(totals.getCell(6).value).toBe(Number(dashboard.annualPlannedInvestment));
    expect(totals.getCell(8).value).toBe(Number(dashboard.completedInvestment));
    expect(totals.getCell(9).value).toBe(Number(dashboard.completionRate));
    expect(totals.getCell(6).numFmt).toBe('#,##0.00');

    const citySubtotal = findRow(sheet, 3, (text) => text.includes('市重点'))!;
    expect([citySubtotal.getCell(6).value, citySubtotal.getCell(8).value, citySubtotal.getCell(9).value]).toEqual([398000, 73400, 18.44]);
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
    // 50 projects, the total, two subtotals, and (March is closed) the line naming the unreported projects.
    const unreported = body.filter((record) => record[10] === '未报(按0计)');
    expect(unreported.length).toBeGreaterThan(0);
    expect(body).toHaveLength(54);
    expect(body.at(-1)![0]).toBe(`未报项目(${unreported.length}个，按0计)：${unreported.map((record) => `${record[1]} ${record[2]}`).join('；')}`);
    const totals = body.find((record) => record[2].startsWith('合计'))!;
    expect(totals.slice(5, 9)).toEqual(['431000.00', expect.stringMatching(/^\d+\.\d\d$/), expect.any(String), expect.any(String)]);
    const { dashboard } = await api.data(ReportDashboardDocument, { year: 2026 });
    expect(totals[7]).toBe(dashboard.completedInvestment);
  });

  it('answers HEAD with the headers only', async () => {
    const response = await download('/reports/monthly/2026/3.csv', ADMIN_TOKEN, 'HEAD');
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(0);
    expect((await response.arrayBuffer()).byteLength).toBe(0);
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
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['考核排名', '通报表扬', '通报批评', '红灯项目', '逾期问题', '督查完成情况']);
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
    expect(text.startsWith('\uFEFFXX区2026年第1季度重点工程(项目)考核排名(实时数据，非印发文件)')).toBe(true);
    expect(text).toContain('督查推进会通报批评');
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
    const sheets = ['总体情况', '项目得分排名', '挂钩区领导', '责任人', '督查组成员', '表彰奖励', '通报批评', '问责', '督查完成情况'];
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
