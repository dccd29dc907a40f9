import { belongsTo } from '../../core/belongs-to.js';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root, Subscription } from 'type-graphql';
import { DecimalScalar } from '../../shared/scalars.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { EventType } from '../event/event.entity.js';
import type { EventRecord } from '../../core/event-log.js';
import { ProgressEvent, ProgressFilter } from './progress.types.js';
import type { Context } from '../../core/context.js';
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

  @Subscription(() => ProgressEvent, {
    description: 'Each committed monthly report matching the filter, with year-to-date figures. 月度进度实时推送。',
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      const matches = progressMatcher((args as { filter?: ProgressFilter | null }).filter ?? null);
      return ctx.live.streams.feed((event) => event.type === EventType.PROGRESS_REPORTED && matches(event), ctx.connection);
    },
  })
  async progressReported(
    @Root() event: EventRecord,
    @Arg('filter', () => ProgressFilter, { nullable: true }) _filter: ProgressFilter | null,
    @Ctx() context: Context,
  ): Promise<ProgressEvent> {
    context.refresh();
    const payload = event.payload as { month: number; amount: string; yearToDate: string; completionRate: string | null };
    return {
      // One load per event, shared by every subscriber (thousands of screens receive the same event).
      project: await context.live.reads.shared(`project@${event.sequence}`, () => loadReferenced(context.loaders.projectById, event.projectId!, 'Project')),
      year: event.year!,
      month: payload.month,
      amount: payload.amount,
      yearToDate: payload.yearToDate,
      completionRate: payload.completionRate,
      sequence: event.sequence.toString(),
    };
  }

}

/** Decodes a progress filter once, into a test on PROGRESS_REPORTED payloads. */
function progressMatcher(filter: ProgressFilter | null): (event: EventRecord) => boolean {
  const projectId = filter?.projectId ? fromGlobalId(filter.projectId, 'Project', 'filter.projectId') : null;
  const unitId = filter?.responsibleUnitId ? fromGlobalId(filter.responsibleUnitId, 'Organization', 'filter.responsibleUnitId') : null;
  const personId = filter?.personId ? fromGlobalId(filter.personId, 'Person', 'filter.personId') : null;
  const level = filter?.level ?? null;
  return (event) => {
    const payload = event.payload as { level?: string; responsibleUnitId?: number | null; personIds?: number[] };
    return (
      (projectId === null || event.projectId === projectId) &&
      (unitId === null || payload.responsibleUnitId === unitId) &&
      (personId === null || (payload.personIds ?? []).includes(personId)) &&
      (level === null || payload.level === level)
    );
  };
}

export const ProgressReportProjectLink = belongsTo<ProgressReport, Project>(() => ProgressReport, { field: 'project', type: () => Project, id: (root) => root.project.id, loader: (loaders) => loaders.projectById });
export const ProgressReportReportedByLink = belongsTo<ProgressReport, Person>(() => ProgressReport, { field: 'reportedBy', type: () => Person, id: (root) => root.reportedBy?.id ?? null, loader: (loaders) => loaders.personById, nullable: true, description: '填报人' });

@Resolver(() => Project)
export class ProjectProgressResolver {
  @FieldResolver(() => DecimalScalar, {
    description: 'Completed since works began (开工累计): the opening balance plus every report since; with `asOf`, only reports submitted by then. 开工累计完成投资(万元)。',
  })
  cumulativeInvestment(@Root() project: Project, @Arg('asOf', () => Date, { nullable: true }) asOf: Date | null, @Ctx() context: Context): Promise<string> {
    return context.loaders.cumulativeInvestmentByProject.load({ id: project.id, asOf: asOf ?? null });
  }
}
