import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { EventRecord } from '../../core/event-log.js';
import type { Context } from '../../core/context.js';
import { ConnectionArgs } from '../../shared/pagination.js';
import { DecimalScalar } from '../../shared/scalars.js';
import { completionRate } from '../../shared/money.js';
import { requireYear } from '../../shared/year.js';
import { Organization } from '../organization/organization.entity.js';
import { Assignment } from '../assignment/assignment.entity.js';
import { ProgressReport } from '../progress/progress-report.entity.js';
import { LandTask } from '../land/land-task.entity.js';
import { Project } from './project.entity.js';
import { CreateProjectInput, ProjectFilter, RecordStartInput, UpdateProjectInput } from './project.inputs.js';
import { ProjectConnection, UnassignedProject } from './project.types.js';
import * as projects from './project.service.js';

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => ProjectConnection, { description: 'Key projects, filtered, in stable order. 重点项目列表。' })
  async projects(
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter: ProjectFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: Context,
  ): Promise<ProjectConnection> {
    return new ProjectConnection(await projects.findProjects(context, filter, args));
  }

  @Query(() => Project, { description: 'One project. 项目详情。' })
  project(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Project> {
    return projects.getProject(context, id);
  }

  @Query(() => [UnassignedProject], {
    description: 'Projects active in the year lacking a liaison leader, responsible unit or responsible person. 责任未落实(有人抓、有人管)的项目。',
  })
  unassignedProjects(@Arg('year', () => Int) year: number, @Ctx() context: Context): Promise<UnassignedProject[]> {
    return projects.findUnassignedProjects(context, requireYear(year));
  }

  @Mutation(() => Project, { description: 'Create a key project. 新增重点项目。' })
  createProject(@Arg('input', () => CreateProjectInput) input: CreateProjectInput, @Ctx() context: Context): Promise<Project> {
    return projects.createProject(context, input);
  }

  @Mutation(() => Project, { description: 'Change a project. 修改项目。' })
  updateProject(@Arg('input', () => UpdateProjectInput) input: UpdateProjectInput, @Ctx() context: Context): Promise<Project> {
    return projects.updateProject(context, input);
  }

  @Mutation(() => Project, { description: 'Record the start of works. 登记开工。' })
  recordStart(@Arg('input', () => RecordStartInput) input: RecordStartInput, @Ctx() context: Context): Promise<Project> {
    return projects.recordStart(context, input);
  }

  @Subscription(() => Project, {
    description: 'The project after each committed change to it or its plans, reports, people and land tasks. 项目变更推送。',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const project = await projects.getProject(ctx, (args as { id: string }).id);
      return ctx.live.streams.feed((event) => event.projectId === project.id, ctx.connection);
    },
  })
  projectChanged(@Root() event: EventRecord, @Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Project> {
    context.refresh();
    return projects.getProject(context, id);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Responsible unit. 责任单位。' })
  responsibleUnit(@Root() project: Project, @Ctx() context: Context): Promise<Organization | null> | null {
    return project.responsibleUnit ? context.loaders.organizationById.load(project.responsibleUnit.id) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The town or street (镇/街) the site lies in. 所在镇/街。' })
  town(@Root() project: Project, @Ctx() context: Context): Promise<Organization | null> | null {
    return project.town ? context.loaders.organizationById.load(project.town.id) : null;
  }

  @FieldResolver(() => [Assignment], { description: 'People linked to the project and their roles. 责任分工。' })
  assignments(@Root() project: Project, @Ctx() context: Context): Promise<Assignment[]> {
    return context.loaders.assignmentsByProject.load(project.id);
  }

  @FieldResolver(() => [ProgressReport], { description: "The year's monthly reports, by month. 月度进度。" })
  progress(@Root() project: Project, @Arg('year', () => Int) year: number, @Ctx() context: Context): Promise<ProgressReport[]> {
    return context.loaders.progressByProjectYear.load({ id: project.id, year: requireYear(year) });
  }

  @FieldResolver(() => DecimalScalar, {
    description: 'Investment completed in the year to date, 万元 (every submitted report; with `asOf`, as official at that instant). 年度累计完成投资(万元)。',
  })
  completedInvestment(
    @Root() project: Project,
    @Arg('year', () => Int) year: number,
    @Arg('asOf', () => Date, { nullable: true, description: '截至时点' }) asOf: Date | null,
    @Ctx() context: Context,
  ): Promise<string> {
    const key = { id: project.id, year: requireYear(year) };
    return asOf ? context.loaders.completedInvestmentAsOf.load({ ...key, asOf }) : context.loaders.completedInvestmentByProjectYear.load(key);
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description: 'Year-to-date completed / annual plan, percent with two decimals; null without a plan. With `asOf`, both as official at that instant. 完成年计划(%)。',
  })
  async completionRate(
    @Root() project: Project,
    @Arg('year', () => Int) year: number,
    @Arg('asOf', () => Date, { nullable: true, description: '截至时点' }) asOf: Date | null,
    @Ctx() context: Context,
  ): Promise<string | null> {
    const key = { id: project.id, year: requireYear(year) };
    if (asOf) {
      const [planned, completed] = await Promise.all([context.loaders.planAsOf.load({ ...key, asOf }), context.loaders.completedInvestmentAsOf.load({ ...key, asOf })]);
      return completionRate(completed, planned);
    }
    const [plan, completed] = await Promise.all([
      context.loaders.listingByProjectYear.load(key),
      context.loaders.completedInvestmentByProjectYear.load(key),
    ]);
    return completionRate(completed, plan?.plannedInvestment);
  }

  @FieldResolver(() => [LandTask], { description: 'Land acquisition and relocation. 征地和房屋征收。' })
  landTasks(@Root() project: Project, @Ctx() context: Context): Promise<LandTask[]> {
    return context.loaders.landTasksByProject.load(project.id);
  }
}
