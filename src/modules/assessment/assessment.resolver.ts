import { belongsTo } from '../../core/belongs-to.js';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Connection, ConnectionArgs } from '../../shared/pagination.js';
import { DecimalScalar } from '../../shared/scalars.js';
import { requireYear } from '../../shared/year.js';
import { Person } from '../person/person.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Project } from '../project/project.entity.js';
import { AssessmentScheme, Sanction, SanctionKind, TargetExplanation } from './assessment.entity.js';
import { RecordAccountabilityInput, RecordSanctionInput, SubmitTargetExplanationInput, UpdateAssessmentSchemeInput } from './assessment.inputs.js';
import { ProjectScore, SubjectRole, SubjectScore, UnitScore } from './assessment.types.js';
import * as assessment from './assessment.service.js';
import { updateAssessmentScheme } from './scheme.service.js';

@ObjectType({ simpleResolvers: true, description: 'A page of the ranking. 考核排名分页。' })
export class ProjectScoreConnection extends Connection(ProjectScore, 'ProjectScore', (score) => score.position) {}

@Resolver(() => ProjectScore)
export class AssessmentResolver {
  @Query(() => AssessmentScheme, { description: "The year's scheme in force (version 0 = the defaults). 考核办法。" })
  assessmentScheme(@Arg('year', () => Int) year: number, @Ctx() context: Context): Promise<AssessmentScheme> {
    return assessment.assessmentScheme(context, year);
  }

  @Query(() => [AssessmentScheme], { description: 'Every stored version, newest first. 考核办法历次版本。' })
  assessmentSchemeVersions(@Arg('year', () => Int) year: number, @Ctx() context: Context): Promise<AssessmentScheme[]> {
    return assessment.assessmentSchemeVersions(context, year);
  }

  @Mutation(() => AssessmentScheme, { description: 'Edit the scheme (a new version); lights and scores recompute. 修订考核办法。' })
  updateAssessmentScheme(@Arg('input', () => UpdateAssessmentSchemeInput) input: UpdateAssessmentSchemeInput, @Ctx() context: Context): Promise<AssessmentScheme> {
    return updateAssessmentScheme(context, input);
  }

  @Query(() => ProjectScore, { nullable: true, description: "A project's score (null without a plan that year). 项目考核得分。" })
  projectScore(@Arg('projectId', () => ID) projectId: string, @Arg('year', () => Int) year: number, @Ctx() context: Context): Promise<ProjectScore | null> {
    return assessment.projectScore(context, projectId, year);
  }

  @Query(() => ProjectScoreConnection, { description: 'The ranking of the year, best first. 项目考核排名。' })
  async projectScores(@Arg('year', () => Int) year: number, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() context: Context): Promise<ProjectScoreConnection> {
    return new ProjectScoreConnection(await assessment.findProjectScores(context, year, args));
  }

  @Query(() => [SubjectScore], { description: 'Scores and ranks of liaison leaders, responsible persons or inspectors. 考核对象排名。' })
  subjectScores(@Arg('year', () => Int) year: number, @Arg('role', () => SubjectRole) role: SubjectRole, @Ctx() context: Context): Promise<SubjectScore[]> {
    return assessment.subjectScores(context, year, role);
  }

  @Query(() => ProjectScore, { description: 'What-if score; nothing is written. 模拟得分(不保存)。' })
  simulateScore(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('year', () => Int) year: number,
    @Arg('completedInvestment', () => DecimalScalar, { description: '假设的年度累计完成投资(万元)' }) completedInvestment: string,
    @Arg('milestonesMet', () => Boolean, { nullable: true, description: 'true: all met; false: not all met; null: as recorded. 节点目标是否全部完成。' })
    milestonesMet: boolean | null,
    @Ctx() context: Context,
  ): Promise<ProjectScore> {
    return assessment.simulateScore(context, projectId, year, completedInvestment, milestonesMet);
  }

  @Query(() => [Sanction], { description: "The year's commendations, criticisms and accountability cases. 奖惩记录。" })
  sanctions(@Arg('year', () => Int) year: number, @Arg('kind', () => SanctionKind, { nullable: true }) kind: SanctionKind | null, @Ctx() context: Context): Promise<Sanction[]> {
    return context.em.find(Sanction, { year: requireYear(year), ...(kind ? { kind } : {}) }, { orderBy: { decidedOn: 'asc', id: 'asc' } });
  }

  @Mutation(() => Sanction, { description: 'Record a commendation. 表彰奖励。' })
  recordCommendation(@Arg('input', () => RecordSanctionInput) input: RecordSanctionInput, @Ctx() context: Context): Promise<Sanction> {
    return assessment.recordSanction(context, SanctionKind.COMMENDATION, input);
  }

  @Mutation(() => Sanction, { description: 'Record a public criticism (deducts points). 通报批评。' })
  recordCriticism(@Arg('input', () => RecordSanctionInput) input: RecordSanctionInput, @Ctx() context: Context): Promise<Sanction> {
    return assessment.recordSanction(context, SanctionKind.CRITICISM, input);
  }

  @Mutation(() => Sanction, { description: 'Record an accountability case (a veto reason sets the score to 0). 问责。' })
  recordAccountability(@Arg('input', () => RecordAccountabilityInput) input: RecordAccountabilityInput, @Ctx() context: Context): Promise<Sanction> {
    return assessment.recordSanction(context, SanctionKind.ACCOUNTABILITY, input);
  }

  @Mutation(() => Sanction, { description: 'Revoke a sanction recorded in error, with the reason (ADMIN); it stays on record and counts for nothing. 撤销奖惩。' })
  revokeSanction(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() context: Context): Promise<Sanction> {
    return assessment.revokeSanction(context, id, reason);
  }

  @Query(() => [UnitScore], { description: 'Scores and ranks of responsible units (mean of their projects, less criticisms of the unit). 责任单位排名。' })
  unitScores(@Arg('year', () => Int) year: number, @Ctx() context: Context): Promise<UnitScore[]> {
    return assessment.unitScores(context, year);
  }

  @Mutation(() => TargetExplanation, { description: 'Explain a missed target and plan its rectification. 说明原因、提出整改措施。' })
  submitTargetExplanation(@Arg('input', () => SubmitTargetExplanationInput) input: SubmitTargetExplanationInput, @Ctx() context: Context): Promise<TargetExplanation> {
    return assessment.submitTargetExplanation(context, input);
  }
}

@Resolver(() => Project)
export class ProjectAssessmentResolver {
  @FieldResolver(() => ProjectScore, {
    nullable: true,
    description: "The year's score and rank; with `asOf`, as they stood at that instant (recomputed from the history, under the scheme then in force). 考核得分。",
  })
  async score(
    @Root() project: Project,
    @Arg('year', () => Int) year: number,
    @Arg('asOf', () => Date, { nullable: true, description: '截至时点' }) asOf: Date | null,
    @Ctx() context: Context,
  ): Promise<ProjectScore | null> {
    requireYear(year);
    if (asOf) {
      const score = (await context.loaders.scoresAsOfByYear.load({ year, asOf })).get(project.id);
      return score ? assessment.fromScoreAsOf(score, project, year) : null;
    }
    const record = await context.loaders.scoreByProjectYear.load({ id: project.id, year });
    return record ? assessment.fromRecord(record, project, record.rank) : null;
  }

  @FieldResolver(() => [TargetExplanation], { description: 'Explanations of a missed target. 未完成目标说明。' })
  targetExplanations(@Root() project: Project, @Arg('year', () => Int) year: number, @Ctx() context: Context): Promise<TargetExplanation[]> {
    return context.loaders.explanationsByProjectYear.load({ id: project.id, year: requireYear(year) });
  }
}



export const SanctionProjectLink = belongsTo<Sanction, Project>(() => Sanction, { field: 'project', type: () => Project, id: (root) => root.project?.id ?? null, loader: (loaders) => loaders.projectById, nullable: true });
export const SanctionPersonLink = belongsTo<Sanction, Person>(() => Sanction, { field: 'person', type: () => Person, id: (root) => root.person?.id ?? null, loader: (loaders) => loaders.personById, nullable: true });
export const TargetExplanationProjectLink = belongsTo<TargetExplanation, Project>(() => TargetExplanation, { field: 'project', type: () => Project, id: (root) => root.project.id, loader: (loaders) => loaders.projectById });
export const TargetExplanationAuthorLink = belongsTo<TargetExplanation, Person>(() => TargetExplanation, { field: 'author', type: () => Person, id: (root) => root.author.id, loader: (loaders) => loaders.personById, description: '说明人' });
export const SanctionUnitLink = belongsTo<Sanction, Organization>(() => Sanction, {
  field: 'unit',
  type: () => Organization,
  id: (root) => root.unit?.id ?? null,
  loader: (loaders) => loaders.organizationById,
  nullable: true,
  description: 'The unit commended or criticised. 相关单位。',
});

@Resolver(() => Sanction)
export class SanctionResolver {
  @FieldResolver(() => [Person], { description: 'Accountability: the persons answerable (问责对象). 被问责人员。' })
  async answerablePersons(@Root() sanction: Sanction, @Ctx() context: Context): Promise<Person[]> {
    const people = await context.loaders.personById.loadMany(sanction.answerablePersonIds ?? []);
    return people.filter((person): person is Person => person instanceof Person);
  }
}
