import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { belongsTo } from '../../core/belongs-to.js';
import type { Context } from '../../core/context.js';
import { ConnectionArgs } from '../../shared/pagination.js';
import { DateScalar, DecimalScalar } from '../../shared/scalars.js';
import { requireIntegerInRange } from '../../shared/errors.js';
import { requireYear } from '../../shared/year.js';
import { ConstructionType, Project, ProjectLevel } from '../project/project.entity.js';
import { Listing, Milestone } from './listing.entity.js';
import { ListingFilter, SetAnnualPlanInput, SetListingInput, SetPlanPhasingInput } from './listing.inputs.js';
import { monthlyPhasing, plannedToDate, timeProgressOf } from './listing.rules.js';
import { AnnualPlan, ListingBatchResult, ListingConnection, PlanPhasing } from './listing.types.js';
import * as listings from './listing.service.js';

/** The twelve monthly amounts of a listing's plan. */
export function phasingOf(listing: Listing): string[] {
  return monthlyPhasing({
    year: listing.year,
    constructionType: listing.constructionType,
    plannedInvestment: listing.plannedInvestment,
    plannedStartOn: listing.plannedStartOn,
    kind: listing.phasingKind,
    amounts: listing.phasing,
  });
}

@Resolver(() => Listing)
export class ListingResolver {
  @Query(() => ListingConnection, { description: "A year's key-project list (every status unless filtered), in stable order. 年度重点项目名单。" })
  async listings(
    @Arg('year', () => Int) year: number,
    @Arg('filter', () => ListingFilter, { nullable: true }) filter: ListingFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: Context,
  ): Promise<ListingConnection> {
    return new ListingConnection(await listings.findListings(context, year, filter, args));
  }

  @Mutation(() => Listing, { description: "Put a project on a year's list or change its listing (ADMIN). 设定年度名单项目。" })
  setListing(@Arg('input', () => SetListingInput) input: SetListingInput, @Ctx() context: Context): Promise<Listing> {
    return listings.setListing(context, input);
  }

  @Mutation(() => ListingBatchResult, {
    description: "Draft toYear's list from fromYear's: unfinished projects carried over, completed ones dropped (ADMIN). 拟定下一年度名单。",
  })
  async proposeListings(@Arg('fromYear', () => Int) fromYear: number, @Arg('toYear', () => Int) toYear: number, @Ctx() context: Context): Promise<ListingBatchResult> {
    const batch = await listings.proposeListings(context, fromYear, toYear);
    return { year: batch.year, count: batch.listings.length, listings: batch.listings };
  }

  @Mutation(() => ListingBatchResult, { description: "Issue every draft listing of the year; from then on they count in the year's figures (ADMIN). 下达年度名单。" })
  async issueListings(@Arg('year', () => Int) year: number, @Ctx() context: Context): Promise<ListingBatchResult> {
    const batch = await listings.issueListings(context, year);
    return { year: batch.year, count: batch.listings.length, listings: batch.listings };
  }

  @Mutation(() => Listing, { description: 'Spread the annual plan by month or quarter, or back to the default (ADMIN). 设定分月/分季计划。' })
  setPlanPhasing(@Arg('input', () => SetPlanPhasingInput) input: SetPlanPhasingInput, @Ctx() context: Context): Promise<Listing> {
    return listings.setPlanPhasing(context, input);
  }

  @FieldResolver(() => [Milestone], { description: 'Targets of the year, in order. 年度目标任务(节点)。' })
  milestones(@Root() listing: Listing, @Ctx() context: Context): Promise<Milestone[]> {
    return context.loaders.milestonesByListing.load(listing.id);
  }

  @FieldResolver(() => PlanPhasing, { description: 'The plan spread over the year. 分月/分季计划。' })
  phasing(@Root() listing: Listing): PlanPhasing {
    return { kind: listing.phasingKind, entered: listing.phasing ?? [], monthly: phasingOf(listing) };
  }

  @FieldResolver(() => DecimalScalar, { description: 'Planned investment to the end of the month (the phasing summed), 万元. 序时计划投资(万元)。' })
  plannedToDate(@Root() listing: Listing, @Arg('month', () => Int) month: number): string {
    requireIntegerInRange(month, 1, 12, 'month');
    return plannedToDate(phasingOf(listing), month);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: "The project's own 序时进度 at the month end: planned-to-date ÷ plan, percent; null without a plan. 序时进度(%)。" })
  timeProgress(@Root() listing: Listing, @Arg('month', () => Int) month: number): string | null {
    requireIntegerInRange(month, 1, 12, 'month');
    return timeProgressOf(plannedToDate(phasingOf(listing), month), listing.plannedInvestment);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: 'The plan as issued (原计划); null while a draft. 下达时的年度计划投资(万元)。' })
  originalPlan(@Root() listing: Listing): string | null {
    return listing.issuedPlannedInvestment;
  }
}

@Resolver(() => AnnualPlan)
export class AnnualPlanResolver {
  @Mutation(() => AnnualPlan, { description: "Set a project's plan for a year (the plan part of its listing; one is made when missing). 设定年度计划。" })
  async setAnnualPlan(@Arg('input', () => SetAnnualPlanInput) input: SetAnnualPlanInput, @Ctx() context: Context): Promise<AnnualPlan> {
    return AnnualPlan.of(await listings.setAnnualPlan(context, input));
  }

  @FieldResolver(() => [Milestone], { description: 'Milestones of the year, in order. 年度节点目标。' })
  milestones(@Root() plan: AnnualPlan, @Ctx() context: Context): Promise<Milestone[]> {
    return context.loaders.milestonesByListing.load(plan.id);
  }
}

@Resolver(() => Project)
export class ProjectListingResolver {
  @FieldResolver(() => Listing, { nullable: true, description: "The project's listing of a year (any status); null when it is not on that year's list. 年度名单信息。" })
  listing(@Root() project: Project, @Arg('year', () => Int) year: number, @Ctx() context: Context): Promise<Listing | null> {
    return context.loaders.listingByProjectYear.load({ id: project.id, year: requireYear(year) });
  }

  @FieldResolver(() => [Listing], { description: 'Every listing of the project, by year. 历年名单信息。' })
  listings(@Root() project: Project, @Ctx() context: Context): Promise<Listing[]> {
    return context.loaders.listingsByProject.load(project.id);
  }

  @FieldResolver(() => AnnualPlan, { nullable: true, description: "The year's plan (the plan part of its listing). 年度计划。" })
  async annualPlan(@Root() project: Project, @Arg('year', () => Int) year: number, @Ctx() context: Context): Promise<AnnualPlan | null> {
    const listing = await context.loaders.listingByProjectYear.load({ id: project.id, year: requireYear(year) });
    return listing ? AnnualPlan.of(listing) : null;
  }

  @FieldResolver(() => ProjectLevel, {
    nullable: true,
    description: "This year's level: from the listing of the current year, else the latest before it. A convenience; a year's figures read Listing.level. 项目级别(本年度)。",
  })
  async level(@Root() project: Project, @Ctx() context: Context): Promise<ProjectLevel | null> {
    return (await context.loaders.currentListingByProject.load(project.id))?.level ?? null;
  }

  @FieldResolver(() => ConstructionType, {
    nullable: true,
    description: "This year's construction type, from the listing of the current year (else the latest before it). A convenience; see Listing.constructionType. 建设性质(本年度)。",
  })
  async constructionType(@Root() project: Project, @Ctx() context: Context): Promise<ConstructionType | null> {
    return (await context.loaders.currentListingByProject.load(project.id))?.constructionType ?? null;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: "Planned start on this year's listing. A convenience; see Listing.plannedStartOn. 计划开工日期。" })
  async plannedStartOn(@Root() project: Project, @Ctx() context: Context): Promise<string | null> {
    return (await context.loaders.currentListingByProject.load(project.id))?.plannedStartOn ?? null;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: "Planned completion on this year's listing. A convenience; see Listing.plannedCompletionOn. 计划竣工日期。" })
  async plannedCompletionOn(@Root() project: Project, @Ctx() context: Context): Promise<string | null> {
    return (await context.loaders.currentListingByProject.load(project.id))?.plannedCompletionOn ?? null;
  }
}

export const ListingProjectLink = belongsTo<Listing, Project>(() => Listing, { field: 'project', type: () => Project, id: (root) => root.project.id, loader: (loaders) => loaders.projectById });
export const AnnualPlanProjectLink = belongsTo<AnnualPlan, Project>(() => AnnualPlan, { field: 'project', type: () => Project, id: (root) => root.listing.project.id, loader: (loaders) => loaders.projectById });

