import { requireGeoPoint, type GeoPointInput } from '../../shared/geo.js';
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context.js';
import { inTransaction } from '../../core/unit-of-work.js';
import { BadUserInputError, ConflictError, NotFoundError, optionalText, requireText } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { requireDecimal } from '../../shared/money.js';
import { pageRequest, toPage, type ConnectionArgs, type Page } from '../../shared/pagination.js';
import { currentYear, requireDate, today } from '../../shared/dates.js';
import { requireYear } from '../../shared/year.js';
import { Listing } from '../listing/listing.entity.js';
import { newListing } from '../listing/listing.factory.js';
import { Organization, OrganizationKind } from '../organization/organization.entity.js';
import { EventType } from '../event/event.entity.js';
import { Project, ProjectStatus } from './project.entity.js';
import type { CreateProjectInput, ProjectFilter, RecordStartInput, UpdateProjectInput } from './project.inputs.js';
import { Action, authorize } from '../auth/authorization.js';
import { requireVersion } from '../../shared/versioning.js';
import { lockedProjectRow, projectCount, projectPage, unassignedProjects, type ProjectCriteria } from './project.queries.js';

const MAX_TOTAL_INVESTMENT = '9999999999.99';

/** A project's coordinate columns from an optional point (null clears them). */
function coordinatesOf(point: GeoPointInput | null | undefined): { longitude: string | null; latitude: string | null } {
  if (!point) return { longitude: null, latitude: null };
  const { longitude, latitude } = requireGeoPoint(point, 'location');
  return { longitude: longitude.toFixed(6), latitude: latitude.toFixed(6) };
}

/** Loads a project by global id for reading; unknown ids are NOT_FOUND. */
export async function getProject(context: Context, id: string, field = 'id'): Promise<Project> {
  const project = await context.loaders.projectById.load(fromGlobalId(id, 'Project', field));
  if (!project) throw new NotFoundError('Project', id);
  return project;
}

/**
 * Loads a project inside a transaction, locking its row against concurrent writers. `FOR NO KEY
 * UPDATE`, not `FOR UPDATE`: rows that merely refer to the project (lights, scores written by
 * another transaction's derived recomputation) must not wait for this lock.
 */
export async function lockProject(em: EntityManager, id: string, field = 'projectId'): Promise<Project> {
  const projectId = fromGlobalId(id, 'Project', field);
  const row = await lockedProjectRow(em, projectId);
  if (!row) throw new NotFoundError('Project', id);
  return em.map(Project, row);
}

async function requireOrganization(em: EntityManager, id: string, field: string): Promise<Organization> {
  const organization = await em.findOne(Organization, { id: fromGlobalId(id, 'Organization', field) });
  if (!organization) throw new NotFoundError('Organization', id);
  return organization;
}

/** A town or street (镇/街) for a project's site: an Organization of kind TOWN or STREET. */
async function requireTown(em: EntityManager, id: string, field: string): Promise<Organization> {
  const town = await requireOrganization(em, id, field);
  if (town.kind !== OrganizationKind.TOWN && town.kind !== OrganizationKind.STREET) {
    throw new BadUserInputError(`${field} must be a town or street (镇/街), not ${town.name}`, field);
  }
  return town;
}

function requireClusters(clusters: string[]): string[] {
  if (clusters.length > 20) throw new BadUserInputError('clusters: at most 20 tags', 'clusters');
  return [...new Set(clusters.map((tag) => requireText(tag, 'clusters', 50)))];
}

/** The criteria a project filter describes, checked (ids decoded, texts bounded). */
export function projectCriteria(filter: ProjectFilter | undefined | null): ProjectCriteria {
  return {
    year: currentYear(),
    level: filter?.level,
    industry: filter?.industry,
    constructionType: filter?.constructionType,
    investmentBand: filter?.investmentBand,
    responsibleUnitId: typeof filter?.responsibleUnitId === 'string' ? fromGlobalId(filter.responsibleUnitId, 'Organization', 'filter.responsibleUnitId') : undefined,
    townId: typeof filter?.townId === 'string' ? fromGlobalId(filter.townId, 'Organization', 'filter.townId') : undefined,
    personId: typeof filter?.personId === 'string' ? fromGlobalId(filter.personId, 'Person', 'filter.personId') : undefined,
    cluster: filter?.cluster ? requireText(filter.cluster, 'filter.cluster', 50) : undefined,
    search: filter?.search ? requireText(filter.search, 'filter.search', 100) : undefined,
  };
}

/** One page of projects matching `filter`, in stable id order (one statement; the count only when asked). */
export async function findProjects(context: Context, filter: ProjectFilter | undefined | null, args: ConnectionArgs): Promise<Page<Project>> {
  const request = pageRequest(args);
  const criteria = projectCriteria(filter);
  const rows = await projectPage(context.em, criteria, request);
  return toPage(rows, request, () => projectCount(context.em, criteria));
}

/** Creates a project; its code must be new. */
export async function createProject(context: Context, input: CreateProjectInput): Promise<Project> {
  authorize(context.caller, Action.MANAGE_PROJECTS);
  return inTransaction(context, 'createProject', async (em, events) => {
    const code = requireText(input.code, 'code', 32);
    if (await em.count(Project, { code })) throw new ConflictError(`project code ${code} already exists`, { field: 'code' });
    const year = requireYear(input.year ?? currentYear());
    const plannedStartOn = input.plannedStartOn ? requireDate(input.plannedStartOn, 'plannedStartOn') : null;
    const plannedCompletionOn = input.plannedCompletionOn ? requireDate(input.plannedCompletionOn, 'plannedCompletionOn') : null;
    checkPlannedDates(plannedStartOn, plannedCompletionOn);
    const project = em.create(Project, {
      code,
      name: requireText(input.name, 'name', 200),
      industry: input.industry,
      clusters: requireClusters(input.clusters ?? []),
      totalInvestment: requireDecimal(input.totalInvestment, 'totalInvestment', { max: MAX_TOTAL_INVESTMENT }),
      address: optionalText(input.address, 'address', 200),
      ...coordinatesOf(input.location),
      startedOn: null,
      completedOn: null,
      responsibleUnit: typeof input.responsibleUnitId === 'string' ? await requireOrganization(em, input.responsibleUnitId, 'responsibleUnitId') : null,
      town: typeof input.townId === 'string' ? await requireTown(em, input.townId, 'townId') : null,
    });
    const listing = await newListing(em, project, year, {
      level: input.level,
      constructionType: input.constructionType,
      plannedInvestment: input.plannedInvestment ? requireDecimal(input.plannedInvestment, 'plannedInvestment', { max: MAX_TOTAL_INVESTMENT }) : '0.00',
      plannedStartOn,
      plannedCompletionOn,
    });
    await em.flush();
    events.add({ type: EventType.PROJECT_CREATED, projectId: project.id, year, payload: { code: project.code, level: listing.level, listingStatus: listing.status } });
    return project;
  });
}

function checkPlannedDates(plannedStartOn: string | null, plannedCompletionOn: string | null): void {
  if (plannedStartOn && plannedCompletionOn && plannedCompletionOn < plannedStartOn) {
    throw new BadUserInputError('plannedCompletionOn must not be before plannedStartOn', 'plannedCompletionOn');
  }
}

function checkDates(project: Project): void {
  if (project.completedOn && (!project.startedOn || project.completedOn < project.startedOn)) {
    throw new BadUserInputError('completedOn must be on or after startedOn (record the start first)', 'completedOn');
  }
}

/** Applies the given changes to a project; omitted fields stay, explicit nulls clear optional ones. */
export async function updateProject(context: Context, input: UpdateProjectInput): Promise<Project> {
  authorize(context.caller, Action.MANAGE_PROJECTS);
  return inTransaction(context, 'updateProject', async (em, events) => {
    const project = await lockProject(em, input.id, 'id');
    requireVersion(project, input.expectedVersion, 'Project');
    const required = <K extends 'name' | 'level' | 'industry' | 'constructionType' | 'totalInvestment' | 'status'>(key: K) => {
      if (input[key] === null) throw new BadUserInputError(`${key} cannot be cleared`, key);
      return input[key] !== undefined;
    };
    // Level, type and planned dates are this year's: they change the listing of the current year.
    const listingFields = (['level', 'constructionType', 'plannedStartOn', 'plannedCompletionOn'] as const).filter((key) => input[key] !== undefined);
    const listing = listingFields.length ? await em.findOne(Listing, { project, year: currentYear() }) : null;
    if (listingFields.length && !listing) {
      throw new BadUserInputError(`the project is not on the ${currentYear()} list: set its listing (setListing) to give it a level, type or planned dates`, listingFields[0]);
    }
    if (required('name')) project.name = requireText(input.name!, 'name', 200);
    if (listing && required('level')) listing.level = input.level!;
    if (required('industry')) project.industry = input.industry!;
    if (listing && required('constructionType')) listing.constructionType = input.constructionType!;
    if (required('totalInvestment')) project.totalInvestment = requireDecimal(input.totalInvestment!, 'totalInvestment', { max: MAX_TOTAL_INVESTMENT });
    if (required('status')) project.status = input.status!;
    if (input.clusters !== undefined) project.clusters = requireClusters(input.clusters ?? []);
    if (input.address !== undefined) project.address = optionalText(input.address, 'address', 200);
    if (input.location !== undefined) Object.assign(project, coordinatesOf(input.location));
    if (listing && input.plannedStartOn !== undefined) listing.plannedStartOn = input.plannedStartOn ? requireDate(input.plannedStartOn, 'plannedStartOn') : null;
    if (listing && input.plannedCompletionOn !== undefined) {
      listing.plannedCompletionOn = input.plannedCompletionOn ? requireDate(input.plannedCompletionOn, 'plannedCompletionOn') : null;
    }
    if (listing) checkPlannedDates(listing.plannedStartOn, listing.plannedCompletionOn);
    if (input.completedOn !== undefined) {
      project.completedOn = input.completedOn ? requireDate(input.completedOn, 'completedOn') : null;
      if (project.completedOn && project.completedOn > today()) throw new BadUserInputError('completedOn must not be in the future', 'completedOn');
      if (project.completedOn && input.status === undefined) project.status = ProjectStatus.COMPLETED;
    }
    if (input.responsibleUnitId !== undefined) {
      project.responsibleUnit = typeof input.responsibleUnitId === 'string' ? ref(await requireOrganization(em, input.responsibleUnitId, 'responsibleUnitId')) : null;
    }
    if (input.townId !== undefined) project.town = typeof input.townId === 'string' ? ref(await requireTown(em, input.townId, 'townId')) : null;
    if (project.status === ProjectStatus.COMPLETED && !project.completedOn) {
      throw new BadUserInputError('a COMPLETED project needs completedOn', 'status');
    }
    if (project.status === ProjectStatus.NOT_STARTED && project.startedOn) {
      throw new BadUserInputError('a project with a start date cannot be NOT_STARTED', 'status');
    }
    if (project.status === ProjectStatus.UNDER_CONSTRUCTION && !project.startedOn) {
      throw new BadUserInputError('record the start (recordStart) before UNDER_CONSTRUCTION', 'status');
    }
    checkDates(project);
    await em.flush();
    const changed = Object.keys(input).filter((key) => key !== 'id' && input[key as keyof UpdateProjectInput] !== undefined);
    events.add({ type: EventType.PROJECT_UPDATED, projectId: project.id, payload: { changed } });
    if (listing) events.add({ type: EventType.LISTING_SET, projectId: project.id, year: listing.year, payload: { listingId: listing.nodeId, changed: listingFields } });
    return project;
  });
}

/** Records the start of works (已动工): sets `startedOn` and the status UNDER_CONSTRUCTION. */
export async function recordStart(context: Context, input: RecordStartInput): Promise<Project> {
  authorize(context.caller, Action.MANAGE_PROJECTS);
  return inTransaction(context, 'recordStart', async (em, events) => {
    const project = await lockProject(em, input.projectId);
    const startedOn = requireDate(input.startedOn, 'startedOn');
    if (startedOn > today()) throw new BadUserInputError('startedOn must not be in the future', 'startedOn');
    project.startedOn = startedOn;
    if (project.status === ProjectStatus.NOT_STARTED) project.status = ProjectStatus.UNDER_CONSTRUCTION;
    checkDates(project);
    await em.flush();
    events.add({ type: EventType.PROJECT_STARTED, projectId: project.id, payload: { startedOn } });
    return project;
  });
}

/** What a project lacks under the liaison rule "有人抓、有人管". */
export enum ResponsibilityGap {
  LIAISON_LEADER = 'LIAISON_LEADER',
  RESPONSIBLE_UNIT = 'RESPONSIBLE_UNIT',
  RESPONSIBLE_PERSON = 'RESPONSIBLE_PERSON',
}

/**
 * Projects active in `year` (not completed before it) that lack a liaison leader, a responsible
 * unit or a responsible person, with what each lacks.
 */
export async function findUnassignedProjects(context: Context, year: number): Promise<{ project: Project; missing: ResponsibilityGap[] }[]> {
  const rows = await unassignedProjects(context.em, year);
  return rows.map(({ lacks_liaison, lacks_person, ...columns }) => {
    const project = context.em.map(Project, columns);
    const missing: ResponsibilityGap[] = [];
    if (lacks_liaison) missing.push(ResponsibilityGap.LIAISON_LEADER);
    if (!project.responsibleUnit) missing.push(ResponsibilityGap.RESPONSIBLE_UNIT);
    if (lacks_person) missing.push(ResponsibilityGap.RESPONSIBLE_PERSON);
    return { project, missing };
  });
}

