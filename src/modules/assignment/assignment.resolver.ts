import { belongsTo } from '../../core/belongs-to.js';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Person } from '../person/person.entity.js';
import { Project } from '../project/project.entity.js';
import { Assignment } from './assignment.entity.js';
import { AssignmentInput } from './assignment.inputs.js';
import * as assignments from './assignment.service.js';

@Resolver(() => Assignment)
export class AssignmentResolver {
  @Mutation(() => Assignment, { description: 'Link a person to a project in a role. 分配项目责任(挂钩、责任人等)。' })
  assignPerson(@Arg('input', () => AssignmentInput) input: AssignmentInput, @Ctx() context: Context): Promise<Assignment> {
    return assignments.assignPerson(context, input);
  }

  @Mutation(() => Project, { description: "Remove a person's role on a project; returns the project. 取消项目责任。" })
  unassignPerson(@Arg('input', () => AssignmentInput) input: AssignmentInput, @Ctx() context: Context): Promise<Project> {
    return assignments.unassignPerson(context, input);
  }

}

export const AssignmentProjectLink = belongsTo<Assignment, Project>(() => Assignment, { field: 'project', type: () => Project, id: (root) => root.project.id, loader: (loaders) => loaders.projectById });
export const AssignmentPersonLink = belongsTo<Assignment, Person>(() => Assignment, { field: 'person', type: () => Person, id: (root) => root.person.id, loader: (loaders) => loaders.personById });
