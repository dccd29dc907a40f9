import { attachEvidence } from '../evidence/evidence.service.js';
import { EvidenceSubject } from '../evidence/evidence.entity.js';
import type { Context } from '../../core/context.js';
import { inTransaction } from '../../core/unit-of-work.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, requireIntegerInRange, requireText } from '../../shared/errors.js';
import { Role } from '../auth/auth.types.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { requireDate, today } from '../../shared/dates.js';
import { dekadRange } from '../../shared/dekad.js';
import { requireYear } from '../../shared/year.js';
import { EventType } from '../event/event.entity.js';
import { Person } from '../person/person.entity.js';
import { Problem } from '../problem/problem.entity.js';
import type { Project } from '../project/project.entity.js';
import { lockProject } from '../project/project.service.js';
import { Inspection, InspectionInspector, SupervisionGroup, SupervisionMember, SupervisionRole } from './supervision.entity.js';
import type { InspectionFilter, RecordInspectionInput, SetSupervisionGroupInput } from './supervision.inputs.js';
import { createProblem } from '../problem/problem.service.js';
import { inspectionCount, inspectionPage, projectsDueInMonth, type InspectionCriteria } from './supervision.queries.js';
import { pageRequest, toPage, type ConnectionArgs, type Page } from '../../shared/pagination.js';
import { Action, authorize } from '../auth/authorization.js';

/** The supervision group of a year, or null. */
export function supervisionGroup(context: Context, year: number): Promise<SupervisionGroup | null> {
  return context.em.findOne(SupervisionGroup, { year: requireYear(year) });
}

/** Sets a year's group and replaces its members: one leader (组长), at most one deputy (副组长). */
export function setSupervisionGroup(context: Context, input: SetSupervisionGroupInput): Promise<SupervisionGroup> {
  authorize(context.caller, Action.ADMINISTER);
  return inTransaction(context, 'setSupervisionGroup', async (em, events) => {
    const year = requireYear(input.year);
    const name = requireText(input.name, 'name', 100);
    if (input.members.length === 0 || input.members.length > 100) throw new BadUserInputError('members needs 1 to 100 people', 'members');
    const leaders = input.members.filter((member) => member.role === SupervisionRole.LEADER).length;
    const deputies = input.members.filter((member) => member.role === SupervisionRole.DEPUTY).length;
    if (leaders !== 1) throw new BadUserInputError('the group needs exactly one LEADER (组长)', 'members');
    if (deputies > 1) throw new BadUserInputError('the group has at most one DEPUTY (副组长)', 'members');
    const personIds = input.members.map((member, index) => fromGlobalId(member.personId, 'Person', `members.${index}.personId`));
    if (new Set(personIds).size !== personIds.length) throw new BadUserInputError('a person can be a member once', 'members');
    const people = await em.find(Person, { id: { $in: personIds } });
    const missing = personIds.find((id) => !people.some((person) => person.id === id));
    if (missing !== undefined) throw new NotFoundError('Person', input.members[personIds.indexOf(missing)].personId);
    let group = await em.findOne(SupervisionGroup, { year });
    const existing = group ? await em.find(SupervisionMember, { group }) : [];
    if (group) group.name = name;
    else group = em.create(SupervisionGroup, { year, name });
    const wanted = new Map(personIds.map((personId, index) => [personId, input.members[index].role]));
    const same = existing.length === wanted.size && existing.every((member) => wanted.get(member.person.id) === member.role);
    if (!same) {
      // Removed through the unit of work (so the audit records them), and flushed before the new
      // members go in, since a person may stay in the group under a new role.
      existing.forEach((member) => em.remove(member));
      await em.flush();
      input.members.forEach((member, index) => em.create(SupervisionMember, { group, person: personIds[index], role: member.role }));
    }
    await em.flush();
    events.add({ type: EventType.SUPERVISION_GROUP_SET, year, payload: { members: personIds.length } });
    return group;
  });
}

const MAX_FINDINGS = 8000;

/**
 * Records the inspection of a project in a ten-day round, with its inspectors (members of the
 * year's group) and the problems it raised. One inspection per project and round.
 */
export function recordInspection(context: Context, input: RecordInspectionInput): Promise<Inspection> {
  authorize(context.caller, Action.SUPERVISE);
  return inTransaction(context, 'recordInspection', async (em, events) => {
    const year = requireYear(input.year);
    requireIntegerInRange(input.month, 1, 12, 'month');
    requireIntegerInRange(input.dekad, 1, 3, 'dekad');
    const { startsOn } = dekadRange(year, input.month, input.dekad);
    const inspectedOn = requireDate(input.inspectedOn, 'inspectedOn');
    if (inspectedOn < startsOn) throw new BadUserInputError(`inspectedOn must be on or after ${startsOn}, the start of the round`, 'inspectedOn');
    if (inspectedOn > today()) throw new BadUserInputError('inspectedOn must not be in the future', 'inspectedOn');
    const methods = [...new Set(input.methods)];
    if (methods.length === 0) throw new BadUserInputError('methods needs at least one method', 'methods');
    const findings = requireText(input.findings, 'findings', MAX_FINDINGS);
    if (input.inspectorIds.length === 0 || input.inspectorIds.length > 20) throw new BadUserInputError('inspectorIds needs 1 to 20 inspectors', 'inspectorIds');
    const inspectorIds = [...new Set(input.inspectorIds.map((id, index) => fromGlobalId(id, 'Person', `inspectorIds.${index}`)))];
    const group = await em.findOne(SupervisionGroup, { year });
    if (!group) throw new BadUserInputError(`there is no supervision group for ${year}`, 'year');
    const members = await em.find(SupervisionMember, { group, person: { $in: inspectorIds } });
    if (members.length !== inspectorIds.length) {
      throw new BadUserInputError('every inspector must be a member of the year’s supervision group', 'inspectorIds');
    }
    // An inspector records what they inspected themselves; only the office records for others.
    if (context.caller.role !== Role.ADMIN) {
      if (context.caller.personId === null || !inspectorIds.includes(context.caller.personId)) {
        throw new ForbiddenError('an inspector records only inspections they took part in: name yourself among inspectorIds');
      }
    }
    const project = await lockProject(em, input.projectId);
    if (await em.count(Inspection, { project, year, month: input.month, dekad: input.dekad })) {
      throw new ConflictError(`project already inspected in ${year}-${input.month} round ${input.dekad}`, { field: 'dekad' });
    }
    const inspection = em.create(Inspection, {
      project,
      year,
      month: input.month,
      dekad: input.dekad,
      inspectedOn,
      methods,
      findings,
      progressRating: input.progressRating,
    });
    for (const personId of inspectorIds) em.create(InspectionInspector, { inspection, person: personId });
    const problems: Problem[] = [];
    for (const [index, problem] of (input.problems ?? []).entries()) {
      problems.push(await createProblem(em, project, problem, `problems.${index}`, inspectedOn, inspection));
    }
    await em.flush();
    await attachEvidence(em, context.caller, events, input.evidenceIds, 'evidenceIds', {
      subject: EvidenceSubject.INSPECTION,
      subjectId: inspection.id,
      projectId: project.id,
      periodStart: inspectedOn,
      periodEnd: inspectedOn,
    });
    events.add({
      type: EventType.INSPECTION_RECORDED,
      projectId: project.id,
      year,
      payload: { inspectionId: inspection.nodeId, month: input.month, dekad: input.dekad, progressRating: input.progressRating, problems: problems.length },
    });
    for (const problem of problems) {
      events.add({ type: EventType.PROBLEM_RAISED, projectId: project.id, year, payload: { problemId: problem.nodeId, deadline: problem.deadline } });
    }
    return inspection;
  });
}

/** Where a ten-day round stands on `today`. */
export enum RoundStatus {
  UPCOMING = 'UPCOMING',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** One ten-day round: the projects inspected and those due but missing. */
export interface InspectionRoundData {
  year: number;
  month: number;
  dekad: number;
  startsOn: string;
  endsOn: string;
  status: RoundStatus;
  inspections: Inspection[];
  missing: Project[];
  dueCount: number;
}

/**
 * The three rounds of a month: the projects due in each (`dueInRound`: every project not completed
 * before the round began, 每十天一督查); a due project without an inspection is missing (listed
 * while the round is open or closed).
 */
export async function inspectionRounds(context: Context, year: number, month: number): Promise<InspectionRoundData[]> {
  requireYear(year);
  requireIntegerInRange(month, 1, 12, 'month');
  const { em } = context;
  const [dueProjects, inspections] = await Promise.all([projectsDueInMonth(em, year, month), em.find(Inspection, { year, month }, { orderBy: { id: 'asc' } })]);
  const now = today();
  return [1, 2, 3].map((dekad) => {
    const { startsOn, endsOn } = dekadRange(year, month, dekad);
    const due = dueProjects.filter((row) => row.dekads.includes(dekad)).map((row) => row.project);
    const done = inspections.filter((inspection) => inspection.dekad === dekad);
    const inspected = new Set(done.map((inspection) => inspection.project.id));
    const status = now < startsOn ? RoundStatus.UPCOMING : now > endsOn ? RoundStatus.CLOSED : RoundStatus.OPEN;
    return {
      year,
      month,
      dekad,
      startsOn,
      endsOn,
      status,
      inspections: done,
      missing: status === RoundStatus.UPCOMING ? [] : due.filter((project) => !inspected.has(project.id)),
      dueCount: due.length,
    };
  });
}

/** Inspections by project, year, month or inspector, newest first: a project's inspection history. */
export async function findInspections(context: Context, filter: InspectionFilter | null | undefined, args: ConnectionArgs): Promise<Page<Inspection>> {
  const request = pageRequest(args);
  const month = filter?.month ?? undefined;
  if (month !== undefined) requireIntegerInRange(month, 1, 12, 'filter.month');
  const criteria: InspectionCriteria = {
    projectId: typeof filter?.projectId === 'string' ? fromGlobalId(filter.projectId, 'Project', 'filter.projectId') : undefined,
    year: filter?.year === null || filter?.year === undefined ? undefined : requireYear(filter.year),
    month,
    inspectorId: typeof filter?.inspectorId === 'string' ? fromGlobalId(filter.inspectorId, 'Person', 'filter.inspectorId') : undefined,
  };
  return toPage(await inspectionPage(context.em, criteria, request), request, () => inspectionCount(context.em, criteria));
}
