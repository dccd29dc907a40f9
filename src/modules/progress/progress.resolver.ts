import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../server/context.js';
import { loadReferenced } from '../../shared/batch.js';
import { Person } from '../person/person.entity.js';
import { Project } from '../project/project.entity.js';
import { ProgressReport } from './progress-report.entity.js';
import { ReportProgressInput } from './progress.inputs.js';
import * as progress from './progress.service.js';

@Resolver(() => ProgressReport)
export class ProgressReportResolver {
  @Mutation(() => ProgressReport, { description: "Report a project's month; re-reporting replaces it. 填报月度进度。" })
  reportProgress(@Arg('input', () => ReportProgressInput) input: ReportProgressInput, @Ctx() context: Context): Promise<ProgressReport> {
    return progress.reportProgress(context, input);
  }

  @FieldResolver(() => Project)
  project(@Root() report: ProgressReport, @Ctx() context: Context): Promise<Project> {
    return loadReferenced(context.loaders.projectById, report.project.id, 'Project');
  }

  @FieldResolver(() => Person, { nullable: true, description: '填报人' })
  reportedBy(@Root() report: ProgressReport, @Ctx() context: Context): Promise<Person> | null {
    return report.reportedBy ? loadReferenced(context.loaders.personById, report.reportedBy.id, 'Person') : null;
  }
}
