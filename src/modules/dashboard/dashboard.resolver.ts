import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { requireIntegerInRange } from '../../shared/errors.js';
import { LightCounts } from '../light/light.types.js';
import { officialCounts, provisionalCounts } from '../light/light.service.js';
import type { Context } from '../../core/context.js';
import { ProjectLevel } from '../project/project.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { breakdownOf, dashboard, investmentSeries, landOf, watchDashboard } from './dashboard.service.js';
import { Dashboard, DashboardGroup, InvestmentSeries, LandTotals } from './dashboard.types.js';

@Resolver(() => Dashboard)
export class DashboardResolver {
  @FieldResolver(() => LightCounts, {
    description: 'Official lights (月度关账后的正式灯色) of the year’s list at the latest closed month, or at `month` when given (zeros for a month not closed). 红黄绿灯统计。',
  })
  lightCounts(@Root() dashboard: Dashboard, @Arg('month', () => Int, { nullable: true }) month: number | null, @Ctx() context: Context): Promise<LightCounts> | LightCounts {
    if (month === null || month === undefined || dashboard.asOf) return dashboard.officialLightCounts;
    requireIntegerInRange(month, 1, 12, 'month');
    return officialCounts(context.em, dashboard.year, dashboard.level, month);
  }

  @FieldResolver(() => LightCounts, {
    nullable: true,
    description: 'Provisional lights (暂定) of the month being reported — the first open month — or of `month`: judged now on the reports so far; null when no open month has begun. 暂定灯色统计。',
  })
  provisionalLightCounts(@Root() dashboard: Dashboard, @Arg('month', () => Int, { nullable: true }) month: number | null, @Ctx() context: Context): Promise<LightCounts | null> {
    if (month !== null && month !== undefined) requireIntegerInRange(month, 1, 12, 'month');
    return provisionalCounts(context.em, dashboard.year, dashboard.level, month);
  }

  @FieldResolver(() => [DashboardGroup], { description: 'Projects per responsible unit, largest plan first. 按责任单位统计。' })
  byUnit(@Root() dashboard: Dashboard, @Ctx() context: Context): Promise<DashboardGroup[]> {
    return breakdownOf(context, dashboard, 'UNIT');
  }

  @FieldResolver(() => [DashboardGroup], { description: 'Projects per town or street (镇/街) of the site, largest plan first; name null for projects with no town set. 按镇(街)统计。' })
  byTown(@Root() dashboard: Dashboard, @Ctx() context: Context): Promise<DashboardGroup[]> {
    return breakdownOf(context, dashboard, 'TOWN');
  }

  @FieldResolver(() => [DashboardGroup], { description: 'Projects per industrial cluster (产业集群) tag, largest plan first; a project with two tags counts in both, untagged ones in none. 按产业集群统计。' })
  byCluster(@Root() dashboard: Dashboard, @Ctx() context: Context): Promise<DashboardGroup[]> {
    return breakdownOf(context, dashboard, 'CLUSTER');
  }

  @FieldResolver(() => LandTotals, { description: 'Land acquisition and relocation totals of the year’s projects, as the tasks stand now (not affected by asOf). 征地拆迁汇总。' })
  land(@Root() dashboard: Dashboard, @Ctx() context: Context): Promise<LandTotals> {
    return landOf(context, dashboard);
  }

  @Query(() => InvestmentSeries, { description: 'The monthly investment curve of a year: planned to date against completed to date, official for closed months. 月度投资进度曲线。' })
  investmentSeries(
    @Arg('year', () => Int) year: number,
    @Arg('level', () => ProjectLevel, { nullable: true }) level: ProjectLevel | null,
    @Arg('asOf', () => Date, { nullable: true, description: 'An instant (RFC 3339): the figures official then. 截至时点。' }) asOf: Date | null,
    @Ctx() context: Context,
  ): Promise<InvestmentSeries> {
    return investmentSeries(context, year, level ?? null, asOf ?? null);
  }

  @Query(() => Dashboard, { description: "A year's headline figures, optionally for one level; with `asOf`, as they were official at that instant. 指挥大屏汇总。" })
  dashboard(
    @Arg('year', () => Int) year: number,
    @Arg('level', () => ProjectLevel, { nullable: true }) level: ProjectLevel | null,
    @Arg('asOf', () => Date, { nullable: true, description: 'An instant (RFC 3339): the figures official then — reports, corrections, starts, plans and month closes recorded by then. 截至时点。' })
    asOf: Date | null,
    @Ctx() context: Context,
  ): Promise<Dashboard> {
    return dashboard(context, year, level, asOf ?? null);
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

@Resolver(() => DashboardGroup)
export class DashboardGroupResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The unit or town (null for a cluster). 单位。' })
  organization(@Root() group: DashboardGroup, @Ctx() context: Context): Promise<Organization | null> | null {
    return group.organizationId === null ? null : context.loaders.organizationById.load(group.organizationId);
  }
}
