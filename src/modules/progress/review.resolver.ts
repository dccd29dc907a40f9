import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { belongsTo } from '../../core/belongs-to.js';
import type { Context } from '../../core/context.js';
import { ConnectionArgs } from '../../shared/pagination.js';
import { Person } from '../person/person.entity.js';
import { ProgressReport } from './progress-report.entity.js';
import { Correction, ReportRevision } from './report-history.entity.js';
import { CorrectionFilter, ReportFilter, RequestCorrectionInput } from './progress.inputs.js';
import { CorrectionConnection, ProgressReportConnection } from './progress.types.js';
import * as review from './review.service.js';

@Resolver(() => ProgressReport)
export class ReportReviewResolver {
  @Query(() => ProgressReportConnection, { description: "Monthly reports by year, month, review state or unit: the office's review queue, a unit's returned reports. 月报列表(审核)。" })
  async progressReports(@Arg('filter', () => ReportFilter, { nullable: true }) filter: ReportFilter | null, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() context: Context): Promise<ProgressReportConnection> {
    return new ProgressReportConnection(await review.findReports(context, filter, args));
  }

  @Mutation(() => ProgressReport, { description: 'Approve a submitted report (ADMIN). 审核通过。' })
  approveReport(@Arg('reportId', () => ID) reportId: string, @Ctx() context: Context): Promise<ProgressReport> {
    return review.approveReport(context, reportId);
  }

  @Mutation(() => ProgressReport, { description: 'Return a submitted report of an open month to its unit, with the reason (ADMIN); it stops counting until resubmitted. 退回修改。' })
  returnReport(@Arg('reportId', () => ID) reportId: string, @Arg('reason', () => String) reason: string, @Ctx() context: Context): Promise<ProgressReport> {
    return review.returnReport(context, reportId, reason);
  }

  @FieldResolver(() => [ReportRevision], { description: 'Every version of the report, first submission first: submissions, reviews, corrections. 报表历史。' })
  history(@Root() report: ProgressReport, @Ctx() context: Context): Promise<ReportRevision[]> {
    return context.loaders.revisionsByReport.load(report.id);
  }

  @FieldResolver(() => [Correction], { description: 'Correction requests of this report, oldest first. 更正申请。' })
  corrections(@Root() report: ProgressReport, @Ctx() context: Context): Promise<Correction[]> {
    return context.loaders.correctionsByReport.load(report.id);
  }
}

@Resolver(() => Correction)
export class CorrectionResolver {
  @Query(() => CorrectionConnection, { description: 'Correction requests, by state and by the corrected report. 更正申请列表。' })
  async corrections(@Arg('filter', () => CorrectionFilter, { nullable: true }) filter: CorrectionFilter | null, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() context: Context): Promise<CorrectionConnection> {
    return new CorrectionConnection(await review.findCorrections(context, filter, args));
  }

  @Mutation(() => Correction, { description: "Ask to change a report of a closed month (ADMIN, or the project's unit). 提出更正申请。" })
  requestCorrection(@Arg('input', () => RequestCorrectionInput) input: RequestCorrectionInput, @Ctx() context: Context): Promise<Correction> {
    return review.requestCorrection(context, input);
  }

  @Mutation(() => Correction, { description: 'Approve a correction: the report takes the corrected figures, the old ones stay in its history (ADMIN). 批准更正。' })
  approveCorrection(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Correction> {
    return review.approveCorrection(context, id);
  }

  @Mutation(() => Correction, { description: 'Reject a correction with the reason (ADMIN). 驳回更正。' })
  rejectCorrection(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() context: Context): Promise<Correction> {
    return review.rejectCorrection(context, id, reason);
  }
}

export const CorrectionReportLink = belongsTo<Correction, ProgressReport>(() => Correction, {
  field: 'report',
  type: () => ProgressReport,
  id: (root) => root.report.id,
  loader: (loaders) => loaders.progressReportById,
  description: 'The report to correct. 月报。',
});

export const ReportRevisionReportedByLink = belongsTo<ReportRevision, Person>(() => ReportRevision, {
  field: 'reportedBy',
  type: () => Person,
  id: (root) => root.reportedBy?.id ?? null,
  loader: (loaders) => loaders.personById,
  nullable: true,
  description: 'The reporter named in this version. 填报人。',
});
