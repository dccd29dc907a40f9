import type { EntityManager } from '@mikro-orm/postgresql';
import type { Project } from '../project/project.entity.js';
import { Listing, ListingStatus } from './listing.entity.js';
import { yearListIssued } from './listing.queries.js';

/** What a new listing is made of. */
export type ListingValues = Pick<Listing, 'level' | 'constructionType' | 'plannedInvestment' | 'plannedStartOn' | 'plannedCompletionOn'>;

/**
 * A new listing of `project` for `year`, added to the unit of work (not flushed): DRAFT, or ISSUED
 * at once when the year's list has been issued (an addition to the issued list is an amendment the
 * office makes, effective at once, its plan then the original plan).
 */
export async function newListing(em: EntityManager, project: Project, year: number, values: ListingValues): Promise<Listing> {
  const issued = await yearListIssued(em, year);
  return em.create(Listing, {
    project,
    year,
    ...values,
    status: issued ? ListingStatus.ISSUED : ListingStatus.DRAFT,
    issuedAt: issued ? new Date() : null,
    issuedPlannedInvestment: issued ? values.plannedInvestment : null,
  });
}
