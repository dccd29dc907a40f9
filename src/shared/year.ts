import { requireIntegerInRange } from './errors.js';

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** Validates a plan/report year argument. */
export function requireYear(year: number, field = 'year'): number {
  requireIntegerInRange(year, MIN_YEAR, MAX_YEAR, field);
  return year;
}
