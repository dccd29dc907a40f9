import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Listing } from './listing.entity.js';

/**
 * A listing's annual plan as it stood from `recordedAt` on (计划调整留痕). Written by a database
 * trigger on every insert and every change of `listing.planned_investment`, whatever path made it;
 * read for the plan "as of" an instant.
 */
@Entity({ tableName: 'listing_plan_revision' })
@Index({ name: 'listing_plan_revision_listing_recorded_index', properties: ['listing', 'recordedAt'] })
export class PlanRevision {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Listing, ref: true, deleteRule: 'cascade' })
  listing!: Ref<Listing>;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  plannedInvestment!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  recordedAt!: Date;
}
