import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordSqlStatement } from './sql-statements.js';

/**
 * A piece of SQL with its values beside the text they fill: `sql\`… where year = ${year}\`` binds
 * `year` as a parameter; an `Sql` value is spliced in as a fragment (its own values travel with
 * it); an array becomes a PostgreSQL array literal, for `= any(${ids}::int[])`. Text and values are
 * never concatenated into one string, so no value is ever read as SQL.
 */
export class Sql {
  /** @internal Use the `sql` tag. */
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}

  /** The text with a `?` placeholder per value, as MikroORM's `execute` (knex) binds them. */
  get text(): string {
    return this.strings.join('?');
  }

  /** The text with PostgreSQL's numbered placeholders ($1, $2, …), for the driver itself. */
  get numberedText(): string {
    let text = this.strings[0];
    for (let index = 1; index < this.strings.length; index++) text += `$${index}${this.strings[index]}`;
    return text;
  }

  /** True when the fragment holds no text (e.g. a filter that was not asked for). */
  get isEmpty(): boolean {
    return this.values.length === 0 && this.strings.every((text) => text.trim() === '');
  }
}

/** A PostgreSQL array literal of numbers or texts (knex would otherwise expand a bound array into a list). */
function arrayLiteral(values: readonly unknown[]): string {
  return `{${values
    .map((value) => {
      if (value === null || value === undefined) return 'NULL';
      if (typeof value === 'number' || typeof value === 'bigint') return String(value);
      return `"${String(value).replace(/["\\]/g, (char) => `\\${char}`)}"`;
    })
    .join(',')}}`;
}

function checkText(text: string): void {
  // knex reads `?` as a placeholder and `??` as an identifier: literal text must hold neither.
  if (text.includes('?')) throw new Error(`SQL text must not contain '?' (write values with \${…}): ${text.slice(0, 80)}`);
}

/** The tagged template: `sql\`select … where id = ${id}\``. */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  const texts: string[] = [strings[0]];
  const bound: unknown[] = [];
  checkText(strings[0]);
  values.forEach((value, index) => {
    const following = strings[index + 1];
    checkText(following);
    if (value instanceof Sql) {
      texts[texts.length - 1] += value.strings[0];
      for (let part = 1; part < value.strings.length; part++) texts.push(value.strings[part]);
      bound.push(...value.values);
      texts[texts.length - 1] += following;
    } else {
      bound.push(Array.isArray(value) ? arrayLiteral(value) : value);
      texts.push(following);
    }
  });
  return new Sql(texts, bound);
}

/** Fragments joined by `separator` (a comma by default), in time linear in the parts. */
sql.join = (parts: readonly Sql[], separator: Sql = sql`, `): Sql => {
  if (parts.length === 0) return sql.empty;
  const texts: string[] = [...parts[0].strings];
  const values: unknown[] = [...parts[0].values];
  const append = (fragment: Sql) => {
    texts[texts.length - 1] += fragment.strings[0];
    for (let index = 1; index < fragment.strings.length; index++) texts.push(fragment.strings[index]);
    values.push(...fragment.values);
  };
  for (let index = 1; index < parts.length; index++) {
    append(separator);
    append(parts[index]);
  }
  return new Sql(texts, values);
};

/** No SQL at all: an optional condition or clause that is absent. */
sql.empty = new Sql([''], []);

/**
 * Text from the code itself (a table or column name from entity metadata, a `case` built from
 * constants): never from a request. Refuses `?`.
 */
sql.raw = (text: string): Sql => {
  checkText(text);
  return new Sql([text], []);
};

/** The conditions joined with `and`, or `true` when there are none. */
sql.and = (conditions: readonly Sql[]): Sql => {
  const present = conditions.filter((condition) => !condition.isEmpty);
  return present.length ? sql.join(present.map((condition) => sql`(${condition})`), sql` and `) : sql`true`;
};

/**
 * Runs a statement in `em`'s connection (its transaction, when inside one) and returns its rows,
 * typed as the caller declares them. The one place that sends SQL text: everything else composes
 * `sql` fragments in the `*.queries.ts` file of its module.
 */
export function query<Row>(em: EntityManager, statement: Sql): Promise<Row[]> {
  return em.execute(statement.text, [...statement.values]) as Promise<Row[]>;
}

/** The first row of a statement that always returns one (an aggregate); throws if it returned none. */
export async function queryOne<Row>(em: EntityManager, statement: Sql): Promise<Row> {
  const [row] = await query<Row>(em, statement);
  if (row === undefined) throw new Error(`expected a row from: ${statement.text.slice(0, 120)}`);
  return row;
}

/** Distinct statements prepared by name; past this, statements run unnamed (a client sending endless shapes cannot fill the server's memory). */
const MAX_PREPARED = 500;
/** Statement text → its name. */
const prepared = new Map<string, string>();

/**
 * Runs a read as a NAMED prepared statement on a connection of `em`'s pool: PostgreSQL parses and
 * plans it once per connection, then only executes it — what a large generated statement (a
 * planned read of twenty subqueries) mostly costs otherwise. Counted like every statement. Not for
 * use inside a transaction (it takes a connection of its own).
 */
export async function queryPrepared<Row>(em: EntityManager, statement: Sql): Promise<Row[]> {
  const text = statement.numberedText;
  let name = prepared.get(text);
  if (name === undefined && prepared.size < MAX_PREPARED) prepared.set(text, (name = `kp_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`));
  const knex = em.getConnection().getKnex();
  const client = knex.client as { acquireConnection(): Promise<PreparedClient>; releaseConnection(connection: PreparedClient): Promise<void> };
  const connection = await client.acquireConnection();
  try {
    recordSqlStatement();
    const result = await connection.query(name ? { name, text, values: [...statement.values] } : { text, values: [...statement.values] });
    return result.rows as Row[];
  } finally {
    await client.releaseConnection(connection);
  }
}

interface PreparedClient {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}
