import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { laggingProjectsOf } from './light.service.js';
import type { Context } from '../../core/context.js';
import { loadReferenced } from '../../shared/batch.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { requireYear } from '../../shared/year.js';
import { EventType } from '../event/event.entity.js';
import type { EventRecord } from '../../core/event-log.js';
import { Project, ProjectLevel } from '../project/project.entity.js';
import { LightRecord } from './light-record.entity.js';
import type { Light, LightRule } from './light.rules.js';
import { LightChange, ProjectLag } from './light.types.js';

@Resolver(() => Project)
export class ProjectLightResolver {
  @FieldResolver(() => [LightRecord], { description: 'Month-end lights of the year, in order (history). 亮灯历史。' })
  lights(@Root() project: Project, @Arg('year', () => Int) year: number, @Ctx() context: Context): Promise<LightRecord[]> {
    return context.loaders.lightsByProjectYear.load({ id: project.id, year: requireYear(year) });
  }

  @FieldResolver(() => LightRecord, { nullable: true, description: 'The latest month-end light of the year. 当前灯色。' })
  async light(@Root() project: Project, @Arg('year', () => Int) year: number, @Ctx() context: Context): Promise<LightRecord | null> {
    const lights = await context.loaders.lightsByProjectYear.load({ id: project.id, year: requireYear(year) });
    return lights.at(-1) ?? null;
  }
}

@Resolver(() => LightChange)
export class LightChangeResolver {
  @Subscription(() => LightChange, {
    description: "Each change of a project's light (optionally of one level or project). 红黄绿灯变化推送。",
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      const { level, projectId } = args as { level?: ProjectLevel | null; projectId?: string | null };
      const project = typeof projectId === 'string' ? fromGlobalId(projectId, 'Project', 'projectId') : null;
      return ctx.live.streams.feed(
        (event) => event.type === EventType.LIGHT_CHANGED && (project === null || event.projectId === project) && (!level || event.payload.level === level),
        ctx.connection,
      );
    },
  })
  async lightChanged(
    @Root() event: EventRecord,
    @Arg('level', () => ProjectLevel, { nullable: true }) _level: ProjectLevel | null,
    @Arg('projectId', () => ID, { nullable: true }) _projectId: string | null,
    @Ctx() context: Context,
  ): Promise<LightChange> {
    const payload = event.payload as { month: number; from: Light | null; to: Light; rule: LightRule; inputs: Record<string, unknown> };
    return {
      project: await context.live.reads.shared(`project@${event.sequence}`, () => loadReferenced(context.loaders.projectById, event.projectId!, 'Project')),
      year: event.year!,
      month: payload.month,
      from: payload.from,
      to: payload.to,
      rule: payload.rule,
      inputs: payload.inputs,
      sequence: event.sequence.toString(),
    };
  }
}

@Resolver(() => ProjectLag)
export class LaggingProjectsResolver {
  @Query(() => [ProjectLag], { description: 'The projects furthest behind at the latest month end, with their lights. 滞后最多的项目(大屏)。' })
  async laggingProjects(
    @Arg('year', () => Int) year: number,
    @Arg('level', () => ProjectLevel, { nullable: true }) level: ProjectLevel | null,
    @Arg('first', () => Int, { defaultValue: 20, description: '1–100' }) first: number,
    @Ctx() context: Context,
  ): Promise<ProjectLag[]> {
    const rows = await laggingProjectsOf(context, year, level, first);
    const projects = await context.loaders.projectById.loadMany(rows.map((row) => row.project_id));
    return rows.map((row, index) => ({
      project: projects[index] as Project,
      month: row.month,
      light: row.light,
      rule: row.rule,
      lag: row.lag,
      completionRate: row.completion_rate,
    }));
  }
}
