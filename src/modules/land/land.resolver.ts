import { belongsTo } from '../../core/belongs-to.js';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
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

}

export const LandTaskProjectLink = belongsTo<LandTask, Project>(() => LandTask, { field: 'project', type: () => Project, id: (root) => root.project.id, loader: (loaders) => loaders.projectById });
