import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, type Sql } from '../../db/sql.js';
import { selectDetached } from '../../shared/detached-rows.js';
import type { PageRequest } from '../../shared/pagination.js';
import type { ConstructionType, Industry, ProjectLevel } from '../project/project.entity.js';
import { Listing, ListingStatus } from './listing.entity.js';

/**
 * The ISSUED listings of `year` (optionally of one level) as a derived table with the listing's
 * columns: `from ${yearList(2026, null)} l join project p on p.id = l.project_id`. Every figure "of
 * a year" (dashboard, lights, scores, reports) starts from it, so a year counts its own list only.
 * With `asOf`, the list as it stood at that instant: the listings issued by then, each with the
 * plan in force then (`listing_plan_revision`).
 */
export function yearList(year: number, level: ProjectLevel | null | undefined = null, asOf: Date | null = null): Sql {
  const ofLevel = level ? sql`and level = ${level}` : sql.empty;
  if (asOf === null) return sql`(select * from listing where year = ${year} and status = ${ListingStatus.ISSUED} ${ofLevel})`;
  return sql`(select id, project_id, year, updated_at, version, level, construction_type, planned_start_on, planned_completion_on, phasing_kind, phasing,
                     status, issued_at, issued_planned_investment, created_at,
                     coalesce((select r.planned_investment from listing_plan_revision r where r.listing_id = listing.id and r.recorded_at <= ${asOf}
                                order by r.recorded_at desc, r.id desc limit 1), 0) as planned_investment
                from listing where year = ${year} and status = ${ListingStatus.ISSUED} and issued_at <= ${asOf} ${ofLevel})`;
}

/** What a year's list can be narrowed by, already validated. */
export interface ListingCriteria {
  level?: ProjectLevel | null;
  constructionType?: ConstructionType | null;
  status?: ListingStatus | null;
  industry?: Industry | null;
  responsibleUnitId?: number;
  /** Part of the project's name or code, as plain text. */
  search?: string;
}

function matching(year: number, criteria: ListingCriteria): Sql {
  const conditions: Sql[] = [sql`l.year = ${year}`];
  if (criteria.level) conditions.push(sql`l.level = ${criteria.level}`);
  if (criteria.constructionType) conditions.push(sql`l.construction_type = ${criteria.constructionType}`);
  if (criteria.status) conditions.push(sql`l.status = ${criteria.status}`);
  const project: Sql[] = [];
  if (criteria.industry) project.push(sql`p.industry = ${criteria.industry}`);
  if (criteria.responsibleUnitId !== undefined) project.push(sql`p.responsible_unit_id = ${criteria.responsibleUnitId}`);
  if (criteria.search !== undefined) {
    const pattern = `%${criteria.search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    project.push(sql`(p.name ilike ${pattern} or p.code ilike ${pattern})`);
  }
  if (project.length) conditions.push(sql`exists (select 1 from project p where p.id = l.project_id and ${sql.and(project)})`);
  return sql.and(conditions);
}

/** One page (plus one row) of a year's listings matching the criteria, in id order. */
export function listingPage(em: EntityManager, year: number, criteria: ListingCriteria, request: PageRequest): Promise<Listing[]> {
  return selectDetached(em, Listing, sql`${matching(year, criteria)} and l.id > ${request.afterKey}`, sql`l.id limit ${request.first + 1}`, 'l');
}

/** How many of a year's listings match the criteria. */
export async function listingCount(em: EntityManager, year: number, criteria: ListingCriteria): Promise<number> {
  return (await queryOne<{ total: number }>(em, sql`select count(*)::int as total from listing l where ${matching(year, criteria)}`)).total;
}

/**
 * For each project, the listing its "this year's" fields read: the listing of `year` when there is
 * one, else the latest before it, else the earliest after it.
 */
export function currentListings(em: EntityManager, projectIds: number[], year: number): Promise<Listing[]> {
  return selectDetached(
    em,
    Listing,
    sql`l.id in (select distinct on (project_id) id from listing where project_id = any(${projectIds}::int[])
                 order by project_id, (year <= ${year}) desc, case when year <= ${year} then -year else year end)`,
    sql`l.id`,
    'l',
  );
}

/** Whether `year` has an issued list (any issued listing): additions to it are issued at once, as amendments. */
export async function yearListIssued(em: EntityManager, year: number): Promise<boolean> {
  return (await queryOne<{ issued: boolean }>(em, sql`select exists (select 1 from listing where year = ${year} and status = ${ListingStatus.ISSUED}) as issued`)).issued;
}

/** A listing of `fromYear` that can be carried over to `toYear`, with what the proposal needs of its project. */
export interface CarriedListing {
  project_id: number;
  level: ProjectLevel;
  construction_type: ConstructionType;
  planned_start_on: string | null;
  planned_completion_on: string | null;
  started_on: string | null;
}

/**
 * The listings of `fromYear` whose project is unfinished at the end of `fromYear` (not completed by
 * then) and has no listing in `toYear` yet, in project order.
 */
export function carriedListings(em: EntityManager, fromYear: number, toYear: number): Promise<CarriedListing[]> {
  return query<CarriedListing>(
    em,
    sql`select l.project_id, l.level, l.construction_type, l.planned_start_on::text, l.planned_completion_on::text, p.started_on::text
          from listing l join project p on p.id = l.project_id
         where l.year = ${fromYear}
           and (p.completed_on is null or p.completed_on > make_date(${fromYear}, 12, 31))
           and not exists (select 1 from listing n where n.project_id = l.project_id and n.year = ${toYear})
         order by l.project_id`,
  );
}

/** The annual plans of the given projects for `year` as in force at `asOf` (issued listings only), by project. */
export async function plansAsOf(em: EntityManager, projectIds: number[], year: number, asOf: Date): Promise<Map<number, string>> {
  const rows = await query<{ project_id: number; planned: string }>(
    em,
    sql`select project_id, planned_investment::text as planned from ${yearList(year, null, asOf)} l where project_id = any(${projectIds}::int[])`,
  );
  return new Map(rows.map((row) => [row.project_id, row.planned]));
}
