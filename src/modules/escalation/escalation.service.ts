import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context.js';
import { inTransaction, type EventSink } from '../../core/unit-of-work.js';
import { ConflictError, ForbiddenError, NotFoundError, requireIntegerInRange, requireText } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { currentYear, lastMonthBegun, today, type DateString } from '../../shared/dates.js';
import { pageRequest, toPage, type ConnectionArgs, type Page } from '../../shared/pagination.js';
import { requireYear } from '../../shared/year.js';
import { Role, type Caller } from '../auth/auth.types.js';
import { Action, authorize } from '../auth/authorization.js';
import { EventType } from '../event/event.entity.js';
import { schemeFor } from '../assessment/scheme.service.js';
import { latestClosedMonth } from '../period/period.queries.js';
import { reportingDeadline } from '../period/period.rules.js';
import { Organization } from '../organization/organization.entity.js';
import { Problem } from '../problem/problem.entity.js';
import { Project } from '../project/project.entity.js';
import { Escalation, EscalationKind, EscalationStatus } from './escalation.entity.js';
import type { EscalationFilter } from './escalation.inputs.js';
import {
  addresseesOf,
  escalationCount,
  escalationPage,
  existingSteps,
  lockEscalations,
  longOverdueProblems,
  officialLightsThrough,
  openStepsWithCause,
  projectsWithoutReport,
  reportedNow,
  resolvedProblems,
  type AddresseeRow,
  type EscalationCriteria,
} from './escalation.queries.js';
import { DAYS_TO_ANSWER, OVERDUE_DAYS_FOR_ACCOUNTABILITY, lightCause, lightSteps, missingReportCause, overdueCause } from './escalation.rules.js';

const STEP_NAMES: Record<EscalationKind, string> = {
  [EscalationKind.REMINDER]: '提醒',
  [EscalationKind.SUPERVISION_LETTER]: '督办函',
  [EscalationKind.TALK]: '约谈',
  [EscalationKind.ACCOUNTABILITY_PROPOSAL]: '问责建议',
  [EscalationKind.REPORT_REMINDER]: '催报',
};

function addDays(day: DateString, days: number): DateString {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The light steps from lowest to highest. */
const LIGHT_LADDER: readonly EscalationKind[] = [EscalationKind.REMINDER, EscalationKind.SUPERVISION_LETTER, EscalationKind.TALK, EscalationKind.ACCOUNTABILITY_PROPOSAL];

/** Who each kind of step is addressed to (persons; the unit is always the project's). */
function addresseesFor(kind: EscalationKind, row: AddresseeRow | undefined): number[] {
  if (!row) return [];
  const persons =
    kind === EscalationKind.TALK
      ? [...row.liaison, ...row.responsible]
      : kind === EscalationKind.ACCOUNTABILITY_PROPOSAL
        ? [...row.principals, ...row.liaison, ...row.responsible]
        : row.responsible;
  return [...new Set(persons)];
}

interface NewStep {
  kind: EscalationKind;
  year: number;
  month: number | null;
  projectId: number;
  problemId?: number;
  cause: string;
  reason: string;
}

/**
 * Creates the steps not yet given for their cause (never twice), addressed and due; one
 * ESCALATION_CREATED event each. `known` is what `existingSteps` says of these causes, when the
 * caller has read it already (under the same lock).
 */
async function createSteps(em: EntityManager, events: EventSink, steps: readonly NewStep[], at: Date, known?: Set<string>): Promise<number> {
  if (steps.length === 0) return 0;
  const existing = known ?? (await existingSteps(em, steps.map((step) => step.cause)));
  const fresh = steps.filter((step) => !existing.has(`${step.kind}|${step.cause}`));
  if (fresh.length === 0) return 0;
  const addressees = new Map((await addresseesOf(em, [...new Set(fresh.map((step) => step.projectId))])).map((row) => [row.project_id, row]));
  // One batch of inserts, then one event per step (each needs its id).
  const created = fresh.map((step) => {
    const row = addressees.get(step.projectId);
    return em.create(Escalation, {
      kind: step.kind,
      year: step.year,
      month: step.month,
      project: em.getReference(Project, step.projectId),
      problem: step.problemId === undefined ? null : em.getReference(Problem, step.problemId),
      cause: step.cause,
      addresseeUnit: row?.unit_id ? em.getReference(Organization, row.unit_id) : null,
      addresseePersonIds: addresseesFor(step.kind, row),
      reason: step.reason,
      dueOn: addDays(today(at), DAYS_TO_ANSWER[step.kind]),
      createdAt: at,
    });
  });
  await em.flush();
  for (const escalation of created) {
    events.add({
      type: EventType.ESCALATION_CREATED,
      projectId: escalation.project.id,
      year: escalation.year,
      payload: { escalationId: escalation.nodeId, kind: escalation.kind, addresseePersonIds: escalation.addresseePersonIds, addresseeUnitId: escalation.addresseeUnit?.id ?? null, dueOn: escalation.dueOn },
    });
  }
  return fresh.length;
}

/** Closes open steps whose cause is gone (or that a higher step replaced); one ESCALATION_CLOSED event each. */
async function closeSteps(em: EntityManager, events: EventSink, steps: readonly Escalation[], reason: 'CAUSE_GONE' | 'SUPERSEDED', at: Date): Promise<void> {
  if (steps.length === 0) return;
  const locked = await em.find(Escalation, { id: { $in: steps.map((step) => step.id) }, status: EscalationStatus.OPEN }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } });
  for (const step of locked) em.assign(step, { status: EscalationStatus.CLOSED, closedReason: reason, closedAt: at });
  await em.flush();
  for (const step of locked) events.add(closedEvent(step));
}

function closedEvent(step: Escalation) {
  return {
    type: EventType.ESCALATION_CLOSED,
    projectId: step.project.id,
    year: step.year,
    payload: { escalationId: step.nodeId, kind: step.kind, closedReason: step.closedReason, addresseePersonIds: step.addresseePersonIds, addresseeUnitId: step.addresseeUnit?.id ?? null },
  };
}

/**
 * The light steps of the ladder at the close of `month` (called by closeMonth, in its transaction):
 * for each listed project, the steps its current run of YELLOW/RED months calls for, created once
 * per run; the open steps of runs that ended (the light is GREEN or NOT_DUE again) close. `at` is
 * the moment of the close (the demo seed closes its months in the past).
 */
export async function escalateAtClose(em: EntityManager, events: EventSink, year: number, month: number, at: Date = new Date()): Promise<void> {
  await lockEscalations(em);
  const byProject = new Map<number, { month: number; light: Parameters<typeof lightSteps>[0][number]['light'] }[]>();
  for (const row of await officialLightsThrough(em, year, month)) {
    const list = byProject.get(row.project_id) ?? [];
    list.push({ month: row.month, light: row.light });
    byProject.set(row.project_id, list);
  }
  // Each run gets the highest step its lights call for, once; a run that climbs gets the next step
  // when it is called for, and the lower step still open is SUPERSEDED (the unit answers the highest).
  const wanted: NewStep[] = [];
  for (const [projectId, lights] of byProject) {
    const { kinds, runStart } = lightSteps(lights);
    if (runStart === null) continue;
    const kind = kinds.reduce((top, candidate) => (LIGHT_LADDER.indexOf(candidate) > LIGHT_LADDER.indexOf(top) ? candidate : top));
    const runLength = month - runStart + 1;
    wanted.push({ kind, year, month, projectId, cause: lightCause(projectId, year, runStart), reason: `${year}年${runStart}月起连续${runLength}个月亮黄灯或红灯(截至${month}月末),${STEP_NAMES[kind]}` });
  }
  const given = await existingSteps(em, wanted.map((step) => step.cause));
  const highestGiven = (cause: string) => Math.max(-1, ...LIGHT_LADDER.filter((kind) => given.has(`${kind}|${cause}`)).map((kind) => LIGHT_LADDER.indexOf(kind)));
  const steps = wanted.filter((step) => LIGHT_LADDER.indexOf(step.kind) > highestGiven(step.cause));
  const current = new Map(wanted.map((step) => [step.cause, LIGHT_LADDER.indexOf(step.kind)]));
  const open = await openStepsWithCause(em, 'light:', year);
  await closeSteps(em, events, open.filter((step) => !current.has(step.cause)), 'CAUSE_GONE', at);
  await closeSteps(em, events, open.filter((step) => current.has(step.cause) && LIGHT_LADDER.indexOf(step.kind) < current.get(step.cause)!), 'SUPERSEDED', at);
  await createSteps(em, events, steps, at, given);
}

/**
 * The daily part of the ladder: a problem overdue by 30 days → 问责建议; a report still missing after
 * its deadline (the month being reported) → 催报. Steps whose cause is gone (the problem resolved,
 * the report in) close. Idempotent: run it as often as you like, from any instance.
 */
export async function sweep(em: EntityManager, events: EventSink, at: Date = new Date()): Promise<{ created: number }> {
  await lockEscalations(em);
  const on = today(at);
  const steps: NewStep[] = [];
  for (const problem of await longOverdueProblems(em, on, OVERDUE_DAYS_FOR_ACCOUNTABILITY)) {
    steps.push({
      kind: EscalationKind.ACCOUNTABILITY_PROPOSAL,
      year: Number(problem.raised_on.slice(0, 4)),
      month: null,
      projectId: problem.project_id,
      problemId: problem.id,
      cause: overdueCause(problem.id),
      reason: `问题"${problem.description.slice(0, 60)}"整改期限${problem.deadline},逾期超过${OVERDUE_DAYS_FOR_ACCOUNTABILITY}天未整改,建议问责`,
    });
  }
  // The month being reported: the first open month of this year (or last December while it is open) whose deadline has passed.
  for (const year of [currentYear() - 1, currentYear()]) {
    const month = (await latestClosedMonth(em, year)) + 1;
    if (month > 12 || month > lastMonthBegun(year)) continue;
    const deadline = reportingDeadline(year, month, (await schemeFor(em, year)).reportDeadlineDay);
    if (deadline >= on) continue;
    for (const { project_id } of await projectsWithoutReport(em, year, month)) {
      steps.push({
        kind: EscalationKind.REPORT_REMINDER,
        year,
        month,
        projectId: project_id,
        cause: missingReportCause(project_id, year, month),
        reason: `${year}年${month}月月报截止日${deadline}已过,尚未报送`,
      });
    }
  }
  const overdueOpen = await openStepsWithCause(em, 'overdue:', null);
  const resolved = await resolvedProblems(em, overdueOpen.map((step) => Number(step.cause.split(':')[1])));
  const reminders = await openStepsWithCause(em, 'report:', null);
  const triples = reminders.map((step) => {
    const [, projectId, period] = step.cause.split(':');
    return { projectId: Number(projectId), year: Number(period.slice(0, 4)), month: Number(period.slice(5)) };
  });
  const reported = await reportedNow(em, triples);
  await closeSteps(
    em,
    events,
    [...overdueOpen.filter((step) => resolved.has(Number(step.cause.split(':')[1]))), ...reminders.filter((_, index) => reported.has(`${triples[index].projectId}:${triples[index].year}:${triples[index].month}`))],
    'CAUSE_GONE',
    at,
  );
  return { created: await createSteps(em, events, steps, at) };
}

/** Runs the daily sweep now (ADMIN; the server also runs it on a timer). */
export function runEscalationSweep(context: Context): Promise<number> {
  authorize(context.caller, Action.ADMINISTER);
  return inTransaction(context, 'sweepEscalations', async (em, events) => (await sweep(em, events)).created);
}

/** Whether a caller is among a step's addressees: a named person, or a reporter of the addressed unit. */
export function isAddressee(caller: Caller, step: Escalation): boolean {
  if (caller.personId !== null && step.addresseePersonIds.includes(caller.personId)) return true;
  return caller.role === Role.REPORTER && caller.unitId !== null && step.addresseeUnit?.id === caller.unitId;
}

/** An addressee (or the office) answers a step; answering closes it. */
export function respondToEscalation(context: Context, id: string, response: string): Promise<Escalation> {
  return inTransaction(context, 'respondToEscalation', async (em, events) => {
    const text = requireText(response, 'response', 4000);
    const step = await em.findOne(Escalation, { id: fromGlobalId(id, 'Escalation', 'id') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!step) throw new NotFoundError('Escalation', id);
    if (context.caller.role !== Role.ADMIN && !isAddressee(context.caller, step)) throw new ForbiddenError('only an addressee of the step (or the office) answers it');
    if (step.status !== EscalationStatus.OPEN) throw new ConflictError('the step is already closed', { field: 'id', status: step.status });
    const now = new Date();
    em.assign(step, { status: EscalationStatus.CLOSED, response: text, respondedBy: context.caller.id, respondedAt: now, closedReason: 'RESPONDED', closedAt: now });
    await em.flush();
    events.add(closedEvent(step));
    return step;
  });
}

function optionalMonth(month: number | null | undefined): number | undefined {
  if (month === null || month === undefined) return undefined;
  requireIntegerInRange(month, 1, 12, 'filter.month');
  return month;
}

/** Escalations by year, kind, project, state; `mine` for the steps addressed to the caller; newest first. */
export async function findEscalations(context: Context, filter: EscalationFilter | null | undefined, args: ConnectionArgs): Promise<Page<Escalation>> {
  const request = pageRequest(args);
  const criteria: EscalationCriteria = {
    year: filter?.year === null || filter?.year === undefined ? undefined : requireYear(filter.year),
    month: optionalMonth(filter?.month),
    kind: filter?.kind ?? undefined,
    projectId: typeof filter?.projectId === 'string' ? fromGlobalId(filter.projectId, 'Project', 'filter.projectId') : undefined,
    status: filter?.status ?? undefined,
    addressee: filter?.mine ? { personId: context.caller.personId, unitId: context.caller.role === Role.REPORTER ? context.caller.unitId : null } : undefined,
  };
  return toPage(await escalationPage(context.em, criteria, request), request, () => escalationCount(context.em, criteria));
}
