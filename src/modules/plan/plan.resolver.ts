import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { loadReferenced } from '../../shared/batch.js';
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

  @FieldResolver(() => Project)
  project(@Root() plan: AnnualPlan, @Ctx() context: Context): Promise<Project> {
    return loadReferenced(context.loaders.projectById, plan.project.id, 'Project');
  }

  @FieldResolver(() => [Milestone], { description: 'Milestones of the year, in order. 年度节点目标。' })
  milestones(@Root() plan: AnnualPlan, @Ctx() context: Context): Promise<Milestone[]> {
    return context.loaders.milestonesByPlan.load(plan.id);
  }
}
