import { Check, Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * A closed month (月度关账): its figures and lights are official and the month is locked. A month
 * without a row is open. Months close in order within a year.
 */
@Entity({ tableName: 'reporting_period' })
@Unique({ name: 'reporting_period_year_month_unique', properties: ['year', 'month'] })
@Check({ name: 'reporting_period_month_range', expression: 'month >= 1 and month <= 12' })
@Check({ name: 'reporting_period_year_range', expression: 'year >= 2000 and year <= 2100' })
export class ReportingPeriod {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'smallint' })
  year!: number;

  @Property({ type: 'smallint' })
  month!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  closedAt!: Date;

  /** The caller who closed it (its stable id, as in the audit). */
  @Property({ type: 'string', length: 64 })
  closedBy!: string;
}
