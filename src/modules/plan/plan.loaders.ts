import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy, groupedLoader } from '../../shared/batch.js';
import { AnnualPlan, Milestone } from './annual-plan.entity.js';

/** Per-request loaders of annual plans and milestones. */
export function planLoaders(em: EntityManager) {
  return {
    /** Key: project id and year. */
    annualPlanByProjectYear: groupedLoader<{ id: number; year: number }, AnnualPlan | null>(
      (key) => String(key.year),
      async (projectIds, { year }) => {
        const plans = await em.find(AnnualPlan, { project: { $in: projectIds }, year });
        return new Map(plans.map((plan) => [plan.project.id, plan]));
      },
      null,
    ),
    milestonesByPlan: new DataLoader<number, Milestone[]>(async (planIds) => {
      const rows = await em.find(Milestone, { plan: { $in: [...planIds] } }, { orderBy: { position: 'asc', id: 'asc' } });
      const groups = groupBy(rows, (row) => row.plan.id);
      return planIds.map((id) => groups.get(id) ?? []);
    }),
  };
}
