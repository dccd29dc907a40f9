import { ReferenceKind, type EntityClass, type EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql, type Sql } from '../db/sql.js';

/**
 * The read path's rows: instances of the entity classes (so their getters — `nodeId`,
 * `investmentBand` — and the GraphQL types work unchanged) built straight from SQL rows, without
 * the unit of work. Hydrating managed entities (identity map, per-instance property tracking,
 * change-set snapshots) was most of a list query's CPU; loaders only read, so they need none of it.
 * A detached row must not be passed to a write: services that write load and lock their own.
 */

/** A many-to-one reference of a detached row: its id, and nothing loaded behind it. */
export class DetachedReference {
  constructor(readonly id: number) {}

  unwrap(): never {
    throw new Error(`a detached reference (id ${this.id}) is not loaded: read it through a loader`);
  }

  getEntity(): never {
    return this.unwrap();
  }
}

type RowReader = (row: Record<string, unknown>) => object;

const readers = new WeakMap<EntityMetadata, RowReader>();

/** How a column becomes a property value. */
const enum ValueKind {
  PLAIN,
  REFERENCE,
  DATE,
  CONVERTED,
}

function readerOf(em: EntityManager, entity: EntityClass<object>): RowReader {
  const meta = em.getMetadata().get(entity.name);
  const known = readers.get(meta);
  if (known) return known;
  const platform = em.getPlatform();
  // What the hydrator would do, without it: many-to-one ids become references, timestamps Dates,
  // custom types (arrays, json, decimals) their JavaScript values; the rest is as the driver gave it.
  const columns = meta.props
    .filter((prop) => prop.fieldNames?.length === 1 && (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)))
    .map((prop) => ({
      name: prop.name,
      field: prop.fieldNames[0],
      kind:
        prop.kind !== ReferenceKind.SCALAR
          ? ValueKind.REFERENCE
          : prop.runtimeType === 'Date'
            ? ValueKind.DATE
            : prop.customType
              ? ValueKind.CONVERTED
              : ValueKind.PLAIN,
      type: prop.customType,
    }));
  const reader: RowReader = (row) => {
    const instance = Object.create(meta.prototype) as Record<string, unknown>;
    for (const column of columns) {
      const value = row[column.field];
      if (value === undefined) continue;
      if (value === null || column.kind === ValueKind.PLAIN) instance[column.name] = value;
      else if (column.kind === ValueKind.REFERENCE) instance[column.name] = new DetachedReference(Number(value));
      else if (column.kind === ValueKind.DATE) instance[column.name] = value instanceof Date ? value : platform.parseDate(value as string);
      else instance[column.name] = column.type!.convertToJSValue(value, platform);
    }
    return instance;
  };
  readers.set(meta, reader);
  return reader;
}

/** Rows of `entity`'s table (every column, by column name) as detached, read-only instances. */
export function detachedRows<T extends object>(em: EntityManager, entity: EntityClass<T>, rows: Record<string, unknown>[]): T[] {
  const read = readerOf(em, entity as EntityClass<object>);
  return rows.map((row) => read(row) as T);
}

/**
 * `select <alias>.* from <entity's table> <alias> where <where> order by <orderBy>` as detached
 * instances (`orderBy` may end in a limit).
 */
export async function selectDetached<T extends object>(em: EntityManager, entity: EntityClass<T>, where: Sql, orderBy: Sql = sql`id`, alias = 't'): Promise<T[]> {
  const table = sql.raw(`${em.getMetadata().get(entity.name).tableName} ${alias}`);
  return detachedRows(em, entity, await query<Record<string, unknown>>(em, sql`select ${sql.raw(alias)}.* from ${table} where ${where} order by ${orderBy}`));
}
