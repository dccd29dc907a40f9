/** The default reporting deadline: the 5th of the next month. */
export const DEFAULT_REPORT_DEADLINE_DAY = 5;

/** The reporting deadline of a month: `day` (the year's scheme, default the 5th) of the following month. */
export function reportingDeadline(year: number, month: number, day = DEFAULT_REPORT_DEADLINE_DAY): string {
  const dd = String(day).padStart(2, '0');
  return month === 12 ? `${year + 1}-01-${dd}` : `${year}-${String(month + 1).padStart(2, '0')}-${dd}`;
}
