import type { Context } from '../../core/context.js';
import { inTransaction } from '../../core/unit-of-work.js';
import { NotFoundError } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { Person } from '../person/person.entity.js';
import { Project } from '../project/project.entity.js';
import { lockProject } from '../project/project.service.js';
import { Assignment } from './assignment.entity.js';
import type { AssignmentInput } from './assignment.inputs.js';
import { EventType } from '../event/event.entity.js';
import { Action, authorize } from '../auth/authorization.js';

/** Links a person to a project in a role; assigning an existing link returns it unchanged. */
export function assignPerson(context: Context, input: AssignmentInput): Promise<Assignment> {
  authorize(context.caller, Action.MANAGE_PROJECTS);
  return inTransaction(context, 'assignPerson', async (em, events) => {
    const project = await lockProject(em, input.projectId);
    const person = await em.findOne(Person, { id: fromGlobalId(input.personId, 'Person', 'personId') });
    if (!person) throw new NotFoundError('Person', input.personId);
    const existing = await em.findOne(Assignment, { project, person, role: input.role });
    if (existing) return existing;
    const assignment = em.create(Assignment, { project, person, role: input.role });
    await em.flush();
    events.add({ type: EventType.ASSIGNMENT_CHANGED, projectId: project.id, payload: { action: 'ASSIGNED', personId: person.nodeId, role: input.role } });
    return assignment;
  });
}

/** Removes a person's role on a project; returns the project. */
export function unassignPerson(context: Context, input: AssignmentInput): Promise<Project> {
  authorize(context.caller, Action.MANAGE_PROJECTS);
  return inTransaction(context, 'unassignPerson', async (em, events) => {
    const project = await lockProject(em, input.projectId);
    const personId = fromGlobalId(input.personId, 'Person', 'personId');
    const assignment = await em.findOne(Assignment, { project, person: personId, role: input.role });
    if (!assignment) throw new NotFoundError('Assignment', `${input.role} of ${input.personId} on ${input.projectId}`);
    em.remove(assignment);
    await em.flush();
    events.add({ type: EventType.ASSIGNMENT_CHANGED, projectId: project.id, payload: { action: 'UNASSIGNED', personId: input.personId, role: input.role } });
    return project;
  });
}
