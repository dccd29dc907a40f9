import { Decimal } from 'decimal.js';
import { LockMode } from '@mikro-orm/core';
import type { Context } from '../../core/context.js';
import { inTransaction } from '../../core/unit-of-work.js';
import { BadUserInputError, ConflictError, NotFoundError, optionalText, requireText } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { requireDate, today } from '../../shared/dates.js';
import { completionRate, requireDecimal } from '../../shared/money.js';
import { pageRequest, type ConnectionArgs, type Page } from '../../shared/pagination.js';
import { requireYear } from '../../shared/year.js';
import { latestClosedMonth } from '../period/period.queries.js';
import { AssignmentRole } from '../assignment/assignment.entity.js';
import { EventType } from '../event/event.entity.js';
import { Person } from '../person/person.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Project } from '../project/project.entity.js';
import { getProject, lockProject } from '../project/project.service.js';
import { AssessmentScheme, ProjectScoreRecord, Sanction, SanctionKind, TargetExplanation } from './assessment.entity.js';
import type { RecordAccountabilityInput, RecordSanctionInput, SubmitTargetExplanationInput } from './assessment.inputs.js';
import { SubjectRole, type ProjectScore, type ScoreExplanationPartType, type SubjectScore, type UnitScore } from './assessment.types.js';
import { denseRanks, meanScore, rankKey, scoreProject, type ScoreResult } from './score.rules.js';
import { schemeFor, latestScheme, createSchemeVersion } from './scheme.service.js';
import { scoreInputs, type ScoreAsOf } from './score.service.js';
import { assignedScoreTotals, inspectorDuty, mayExplainTarget, otherTotals, personSanctions, rankedScores, unitScoreRows } from './assessment.queries.js';
import { loadReferenced } from '../../shared/batch.js';
import { Action, authorize } from '../auth/authorization.js';

/** A stored score as the API shows it; `position` is its place in the ranking (for cursors). */
export function fromRecord(record: ProjectScoreRecord, project: Project, position: number): ProjectScore {
  return {
    project,
    year: record.year,
    baseScore: record.baseScore,
    weightScore: record.weightScore,
    bonusScore: record.bonusScore,
    deductions: record.deductions,
    total: record.total,
    rank: record.rank,
    targetMet: record.targetMet,
    vetoed: record.vetoed,
    explanation: record.explanation as ScoreExplanationPartType[],
    schemeVersion: record.schemeVersion,
    simulated: false,
    position,
  };
}

/** A score as it stood at an instant (`scoresAsOf`) as the API shows it. */
export function fromScoreAsOf(score: ScoreAsOf, project: Project, year: number): ProjectScore {
  const { score: result } = score;
  return {
    project,
    year,
    baseScore: result.baseScore,
    weightScore: result.weightScore,
    bonusScore: result.bonusScore,
    deductions: result.deductions,
    total: result.total,
    rank: score.rank,
    targetMet: result.targetMet,
    vetoed: result.vetoed,
    explanation: result.explanation,
    schemeVersion: score.schemeVersion,
    simulated: false,
    position: score.rank,
  };
}

/** A project's stored score for a year; null when it has no plan that year. */
export async function projectScore(context: Context, projectId: string, year: number): Promise<ProjectScore | null> {
  const project = await getProject(context, projectId, 'projectId');
  const record = await context.loaders.scoreByProjectYear.load({ id: project.id, year: requireYear(year) });
  return record ? fromRecord(record, project, record.rank) : null;
}

/** The year's ranking, best first (rank, then project id); cursors are positions in it. */
export async function findProjectScores(context: Context, year: number, args: ConnectionArgs): Promise<Page<ProjectScore>> {
  requireYear(year);
  const request = pageRequest(args);
  const records = await rankedScores(context.em, { years: [year], page: { offset: request.afterKey, limit: request.first + 1 } });
  const projects = await Promise.all(records.map((record) => loadReferenced(context.loaders.projectById, record.project.id, 'Project')));
  const nodes = records.map((record, index) => fromRecord(record, projects[index], request.afterKey + index + 1));
  return {
    nodes: nodes.slice(0, request.first),
    hasNextPage: nodes.length > request.first,
    hasPreviousPage: request.afterKey > 0,
    totalCount: () => context.em.count(ProjectScoreRecord, { year }),
  };
}

/**
 * What the project's score would be with this year-to-date completed investment (and, when
 * given, with every milestone met or not): computed, ranked against the stored scores, never
 * written.
 */
export async function simulateScore(
  context: Context,
  projectId: string,
  year: number,
  completedInvestment: string,
  milestonesMet: boolean | null | undefined,
): Promise<ProjectScore> {
  const project = await getProject(context, projectId, 'projectId');
  requireYear(year);
  const completed = requireDecimal(completedInvestment, 'completedInvestment', { max: '9999999999.99' });
  const input = (await scoreInputs(context.em, year, [project.id])).get(project.id);
  if (!input) throw new BadUserInputError(`the project has no annual plan for ${year}`, 'year');
  const milestones =
    milestonesMet === true
      ? input.milestones.map((milestone) => ({ ...milestone, metOn: milestone.metOn ?? milestone.dueOn }))
      : milestonesMet === false
        ? input.milestones.map((milestone, index) => (index === input.milestones.length - 1 ? { ...milestone, metOn: null } : milestone))
        : input.milestones;
  const scheme = await schemeFor(context.em, year);
  const result: ScoreResult = scoreProject({ ...input, completedInvestment: completed, milestones }, scheme.rules);
  const rank = denseRanks([rankKey(result), ...(await otherTotals(context.em, year, project.id))])[0];
  return {
    project,
    year,
    baseScore: result.baseScore,
    weightScore: result.weightScore,
    bonusScore: result.bonusScore,
    deductions: result.deductions,
    total: result.total,
    rank,
    targetMet: result.targetMet,
    vetoed: result.vetoed,
    explanation: result.explanation,
    schemeVersion: scheme.version,
    simulated: true,
    position: rank,
  };
}

/**
 * Scores of officials: a liaison leader's or responsible person's is the mean of their projects'
 * totals; an inspector's is inspections done on time over inspections due (`inspectorDuty`: the
 * rounds of the year's closed months, for the projects they are INSPECTOR of, while due). Dense
 * ranks, best first.
 */
export async function subjectScores(context: Context, year: number, role: SubjectRole): Promise<SubjectScore[]> {
  requireYear(year);
  const { em } = context;
  let rows: { person_id: number; score: string | null; count: number; done: number | null; deductions: string | null; accountable: boolean }[];
  if (role === SubjectRole.INSPECTOR) {
    const period = await latestClosedMonth(em, year);
    const duty = await inspectorDuty(em, year, period, today());
    rows = duty.map((row) => ({
      person_id: row.person_id,
      score: row.due ? completionRate(`${row.done}.00`, `${row.due}.00`) : null,
      count: row.due,
      done: row.done,
      deductions: null,
      accountable: false,
    }));
  } else {
    // A leader's or responsible person's score: the mean of their projects' totals, less the scheme's
    // deduction for each criticism naming them; 0 when an accountability case names them (问责).
    const [totals, sanctions, scheme] = await Promise.all([
      assignedScoreTotals(em, role === SubjectRole.LIAISON_LEADER ? AssignmentRole.LIAISON_LEADER : AssignmentRole.RESPONSIBLE_PERSON, year),
      personSanctions(em, year),
      schemeFor(em, year),
    ]);
    const byPerson = new Map(sanctions.map((row) => [row.person_id, row]));
    rows = totals.map((row) => {
      const mean = meanScore(row.totals);
      const named = byPerson.get(row.person_id);
      const deductions = new Decimal(scheme.rules.criticismDeduction).times(named?.criticisms ?? 0);
      const accountable = named?.accountable ?? false;
      const score = mean === null ? null : accountable ? '0.00' : Decimal.max(0, new Decimal(mean).minus(deductions)).toFixed(2);
      return { person_id: row.person_id, score, count: row.totals.length, done: null, deductions: deductions.toFixed(2), accountable };
    });
  }
  const people = await context.loaders.personById.loadMany(rows.map((row) => row.person_id));
  const scored = rows.filter((row) => row.score !== null);
  const rankList = denseRanks(scored.map((row) => rankKey({ total: row.score!, vetoed: row.accountable })));
  const ranks = new Map(scored.map((row, index) => [row.person_id, rankList[index]]));
  return rows
    .map((row, index) => ({
      person: people[index] as Person,
      role,
      score: row.score,
      rank: ranks.get(row.person_id) ?? null,
      count: row.count,
      doneOnTime: row.done,
      deductions: row.deductions,
      accountable: row.accountable,
    }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.person.id - b.person.id);
}

/**
 * Scores of responsible units (责任单位): the mean of their projects' totals, less the scheme's
 * deduction for each criticism of the unit; dense ranks, best first.
 */
export async function unitScores(context: Context, year: number): Promise<UnitScore[]> {
  requireYear(year);
  const [rows, scheme] = await Promise.all([unitScoreRows(context.em, year), schemeFor(context.em, year)]);
  const scored = rows.map((row) => {
    const deductions = new Decimal(scheme.rules.criticismDeduction).times(row.criticisms);
    return { ...row, deductions: deductions.toFixed(2), score: Decimal.max(0, new Decimal(meanScore(row.totals)!).minus(deductions)).toFixed(2) };
  });
  const ranks = denseRanks(scored.map((row) => row.score));
  const units = await context.loaders.organizationById.loadMany(scored.map((row) => row.unit_id));
  return scored
    .map((row, index) => ({ unit: units[index] as Organization, score: row.score, rank: ranks[index], projectCount: row.totals.length, criticisms: row.criticisms, deductions: row.deductions }))
    .sort((a, b) => a.rank - b.rank || a.unit.id - b.unit.id);
}

/** The scheme in force for a year: its latest version, or version 0 made of the defaults (not stored). */
export async function assessmentScheme(context: Context, year: number): Promise<AssessmentScheme> {
  const latest = await latestScheme(context.em, requireYear(year));
  if (latest) return latest;
  const defaults = await schemeFor(context.em, year);
  const virtual = createSchemeVersion(context.em.fork(), year, 0, defaults.rules, defaults.thresholds);
  virtual.id = 0;
  virtual.createdAt = new Date(0);
  return virtual;
}

/** Every stored version of a year's scheme, newest first. */
export function assessmentSchemeVersions(context: Context, year: number): Promise<AssessmentScheme[]> {
  return context.em.find(AssessmentScheme, { year: requireYear(year) }, { orderBy: { version: 'desc' } });
}

/** Records a commendation, criticism or accountability case; scores of its project recompute. */
export function recordSanction(context: Context, kind: SanctionKind, input: RecordSanctionInput | RecordAccountabilityInput): Promise<Sanction> {
  authorize(context.caller, Action.MANAGE_ASSESSMENT);
  return inTransaction(context, 'recordSanction', async (em, events) => {
    const year = requireYear(input.year);
    const answerableIds = kind === SanctionKind.ACCOUNTABILITY ? ((input as RecordAccountabilityInput).answerablePersonIds ?? []) : [];
    if (typeof input.projectId !== 'string' && typeof input.personId !== 'string' && typeof input.unitId !== 'string' && answerableIds.length === 0) {
      throw new BadUserInputError('name a project, a unit or a person (projectId, unitId, personId)', 'projectId');
    }
    const project = typeof input.projectId === 'string' ? await lockProject(em, input.projectId) : null;
    let person: Person | null = null;
    if (typeof input.personId === 'string') {
      person = await em.findOne(Person, { id: fromGlobalId(input.personId, 'Person', 'personId') });
      if (!person) throw new NotFoundError('Person', input.personId);
    }
    let unit: Organization | null = null;
    if (typeof input.unitId === 'string') {
      unit = await em.findOne(Organization, { id: fromGlobalId(input.unitId, 'Organization', 'unitId') });
      if (!unit) throw new NotFoundError('Organization', input.unitId);
    }
    const answerable: number[] = [];
    for (const [index, id] of answerableIds.entries()) {
      const found = await em.findOne(Person, { id: fromGlobalId(id, 'Person', `answerablePersonIds.${index}`) });
      if (!found) throw new NotFoundError('Person', id);
      if (!answerable.includes(found.id)) answerable.push(found.id);
    }
    if (kind === SanctionKind.ACCOUNTABILITY && person && !answerable.includes(person.id)) answerable.push(person.id);
    const decidedOn = requireDate(input.decidedOn, 'decidedOn');
    if (decidedOn > today()) throw new BadUserInputError('decidedOn must not be in the future', 'decidedOn');
    if (!decidedOn.startsWith(`${year}-`) && !decidedOn.startsWith(`${year + 1}-`)) {
      throw new BadUserInputError(`decidedOn must fall in ${year} or early ${year + 1}`, 'decidedOn');
    }
    const sanction = em.create(Sanction, {
      kind,
      year,
      project,
      person,
      unit,
      answerablePersonIds: answerable,
      accountabilityReason: kind === SanctionKind.ACCOUNTABILITY ? (input as RecordAccountabilityInput).reason : null,
      description: requireText(input.description, 'description', 4000),
      decidedOn,
    });
    await em.flush();
    events.add({
      type: EventType.SANCTION_RECORDED,
      projectId: project?.id ?? null,
      year,
      payload: { sanctionId: sanction.nodeId, kind, reason: sanction.accountabilityReason, personId: person?.nodeId ?? null, unitId: unit?.nodeId ?? null, answerable: answerable.length },
    });
    return sanction;
  });
}

/**
 * Revokes a sanction recorded in error (ADMIN, with the reason): it stays on record, revoked, and
 * counts for nothing from then on — scores and ranks are recomputed in the same transaction.
 */
export function revokeSanction(context: Context, id: string, reason: string): Promise<Sanction> {
  authorize(context.caller, Action.MANAGE_ASSESSMENT);
  return inTransaction(context, 'revokeSanction', async (em, events) => {
    const why = requireText(reason, 'reason', 2000);
    const sanction = await em.findOne(Sanction, { id: fromGlobalId(id, 'Sanction', 'id') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!sanction) throw new NotFoundError('Sanction', id);
    if (sanction.revokedAt) throw new ConflictError('the sanction is already revoked', { field: 'id' });
    em.assign(sanction, { revokedAt: new Date(), revokedBy: context.caller.id, revocationReason: why });
    await em.flush();
    events.add({ type: EventType.SANCTION_REVOKED, projectId: sanction.project?.id ?? null, year: sanction.year, payload: { sanctionId: sanction.nodeId, kind: sanction.kind, reason: why } });
    return sanction;
  });
}

/** The liaison leader's or responsible person's explanation of a missed target (one per author, replaced on resubmission). */
export function submitTargetExplanation(context: Context, input: SubmitTargetExplanationInput): Promise<TargetExplanation> {
  authorize(context.caller, Action.EXPLAIN_TARGET);
  return inTransaction(context, 'submitTargetExplanation', async (em, events) => {
    const year = requireYear(input.year);
    const project = await lockProject(em, input.projectId);
    const authorId = fromGlobalId(input.authorId, 'Person', 'authorId');
    authorize(context.caller, Action.EXPLAIN_TARGET, { personId: authorId });
    if (!(await mayExplainTarget(em, project.id, authorId))) {
      throw new BadUserInputError('the author must be the project’s liaison leader or responsible person', 'authorId');
    }
    const score = await em.findOne(ProjectScoreRecord, { project, year });
    if (score?.targetMet) throw new BadUserInputError(`the project met its ${year} target; there is nothing to explain`, 'year');
    const values = {
      explanation: requireText(input.explanation, 'explanation', 8000),
      rectificationPlan: optionalText(input.rectificationPlan, 'rectificationPlan', 8000) ?? '',
    };
    if (!values.rectificationPlan) throw new BadUserInputError('rectificationPlan must not be empty', 'rectificationPlan');
    let explanation = await em.findOne(TargetExplanation, { project, year, author: authorId });
    if (explanation) em.assign(explanation, values);
    else explanation = em.create(TargetExplanation, { project, year, author: authorId, ...values });
    await em.flush();
    events.add({ type: EventType.EXPLANATION_SUBMITTED, projectId: project.id, year, payload: { explanationId: explanation.nodeId, authorId: input.authorId } });
    return explanation;
  });
}
