import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { loadReferenced } from '../../shared/batch.js';
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

/** A resolver giving a report line the `project` it is about, through the per-request loader. */
function projectLink<T extends { projectId: number }>(lineType: ClassType<T>) {
  @Resolver(() => lineType)
  class ProjectLinkResolver {
    @FieldResolver(() => Project, { description: '项目' })
    project(@Root() line: T, @Ctx() context: Context): Promise<Project> {
      return loadReferenced(context.loaders.projectById, line.projectId, 'Project');
    }
  }
  return ProjectLinkResolver;
}

export const MonthlyReportRowResolver = projectLink(MonthlyReportRow);
export const ReportProjectScoreResolver = projectLink(ReportProjectScore);
export const RedLightProjectResolver = projectLink(RedLightProject);
export const OverdueProblemResolver = projectLink(OverdueProblem);

@Resolver(() => ReportSanction)
export class ReportSanctionResolver {
  @FieldResolver(() => Project, { nullable: true, description: '项目' })
  project(@Root() sanction: ReportSanction, @Ctx() context: Context): Promise<Project> | null {
    return sanction.projectId === null ? null : loadReferenced(context.loaders.projectById, sanction.projectId, 'Project');
  }

  @FieldResolver(() => Person, { nullable: true, description: '相关人员' })
  person(@Root() sanction: ReportSanction, @Ctx() context: Context): Promise<Person> | null {
    return sanction.personId === null ? null : loadReferenced(context.loaders.personById, sanction.personId, 'Person');
  }
}

/** Every resolver of the report module, for the schema. */
export const reportResolvers = [
  ReportResolver,
  MonthlyReportRowResolver,
  ReportProjectScoreResolver,
  RedLightProjectResolver,
  OverdueProblemResolver,
  ReportSanctionResolver,
] as const;
