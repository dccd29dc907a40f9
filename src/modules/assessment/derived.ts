import type { EntityManager } from '@mikro-orm/postgresql';
import { EventType } from '../event/event.entity.js';
import { lockYearWideDerivation, type EventDraft } from '../../core/event-log.js';
import { lastMonthBegun } from '../../shared/dates.js';
import { outlookEvents } from '../light/light.service.js';
import { latestClosedMonth } from '../period/period.queries.js';
import { recomputeScores } from './score.service.js';
import { schemeFor } from './scheme.service.js';

type Targets = Map<number, Set<number> | 'all'>;

function add(targets: Targets, year: number | null | undefined, projectId: number | null | undefined | 'all'): void {
  if (year === null || year === undefined) return;
  const current = targets.get(year);
  if (current === 'all') return;
  if (projectId === 'all') return void targets.set(year, 'all');
  if (projectId === null || projectId === undefined) return;
  if (current) current.add(projectId);
  else targets.set(year, new Set([projectId]));
}

/**
 * What a server asks of the deriver when it starts: every score of `year` recomputed. A change
 * whose derivation was lost (the process stopped between its commit and its batch) is repaired so;
 * a score that is already right moves nothing and announces nothing. Never appended as an event.
 */
export function recomputeYearDraft(year: number): EventDraft {
  return { type: EventType.SCHEME_UPDATED, year };
}

/**
 * Derived data of committed changes, in a transaction of their own (see Derivations): the scores
 * they affect (RANK_CHANGED events) and the early warning of the open month for the projects whose
 * figures they changed (OUTLOOK_CHANGED).
 * Lights are not derived here: official lights are decided when a month closes (closeMonth), and
 * an open month's lights are judged when read, so one project's report never changes another's.
 */
export async function deriveEvents(em: EntityManager, drafts: readonly EventDraft[]): Promise<EventDraft[]> {
  const scores: Targets = new Map();
  /** Projects whose outlook changed, by year, with the month a report named (else the month being reported). */
  const outlooks = new Map<string, { year: number; projectId: number; month: number | null }>();
  const outlook = (year: number | null | undefined, projectId: number | null | undefined, month: number | null) => {
    if (year === null || year === undefined || projectId === null || projectId === undefined) return;
    outlooks.set(`${year}:${projectId}:${month ?? ''}`, { year, projectId, month });
  };
  for (const draft of drafts) {
    switch (draft.type) {
      case EventType.PROGRESS_REPORTED:
      case EventType.REPORT_RETURNED:
      case EventType.REPORT_CORRECTED:
        add(scores, draft.year, draft.projectId);
        outlook(draft.year, draft.projectId, Number(draft.payload?.month) || null);
        break;
      case EventType.PLAN_SET:
      case EventType.LISTING_SET:
      case EventType.PHASING_SET:
        add(scores, draft.year, draft.projectId);
        outlook(draft.year, draft.projectId, null);
        break;
      case EventType.SANCTION_RECORDED:
      case EventType.SANCTION_REVOKED:
        add(scores, draft.year, draft.projectId);
        break;
      case EventType.SCHEME_UPDATED:
      case EventType.LISTINGS_ISSUED:
        add(scores, draft.year, 'all');
        break;
      default:
        break;
    }
  }
  const derived: EventDraft[] = [];
  for (const year of [...scores.keys()].sort((a, b) => a - b)) {
    const targets = scores.get(year)!;
    if (targets === 'all') await lockYearWideDerivation(em, year);
    derived.push(...(await recomputeScores(em, year, targets === 'all' ? 'all' : [...targets], await schemeFor(em, year))));
  }
  const byYearMonth = new Map<string, { year: number; month: number; projectIds: number[] }>();
  const closedThrough = new Map<number, number>();
  for (const { year, projectId, month } of outlooks.values()) {
    if (!closedThrough.has(year)) closedThrough.set(year, await latestClosedMonth(em, year));
    const closed = closedThrough.get(year)!;
    const at = month ?? closed + 1;
    // Only an open month that has begun has an outlook.
    if (at <= closed || at > lastMonthBegun(year)) continue;
    const key = `${year}:${at}`;
    const entry = byYearMonth.get(key) ?? { year, month: at, projectIds: [] };
    entry.projectIds.push(projectId);
    byYearMonth.set(key, entry);
  }
  for (const { year, month, projectIds } of byYearMonth.values()) derived.push(...(await outlookEvents(em, year, projectIds, month)));
  return derived;
}
