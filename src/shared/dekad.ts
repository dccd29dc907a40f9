import type { DateString } from './dates.js';

/** The first and last day of a ten-day round (旬): 1 = days 1–10, 2 = 11–20, 3 = 21–month end. */
export function dekadRange(year: number, month: number, dekad: number): { startsOn: DateString; endsOn: DateString } {
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const first = (dekad - 1) * 10 + 1;
  const last = dekad === 3 ? lastDay : dekad * 10;
  return { startsOn: `${year}-${pad(month)}-${pad(first)}`, endsOn: `${year}-${pad(month)}-${pad(last)}` };
}

/** The last day of a month. */
export function monthEnd(year: number, month: number): DateString {
  return dekadRange(year, month, 3).endsOn;
}
