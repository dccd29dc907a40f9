import type { EntityManager } from '@mikro-orm/postgresql';
import { completedToDate, cumulativeInvestment } from './progress.queries.js';
import { groupBy, groupedLoader, projectYearLoader, selectByProjectYear } from '../../shared/batch.js';
import { ProgressReport } from './progress-report.entity.js';

/** Per-request loaders of monthly progress and its year-to-date sums. */
export function progressLoaders(em: EntityManager) {
  return {
    progressByProjectYear: projectYearLoader<ProgressReport[]>(async (projectIds, years) => {
      const rows = await selectByProjectYear(em, ProgressReport, projectIds, years, 'month, id');
      return groupBy(rows, (row) => `${row.project.id}:${row.year}`);
    }, []),
    /** Year-to-date completed investment (sum over every reported month of the year), 万元. */
    completedInvestmentByProjectYear: projectYearLoader<string>((projectIds, years) => completedToDate(em, projectIds, years), '0.00'),
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
