import { Arg, Ctx, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { requireYear } from '../../shared/year.js';
import { EventType } from '../event/event.entity.js';
import type { EventRecord } from '../event/event-log.js';
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

const PROJECT_EVENTS = new Set([EventType.PROJECT_CREATED, EventType.PROJECT_UPDATED, EventType.PROJECT_STARTED]);
const YEAR_EVENTS = new Set([EventType.PLAN_SET, EventType.PROGRESS_REPORTED, EventType.LIGHT_CHANGED, EventType.SCHEME_UPDATED]);

/** Whether an event can change the dashboard of `year`. */
function affectsDashboard(event: EventRecord, year: number): boolean {
  return PROJECT_EVENTS.has(event.type) || (YEAR_EVENTS.has(event.type) && event.year === year);
}
