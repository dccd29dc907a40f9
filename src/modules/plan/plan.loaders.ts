import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy, projectYearLoader } from '../../shared/batch.js';
import { AnnualPlan, Milestone } from './annual-plan.entity.js';

/** Per-request loaders of annual plans and milestones. */
export function planLoaders(em: EntityManager) {
  return {
    /** Key: project id and year. */
    annualPlanByProjectYear: projectYearLoader<AnnualPlan | null>(async (projectIds, years) => {
      const plans = await em.find(AnnualPlan, { project: { $in: projectIds }, year: { $in: years } });
      return new Map(plans.map((plan) => [`${plan.project.id}:${plan.year}`, plan]));
    }, null),
    milestonesByPlan: new DataLoader<number, Milestone[]>(async (planIds) => {
      const rows = await em.find(Milestone, { plan: { $in: [...planIds] } }, { orderBy: { position: 'asc', id: 'asc' } });
      const groups = groupBy(rows, (row) => row.plan.id);
      return planIds.map((id) => groups.get(id) ?? []);
    }),
  };
}
