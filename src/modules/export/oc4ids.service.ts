import type { Context } from '../../core/context.js';
import { today } from '../../shared/dates.js';
import { AppError } from '../../shared/errors.js';
import { requireYear } from '../../shared/year.js';
import { oc4idsPackage } from './oc4ids.mapping.js';
import { oc4idsProjectRows } from './oc4ids.queries.js';
import type { Oc4idsProjectPackage } from './oc4ids.types.js';

/**
 * The OC4IDS 0.9 project package of `year`'s issued list (年度名单), one project per listing, every
 * figure read from the rows in one SQL statement whatever the number of projects. Readable by every
 * authenticated caller, read-only roles and API keys included: it holds no personal data.
 * Throws BAD_USER_INPUT (field `year`) for a year outside 2000–2100, and NOT_FOUND when the year has
 * no issued list (a package must hold at least one project).
 */
export async function oc4idsProjectPackage(context: Context, year: number, uri: string): Promise<Oc4idsProjectPackage> {
  requireYear(year);
  const rows = await oc4idsProjectRows(context.em, year);
  if (rows.length === 0) throw new AppError(`no issued list of key projects for ${year}: an OC4IDS package holds at least one project`, 'NOT_FOUND', { field: 'year' });
  return oc4idsPackage(rows, { year, uri, districtName: context.districtName, today: today() });
}
