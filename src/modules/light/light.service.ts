import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context.js';
import type { EventRecord } from '../../core/event-log.js';
import { requireIntegerInRange } from '../../shared/errors.js';
import { requireYear } from '../../shared/year.js';
import { Decimal } from 'decimal.js';
import { intArray } from '../../shared/batch.js';
import { EventType } from '../event/event.entity.js';
import { lockYearWideDerivation, type EventDraft } from '../../core/event-log.js';
import { toGlobalId } from '../../shared/global-id.js';
import { computeLightHistory, type Light, type LightResult, type LightRule, type LightThresholds } from './light.rules.js';

interface LightInputRow {
  period: number;
  stored: number;
  /** Null on the one row of a scope without projects. */
  id: number | null;
  level: string;
  construction_type: 'NEW' | 'CONTINUING' | 'PREPARATORY';
  planned_start_on: string | null;
  started_on: string | null;
  planned_investment: string | null;
  monthly: Record<string, string>;
  stored_lights: Record<string, Light>;
}

const UPSERT_CHUNK = 1000;

/** The reporting period of a year: the latest month any project has reported (0 when none). */
export async function reportingPeriod(em: EntityManager, year: number): Promise<number> {
  const [row]: { month: number }[] = await em.execute('select coalesce(max(month), 0)::int as month from progress_report where year = ?', [year]);
  return row.month;
}

/**
 * Recomputes the month-end lights of `year` for the given projects (or every project active in the
 * year) over months 1..the reporting period, stores them, and returns one LIGHT_CHANGED event per
 * project whose latest light differs from what it was (the same month's stored light, or for a new
 * month the previous month's light). A few statements whatever the number of projects. Every
 * project's rows are written in month order (see lockYearWideDerivation).
 */
export async function recomputeLights(
  em: EntityManager,
  year: number,
  projectIds: readonly number[] | 'all',
  thresholds: LightThresholds,
  yearWideLocked = false,
): Promise<EventDraft[]> {
  const filter = projectIds === 'all' ? '' : ' and p.id = any(?::int[])';
  // One statement: the period and the latest stored month, and for each project in scope the
  // inputs of its lights and the lights stored so far (the period row comes even with no project).
  const rows: LightInputRow[] = await em.execute(
    `with period as (
       select (select coalesce(max(month), 0)::int from progress_report where year = ?) as period,
              (select coalesce(max(month), 0)::int from light_record where year = ?) as stored
     )
     select period.period, period.stored, p.*
       from period left join lateral (
         select p.id, p.level, p.construction_type, p.planned_start_on::text, p.started_on::text, ap.planned_investment::text,
                coalesce((select json_object_agg(pr.month, pr.total) from (
                   select month, sum(completed_investment)::text as total from progress_report
                    where project_id = p.id and year = ? group by month) pr), '{}') as monthly,
                coalesce((select json_object_agg(lr.month, lr.light) from light_record lr
                           where lr.project_id = p.id and lr.year = ?), '{}') as stored_lights
           from project p
           left join annual_plan ap on ap.project_id = p.id and ap.year = ?
          where (p.completed_on is null or p.completed_on >= make_date(?, 1, 1))
            and p.created_at < make_date(? + 1, 1, 1)${filter}
       ) p on true
      order by p.id`,
    projectIds === 'all' ? [year, year, year, year, year, year, year] : [year, year, year, year, year, year, year, intArray(projectIds)],
  );
  const { period, stored } = rows[0];
  if (period === 0) return [];
  // A new month in the period gives every project a light for it.
  const scope = stored < period ? 'all' : projectIds;
  if (scope === 'all' && !yearWideLocked) {
    // Decide again under the lock: a concurrent writer may have added the month meanwhile.
    await lockYearWideDerivation(em, year);
    return recomputeLights(em, year, projectIds, thresholds, true);
  }
  // Read every project's inputs, not just those asked about.
  if (scope === 'all' && projectIds !== 'all') return recomputeLights(em, year, 'all', thresholds, true);
  const projects = rows.filter((row): row is LightInputRow & { id: number } => row.id !== null);
  if (projects.length === 0) return [];
  const before = new Map(projects.flatMap((row) => Object.entries(row.stored_lights).map(([month, light]) => [`${row.id}:${month}`, light] as const)));

  const results = new Map<number, LightResult[]>();
  for (const row of projects) {
    let completed = new Decimal(0);
    const inputs = [];
    for (let month = 1; month <= period; month++) {
      completed = completed.plus(row.monthly[String(month)] ?? '0');
      inputs.push({
        year,
        month,
        constructionType: row.construction_type,
        plannedStartOn: row.planned_start_on,
        startedOn: row.started_on,
        plannedInvestment: row.planned_investment,
        completedToDate: completed.toFixed(2),
      });
    }
    results.set(row.id, computeLightHistory(inputs, thresholds));
  }

  const values: unknown[][] = [];
  for (const [projectId, history] of results) {
    history.forEach((result, index) => values.push([projectId, year, index + 1, result.light, result.ownLight, result.rule, JSON.stringify(result.inputs)]));
  }
  for (let start = 0; start < values.length; start += UPSERT_CHUNK) {
    const chunk = values.slice(start, start + UPSERT_CHUNK);
    await em.execute(
      `insert into light_record (project_id, year, month, light, own_light, rule, inputs, computed_at)
       values ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?::jsonb, now())').join(', ')}
       on conflict (project_id, year, month) do update
         set light = excluded.light, own_light = excluded.own_light, rule = excluded.rule, inputs = excluded.inputs, computed_at = now()`,
      chunk.flat(),
    );
  }

  const levels = new Map(projects.map((row) => [row.id, row.level]));
  const events: EventDraft[] = [];
  for (const [projectId, history] of results) {
    const latest = history[history.length - 1];
    const from = before.get(`${projectId}:${period}`) ?? before.get(`${projectId}:${period - 1}`) ?? null;
    if (from === latest.light) continue;
    events.push({
      type: EventType.LIGHT_CHANGED,
      projectId,
      year,
      payload: { projectId: toGlobalId('Project', projectId), level: levels.get(projectId), month: period, from, to: latest.light, rule: latest.rule, inputs: latest.inputs },
    });
  }
  return events;
}

interface LagRow {
  project_id: number;
  month: number;
  light: Light;
  rule: LightRule;
  lag: string | null;
  completion_rate: string | null;
}

/**
 * The projects furthest behind 序时进度 at the latest month end with lights (largest lag first;
 * projects without a lag — no plan — last), in one statement.
 */
export async function laggingProjects(em: EntityManager, year: number, level: string | null, first: number): Promise<LagRow[]> {
  return em.execute(
    `select lr.project_id, lr.month, lr.light, lr.rule, lr.inputs->>'lag' as lag, lr.inputs->>'completionRate' as completion_rate
       from light_record lr join project p on p.id = lr.project_id
      where lr.year = ? and lr.month = (select coalesce(max(month), 0) from light_record where year = ?)
        and (?::text is null or p.level = ?)
      order by (lr.inputs->>'lag')::numeric desc nulls last, lr.project_id
      limit ?`,
    [year, year, level, level, first],
  );
}

const LAG_EVENTS = new Set([EventType.PLAN_SET, EventType.PROGRESS_REPORTED, EventType.LIGHT_CHANGED, EventType.SCHEME_UPDATED]);
const PROJECT_EVENTS = new Set([EventType.PROJECT_CREATED, EventType.PROJECT_UPDATED, EventType.PROJECT_STARTED]);

/** Whether an event can change the lags and lights of `year`. */
export function affectsLags(event: EventRecord, year: number): boolean {
  return PROJECT_EVENTS.has(event.type) || (LAG_EVENTS.has(event.type) && event.year === year);
}

/** The projects furthest behind (see `laggingProjects`), served from memory until an event that affects them commits. */
export function laggingProjectsOf(context: Context, year: number, level: string | null, first: number): Promise<LagRow[]> {
  requireYear(year);
  requireIntegerInRange(first, 1, 100, 'first');
  return context.live.reads.cached(`lagging:${year}:${level ?? '*'}:${first}`, (event) => affectsLags(event, year), () => laggingProjects(context.orm.em.fork(), year, level, first));
}
