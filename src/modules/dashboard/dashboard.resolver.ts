import { Arg, Ctx, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { requireYear } from '../../shared/year.js';
import type { Context } from '../../server/context.js';
import { ProjectLevel } from '../project/project.entity.js';
import { affectsDashboard, computeDashboard } from './dashboard.service.js';
import { Dashboard } from './dashboard.types.js';

@Resolver(() => Dashboard)
export class DashboardResolver {
  @Query(() => Dashboard, { description: "A year's headline figures, optionally for one level. 指挥大屏汇总。" })
  dashboard(
    @Arg('year', () => Int) year: number,
    @Arg('level', () => ProjectLevel, { nullable: true }) level: ProjectLevel | null,
    @Ctx() context: Context,
  ): Promise<Dashboard> {
    requireYear(year);
    return context.live.cachedRead(`dashboard:${year}:${level ?? '*'}`, (event) => affectsDashboard(event, year), () =>
      computeDashboard(context.orm.em.fork(), year, level),
    );
  }

  @Subscription(() => Dashboard, {
    description:
      'The dashboard, sent at once and again after each change; bursts are coalesced (one recompute per 250 ms, shared by all subscribers). 指挥大屏实时汇总。',
    subscribe: ({ args, context }) => {
      const { year, level } = args as { year: number; level?: ProjectLevel | null };
      requireYear(year);
      const { live, orm, connection } = context as Context;
      return live.computed(
        `dashboard:${year}:${level ?? '*'}`,
        () => computeDashboard(orm.em.fork(), year, level),
        (event) => affectsDashboard(event, year),
        connection,
      );
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
