import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context.js';
import { inTransaction, type EventSink } from '../../core/unit-of-work.js';
import { BadUserInputError, NotFoundError, requireText } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { requireDecimal } from '../../shared/money.js';
import { requireDate, today } from '../../shared/dates.js';
import { requireYear } from '../../shared/year.js';
import { pageRequest, toPage, type ConnectionArgs, type Page } from '../../shared/pagination.js';
import { requireVersion } from '../../shared/versioning.js';
import { EventType } from '../event/event.entity.js';
import { Action, authorize } from '../auth/authorization.js';
import { ConstructionType, type Project, type ProjectLevel } from '../project/project.entity.js';
import { lockProject } from '../project/project.service.js';
import { Listing, ListingStatus, Milestone } from './listing.entity.js';
import type { ListingFilter, MilestoneInput, SetAnnualPlanInput, SetListingInput, SetPlanPhasingInput } from './listing.inputs.js';
import { carriedListings, listingCount, listingPage, type ListingCriteria } from './listing.queries.js';
import { newListing } from './listing.factory.js';
import { checkPhasing, PhasingError, PhasingKind } from './listing.rules.js';

const MAX_MILESTONES = 50;
const MAX_AMOUNT = '9999999999.99';

type MilestoneValues = Pick<Milestone, 'name' | 'dueOn' | 'metOn' | 'position'>;

/** Validates the year's milestones (due within the year, met no later than today), in order. */
function requireMilestones(milestones: readonly MilestoneInput[], year: number): MilestoneValues[] {
  if (milestones.length > MAX_MILESTONES) throw new BadUserInputError(`at most ${MAX_MILESTONES} milestones`, 'milestones');
  return milestones.map((milestone, index) => {
    const field = `milestones.${index}`;
    const dueOn = requireDate(milestone.dueOn, `${field}.dueOn`);
    if (!dueOn.startsWith(`${year}-`)) throw new BadUserInputError(`${field}.dueOn must fall in ${year}`, `${field}.dueOn`);
    const metOn = milestone.metOn ? requireDate(milestone.metOn, `${field}.metOn`) : null;
    if (metOn && metOn > today()) throw new BadUserInputError(`${field}.metOn must not be in the future`, `${field}.metOn`);
    return { name: requireText(milestone.name, `${field}.name`, 200), dueOn, metOn, position: index };
  });
}

function sameMilestones(existing: readonly MilestoneValues[], wanted: readonly MilestoneValues[]): boolean {
  return (
    existing.length === wanted.length &&
    existing.every((milestone, index) => {
      const other = wanted[index];
      return milestone.name === other.name && milestone.dueOn === other.dueOn && (milestone.metOn ?? null) === other.metOn && milestone.position === other.position;
    })
  );
}

/** Replaces a listing's milestones unless they are the same; removed through the unit of work so each is audited. */
async function replaceMilestones(em: EntityManager, listing: Listing, milestones: MilestoneValues[]): Promise<boolean> {
  const existing = listing.id ? await em.find(Milestone, { listing }, { orderBy: { position: 'asc' } }) : [];
  if (sameMilestones(existing, milestones)) return false;
  existing.forEach((milestone) => em.remove(milestone));
  await em.flush();
  for (const milestone of milestones) em.create(Milestone, { listing, ...milestone });
  return true;
}

/** The construction type a project has in `year` by its start: CONTINUING after it, NEW before (or in) it. */
function typeByStart(project: Project, year: number): ConstructionType {
  return project.startedOn && project.startedOn < `${year}-01-01` ? ConstructionType.CONTINUING : ConstructionType.NEW;
}

/** One page of a year's listings (every status unless filtered), in id order. */
export function findListings(context: Context, year: number, filter: ListingFilter | null | undefined, args: ConnectionArgs): Promise<Page<Listing>> {
  requireYear(year);
  const request = pageRequest(args);
  const criteria: ListingCriteria = {
    level: filter?.level,
    constructionType: filter?.constructionType,
    status: filter?.status,
    industry: filter?.industry,
    responsibleUnitId: typeof filter?.responsibleUnitId === 'string' ? fromGlobalId(filter.responsibleUnitId, 'Organization', 'filter.responsibleUnitId') : undefined,
    search: filter?.search ? requireText(filter.search, 'filter.search', 100) : undefined,
  };
  return listingPage(context.em, year, criteria, request).then((rows) => toPage(rows, request, () => listingCount(context.em, year, criteria)));
}

function listingEvent(events: EventSink, listing: Listing, type: EventType, payload: Record<string, unknown>): void {
  events.add({ type, projectId: listing.project.id, year: listing.year, payload: { listingId: listing.nodeId, status: listing.status, ...payload } });
}

/**
 * Puts a project on a year's list or changes its listing (ADMIN). A changed plan drops an entered
 * phasing (it no longer sums to the plan): the default spread applies until it is entered again.
 */
export function setListing(context: Context, input: SetListingInput): Promise<Listing> {
  authorize(context.caller, Action.MANAGE_PROJECTS);
  return inTransaction(context, 'setListing', async (em, events) => {
    const project = await lockProject(em, input.projectId);
    const year = requireYear(input.year);
    const plannedInvestment = requireDecimal(input.plannedInvestment, 'plannedInvestment', { max: MAX_AMOUNT });
    const plannedStartOn = input.plannedStartOn ? requireDate(input.plannedStartOn, 'plannedStartOn') : null;
    const plannedCompletionOn = input.plannedCompletionOn ? requireDate(input.plannedCompletionOn, 'plannedCompletionOn') : null;
    if (plannedStartOn && plannedCompletionOn && plannedCompletionOn < plannedStartOn) {
      throw new BadUserInputError('plannedCompletionOn must not be before plannedStartOn', 'plannedCompletionOn');
    }
    const milestones = input.milestones ? requireMilestones(input.milestones, year) : undefined;
    let listing = await em.findOne(Listing, { project, year });
    const values = { level: input.level, constructionType: input.constructionType, plannedInvestment, plannedStartOn, plannedCompletionOn };
    if (listing) {
      requireVersion(listing, input.expectedVersion, 'Listing');
      if (listing.plannedInvestment !== plannedInvestment && listing.phasingKind !== PhasingKind.DEFAULT) {
        listing.phasingKind = PhasingKind.DEFAULT;
        listing.phasing = null;
      }
      em.assign(listing, values);
    } else {
      listing = await newListing(em, project, year, values);
    }
    if (milestones) await replaceMilestones(em, listing, milestones);
    await em.flush();
    listingEvent(events, listing, EventType.LISTING_SET, { level: listing.level, constructionType: listing.constructionType, plannedInvestment });
    return listing;
  });
}

/**
 * Sets a project's plan for a year and, when given, its milestones: the plan part of its listing.
 * Without a listing for the year one is made, with the level of the project's latest listing and
 * the construction type its start gives.
 */
export function setAnnualPlan(context: Context, input: SetAnnualPlanInput): Promise<Listing> {
  authorize(context.caller, Action.MANAGE_PROJECTS);
  return inTransaction(context, 'setAnnualPlan', async (em, events) => {
    const project = await lockProject(em, input.projectId);
    const year = requireYear(input.year);
    const plannedInvestment = requireDecimal(input.plannedInvestment, 'plannedInvestment', { max: MAX_AMOUNT });
    const milestones = input.milestones ? requireMilestones(input.milestones, year) : undefined;
    let listing = await em.findOne(Listing, { project, year });
    if (listing) {
      requireVersion(listing, input.expectedVersion, 'AnnualPlan');
      if (listing.plannedInvestment !== plannedInvestment && listing.phasingKind !== PhasingKind.DEFAULT) {
        listing.phasingKind = PhasingKind.DEFAULT;
        listing.phasing = null;
      }
      listing.plannedInvestment = plannedInvestment; // both canonical (two decimals): the same amount is no change
    } else {
      const latest = await em.findOne(Listing, { project }, { orderBy: { year: 'desc' } });
      listing = await newListing(em, project, year, {
        level: latest?.level ?? ('DISTRICT' as ProjectLevel),
        constructionType: latest?.constructionType === ConstructionType.PREPARATORY && !project.startedOn ? ConstructionType.PREPARATORY : typeByStart(project, year),
        plannedInvestment,
        plannedStartOn: latest?.plannedStartOn ?? null,
        plannedCompletionOn: latest?.plannedCompletionOn ?? null,
      });
    }
    if (milestones) await replaceMilestones(em, listing, milestones);
    await em.flush();
    // Setting the plan it already has changes no row, so inTransaction records no event for it.
    events.add({ type: EventType.PLAN_SET, projectId: project.id, year, payload: { plannedInvestment, milestonesReplaced: milestones !== undefined } });
    return listing;
  });
}

/** The outcome of proposing or issuing a year's list. */
export interface ListingBatch {
  year: number;
  listings: Listing[];
}

/**
 * Drafts `toYear`'s list from `fromYear`'s (ADMIN): every project still unfinished at the end of
 * `fromYear` and not yet on `toYear`'s list is carried over — CONTINUING once started, else with its
 * type (NEW still to start, PREPARATORY) — with its level and planned dates, a plan of 0 for the
 * office to set, and no milestones. Completed projects are dropped. Proposing again adds only what
 * is missing.
 */
export function proposeListings(context: Context, fromYear: number, toYear: number): Promise<ListingBatch> {
  authorize(context.caller, Action.MANAGE_PROJECTS);
  return inTransaction(context, 'proposeListings', async (em, events) => {
    requireYear(fromYear);
    requireYear(toYear);
    if (toYear <= fromYear) throw new BadUserInputError('toYear must be after fromYear', 'toYear');
    const carried = await carriedListings(em, fromYear, toYear);
    const listings = carried.map((row) =>
      em.create(Listing, {
        project: row.project_id,
        year: toYear,
        level: row.level,
        constructionType: row.started_on ? ConstructionType.CONTINUING : row.construction_type === ConstructionType.CONTINUING ? ConstructionType.NEW : row.construction_type,
        plannedInvestment: '0.00',
        plannedStartOn: row.started_on || (row.planned_start_on && row.planned_start_on < `${toYear}-01-01`) ? null : row.planned_start_on,
        plannedCompletionOn: row.planned_completion_on,
        status: ListingStatus.DRAFT,
      }),
    );
    await em.flush();
    for (const listing of listings) listingEvent(events, listing, EventType.LISTING_SET, { proposedFrom: fromYear });
    return { year: toYear, listings };
  });
}

/** Issues (下达) every draft listing of `year` (ADMIN); from now on they count in the year's figures. */
export function issueListings(context: Context, year: number): Promise<ListingBatch> {
  authorize(context.caller, Action.MANAGE_PROJECTS);
  return inTransaction(context, 'issueListings', async (em, events) => {
    requireYear(year);
    const drafts = await em.find(Listing, { year, status: ListingStatus.DRAFT }, { orderBy: { id: 'asc' } });
    const issuedAt = new Date();
    for (const listing of drafts) {
      listing.status = ListingStatus.ISSUED;
      listing.issuedAt = issuedAt;
      listing.issuedPlannedInvestment = listing.plannedInvestment;
    }
    await em.flush();
    if (drafts.length) events.add({ type: EventType.LISTINGS_ISSUED, year, payload: { issued: drafts.length } });
    return { year, listings: drafts };
  });
}

/** Spreads a listing's plan by month or quarter (amounts summing exactly to the plan), or back to the default (ADMIN). */
export function setPlanPhasing(context: Context, input: SetPlanPhasingInput): Promise<Listing> {
  authorize(context.caller, Action.MANAGE_PROJECTS);
  return inTransaction(context, 'setPlanPhasing', async (em, events) => {
    const project = await lockProject(em, input.projectId);
    const year = requireYear(input.year);
    const listing = await em.findOne(Listing, { project, year });
    if (!listing) throw new NotFoundError('Listing', `${input.projectId} in ${year}`);
    if (listing.constructionType === ConstructionType.PREPARATORY) {
      throw new BadUserInputError('a PREPARATORY listing has no investment phasing: it is judged on its pre-construction milestones', 'kind');
    }
    const amounts = input.amounts.map((amount, index) => requireDecimal(amount, `amounts.${index}`, { max: MAX_AMOUNT }));
    try {
      checkPhasing(input.kind, amounts, listing.plannedInvestment);
    } catch (error) {
      if (error instanceof PhasingError) throw new BadUserInputError(error.message, 'amounts');
      throw error;
    }
    listing.phasingKind = input.kind;
    listing.phasing = input.kind === PhasingKind.DEFAULT ? null : amounts;
    await em.flush();
    listingEvent(events, listing, EventType.PHASING_SET, { kind: input.kind });
    return listing;
  });
}
