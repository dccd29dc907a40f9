import { belongsTo } from '../../core/belongs-to.js';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root, registerEnumType, type ClassType } from 'type-graphql';
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

/** The file format of a download. */
export enum DownloadFormat {
  XLSX = 'xlsx',
  CSV = 'csv',
}
registerEnumType(DownloadFormat, { name: 'DownloadFormat', description: 'File format of a download. 下载格式。' });

const LINK_DESCRIPTION =
  'A link to download this report as a file, signed and valid for 5 minutes: it needs no Authorization header (an export button, an <a href>). 下载链接(5分钟内有效,无需请求头)。';

@Resolver(() => MonthlyReport)
export class MonthlyReportLinks {
  @FieldResolver(() => String, { description: LINK_DESCRIPTION })
  downloadUrl(@Root() report: MonthlyReport, @Arg('format', () => DownloadFormat, { defaultValue: DownloadFormat.XLSX }) format: DownloadFormat, @Ctx() context: Context): string {
    return context.signedLink(`/reports/monthly/${report.year}/${report.month}.${format}`);
  }
}

@Resolver(() => QuarterlyBulletin)
export class QuarterlyBulletinLinks {
  @FieldResolver(() => String, { description: LINK_DESCRIPTION })
  downloadUrl(@Root() bulletin: QuarterlyBulletin, @Arg('format', () => DownloadFormat, { defaultValue: DownloadFormat.XLSX }) format: DownloadFormat, @Ctx() context: Context): string {
    return context.signedLink(`/reports/quarterly/${bulletin.year}/${bulletin.quarter}.${format}`);
  }
}

@Resolver(() => PeriodSummary)
export class PeriodSummaryLinks {
  @FieldResolver(() => String, { description: LINK_DESCRIPTION })
  downloadUrl(@Root() summary: PeriodSummary, @Arg('format', () => DownloadFormat, { defaultValue: DownloadFormat.XLSX }) format: DownloadFormat, @Ctx() context: Context): string {
    return context.signedLink(summary.half === null ? `/reports/annual/${summary.year}.${format}` : `/reports/half-year/${summary.year}/${summary.half}.${format}`);
  }
}

/** A report line's `project`, through the per-request loader. */
function projectLink<T extends { projectId: number }>(lineType: ClassType<T>): ClassType {
  return belongsTo<T, Project>(() => lineType, { field: 'project', type: () => Project, id: (line) => line.projectId, loader: (loaders) => loaders.projectById, description: '项目' });
}

/** Every resolver of the report module, for the schema. */
export const reportResolvers = [
  ReportResolver,
  MonthlyReportLinks,
  QuarterlyBulletinLinks,
  PeriodSummaryLinks,
  projectLink(MonthlyReportRow),
  projectLink(ReportProjectScore),
  projectLink(RedLightProject),
  projectLink(OverdueProblem),
  belongsTo<ReportSanction, Project>(() => ReportSanction, { field: 'project', type: () => Project, id: (sanction) => sanction.projectId, loader: (loaders) => loaders.projectById, nullable: true, description: '项目' }),
  belongsTo<ReportSanction, Person>(() => ReportSanction, { field: 'person', type: () => Person, id: (sanction) => sanction.personId, loader: (loaders) => loaders.personById, nullable: true, description: '相关人员' }),
] as const;
