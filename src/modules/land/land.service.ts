import { Decimal } from 'decimal.js';
import { LockMode } from '@mikro-orm/core';
import type { Context } from '../../core/context.js';
import { inTransaction } from '../../core/unit-of-work.js';
import { BadUserInputError, NotFoundError, requireIntegerInRange, requireText } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { requireDecimal } from '../../shared/money.js';
import { lockProject } from '../project/project.service.js';
import { Project } from '../project/project.entity.js';
import { LandTask } from './land-task.entity.js';
import type { AddLandTaskInput, UpdateLandTaskInput } from './land.inputs.js';
import { EventType } from '../event/event.entity.js';
import type { EventDraft } from '../../core/event-log.js';
import { Action, authorize } from '../auth/authorization.js';
import { requireVersion } from '../../shared/versioning.js';

const MAX_AREA = '9999999999.99';
const MAX_HOUSEHOLDS = 1_000_000;

function checkBounds(task: LandTask): void {
  if (new Decimal(task.areaAcquired).greaterThan(task.areaToAcquire)) {
    throw new BadUserInputError(`areaAcquired (${task.areaAcquired}) must not exceed areaToAcquire (${task.areaToAcquire})`, 'areaAcquired');
  }
  if (task.householdsRelocated > task.householdsToRelocate) {
    throw new BadUserInputError(
      `householdsRelocated (${task.householdsRelocated}) must not exceed householdsToRelocate (${task.householdsToRelocate})`,
      'householdsRelocated',
    );
  }
}

function households(value: number, field: string): number {
  requireIntegerInRange(value, 0, MAX_HOUSEHOLDS, field);
  return value;
}

/** Adds a land task to a project. */
export function addLandTask(context: Context, input: AddLandTaskInput): Promise<LandTask> {
  authorize(context.caller, Action.MANAGE_LAND);
  return inTransaction(context, 'addLandTask', async (em, events) => {
    const project = await lockProject(em, input.projectId);
    authorize(context.caller, Action.MANAGE_LAND, { unitId: project.responsibleUnit?.id ?? null });
    const task = em.create(LandTask, {
      project,
      name: requireText(input.name, 'name', 200),
      areaToAcquire: requireDecimal(input.areaToAcquire, 'areaToAcquire', { max: MAX_AREA }),
      areaAcquired: requireDecimal(input.areaAcquired ?? '0', 'areaAcquired', { max: MAX_AREA }),
      householdsToRelocate: households(input.householdsToRelocate, 'householdsToRelocate'),
      householdsRelocated: households(input.householdsRelocated ?? 0, 'householdsRelocated'),
    });
    checkBounds(task);
    await em.flush();
    events.add(landTaskEvent(task));
    return task;
  });
}

/** Updates a land task's targets or progress. */
export function updateLandTask(context: Context, input: UpdateLandTaskInput): Promise<LandTask> {
  authorize(context.caller, Action.MANAGE_LAND);
  return inTransaction(context, 'updateLandTask', async (em, events) => {
    const task = await em.findOne(LandTask, { id: fromGlobalId(input.id, 'LandTask', 'id') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!task) throw new NotFoundError('LandTask', input.id);
    requireVersion(task, input.expectedVersion, 'LandTask');
    const project = await em.findOneOrFail(Project, { id: task.project.id });
    authorize(context.caller, Action.MANAGE_LAND, { unitId: project.responsibleUnit?.id ?? null });
    for (const key of ['name', 'areaToAcquire', 'areaAcquired', 'householdsToRelocate', 'householdsRelocated'] as const) {
      if (input[key] === null) throw new BadUserInputError(`${key} cannot be cleared`, key);
    }
    if (input.name !== undefined) task.name = requireText(input.name!, 'name', 200);
    if (input.areaToAcquire !== undefined) task.areaToAcquire = requireDecimal(input.areaToAcquire!, 'areaToAcquire', { max: MAX_AREA });
    if (input.areaAcquired !== undefined) task.areaAcquired = requireDecimal(input.areaAcquired!, 'areaAcquired', { max: MAX_AREA });
    if (input.householdsToRelocate !== undefined) task.householdsToRelocate = households(input.householdsToRelocate!, 'householdsToRelocate');
    if (input.householdsRelocated !== undefined) task.householdsRelocated = households(input.householdsRelocated!, 'householdsRelocated');
    checkBounds(task);
    await em.flush();
    events.add(landTaskEvent(task));
    return task;
  });
}

function landTaskEvent(task: LandTask): EventDraft {
  return {
    type: EventType.LAND_TASK_CHANGED,
    projectId: task.project.id,
    payload: { landTaskId: task.nodeId, areaAcquired: task.areaAcquired, householdsRelocated: task.householdsRelocated },
  };
}
