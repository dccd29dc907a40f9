import { today } from '../../src/shared/dates.js';

/** The date `days` after today in China Standard Time (UTC+8), the district's calendar. */
export function dateFromToday(days = 0): string {
  return today(new Date(Date.now() + days * 86_400_000));
}

/** The id a lookup map holds for `key`; a missing one fails the test loudly. */
export function idOf(map: Map<string, string>, key: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`no id for ${key}`);
  return id;
}
