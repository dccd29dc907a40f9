import { belongsTo } from '../../core/belongs-to.js';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../shared/pagination.js';
import type { Context } from '../../core/context.js';
import { dekadRange } from '../../shared/dekad.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { NotFoundError } from '../../shared/errors.js';
import { Person } from '../person/person.entity.js';
import { Problem } from '../problem/problem.entity.js';
import { Project } from '../project/project.entity.js';
import { Inspection, SupervisionGroup, SupervisionMember } from './supervision.entity.js';
import { InspectionFilter, RecordInspectionInput, SetSupervisionGroupInput } from './supervision.inputs.js';
import { InspectionConnection, InspectionRound } from './supervision.types.js';
import * as supervision from './supervision.service.js';

@Resolver(() => SupervisionGroup)
export class SupervisionGroupResolver {
  @Query(() => SupervisionGroup, { nullable: true, description: "The year's supervision group. 督查组。" })
  supervisionGroup(@Arg('year', () => Int) year: number, @Ctx() context: Context): Promise<SupervisionGroup | null> {
    return supervision.supervisionGroup(context, year);
  }

  @Mutation(() => SupervisionGroup, { description: "Set the year's supervision group and members. 设定督查组。" })
  setSupervisionGroup(@Arg('input', () => SetSupervisionGroupInput) input: SetSupervisionGroupInput, @Ctx() context: Context): Promise<SupervisionGroup> {
    return supervision.setSupervisionGroup(context, input);
  }

  @FieldResolver(() => [SupervisionMember], { description: '成员' })
  members(@Root() group: SupervisionGroup, @Ctx() context: Context): Promise<SupervisionMember[]> {
    return context.loaders.membersByGroup.load(group.id);
  }
}


@Resolver(() => Inspection)
export class InspectionResolver {
  @Query(() => [InspectionRound], { description: 'The three ten-day rounds of a month. 每旬督查情况(含应督未督)。' })
  inspectionRounds(@Arg('year', () => Int) year: number, @Arg('month', () => Int) month: number, @Ctx() context: Context): Promise<InspectionRound[]> {
    return supervision.inspectionRounds(context, year, month);
  }

  @Query(() => InspectionConnection, { description: 'Inspections by project, year, month or inspector, newest first. 督查记录。' })
  async inspections(@Arg('filter', () => InspectionFilter, { nullable: true }) filter: InspectionFilter | null, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() context: Context): Promise<InspectionConnection> {
    return new InspectionConnection(await supervision.findInspections(context, filter, args));
  }

  @Query(() => Inspection, { description: 'One inspection. 督查记录。' })
  async inspection(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Inspection> {
    const inspection = await context.em.findOne(Inspection, { id: fromGlobalId(id, 'Inspection', 'id') });
    if (!inspection) throw new NotFoundError('Inspection', id);
    return inspection;
  }

  @Mutation(() => Inspection, { description: 'Record an inspection of a project in a ten-day round. 记录督查。' })
  recordInspection(@Arg('input', () => RecordInspectionInput) input: RecordInspectionInput, @Ctx() context: Context): Promise<Inspection> {
    return supervision.recordInspection(context, input);
  }

  @FieldResolver(() => [Person], { description: '督查人员' })
  inspectors(@Root() inspection: Inspection, @Ctx() context: Context): Promise<Person[]> {
    return context.loaders.inspectorsByInspection.load(inspection.id);
  }

  @FieldResolver(() => [Problem], { description: '发现的问题' })
  problems(@Root() inspection: Inspection, @Ctx() context: Context): Promise<Problem[]> {
    return context.loaders.problemsByInspection.load(inspection.id);
  }

  @FieldResolver(() => Boolean, { description: 'Inspected within its round. 是否按时督查。' })
  onTime(@Root() inspection: Inspection): boolean {
    return inspection.inspectedOn <= dekadRange(inspection.year, inspection.month, inspection.dekad).endsOn;
  }
}

export const SupervisionMemberPersonLink = belongsTo<SupervisionMember, Person>(() => SupervisionMember, { field: 'person', type: () => Person, id: (root) => root.person.id, loader: (loaders) => loaders.personById });
export const InspectionProjectLink = belongsTo<Inspection, Project>(() => Inspection, { field: 'project', type: () => Project, id: (root) => root.project.id, loader: (loaders) => loaders.projectById });

@Resolver(() => Project)
export class ProjectInspectionsResolver {
  @FieldResolver(() => [Inspection], { description: "The project's inspections (optionally of one year), newest first. 督查记录。" })
  async inspections(@Root() project: Project, @Arg('year', () => Int, { nullable: true }) year: number | null, @Ctx() context: Context): Promise<Inspection[]> {
    const all = await context.loaders.inspectionsByProject.load(project.id);
    return year === null || year === undefined ? all : all.filter((inspection) => inspection.year === year);
  }
}
