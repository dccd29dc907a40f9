import { BadUserInputError } from './errors.js';

/** A calendar date as exchanged with PostgreSQL `date` and clients: "2026-03-31". */
export type DateString = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar date in YYYY-MM-DD form between years 1900 and 2999. */
export function isDateString(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < 1900 || year > 2999) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Validates a date input; throws `BadUserInputError` naming the field. */
export function requireDate(value: string, field: string): DateString {
  if (!isDateString(value)) throw new BadUserInputError(`${field} must be a date YYYY-MM-DD, got "${value}"`, field);
  return value;
}

/** The last day of a year, "2026-12-31". */
export function yearEnd(year: number): DateString {
  return `${year}-12-31`;
}

/** Today's date in China Standard Time (UTC+8), the district's calendar. */
export function today(now: Date = new Date()): DateString {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The district's current year (China Standard Time): what a project's "this year's" fields read. */
export function currentYear(now: Date = new Date()): number {
  return Number(today(now).slice(0, 4));
}

/** The last month of `year` that has begun, in the district's calendar (12 for a past year, 0 for a future one). */
export function lastMonthBegun(year: number, now: Date = new Date()): number {
  const current = currentYear(now);
  if (year < current) return 12;
  if (year > current) return 0;
  return Number(today(now).slice(5, 7));
}
