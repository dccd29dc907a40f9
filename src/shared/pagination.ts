import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadUserInputError } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** `first`/`after` arguments of every connection. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}). 每页条数。` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (an `endCursor`). 游标。' })
  after?: string | null;
}

/** A validated page request: keyset pagination on a row's integer key. */
export interface PageRequest {
  first: number;
  afterKey: number;
}

/** Opaque cursor over an integer sort key. */
export function encodeCursor(key: number): string {
  return Buffer.from(`cursor:${key}`, 'utf8').toString('base64');
}

function decodeCursor(cursor: string): number | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(cursor) || cursor.length > 64) return undefined;
  const match = /^cursor:(0|[1-9]\d{0,9})$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  return match ? Number(match[1]) : undefined;
}

/** Validates `first` and `after`; bad values are `BAD_USER_INPUT` naming the argument. */
export function pageRequest(args: ConnectionArgs): PageRequest {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first must be from 1 to ${MAX_PAGE_SIZE}, got ${first}`, 'first');
  }
  let afterKey = 0;
  if (args.after !== undefined && args.after !== null) {
    const key = decodeCursor(args.after);
    if (key === undefined) throw new BadUserInputError('after is not a valid cursor', 'after');
    afterKey = key;
  }
  return { first, afterKey };
}

/** Relay page information. 分页信息。 */
@ObjectType({ simpleResolvers: true, description: 'Relay page information. 分页信息。' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** One page of rows fetched with `first + 1` rows to know whether more follow. */
export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Counts every row matching the filter; called only when `totalCount` is selected. */
  totalCount: () => Promise<number>;
}

/** Cuts `rows` (ordered by key, at most first + 1 long) into a page. */
export function toPage<T>(rows: T[], request: PageRequest, totalCount: () => Promise<number>): Page<T> {
  return {
    nodes: rows.slice(0, request.first),
    hasNextPage: rows.length > request.first,
    hasPreviousPage: request.afterKey > 0,
    totalCount,
  };
}

/**
 * Builds the GraphQL connection type of a node type (edges, nodes, pageInfo, totalCount).
 * `keyOf` gives the integer the cursor encodes.
 */
export function Connection<T extends object>(nodeType: ClassType<T>, typeName: string, keyOf: (node: T) => number) {
  @ObjectType(`${typeName}Edge`, { simpleResolvers: true, description: `An edge of a ${typeName} connection.` })
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType({ simpleResolvers: true })
  abstract class ConnectionType {
    constructor(private readonly page: Page<T>) {}

    @Field(() => [Edge])
    get edges(): Edge[] {
      return this.page.nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
    }

    @Field(() => [nodeType])
    get nodes(): T[] {
      return this.page.nodes;
    }

    @Field(() => PageInfo)
    get pageInfo(): PageInfo {
      const { nodes } = this.page;
      return {
        hasNextPage: this.page.hasNextPage,
        hasPreviousPage: this.page.hasPreviousPage,
        startCursor: nodes.length ? encodeCursor(keyOf(nodes[0])) : null,
        endCursor: nodes.length ? encodeCursor(keyOf(nodes[nodes.length - 1])) : null,
      };
    }

    @Field(() => Int, { description: 'Number of items matching, over all pages. 总数。' })
    get totalCount(): Promise<number> {
      return this.page.totalCount();
    }
  }
  return ConnectionType;
}
