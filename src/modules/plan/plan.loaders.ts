import type { EntityManager } from '@mikro-orm/postgresql';
import { childrenLoader, projectYearLoader, selectByProjectYear } from '../../shared/batch.js';
import { AnnualPlan, Milestone } from './annual-plan.entity.js';

/** Per-request loaders of annual plans and milestones. */
export function planLoaders(em: EntityManager) {
  return {
    /** Key: project id and year. */
    annualPlanByProjectYear: projectYearLoader<AnnualPlan | null>(async (projectIds, years) => {
      const plans = await selectByProjectYear(em, AnnualPlan, projectIds, years);
      return new Map(plans.map((plan) => [`${plan.project.id}:${plan.year}`, plan]));
    }, null),
    milestonesByPlan: childrenLoader(em, Milestone, 'plan_id', (row) => row.plan.id, 'position, id'),
  };
}

declare module '../../core/context.js' {
  /** This module's loaders, merged into every context's `loaders`. */
  interface Loaders extends ReturnType<typeof planLoaders> {}
}
