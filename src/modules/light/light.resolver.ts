import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { laggingProjectsOf, lastMonthBegun, lightAt } from './light.service.js';
import { requireIntegerInRange } from '../../shared/errors.js';
import type { Context } from '../../core/context.js';
import { loadReferenced } from '../../shared/batch.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { requireYear } from '../../shared/year.js';
import { EventType } from '../event/event.entity.js';
import type { EventRecord } from '../../core/event-log.js';
import { Project, ProjectLevel } from '../project/project.entity.js';
import { outlookOf, type Light, type LightKind, type LightRule } from './light.rules.js';
import { LightChange, ProjectLag, ProjectLight, ProjectOutlook } from './light.types.js';

/** A project's lights of a year: official for closed months, provisional (judged now) for the open months begun. */
async function lightsOfYear(context: Context, projectId: number, year: number): Promise<ProjectLight[]> {
  const key = { id: projectId, year };
  const [official, inputs, closedThrough, thresholds] = await Promise.all([
    context.loaders.officialLightsByProjectYear.load(key),
    context.loaders.lightInputsByProjectYear.load(key),
    context.loaders.closedThroughByYear.load(year),
    context.loaders.thresholdsByYear.load(year),
  ]);
  const lights: ProjectLight[] = official.map((record) => ({ month: record.month, light: record.light, kind: record.kind, official: true, reported: record.reported, rule: record.rule, inputs: record.inputs }));
  if (!inputs) return lights;
  for (let month = closedThrough + 1; month <= lastMonthBegun(year); month++) {
    const result = lightAt(inputs, year, month, thresholds);
    lights.push({ month, light: result.light, kind: result.kind, official: false, reported: inputs.monthly[String(month)] !== undefined, rule: result.rule, inputs: result.inputs });
  }
  return lights;
}

@Resolver(() => Project)
export class ProjectLightResolver {
  @FieldResolver(() => [ProjectLight], {
    description: "The year's month-end lights in order: official for closed months, provisional for the open months begun (until they close). 亮灯历史。",
  })
  lights(@Root() project: Project, @Arg('year', () => Int) year: number, @Ctx() context: Context): Promise<ProjectLight[]> {
    return lightsOfYear(context, project.id, requireYear(year));
  }

  @FieldResolver(() => ProjectLight, {
    nullable: true,
    description:
      'The light at the end of `month` (official once closed, else provisional); without `month`, the latest closed month, or the latest provisional one when none is closed. With `asOf`, only what was official at that instant (months closed by then). 灯色。',
  })
  async light(
    @Root() project: Project,
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int, { nullable: true }) month: number | null,
    @Arg('asOf', () => Date, { nullable: true, description: '截至时点' }) asOf: Date | null,
    @Ctx() context: Context,
  ): Promise<ProjectLight | null> {
    if (month !== null && month !== undefined) requireIntegerInRange(month, 1, 12, 'month');
    requireYear(year);
    if (asOf) {
      const [official, closedThrough] = await Promise.all([
        context.loaders.officialLightsByProjectYear.load({ id: project.id, year }),
        context.loaders.closedThroughAsOf.load({ year, asOf }),
      ]);
      const at = month ?? closedThrough;
      const record = at <= closedThrough ? official.find((light) => light.month === at) : undefined;
      return record ? { month: record.month, light: record.light, kind: record.kind, official: true, reported: record.reported, rule: record.rule, inputs: record.inputs } : null;
    }
    const lights = await lightsOfYear(context, project.id, year);
    if (month !== null && month !== undefined) return lights.find((light) => light.month === month) ?? null;
    return lights.filter((light) => light.official).at(-1) ?? lights.at(-1) ?? null;
  }

  @FieldResolver(() => ProjectOutlook, {
    nullable: true,
    description: 'Early warning for an open month (预警): what the project still needs to report by the month end for GREEN, or to avoid RED; null for a closed month or a project not listed that year. 本月预警。',
  })
  async outlook(@Root() project: Project, @Arg('year', () => Int) year: number, @Arg('month', () => Int) month: number, @Ctx() context: Context): Promise<ProjectOutlook | null> {
    requireYear(year);
    requireIntegerInRange(month, 1, 12, 'month');
    const key = { id: project.id, year };
    const [inputs, closedThrough, thresholds] = await Promise.all([
      context.loaders.lightInputsByProjectYear.load(key),
      context.loaders.closedThroughByYear.load(year),
      context.loaders.thresholdsByYear.load(year),
    ]);
    if (!inputs || month <= closedThrough) return null;
    const result = lightAt(inputs, year, month, thresholds);
    const outlook = outlookOf({ plannedInvestment: inputs.planned_investment, plannedToDate: result.inputs.plannedToDate, completedToDate: result.inputs.completedToDate }, thresholds);
    return {
      month,
      ...outlook,
      light: { month, light: result.light, kind: result.kind, official: false, reported: inputs.monthly[String(month)] !== undefined, rule: result.rule, inputs: result.inputs },
    };
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
    const payload = event.payload as { month: number; from: Light | null; to: Light; kind?: LightKind; rule: LightRule; inputs: Record<string, unknown> };
    return {
      project: await context.live.reads.shared(`project@${event.sequence}`, () => loadReferenced(context.loaders.projectById, event.projectId!, 'Project')),
      year: event.year!,
      month: payload.month,
      from: payload.from,
      to: payload.to,
      kind: payload.kind ?? null,
      rule: payload.rule,
      inputs: payload.inputs,
      sequence: event.sequence.toString(),
    };
  }
}

@Resolver(() => ProjectLag)
export class LaggingProjectsResolver {
  @Query(() => [ProjectLag], { description: "The listed projects furthest behind their own plan at the latest closed month, with their official lights. 滞后最多的项目(大屏)。" })
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
      kind: row.kind,
      rule: row.rule,
      lag: row.lag,
      completionRate: row.completion_rate,
    }));
  }
}
