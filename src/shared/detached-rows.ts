import { ReferenceKind, type EntityClass, type EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

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

function readerOf(em: EntityManager, entity: EntityClass<object>): RowReader {
  const meta = em.getMetadata().get(entity.name);
  const known = readers.get(meta);
  if (known) return known;
  const mapRow = em.getComparator().getResultMapper(meta.className) as (row: Record<string, unknown>) => Record<string, unknown>;
  const platform = em.getPlatform();
  const references = meta.props
    .filter((prop) => prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner))
    .map((prop) => prop.name);
  // Column types the hydrator converts (arrays, json, decimals); dates the result mapper already parsed.
  const converted = meta.props
    .filter((prop) => prop.kind === ReferenceKind.SCALAR && prop.customType && prop.runtimeType !== 'Date')
    .map((prop) => [prop.name, prop.customType!] as const);
  const columns = new Set(meta.props.filter((prop) => prop.kind === ReferenceKind.SCALAR || references.includes(prop.name)).map((prop) => prop.name));
  const reader: RowReader = (row) => {
    const values = mapRow(row);
    for (const name of references) {
      const id = values[name];
      values[name] = id === null || id === undefined ? null : new DetachedReference(Number(id));
    }
    for (const [name, type] of converted) {
      if (values[name] !== null && values[name] !== undefined) values[name] = type.convertToJSValue(values[name], platform);
    }
    const instance = Object.create(meta.prototype) as Record<string, unknown>;
    for (const name in values) if (columns.has(name)) instance[name] = values[name];
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
 * instances; `params` bind the placeholders of `where`, then of `orderBy` (which may end in a limit).
 */
export async function selectDetached<T extends object>(em: EntityManager, entity: EntityClass<T>, where: string, params: unknown[], orderBy = 'id', alias = 't'): Promise<T[]> {
  const table = em.getMetadata().get(entity.name).tableName;
  return detachedRows(em, entity, await em.execute(`select ${alias}.* from ${table} ${alias} where ${where} order by ${orderBy}`, params));
}
