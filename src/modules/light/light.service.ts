import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context.js';
import type { EventRecord } from '../../core/event-log.js';
import { requireIntegerInRange } from '../../shared/errors.js';
import { requireYear } from '../../shared/year.js';
import { Decimal } from 'decimal.js';
import { EventType } from '../event/event.entity.js';
import { lockYearWideDerivation, type EventDraft } from '../../core/event-log.js';
import { toGlobalId } from '../../shared/global-id.js';
import { computeLightHistory, type LightResult, type LightThresholds } from './light.rules.js';
import { laggingProjects, lightInputRows, storeLights, type LagRow, type LightInputRow, type LightToStore } from './light.queries.js';

const UPSERT_CHUNK = 1000;

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
  // One statement: the period and the latest stored month, and for each project in scope the
  // inputs of its lights and the lights stored so far (the period row comes even with no project).
  const rows = await lightInputRows(em, year, projectIds);
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

  const lights: LightToStore[] = [];
  for (const [projectId, history] of results) history.forEach((result, index) => lights.push({ projectId, month: index + 1, result }));
  for (let start = 0; start < lights.length; start += UPSERT_CHUNK) await storeLights(em, year, lights.slice(start, start + UPSERT_CHUNK));

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
