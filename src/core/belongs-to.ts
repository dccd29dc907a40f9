import type DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context, Loaders } from './context.js';

/** How one object type links to the row it refers to (a report to its project, a problem to its owner). */
export interface BelongsToOptions<R, T extends object> {
  /** The field on the parent type. */
  field: string;
  /** The type of the row referred to. */
  type: () => ClassType<T>;
  /** The id of the row `root` refers to; null for an empty reference (then the field must be `nullable`). */
  id: (root: R) => number | null;
  /** The per-request loader of the row referred to, by id. */
  loader: (loaders: Loaders) => DataLoader<number, T | null>;
  nullable?: boolean;
  description?: string;
}

/**
 * A resolver class giving `parent` one field that follows a reference through a per-request
 * loader (so a page of 50 rows costs one statement for all their links). Add the returned class to
 * the schema's resolvers. A dangling reference is an internal error, never a silent null.
 *
 * The resolving method is named after the field (type-graphql matches a field to its resolver by
 * method name), so it is defined and decorated here by hand rather than written in a class body.
 */
export function belongsTo<R extends object, T extends object>(parent: () => ClassType<R>, options: BelongsToOptions<R, T>): ClassType {
  class BelongsToResolver {}
  const method = options.field;
  const resolve = async (root: R, context: Context): Promise<T | null> => {
    const id = options.id(root);
    if (id === null) return null;
    const row = await options.loader(context.loaders).load(id);
    if (!row) throw new Error(`${options.type().name} ${id} is referenced by ${parent().name}.${options.field} but missing`);
    return row;
  };
  Object.defineProperty(BelongsToResolver.prototype, method, { value: resolve, writable: true, configurable: true });
  Object.defineProperty(BelongsToResolver, 'name', { value: `BelongsTo_${method}` });
  Root()(BelongsToResolver.prototype, method, 0);
  Ctx()(BelongsToResolver.prototype, method, 1);
  FieldResolver(options.type, { nullable: options.nullable ?? false, description: options.description })(
    BelongsToResolver.prototype,
    method,
    Object.getOwnPropertyDescriptor(BelongsToResolver.prototype, method)!,
  );
  Resolver(parent)(BelongsToResolver);
  return BelongsToResolver;
}
