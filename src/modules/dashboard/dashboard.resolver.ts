import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../server/context.js';
import { ProjectLevel } from '../project/project.entity.js';
import { computeDashboard } from './dashboard.service.js';
import { Dashboard } from './dashboard.types.js';

@Resolver(() => Dashboard)
export class DashboardResolver {
  @Query(() => Dashboard, { description: "A year's headline figures, optionally for one level. 指挥大屏汇总。" })
  dashboard(
    @Arg('year', () => Int) year: number,
    @Arg('level', () => ProjectLevel, { nullable: true }) level: ProjectLevel | null,
    @Ctx() context: Context,
  ): Promise<Dashboard> {
    return computeDashboard(context.em, year, level);
  }
}
