import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { loadReferenced } from '../../shared/batch.js';
import { Project } from '../project/project.entity.js';
import { LandTask } from './land-task.entity.js';
import { AddLandTaskInput, UpdateLandTaskInput } from './land.inputs.js';
import * as land from './land.service.js';

@Resolver(() => LandTask)
export class LandTaskResolver {
  @Mutation(() => LandTask, { description: 'Add a land task to a project. 新增征地和房屋征收任务。' })
  addLandTask(@Arg('input', () => AddLandTaskInput) input: AddLandTaskInput, @Ctx() context: Context): Promise<LandTask> {
    return land.addLandTask(context, input);
  }

  @Mutation(() => LandTask, { description: 'Update land acquisition / relocation progress. 更新征地和房屋征收进度。' })
  updateLandTask(@Arg('input', () => UpdateLandTaskInput) input: UpdateLandTaskInput, @Ctx() context: Context): Promise<LandTask> {
    return land.updateLandTask(context, input);
  }

  @FieldResolver(() => Project)
  project(@Root() task: LandTask, @Ctx() context: Context): Promise<Project> {
    return loadReferenced(context.loaders.projectById, task.project.id, 'Project');
  }
}
