import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { childrenLoader, groupedLoader, projectYearLoader, selectByProjectYear } from '../../shared/batch.js';
import { Listing, Milestone } from './listing.entity.js';
import { currentListings, plansAsOf } from './listing.queries.js';
import { currentYear } from '../../shared/dates.js';

/** Per-request loaders of listings and their milestones. */
export function listingLoaders(em: EntityManager) {
  return {
    /** A project's listing of a year (any status). Key: project id and year. */
    listingByProjectYear: projectYearLoader<Listing | null>(async (projectIds, years) => {
      const listings = await selectByProjectYear(em, Listing, projectIds, years);
      return new Map(listings.map((listing) => [`${listing.project.id}:${listing.year}`, listing]));
    }, null),
    /** Every listing of a project, by year. */
    listingsByProject: childrenLoader(em, Listing, 'project_id', (row) => row.project.id, 'year'),
    /** The listing a project's "this year's" fields read (see `currentListings`), for the current year. */
    currentListingByProject: new DataLoader<number, Listing | null>(async (projectIds) => {
      const byProject = new Map((await currentListings(em, [...projectIds], currentYear())).map((listing) => [listing.project.id, listing]));
      return projectIds.map((id) => byProject.get(id) ?? null);
    }),
    /** A project's annual plan of a year as in force at an instant (null: not on that year's issued list then). */
    planAsOf: groupedLoader<{ id: number; year: number; asOf: Date }, string | null>(
      (key) => `${key.year}|${key.asOf.toISOString()}`,
      (ids, { year, asOf }) => plansAsOf(em, ids, year, asOf),
      null,
    ),
    milestonesByListing: childrenLoader(em, Milestone, 'listing_id', (row) => row.listing.id, 'position, id'),
  };
}

declare module '../../core/context.js' {
  /** This module's loaders, merged into every context's `loaders`. */
  interface Loaders extends ReturnType<typeof listingLoaders> {}
}
