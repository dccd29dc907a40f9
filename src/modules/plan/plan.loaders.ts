import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy, intArray, projectYearLoader } from '../../shared/batch.js';
import { selectDetached } from '../../shared/detached-rows.js';
import { AnnualPlan, Milestone } from './annual-plan.entity.js';

/** Per-request loaders of annual plans and milestones. */
export function planLoaders(em: EntityManager) {
  return {
    /** Key: project id and year. */
    annualPlanByProjectYear: projectYearLoader<AnnualPlan | null>(async (projectIds, years) => {
      const plans = await selectDetached(em, AnnualPlan, 'project_id = any(?::int[]) and year = any(?::int[])', [intArray(projectIds), intArray(years)]);
      return new Map(plans.map((plan) => [`${plan.project.id}:${plan.year}`, plan]));
    }, null),
    milestonesByPlan: new DataLoader<number, Milestone[]>(async (planIds) => {
      const rows = await selectDetached(em, Milestone, 'plan_id = any(?::int[])', [intArray(planIds)], 'position, id');
      const groups = groupBy(rows, (row) => row.plan.id);
      return planIds.map((id) => groups.get(id) ?? []);
    }),
  };
}
