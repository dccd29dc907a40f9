import { belongsTo } from '../../core/belongs-to.js';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Project } from '../project/project.entity.js';
import { AnnualPlan, Milestone } from './annual-plan.entity.js';
import { SetAnnualPlanInput } from './plan.inputs.js';
import * as plans from './plan.service.js';

@Resolver(() => AnnualPlan)
export class AnnualPlanResolver {
  @Mutation(() => AnnualPlan, { description: "Set a project's plan for a year. 设定年度计划。" })
  setAnnualPlan(@Arg('input', () => SetAnnualPlanInput) input: SetAnnualPlanInput, @Ctx() context: Context): Promise<AnnualPlan> {
    return plans.setAnnualPlan(context, input);
  }

  @FieldResolver(() => [Milestone], { description: 'Milestones of the year, in order. 年度节点目标。' })
  milestones(@Root() plan: AnnualPlan, @Ctx() context: Context): Promise<Milestone[]> {
    return context.loaders.milestonesByPlan.load(plan.id);
  }
}

export const AnnualPlanProjectLink = belongsTo<AnnualPlan, Project>(() => AnnualPlan, { field: 'project', type: () => Project, id: (root) => root.project.id, loader: (loaders) => loaders.projectById });
