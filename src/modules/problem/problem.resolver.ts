import { belongsTo } from '../../core/belongs-to.js';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { ConnectionArgs } from '../../shared/pagination.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { Project } from '../project/project.entity.js';
import { Inspection } from '../supervision/supervision.entity.js';
import { Problem } from './problem.entity.js';
import { ProblemFilter, RaiseProblemInput, StartRectificationInput, SubmitRectificationInput } from './problem.inputs.js';
import { ProblemConnection } from './problem.types.js';
import * as problems from './problem.service.js';
import * as rectifications from './rectification.service.js';
import { Rectification } from './rectification.entity.js';

@Resolver(() => Problem)
export class ProblemResolver {
  @Query(() => ProblemConnection, { description: 'Problems found and their rectification. 存在问题及整改。' })
  async problems(
    @Arg('filter', () => ProblemFilter, { nullable: true }) filter: ProblemFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: Context,
  ): Promise<ProblemConnection> {
    return new ProblemConnection(await problems.findProblems(context, filter, args));
  }

  @Query(() => Problem, { description: 'One problem. 问题详情。' })
  problem(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Problem> {
    return problems.getProblem(context, id);
  }

  @Mutation(() => Problem, { description: 'Raise a problem. 提出问题。' })
  raiseProblem(@Arg('input', () => RaiseProblemInput) input: RaiseProblemInput, @Ctx() context: Context): Promise<Problem> {
    return problems.raiseProblem(context, input);
  }

  @Mutation(() => Problem, { description: "OPEN → RECTIFYING: the owner states the measures it is taking (the owner unit's REPORTER, the owner person, or ADMIN). 开始整改。" })
  startRectification(@Arg('input', () => StartRectificationInput) input: StartRectificationInput, @Ctx() context: Context): Promise<Problem> {
    return rectifications.startRectification(context, input);
  }

  @Mutation(() => Rectification, {
    description: "The owner submits its rectification (measures, date done, evidence) for the supervision group to verify (the owner unit's REPORTER, the owner person, or ADMIN). 提交整改。",
  })
  submitRectification(@Arg('input', () => SubmitRectificationInput) input: SubmitRectificationInput, @Ctx() context: Context): Promise<Rectification> {
    return rectifications.submitRectification(context, input);
  }

  @Mutation(() => Rectification, { description: 'A supervision-group member other than the submitter accepts it: the problem is RESOLVED. 整改核验通过(销号)。' })
  verifyRectification(@Arg('rectificationId', () => ID) rectificationId: string, @Ctx() context: Context): Promise<Rectification> {
    return rectifications.verifyRectification(context, rectificationId);
  }

  @Mutation(() => Rectification, { description: 'A supervision-group member other than the submitter rejects it, with the reason: back to RECTIFYING. 整改核验不通过。' })
  rejectRectification(@Arg('rectificationId', () => ID) rectificationId: string, @Arg('reason', () => String) reason: string, @Ctx() context: Context): Promise<Rectification> {
    return rectifications.rejectRectification(context, rectificationId, reason);
  }

  @FieldResolver(() => [Rectification], { description: 'Every rectification submitted and its verdict, first first. 整改记录。' })
  rectifications(@Root() problem: Problem, @Ctx() context: Context): Promise<Rectification[]> {
    return context.loaders.rectificationsByProblem.load(problem.id);
  }

  @FieldResolver(() => Inspection, { nullable: true, description: '来源督查' })
  inspection(@Root() problem: Problem, @Ctx() context: Context): Promise<Inspection | null> | null {
    return problem.inspection ? context.loaders.inspectionById.load(problem.inspection.id) : null;
  }

}

@Resolver(() => Project)
export class ProjectProblemsResolver {
  @FieldResolver(() => [Problem], { description: 'Problems found in the project. 存在问题。' })
  problems(@Root() project: Project, @Ctx() context: Context): Promise<Problem[]> {
    return context.loaders.problemsByProject.load(project.id);
  }
}

export const ProblemProjectLink = belongsTo<Problem, Project>(() => Problem, { field: 'project', type: () => Project, id: (root) => root.project.id, loader: (loaders) => loaders.projectById });
export const ProblemOwnerPersonLink = belongsTo<Problem, Person>(() => Problem, { field: 'ownerPerson', type: () => Person, id: (root) => root.ownerPerson?.id ?? null, loader: (loaders) => loaders.personById, nullable: true, description: '整改责任人' });
export const ProblemOwnerUnitLink = belongsTo<Problem, Organization>(() => Problem, { field: 'ownerUnit', type: () => Organization, id: (root) => root.ownerUnit?.id ?? null, loader: (loaders) => loaders.organizationById, nullable: true, description: '整改责任单位' });
export const ProblemVerifiedByLink = belongsTo<Problem, Person>(() => Problem, { field: 'verifiedBy', type: () => Person, id: (root) => root.verifiedBy?.id ?? null, loader: (loaders) => loaders.personById, nullable: true, description: '验收人' });

export const RectificationSubmitterLink = belongsTo<Rectification, Person>(() => Rectification, {
  field: 'submittedByPerson',
  type: () => Person,
  id: (root) => root.submittedByPerson?.id ?? null,
  loader: (loaders) => loaders.personById,
  nullable: true,
  description: 'The person who submitted it. 提交人。',
});
export const RectificationVerifierLink = belongsTo<Rectification, Person>(() => Rectification, {
  field: 'verdictByPerson',
  type: () => Person,
  id: (root) => root.verdictByPerson?.id ?? null,
  loader: (loaders) => loaders.personById,
  nullable: true,
  description: 'The group member who gave the verdict. 核验人。',
});
