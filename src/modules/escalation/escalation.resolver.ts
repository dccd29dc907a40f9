import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { belongsTo } from '../../core/belongs-to.js';
import type { Context } from '../../core/context.js';
import { Connection, ConnectionArgs } from '../../shared/pagination.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { Problem } from '../problem/problem.entity.js';
import { Project } from '../project/project.entity.js';
import { Escalation } from './escalation.entity.js';
import { EscalationFilter } from './escalation.inputs.js';
import * as escalations from './escalation.service.js';

@ObjectType({ simpleResolvers: true, description: 'A page of escalation steps, newest first. 督办分页。' })
export class EscalationConnection extends Connection(Escalation, 'Escalation', (step) => step.id) {}

@Resolver(() => Escalation)
export class EscalationResolver {
  @Query(() => EscalationConnection, { description: 'Steps of the escalation ladder by year, kind, project and state (mine: those addressed to the caller), newest first. 督办事项。' })
  async escalations(@Arg('filter', () => EscalationFilter, { nullable: true }) filter: EscalationFilter | null, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() context: Context): Promise<EscalationConnection> {
    return new EscalationConnection(await escalations.findEscalations(context, filter, args));
  }

  @Mutation(() => Escalation, { description: 'An addressee (or the office) answers a step; answering closes it. 督办回复(办结)。' })
  respondToEscalation(@Arg('id', () => ID) id: string, @Arg('response', () => String) response: string, @Ctx() context: Context): Promise<Escalation> {
    return escalations.respondToEscalation(context, id, response);
  }

  @Mutation(() => Int, { description: 'Run the daily escalation sweep now (overdue problems, missing reports); returns the steps created (ADMIN). 立即执行督办巡检。' })
  sweepEscalations(@Ctx() context: Context): Promise<number> {
    return escalations.runEscalationSweep(context);
  }

  @FieldResolver(() => [Person], { description: 'The persons it is addressed to. 督办对象(人员)。' })
  async addressees(@Root() step: Escalation, @Ctx() context: Context): Promise<Person[]> {
    const people = await context.loaders.personById.loadMany(step.addresseePersonIds);
    return people.filter((person): person is Person => person instanceof Person);
  }
}

export const EscalationProjectLink = belongsTo<Escalation, Project>(() => Escalation, { field: 'project', type: () => Project, id: (root) => root.project.id, loader: (loaders) => loaders.projectById });
export const EscalationUnitLink = belongsTo<Escalation, Organization>(() => Escalation, {
  field: 'addresseeUnit',
  type: () => Organization,
  id: (root) => root.addresseeUnit?.id ?? null,
  loader: (loaders) => loaders.organizationById,
  nullable: true,
  description: 'The unit it is addressed to. 督办对象(单位)。',
});
export const EscalationProblemLink = belongsTo<Escalation, Problem>(() => Escalation, {
  field: 'problem',
  type: () => Problem,
  id: (root) => root.problem?.id ?? null,
  loader: (loaders) => loaders.problemById,
  nullable: true,
  description: 'The overdue problem that raised it. 相关问题。',
});
