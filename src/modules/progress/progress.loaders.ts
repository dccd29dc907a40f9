import type { EntityManager } from '@mikro-orm/postgresql';
import { completedToDate, cumulativeInvestment } from './progress.queries.js';
import { byIdLoader, childrenLoader, groupBy, groupedLoader, projectYearLoader, selectByProjectYear } from '../../shared/batch.js';
import { ProgressReport } from './progress-report.entity.js';
import { Correction, ReportRevision } from './report-history.entity.js';

/** Per-request loaders of monthly progress and its year-to-date sums. */
export function progressLoaders(em: EntityManager) {
  return {
    progressByProjectYear: projectYearLoader<ProgressReport[]>(async (projectIds, years) => {
      const rows = await selectByProjectYear(em, ProgressReport, projectIds, years, 'month, id');
      return groupBy(rows, (row) => `${row.project.id}:${row.year}`);
    }, []),
    /** Year-to-date completed investment (sum over every reported month of the year), 万元. */
    completedInvestmentByProjectYear: projectYearLoader<string>((projectIds, years) => completedToDate(em, projectIds, years), '0.00'),
    /** Year-to-date completed investment as it was official at an instant. */
    completedInvestmentAsOf: groupedLoader<{ id: number; year: number; asOf: Date }, string>(
      (key) => `${key.year}|${key.asOf.toISOString()}`,
      async (ids, { year, asOf }) => {
        const totals = await completedToDate(em, ids, [year], asOf);
        return new Map(ids.map((id) => [id, totals.get(`${id}:${year}`) ?? '0.00']));
      },
      '0.00',
    ),
    progressReportById: byIdLoader(em, ProgressReport),
    /** Every revision of each report, in order. */
    revisionsByReport: childrenLoader(em, ReportRevision, 'report_id', (row) => row.report.id, 'report_id, revision'),
    /** Every correction request of each report, oldest first. */
    correctionsByReport: childrenLoader(em, Correction, 'report_id', (row) => row.report.id, 'report_id, id'),
    /** Cumulative investment since works began, as of an instant (key `null`: now). */
    cumulativeInvestmentByProject: groupedLoader<{ id: number; asOf: Date | null }, string>(
      (key) => key.asOf?.toISOString() ?? '',
      (ids, { asOf }) => cumulativeInvestment(em, ids, asOf),
      '0.00',
    ),
  };
}

declare module '../../core/context.js' {
  /** This module's loaders, merged into every context's `loaders`. */
  interface Loaders extends ReturnType<typeof progressLoaders> {}
}
