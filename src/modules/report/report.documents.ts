import type { Context } from '../../core/context.js';
import { requireIntegerInRange } from '../../shared/errors.js';
import { monthlyReportDocument, periodSummaryDocument, quarterlyBulletinDocument, type ReportDocument } from './report.sheets.js';
import { annualSummaryContents, halfYearSummaryContents, monthlyReport, quarterlyBulletinContents } from './report.service.js';

/** The "五个一" documents: a month's table, a quarter's bulletin, a half-year's and a year's summary. */
export type ReportKind = 'MONTHLY' | 'QUARTERLY' | 'HALF_YEAR' | 'ANNUAL';

/** The periods of each kind (month, quarter, half, the year) and the last month each covers. */
const PERIODS: Record<ReportKind, { count: number; lastMonth: (period: number) => number }> = {
  MONTHLY: { count: 12, lastMonth: (month) => month },
  QUARTERLY: { count: 4, lastMonth: (quarter) => quarter * 3 },
  HALF_YEAR: { count: 2, lastMonth: (half) => half * 6 },
  ANNUAL: { count: 1, lastMonth: () => 12 },
};

/** Checks a period of a kind (BAD_USER_INPUT naming `field`) and gives the last month it covers. */
export function lastMonthOf(kind: ReportKind, period: number, field = 'period'): number {
  requireIntegerInRange(period, 1, PERIODS[kind].count, field);
  return PERIODS[kind].lastMonth(period);
}

/** A report of a kind and period as a document of sheets, with the current figures and what only the documents print (each service checks its period). */
export async function reportDocument(context: Context, kind: ReportKind, year: number, period: number): Promise<ReportDocument> {
  switch (kind) {
    case 'MONTHLY':
      return monthlyReportDocument(await monthlyReport(context, year, period), context.districtName);
    case 'QUARTERLY':
      return quarterlyBulletinDocument(await quarterlyBulletinContents(context, year, period), context.districtName);
    case 'HALF_YEAR':
      return periodSummaryDocument(await halfYearSummaryContents(context, year, period), context.districtName);
    case 'ANNUAL':
      return periodSummaryDocument(await annualSummaryContents(context, year), context.districtName);
  }
}
