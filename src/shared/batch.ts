import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { PageRequest } from './pagination.js';
import { detachedRows, selectDetached } from './detached-rows.js';
import { query, sql, type Sql } from '../db/sql.js';

/** PostgreSQL array literal of integers, for `= any(?::int[])` bindings. */
export function intArray(ids: readonly number[]): string {
  return `{${ids.map((id) => Math.trunc(id)).join(',')}}`;
}

/** Groups `items` by `keyOf` into a map, keeping order. */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * A DataLoader whose keys carry extra arguments (a year, a role, a page request): keys are batched
 * per distinct argument set, so one statement serves every parent that asked with the same arguments.
 */
export function groupedLoader<K extends { id: number }, V>(
  argsOf: (key: K) => string,
  loadGroup: (ids: number[], sample: K) => Promise<Map<number, V>>,
  missing: V,
): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>(
    async (keys) => {
      const results = new Map<string, Map<number, V>>();
      for (const [args, group] of groupBy(keys, argsOf)) {
        results.set(args, await loadGroup([...new Set(group.map((key) => key.id))], group[0]));
      }
      return keys.map((key) => results.get(argsOf(key))?.get(key.id) ?? missing);
    },
    { cacheKeyFn: (key) => `${key.id}|${argsOf(key)}` },
  );
}

/**
 * Loads every child row of each parent (the child table's `column` holds the parent id) in one
 * statement per batch, in `orderBy` order.
 */
export function childrenLoader<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  column: string,
  parentOf: (row: T) => number,
  orderBy = 'id',
): DataLoader<number, T[]> {
  return new DataLoader<number, T[]>(async (parentIds) => {
    const groups = groupBy(await selectDetached(em, entity, sql`${sql.raw(column)} = any(${parentIds}::int[])`, sql.raw(orderBy)), parentOf);
    return parentIds.map((id) => groups.get(id) ?? []);
  });
}

/** The rows of `entity` (a table with project_id and year) of the given projects and years. */
export function selectByProjectYear<T extends object>(em: EntityManager, entity: EntityClass<T>, projectIds: number[], years: number[], orderBy = 'id'): Promise<T[]> {
  return selectDetached(em, entity, sql`project_id = any(${projectIds}::int[]) and year = any(${years}::int[])`, sql.raw(orderBy));
}

/** Loads entities by primary key in one statement per batch. */
export function byIdLoader<T extends { id: number }>(em: EntityManager, entity: EntityClass<T>): DataLoader<number, T | null> {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await selectDetached(em, entity, sql`id = any(${ids}::int[])`);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Loads one page of child rows for many parents in a single statement: `inner` selects the child
 * table's columns plus `parent_id` for the parents asked; a window function cuts each parent's rows
 * to `first + 1` after the cursor.
 */
export async function pagesByParent<T extends object>(em: EntityManager, entity: EntityClass<T>, inner: Sql, request: PageRequest): Promise<Map<number, T[]>> {
  const rows = await query<Record<string, unknown>>(
    em,
    sql`select * from (
       select inner_rows.*, row_number() over (partition by inner_rows.parent_id order by inner_rows.id) as page_rank
       from (${inner}) inner_rows
       where inner_rows.id > ${request.afterKey}
     ) ranked
     where ranked.page_rank <= ${request.first + 1}
     order by ranked.parent_id, ranked.id`,
  );
  const pages = new Map<number, T[]>();
  const entityRows = detachedRows(em, entity, rows);
  for (let index = 0; index < rows.length; index++) {
    const parent = Number(rows[index].parent_id);
    const entityRow = entityRows[index];
    const page = pages.get(parent);
    if (page) page.push(entityRow);
    else pages.set(parent, [entityRow]);
  }
  return pages;
}

/** Counts child rows per parent: `statement` selects `parent_id` and `total` grouped by parent. */
export async function countsByParent(em: EntityManager, statement: Sql): Promise<Map<number, number>> {
  const rows = await query<{ parent_id: number; total: string | number }>(em, statement);
  return new Map(rows.map((row) => [Number(row.parent_id), Number(row.total)]));
}

/** Loads a row another row refers to; a dangling reference is an internal error, not a client one. */
export async function loadReferenced<T>(loader: DataLoader<number, T | null>, id: number, typeName: string): Promise<T> {
  const row = await loader.load(id);
  if (!row) throw new Error(`${typeName} ${id} is referenced but missing`);
  return row;
}

/** A (project, year) key, e.g. for `annualPlan(year:)` under many projects and several years at once. */
export type ProjectYear = { id: number; year: number };

/**
 * A DataLoader of per-(project, year) values that answers every key of a batch — all projects and
 * all years asked, aliases included — with one statement: `load` gets the distinct project ids and
 * years and returns values keyed `${projectId}:${year}`.
 */
export function projectYearLoader<V>(
  load: (projectIds: number[], years: number[]) => Promise<Map<string, V>>,
  missing: V,
): DataLoader<ProjectYear, V, string> {
  return new DataLoader<ProjectYear, V, string>(
    async (keys) => {
      const values = await load([...new Set(keys.map((key) => key.id))], [...new Set(keys.map((key) => key.year))]);
      return keys.map((key) => values.get(`${key.id}:${key.year}`) ?? missing);
    },
    { cacheKeyFn: (key) => `${key.id}:${key.year}` },
  );
}
