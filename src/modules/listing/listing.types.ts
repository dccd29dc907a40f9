import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../shared/pagination.js';
import { Node } from '../../shared/node.js';
import { toGlobalId } from '../../shared/global-id.js';
import { DecimalScalar } from '../../shared/scalars.js';
import { Listing } from './listing.entity.js';
import { PhasingKind } from './listing.rules.js';

/** A page of a year's listings. */
@ObjectType({ simpleResolvers: true, description: "A page of a year's key-project list. 年度名单分页。" })
export class ListingConnection extends Connection(Listing, 'Listing', (listing) => listing.id) {}

/** How a listing's plan is spread, and the twelve monthly amounts that result. */
@ObjectType({ simpleResolvers: true, description: 'The annual plan spread over the year. 分月/分季计划。' })
export class PlanPhasing {
  @Field(() => PhasingKind)
  kind!: PhasingKind;

  @Field(() => [DecimalScalar], { description: 'As entered: 12 monthly or 4 quarterly amounts; empty for the default spread. 录入的分解金额。' })
  entered!: string[];

  @Field(() => [DecimalScalar], { description: 'The plan of each month, January first (default spread included). 各月计划投资(万元)。' })
  monthly!: string[];
}

/** A year's list as proposed or issued by one call. */
@ObjectType({ simpleResolvers: true, description: "The listings a proposal drafted or an issue issued. 名单拟定/下达结果。" })
export class ListingBatchResult {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'How many listings. 项目数。' })
  count!: number;

  @Field(() => [Listing])
  listings!: Listing[];
}

/**
 * A project's plan for one year: the plan part of its listing, kept as a type of its own for
 * clients of the first API (same id and version as before there were listings). 年度计划。
 */
@ObjectType({ simpleResolvers: true, implements: Node, description: "A project's plan for one year: the plan part of its listing (see Listing). 年度计划。" })
export class AnnualPlan {
  /** The listing's row id. */
  id!: number;

  /** The listing it shows. */
  listing!: Listing;

  @Field(() => Int, { description: 'Optimistic-lock version (the listing’s): send it back as expectedVersion to update. 版本号。' })
  version!: number;

  @Field(() => Int, { description: 'Year. 年度。' })
  year!: number;

  @Field(() => DecimalScalar, { description: 'Investment planned for the year, 万元. 年度计划投资(万元)。' })
  plannedInvestment!: string;

  get nodeId(): string {
    return toGlobalId('AnnualPlan', this.id);
  }

  static of(listing: Listing): AnnualPlan {
    return Object.assign(new AnnualPlan(), { id: listing.id, listing, version: listing.version, year: listing.year, plannedInvestment: listing.plannedInvestment });
  }
}
