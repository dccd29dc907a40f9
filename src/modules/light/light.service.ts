import type { EntityManager } from '@mikro-orm/postgresql';
import { Decimal } from 'decimal.js';
import type { Context } from '../../core/context.js';
import type { EventDraft, EventRecord } from '../../core/event-log.js';
import { lastMonthBegun } from '../../shared/dates.js';

export { lastMonthBegun };
import { requireIntegerInRange } from '../../shared/errors.js';
import { toGlobalId } from '../../shared/global-id.js';
import { requireYear } from '../../shared/year.js';
import { EventType } from '../event/event.entity.js';
import { phasingOfRow, plannedToDate } from '../listing/listing.rules.js';
import { schemeFor } from '../assessment/scheme.service.js';
import type { ProjectLevel } from '../project/project.entity.js';
import { computeLight, Light, outlookOf, type LightResult, type LightThresholds, type Outlook } from './light.rules.js';
import { issuedLightInputs, laggingProjects, lightInputsOf, officialLightCounts, officialLightsOfMonth, storeOfficialLights, type LagRow, type LightInputRow, type OfficialLight } from './light.queries.js';
import { latestClosedMonth } from '../period/period.queries.js';

/** The light of one listing at the end of `month`, from its inputs (reports to date as they stand). */
export function lightAt(row: LightInputRow, year: number, month: number, thresholds: LightThresholds): LightResult {
  const phasing = phasingOfRow(row, year);
  let completed = new Decimal(0);
  for (let reported = 1; reported <= month; reported++) completed = completed.plus(row.monthly[String(reported)] ?? '0');
  return computeLight(
    {
      year,
      month,
      constructionType: row.construction_type,
      plannedStartOn: row.planned_start_on,
      startedOn: row.started_on,
      plannedInvestment: row.planned_investment,
      plannedToDate: plannedToDate(phasing, month),
      completedToDate: completed.toFixed(2),
      milestones: row.milestones,
    },
    thresholds,
  );
}

/** What closing a month decided about lights. */
export interface ClosedLights {
  /** LIGHT_CHANGED events: each project whose official light differs from last month's. */
  events: EventDraft[];
  /** Listed projects without a report for the month (未报: counted as 0). */
  notReported: number[];
  counts: Record<Light, number>;
}

/**
 * The official lights of a month being closed: every issued listing of the year judged at the
 * month end on its reports as they stand (an unreported month counts 0), stored, and compared with
 * last month's official light; one statement to read, one to store, whatever the number of projects.
 */
export async function closeLights(em: EntityManager, year: number, month: number, thresholds: LightThresholds): Promise<ClosedLights> {
  const rows = await issuedLightInputs(em, year);
  const previous = month > 1 ? await officialLightsOfMonth(em, year, month - 1) : new Map<number, Light>();
  const lights: OfficialLight[] = rows.map((row) => ({ projectId: row.project_id, month, result: lightAt(row, year, month, thresholds), reported: row.monthly[String(month)] !== undefined }));
  await storeOfficialLights(em, year, lights);
  const levels = new Map(rows.map((row) => [row.project_id, row.level]));
  const counts = { [Light.GREEN]: 0, [Light.YELLOW]: 0, [Light.RED]: 0, [Light.NOT_DUE]: 0 };
  const events: EventDraft[] = [];
  for (const { projectId, result } of lights) {
    counts[result.light]++;
    const from = previous.get(projectId) ?? null;
    if (from === result.light) continue;
    events.push({
      type: EventType.LIGHT_CHANGED,
      projectId,
      year,
      payload: { projectId: toGlobalId('Project', projectId), level: levels.get(projectId), month, from, to: result.light, kind: result.kind, rule: result.rule, inputs: result.inputs, official: true },
    });
  }
  return { events, notReported: lights.filter((light) => !light.reported).map((light) => light.projectId), counts };
}

/**
 * The official lights of months 1..`lastMonth` of a year closed at once (a seed's history): one
 * read of the inputs and one write, whatever the number of listings and months. No events.
 */
export async function closeLightsThrough(em: EntityManager, year: number, lastMonth: number, thresholds: LightThresholds): Promise<void> {
  const rows = await issuedLightInputs(em, year);
  const lights: OfficialLight[] = [];
  for (const row of rows) {
    for (let month = 1; month <= lastMonth; month++) lights.push({ projectId: row.project_id, month, result: lightAt(row, year, month, thresholds), reported: row.monthly[String(month)] !== undefined });
  }
  for (let start = 0; start < lights.length; start += 20_000) await storeOfficialLights(em, year, lights.slice(start, start + 20_000));
}

/** Counts of lights by colour, for a month, official or provisional. */
export interface LightCountFigures {
  month: number;
  official: boolean;
  green: number;
  yellow: number;
  red: number;
  notDue: number;
}

function countsOf(month: number, official: boolean, byLight: Record<string, number>): LightCountFigures {
  return { month, official, green: byLight.GREEN ?? 0, yellow: byLight.YELLOW ?? 0, red: byLight.RED ?? 0, notDue: byLight.NOT_DUE ?? 0 };
}

/**
 * The year's official light counts (one level or all) at `month`, or at the latest closed month;
 * month 0 with zero counts when no month of the year is closed (or `month` is not).
 */
export async function officialCounts(em: EntityManager, year: number, level: ProjectLevel | null | undefined, month?: number | null): Promise<LightCountFigures> {
  const closed = await latestClosedMonth(em, year);
  const at = month ?? closed;
  if (at === 0 || at > closed) return countsOf(month ?? 0, true, {});
  return countsOf(at, true, await officialLightCounts(em, year, at, level));
}

/**
 * The provisional light counts of the month being reported (the first open month that has begun),
 * or of `month`: every issued listing judged now, as if the month closed on the reports so far.
 * Null when every month that has begun is closed.
 */
export async function provisionalCounts(em: EntityManager, year: number, level: ProjectLevel | null | undefined, month?: number | null): Promise<LightCountFigures | null> {
  const at = month ?? (await latestClosedMonth(em, year)) + 1;
  if (at < 1 || at > lastMonthBegun(year)) return null;
  const { thresholds } = await schemeFor(em, year);
  const byLight: Record<string, number> = {};
  for (const row of await issuedLightInputs(em, year)) {
    if (level && row.level !== level) continue;
    const { light } = lightAt(row, year, at, thresholds);
    byLight[light] = (byLight[light] ?? 0) + 1;
  }
  return countsOf(at, false, byLight);
}

/** The outlook of projects for an open month, as events (OUTLOOK_CHANGED), for the live path. */
export async function outlookEvents(em: EntityManager, year: number, projectIds: readonly number[], month: number): Promise<EventDraft[]> {
  if (projectIds.length === 0 || month < 1 || month > 12) return [];
  const { thresholds } = await schemeFor(em, year);
  const rows = await lightInputsOf(em, year, projectIds);
  return rows.map((row) => {
    const light = lightAt(row, year, month, thresholds);
    const outlook: Outlook = outlookOf({ plannedInvestment: row.planned_investment, plannedToDate: light.inputs.plannedToDate, completedToDate: light.inputs.completedToDate }, thresholds);
    return {
      type: EventType.OUTLOOK_CHANGED,
      projectId: row.project_id,
      year,
      payload: { projectId: toGlobalId('Project', row.project_id), level: row.level, month, ...outlook, light: light.light, kind: light.kind, rule: light.rule },
    };
  });
}

const LAG_EVENTS = new Set([EventType.LIGHT_CHANGED, EventType.MONTH_CLOSED, EventType.LISTING_SET, EventType.LISTINGS_ISSUED]);

/** Whether an event can change the official lags and lights of `year`. */
export function affectsLags(event: EventRecord, year: number): boolean {
  return LAG_EVENTS.has(event.type) && event.year === year;
}

/** The projects furthest behind at the latest closed month, served from memory until an event that affects them commits. */
export function laggingProjectsOf(context: Context, year: number, level: string | null, first: number): Promise<LagRow[]> {
  requireYear(year);
  requireIntegerInRange(first, 1, 100, 'first');
  return context.live.reads.cached(`lagging:${year}:${level ?? '*'}:${first}`, (event) => affectsLags(event, year), () => laggingProjects(context.orm.em.fork(), year, level, first));
}
