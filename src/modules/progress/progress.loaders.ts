import type { EntityManager } from '@mikro-orm/postgresql';
import { groupBy, groupedLoader, intArray } from '../../shared/batch.js';
import { ProgressReport } from './progress-report.entity.js';

type ProjectYear = { id: number; year: number };

/** Per-request loaders of monthly progress and its year-to-date sums. */
export function progressLoaders(em: EntityManager) {
  return {
    progressByProjectYear: groupedLoader<ProjectYear, ProgressReport[]>(
      (key) => String(key.year),
      async (projectIds, { year }) => {
        const rows = await em.find(ProgressReport, { project: { $in: projectIds }, year }, { orderBy: { month: 'asc' } });
        return groupBy(rows, (row) => row.project.id);
      },
      [],
    ),
    /** Year-to-date completed investment (sum over every reported month of the year), 万元. */
    completedInvestmentByProjectYear: groupedLoader<ProjectYear, string>(
      (key) => String(key.year),
      async (projectIds, { year }) => {
        const rows: { project_id: number; total: string }[] = await em.execute(
          `select project_id, sum(completed_investment)::text as total
             from progress_report where project_id = any(?::int[]) and year = ? group by project_id`,
          [intArray(projectIds), year],
        );
        return new Map(rows.map((row) => [row.project_id, row.total]));
      },
      '0.00',
    ),
  };
}
