import type { EntityManager } from '@mikro-orm/postgresql';
import { EventType } from '../event/event.entity.js';
import { lockYearWideDerivation, type EventDraft } from '../../core/event-log.js';
import { recomputeLights } from '../light/light.service.js';
import { recomputeScores } from './score.service.js';
import { schemeFor } from './scheme.service.js';
import { planYears } from './assessment.queries.js';

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
 * Lights and scores are derived data: after a change, in the same transaction, recompute what it
 * affects and return the events that causes (LIGHT_CHANGED, RANK_CHANGED).
 */
export async function deriveEvents(em: EntityManager, drafts: readonly EventDraft[]): Promise<EventDraft[]> {
  const lights: Targets = new Map();
  const scores: Targets = new Map();
  const projectsWithoutYear = new Set<number>();
  for (const draft of drafts) {
    switch (draft.type) {
      case EventType.PROGRESS_REPORTED:
      case EventType.PLAN_SET:
        add(lights, draft.year, draft.projectId);
        add(scores, draft.year, draft.projectId);
        break;
      case EventType.PROJECT_STARTED:
      case EventType.PROJECT_UPDATED:
        if (draft.projectId) projectsWithoutYear.add(draft.projectId);
        break;
      case EventType.SANCTION_RECORDED:
        add(scores, draft.year, draft.projectId);
        break;
      case EventType.SCHEME_UPDATED:
        add(lights, draft.year, 'all');
        add(scores, draft.year, 'all');
        break;
      default:
        break;
    }
  }
  if (projectsWithoutYear.size) {
    for (const row of await planYears(em, [...projectsWithoutYear])) add(lights, row.year, row.project_id);
  }
  const derived: EventDraft[] = [];
  for (const year of [...new Set([...lights.keys(), ...scores.keys()])].sort((a, b) => a - b)) {
    if (lights.get(year) === 'all' || scores.get(year) === 'all') await lockYearWideDerivation(em, year);
    const scheme = await schemeFor(em, year);
    const lightTargets = lights.get(year);
    if (lightTargets) derived.push(...(await recomputeLights(em, year, lightTargets === 'all' ? 'all' : [...lightTargets].sort((a, b) => a - b), scheme.thresholds, lightTargets === 'all')));
    const scoreTargets = scores.get(year);
    if (scoreTargets) derived.push(...(await recomputeScores(em, year, scoreTargets === 'all' ? 'all' : [...scoreTargets], scheme)));
  }
  return derived;
}
