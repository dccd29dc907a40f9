import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context.js';
import { inTransaction, type EventSink } from '../../core/unit-of-work.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, requireText } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { requireDate, today } from '../../shared/dates.js';
import { Role, type Caller } from '../auth/auth.types.js';
import { Action, authorize } from '../auth/authorization.js';
import { EventType } from '../event/event.entity.js';
import { EvidenceSubject } from '../evidence/evidence.entity.js';
import { attachEvidence } from '../evidence/evidence.service.js';
import { Person } from '../person/person.entity.js';
import { Project } from '../project/project.entity.js';
import { isGroupMember } from '../supervision/supervision.queries.js';
import { Problem, ProblemStatus } from './problem.entity.js';
import type { StartRectificationInput, SubmitRectificationInput } from './problem.inputs.js';
import { nextSubmission } from './problem.queries.js';
import { Rectification, RectificationVerdict } from './rectification.entity.js';
import { requireVersion } from '../../shared/versioning.js';

async function lockProblem(em: EntityManager, id: string, field = 'problemId'): Promise<Problem> {
  const problem = await em.findOne(Problem, { id: fromGlobalId(id, 'Problem', field) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!problem) throw new NotFoundError('Problem', id);
  return problem;
}

/** The unit that owns a problem: the one named when it was raised, else the project's responsible unit. */
async function ownerUnitId(em: EntityManager, problem: Problem): Promise<number | null> {
  if (problem.ownerUnit) return problem.ownerUnit.id;
  const project = await em.findOneOrFail(Project, { id: problem.project.id });
  return project.responsibleUnit?.id ?? null;
}

/**
 * Only the problem's owner acts on it: a REPORTER of the owner unit, the owner person (whatever
 * their role), or the office (ADMIN). Anyone else is FORBIDDEN.
 */
async function requireOwner(em: EntityManager, caller: Caller, problem: Problem): Promise<void> {
  authorize(caller, Action.RECTIFY);
  if (caller.role === Role.ADMIN) return;
  if (caller.personId !== null && problem.ownerPerson?.id === caller.personId) return;
  if (caller.role === Role.REPORTER && caller.unitId !== null && caller.unitId === (await ownerUnitId(em, problem))) return;
  throw new ForbiddenError('only the owner unit or person of the problem (or the office) may rectify it');
}

function problemEvent(problem: Problem, type: EventType, extra: Record<string, unknown> = {}) {
  return {
    type,
    projectId: problem.project.id,
    year: Number(problem.raisedOn.slice(0, 4)),
    payload: { problemId: problem.nodeId, status: problem.status, deadline: problem.deadline, ...extra },
  };
}

/** OPEN → RECTIFYING: the owner states the measures it is taking (ADMIN, or the owner unit or person). */
export function startRectification(context: Context, input: StartRectificationInput): Promise<Problem> {
  return inTransaction(context, 'startRectification', async (em, events) => {
    const problem = await lockProblem(em, input.problemId);
    await requireOwner(em, context.caller, problem);
    requireVersion(problem, input.expectedVersion, 'Problem');
    if (problem.status !== ProblemStatus.OPEN) {
      throw new ConflictError(`problem is ${problem.status}; only an OPEN problem can start rectification`, { status: problem.status });
    }
    problem.rectificationMeasures = requireText(input.rectificationMeasures, 'rectificationMeasures', 4000);
    problem.status = ProblemStatus.RECTIFYING;
    await em.flush();
    events.add(problemEvent(problem, EventType.PROBLEM_UPDATED));
    return problem;
  });
}

/**
 * The owner submits its rectification (整改报告): measures, the day it was done, evidence. The
 * problem waits (RECTIFYING) for a supervision-group member's verdict; one submission waits at a time.
 */
export function submitRectification(context: Context, input: SubmitRectificationInput): Promise<Rectification> {
  return inTransaction(context, 'submitRectification', async (em, events) => {
    const problem = await lockProblem(em, input.problemId);
    await requireOwner(em, context.caller, problem);
    if (problem.status === ProblemStatus.RESOLVED) throw new ConflictError('the problem is already RESOLVED', { field: 'problemId', status: problem.status });
    if (await em.findOne(Rectification, { problem, verdict: RectificationVerdict.PENDING })) {
      throw new ConflictError('a rectification of this problem is already waiting for its verdict', { field: 'problemId' });
    }
    const measures = requireText(input.measures, 'measures', 4000);
    const doneOn = requireDate(input.doneOn, 'doneOn');
    if (doneOn < problem.raisedOn) throw new BadUserInputError(`doneOn must not be before ${problem.raisedOn}, when the problem was raised`, 'doneOn');
    if (doneOn > today()) throw new BadUserInputError('doneOn must not be in the future', 'doneOn');
    const person = context.caller.personId === null ? null : await em.findOne(Person, { id: context.caller.personId });
    const rectification = em.create(Rectification, {
      problem,
      submission: await nextSubmission(em, problem.id),
      measures,
      doneOn,
      submittedBy: context.caller.id,
      submittedByPerson: person,
      submittedAt: new Date(),
    });
    problem.rectificationMeasures = measures;
    problem.status = ProblemStatus.RECTIFYING;
    await em.flush();
    await attachEvidence(em, context.caller, events, input.evidenceIds, 'evidenceIds', {
      subject: EvidenceSubject.RECTIFICATION,
      subjectId: rectification.id,
      projectId: problem.project.id,
      periodStart: problem.raisedOn,
      periodEnd: today(),
    });
    events.add(problemEvent(problem, EventType.RECTIFICATION_SUBMITTED, { rectificationId: rectification.nodeId, submission: rectification.submission }));
    return rectification;
  });
}

/**
 * The verdict on a pending rectification, by a member of the supervision group of the problem's
 * year (or the office) who did not submit it.
 */
async function decide(context: Context, em: EntityManager, events: EventSink, rectificationId: string, accept: boolean, reason: string | null): Promise<Rectification> {
  authorize(context.caller, Action.VERIFY_RECTIFICATION);
  const rectification = await em.findOne(Rectification, { id: fromGlobalId(rectificationId, 'Rectification', 'rectificationId') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!rectification) throw new NotFoundError('Rectification', rectificationId);
  const problem = await em.findOneOrFail(Problem, { id: rectification.problem.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const { caller } = context;
  if (caller.id === rectification.submittedBy || (caller.personId !== null && rectification.submittedByPerson?.id === caller.personId)) {
    throw new ForbiddenError('a rectification is verified by someone other than its submitter');
  }
  if (caller.role !== Role.ADMIN && (caller.personId === null || !(await isGroupMember(em, caller.personId, Number(problem.raisedOn.slice(0, 4)))))) {
    throw new ForbiddenError('only a member of the supervision group verifies rectifications');
  }
  if (rectification.verdict !== RectificationVerdict.PENDING) {
    throw new ConflictError(`the rectification already has its verdict (${rectification.verdict})`, { field: 'rectificationId', verdict: rectification.verdict });
  }
  const person = caller.personId === null ? null : await em.findOne(Person, { id: caller.personId });
  em.assign(rectification, {
    verdict: accept ? RectificationVerdict.ACCEPTED : RectificationVerdict.REJECTED,
    verdictBy: caller.id,
    verdictByPerson: person,
    verdictReason: reason,
    verdictAt: new Date(),
  });
  if (accept) {
    problem.status = ProblemStatus.RESOLVED;
    problem.resolvedOn = rectification.doneOn;
    problem.verifiedBy = person ? em.getReference(Person, person.id, { wrapped: true }) : null;
  } else {
    problem.status = ProblemStatus.RECTIFYING;
  }
  await em.flush();
  events.add(problemEvent(problem, accept ? EventType.RECTIFICATION_VERIFIED : EventType.RECTIFICATION_REJECTED, { rectificationId: rectification.nodeId, reason }));
  return rectification;
}

/** Accepts a rectification: the problem is RESOLVED (销号) on the day it was done. */
export function verifyRectification(context: Context, rectificationId: string): Promise<Rectification> {
  return inTransaction(context, 'verifyRectification', (em, events) => decide(context, em, events, rectificationId, true, null));
}

/** Rejects a rectification with the reason: the problem goes back to RECTIFYING for the owner to submit again. */
export function rejectRectification(context: Context, rectificationId: string, reason: string): Promise<Rectification> {
  return inTransaction(context, 'rejectRectification', (em, events) => decide(context, em, events, rectificationId, false, requireText(reason, 'reason', 2000)));
}
