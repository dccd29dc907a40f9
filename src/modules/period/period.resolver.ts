import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import type { Project } from '../project/project.entity.js';
import { ClosedMonthResult, ReportingPeriodView } from './period.types.js';
import * as periods from './period.service.js';

@Resolver()
export class PeriodResolver {
  @Query(() => [ReportingPeriodView], { description: 'The twelve months of a year: open or closed, with their reporting deadlines. 填报期与关账状态。' })
  reportingPeriods(@Arg('year', () => Int) year: number, @Ctx() context: Context): Promise<ReportingPeriodView[]> {
    return periods.reportingPeriods(context, year);
  }

  @Mutation(() => ClosedMonthResult, {
    description: "Close a month (ADMIN): its lights become official, unreported projects count 0 (NOT_REPORTED), and the month is locked. Months close in order. 月度关账。",
  })
  async closeMonth(@Arg('year', () => Int) year: number, @Arg('month', () => Int) month: number, @Ctx() context: Context): Promise<ClosedMonthResult> {
    const closed = await periods.closeMonth(context, year, month);
    const notReported = (await context.loaders.projectById.loadMany(closed.notReported)) as Project[];
    return {
      period: closed,
      notReported,
      lightCounts: { month, official: true, green: closed.green, yellow: closed.yellow, red: closed.red, notDue: closed.notDue },
    };
  }
}
