import type { Context } from '../../core/context.js';
import { inTransaction } from '../../core/unit-of-work.js';
import { BadUserInputError, NotFoundError, requireText } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { requireDate, today } from '../../shared/dates.js';
import { pageRequest, toPage, type ConnectionArgs, type Page } from '../../shared/pagination.js';
import { EventType } from '../event/event.entity.js';
import type { EventDraft } from '../../core/event-log.js';
import { Person } from '../person/person.entity.js';
import { lockProject } from '../project/project.service.js';
import { Problem, ProblemStatus } from './problem.entity.js';
import type { NewProblemInput, ProblemFilter, RaiseProblemInput } from './problem.inputs.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../organization/organization.entity.js';
import type { Project } from '../project/project.entity.js';
import type { Inspection } from '../supervision/supervision.entity.js';
import { Action, authorize } from '../auth/authorization.js';

/** Validates a new problem (at an inspection, or raised on its own) and adds it, without flushing. */
export async function createProblem(
  em: EntityManager,
  project: Project,
  input: NewProblemInput,
  field: string,
  raisedOn: string,
  inspection: Inspection | null,
): Promise<Problem> {
  const deadline = requireDate(input.deadline, `${field}.deadline`);
  if (deadline < raisedOn) throw new BadUserInputError(`${field}.deadline must not be before ${raisedOn}`, `${field}.deadline`);
  let ownerPerson: Person | null = null;
  if (typeof input.ownerPersonId === 'string') {
    ownerPerson = await em.findOne(Person, { id: fromGlobalId(input.ownerPersonId, 'Person', `${field}.ownerPersonId`) });
    if (!ownerPerson) throw new NotFoundError('Person', input.ownerPersonId);
  }
  let ownerUnit: Organization | null = null;
  if (typeof input.ownerUnitId === 'string') {
    ownerUnit = await em.findOne(Organization, { id: fromGlobalId(input.ownerUnitId, 'Organization', `${field}.ownerUnitId`) });
    if (!ownerUnit) throw new NotFoundError('Organization', input.ownerUnitId);
  }
  return em.create(Problem, {
    project,
    inspection,
    description: requireText(input.description, `${field}.description`, 4000),
    ownerPerson,
    ownerUnit: ownerUnit ?? project.responsibleUnit?.id ?? null,
    raisedOn,
    deadline,
    rectificationMeasures: null,
    verifiedBy: null,
    resolvedOn: null,
  });
}

/** Loads a problem by global id; unknown ids are NOT_FOUND. */
export async function getProblem(context: Context, id: string): Promise<Problem> {
  const problem = await context.em.findOne(Problem, { id: fromGlobalId(id, 'Problem', 'id') });
  if (!problem) throw new NotFoundError('Problem', id);
  return problem;
}

/** One page of problems matching the filter, in id order. */
export async function findProblems(context: Context, filter: ProblemFilter | null | undefined, args: ConnectionArgs): Promise<Page<Problem>> {
  const request = pageRequest(args);
  const qb = context.em.createQueryBuilder(Problem, 'pb');
  if (filter?.status) qb.andWhere({ status: filter.status });
  if (typeof filter?.ownerPersonId === 'string') qb.andWhere({ ownerPerson: fromGlobalId(filter.ownerPersonId, 'Person', 'filter.ownerPersonId') });
  if (typeof filter?.ownerUnitId === 'string') qb.andWhere({ ownerUnit: fromGlobalId(filter.ownerUnitId, 'Organization', 'filter.ownerUnitId') });
  if (typeof filter?.projectId === 'string') qb.andWhere({ project: fromGlobalId(filter.projectId, 'Project', 'filter.projectId') });
  if (filter?.overdue === true) qb.andWhere({ status: { $ne: ProblemStatus.RESOLVED }, deadline: { $lt: today() } });
  if (filter?.overdue === false) qb.andWhere({ $or: [{ status: ProblemStatus.RESOLVED }, { deadline: { $gte: today() } }] });
  const counter = qb.clone();
  const rows = await qb.andWhere({ id: { $gt: request.afterKey } }).orderBy({ id: 'asc' }).limit(request.first + 1).getResult();
  return toPage(rows, request, () => counter.getCount());
}

function problemEvent(problem: Problem, type: EventType): EventDraft {
  return {
    type,
    projectId: problem.project.id,
    year: Number(problem.raisedOn.slice(0, 4)),
    payload: { problemId: problem.nodeId, status: problem.status, deadline: problem.deadline },
  };
}

/** Raises a problem outside an inspection. */
export function raiseProblem(context: Context, input: RaiseProblemInput): Promise<Problem> {
  authorize(context.caller, Action.SUPERVISE);
  return inTransaction(context, 'raiseProblem', async (em, events) => {
    const project = await lockProject(em, input.projectId);
    const problem = await createProblem(em, project, input, 'input', today(), null);
    await em.flush();
    events.add(problemEvent(problem, EventType.PROBLEM_RAISED));
    return problem;
  });
}


