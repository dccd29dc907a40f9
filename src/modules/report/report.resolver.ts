import { belongsTo } from '../../core/belongs-to.js';
import { Arg, Ctx, Int, Query, Resolver, type ClassType } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Person } from '../person/person.entity.js';
import { Project } from '../project/project.entity.js';
import * as reports from './report.service.js';
import {
  MonthlyReport,
  MonthlyReportRow,
  OverdueProblem,
  PeriodSummary,
  QuarterlyBulletin,
  RedLightProject,
  ReportProjectScore,
  ReportSanction,
} from './report.types.js';

@Resolver()
export class ReportResolver {
  @Query(() => MonthlyReport, { description: 'The monthly report table (每月一报表); also at /reports/monthly/{year}/{month}.xlsx and .csv. 月报表。' })
  monthlyReport(@Arg('year', () => Int) year: number, @Arg('month', () => Int) month: number, @Ctx() context: Context): Promise<MonthlyReport> {
    return reports.monthlyReport(context, year, month);
  }

  @Query(() => QuarterlyBulletin, { description: 'The quarterly bulletin (每季一通报); also at /reports/quarterly/{year}/{quarter}.xlsx and .csv. 季度通报。' })
  quarterlyBulletin(@Arg('year', () => Int) year: number, @Arg('quarter', () => Int) quarter: number, @Ctx() context: Context): Promise<QuarterlyBulletin> {
    return reports.quarterlyBulletin(context, year, quarter);
  }

  @Query(() => PeriodSummary, { description: 'The half-year summary (每半年一小结); also at /reports/half-year/{year}/{half}.xlsx and .csv. 半年小结。' })
  halfYearSummary(@Arg('year', () => Int) year: number, @Arg('half', () => Int, { description: '1 上半年, 2 下半年' }) half: number, @Ctx() context: Context): Promise<PeriodSummary> {
    return reports.halfYearSummary(context, year, half);
  }

  @Query(() => PeriodSummary, { description: 'The year-end summary (年终一总结); also at /reports/annual/{year}.xlsx and .csv. 年终总结。' })
  annualSummary(@Arg('year', () => Int) year: number, @Ctx() context: Context): Promise<PeriodSummary> {
    return reports.annualSummary(context, year);
  }
}

/** A report line's `project`, through the per-request loader. */
function projectLink<T extends { projectId: number }>(lineType: ClassType<T>): ClassType {
  return belongsTo<T, Project>(() => lineType, { field: 'project', type: () => Project, id: (line) => line.projectId, loader: (loaders) => loaders.projectById, description: '项目' });
}

/** Every resolver of the report module, for the schema. */
export const reportResolvers = [
  ReportResolver,
  projectLink(MonthlyReportRow),
  projectLink(ReportProjectScore),
  projectLink(RedLightProject),
  projectLink(OverdueProblem),
  belongsTo<ReportSanction, Project>(() => ReportSanction, { field: 'project', type: () => Project, id: (sanction) => sanction.projectId, loader: (loaders) => loaders.projectById, nullable: true, description: '项目' }),
  belongsTo<ReportSanction, Person>(() => ReportSanction, { field: 'person', type: () => Person, id: (sanction) => sanction.personId, loader: (loaders) => loaders.personById, nullable: true, description: '相关人员' }),
] as const;
