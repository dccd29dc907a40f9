import { Arg, Ctx, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { ProjectLevel } from '../project/project.entity.js';
import { dashboard, watchDashboard } from './dashboard.service.js';
import { Dashboard } from './dashboard.types.js';

@Resolver(() => Dashboard)
export class DashboardResolver {
  @Query(() => Dashboard, { description: "A year's headline figures, optionally for one level. 指挥大屏汇总。" })
  dashboard(
    @Arg('year', () => Int) year: number,
    @Arg('level', () => ProjectLevel, { nullable: true }) level: ProjectLevel | null,
    @Ctx() context: Context,
  ): Promise<Dashboard> {
    return dashboard(context, year, level);
  }

  @Subscription(() => Dashboard, {
    description:
      'The dashboard, sent at once and again after each change; bursts are coalesced (one recompute per 250 ms, shared by all subscribers). 指挥大屏实时汇总。',
    subscribe: ({ args, context }) => {
      const { year, level } = args as { year: number; level?: ProjectLevel | null };
      return watchDashboard(context as Context, year, level ?? null);
    },
  })
  dashboardChanged(
    @Root() dashboard: Dashboard,
    @Arg('year', () => Int) _year: number,
    @Arg('level', () => ProjectLevel, { nullable: true }) _level: ProjectLevel | null,
  ): Dashboard {
    return dashboard;
  }
}
