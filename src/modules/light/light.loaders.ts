import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy, projectYearLoader, selectByProjectYear } from '../../shared/batch.js';
import { schemeFor } from '../assessment/scheme.service.js';
import { latestClosedMonth } from '../period/period.queries.js';
import { LightRecord } from './light-record.entity.js';
import { lightInputsOf, type LightInputRow } from './light.queries.js';
import type { LightThresholds } from './light.rules.js';

/** Per-request loaders of official lights and of what provisional lights are computed from. */
export function lightLoaders(em: EntityManager) {
  return {
    /** The official (closed-month) lights of a project's year, by month. */
    officialLightsByProjectYear: projectYearLoader<LightRecord[]>(async (projectIds, years) => {
      const rows = await selectByProjectYear(em, LightRecord, projectIds, years, 'month, id');
      return groupBy(rows, (row) => `${row.project.id}:${row.year}`);
    }, []),
    /** A project's listing inputs of a year (for lights of open months and the outlook). */
    lightInputsByProjectYear: projectYearLoader<LightInputRow | null>(async (projectIds, years) => {
      const rows = (await Promise.all(years.map(async (year) => (await lightInputsOf(em, year, projectIds)).map((row) => [`${row.project_id}:${year}`, row] as const)))).flat();
      return new Map(rows);
    }, null),
    /** The latest closed month of a year (0 when none). */
    closedThroughByYear: new DataLoader<number, number>(async (years) => Promise.all(years.map((year) => latestClosedMonth(em, year)))),
    /** The latest month of a year closed by an instant. */
    closedThroughAsOf: new DataLoader<{ year: number; asOf: Date }, number, string>(
      async (keys) => Promise.all(keys.map(({ year, asOf }) => latestClosedMonth(em, year, asOf))),
      { cacheKeyFn: (key) => `${key.year}|${key.asOf.toISOString()}` },
    ),
    /** The light thresholds of a year's scheme. */
    thresholdsByYear: new DataLoader<number, LightThresholds>(async (years) => Promise.all(years.map(async (year) => (await schemeFor(em, year)).thresholds))),
  };
}

declare module '../../core/context.js' {
  /** This module's loaders, merged into every context's `loaders`. */
  interface Loaders extends ReturnType<typeof lightLoaders> {}
}
