import { Kind, isObjectType, type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { getArgumentValues } from 'graphql/execution/values.js';
import { sql, type Sql } from './sql.js';

/**
 * Planned reads: a query's selection turned into ONE SQL statement that builds the response's
 * `data` as JSON (json_build_object / json_agg), as PostGraphile and Hasura do. This file is the
 * kit — walking a selection (aliases, fragments, arguments with the schema's coercion) and
 * building JSON objects from the planners of each type; the modules say what each field is in
 * SQL (e.g. src/modules/project/project.plan.ts). A selection with anything a planner does not
 * know is not planned: the operation runs through the resolvers as always.
 */

/** The selection cannot be planned. `structural`: never, whatever the variables (the document may be remembered as such). */
export class NotPlannable extends Error {
  constructor(
    message: string,
    readonly structural: boolean,
  ) {
    super(message);
  }
}

/** What a planner sees of the request. */
export interface PlanInput {
  schema: GraphQLSchema;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  /** The operation's variables, coerced. */
  variables: Readonly<Record<string, unknown>>;
  /** Row aliases handed out so far (t1, t2, …). */
  aliases: number;
}

/** One selected field: its response key, coerced arguments and sub-selection. */
export interface SelectedField {
  name: string;
  responseKey: string;
  args: Record<string, unknown>;
  selection: SelectionSetNode | undefined;
}

/** The SQL expression of a field's JSON value, for a row of the type under the alias `row`. */
export type FieldPlanner = (row: string, field: SelectedField, input: PlanInput) => Sql;

/** A GraphQL object type whose fields (some of them) have SQL. */
export interface TypePlanner {
  /** The schema's name of the type. */
  typeName: string;
  fields: Readonly<Record<string, FieldPlanner>>;
}

/** json_build_object takes at most 100 arguments. */
const MAX_KEYS = 50;
const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** A fresh row alias for a nested select. */
export function nextAlias(input: PlanInput): string {
  input.aliases += 1;
  return `t${input.aliases}`;
}

/**
 * The fields of a selection set on `typeName`, fragments flattened, in document order. Directives
 * (@include/@skip) and fragments on other types are not planned; neither is a response key given
 * twice (graphql-js would merge the two fields).
 */
export function selectedFields(typeName: string, selection: SelectionSetNode, input: PlanInput): SelectedField[] {
  const type = input.schema.getType(typeName);
  if (!isObjectType(type)) throw new NotPlannable(`${typeName} is not an object type`, true);
  const definitions = type.getFields();
  const onType = (condition: string | undefined) => condition === undefined || condition === typeName || type.getInterfaces().some((face) => face.name === condition);
  const fields: SelectedField[] = [];
  /** Response key → the field name when it is a leaf without arguments ('' otherwise). */
  const keys = new Map<string, string>();
  const visit = (set: SelectionSetNode) => {
    for (const node of set.selections) {
      if (node.directives?.length) throw new NotPlannable('directives are not planned', true);
      if (node.kind === Kind.INLINE_FRAGMENT) {
        if (!onType(node.typeCondition?.name.value)) throw new NotPlannable('a fragment on another type', true);
        visit(node.selectionSet);
      } else if (node.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = input.fragments[node.name.value];
        if (!fragment || !onType(fragment.typeCondition.name.value)) throw new NotPlannable('a fragment on another type', true);
        visit(fragment.selectionSet);
      } else {
        const responseKey = node.alias?.value ?? node.name.value;
        if (!NAME.test(responseKey)) throw new NotPlannable(`response key ${responseKey}`, true);
        const plain = !node.selectionSet && !node.arguments?.length;
        const earlier = keys.get(responseKey);
        if (earlier !== undefined) {
          // The same leaf field twice (`id` and `... on Node { id }`) is one field, as graphql-js merges it.
          if (plain && earlier === node.name.value) continue;
          throw new NotPlannable(`response key ${responseKey} is given twice`, true);
        }
        keys.set(responseKey, plain ? node.name.value : '');
        fields.push(selectedField(node, definitions[node.name.value], input));
      }
    }
  };
  visit(selection);
  return fields;
}

function selectedField(node: FieldNode, definition: GraphQLField<unknown, unknown> | undefined, input: PlanInput): SelectedField {
  const name = node.name.value;
  let args: Record<string, unknown> = {};
  if (definition) {
    try {
      args = getArgumentValues(definition, node, input.variables as Record<string, unknown>);
    } catch {
      // A bad argument: the resolvers' path reports it as the error it is.
      throw new NotPlannable(`the arguments of ${name} are not valid`, false);
    }
  } else if (name !== '__typename') {
    throw new NotPlannable(`unknown field ${name}`, true);
  }
  return { name, responseKey: node.alias?.value ?? name, args, selection: node.selectionSet };
}

/** A constant SQL text literal of a name the code or the checked document gave (never a value). */
function nameLiteral(name: string): Sql {
  if (!NAME.test(name)) throw new Error(`not a GraphQL name: ${name}`);
  return sql.raw(`'${name}'`);
}

/**
 * The JSON object of a row of `planner`'s type with the fields of `selection`, keyed by response
 * key: `json_build_object('code', t1.code, …)` (json, not jsonb: the document's order is kept).
 */
export function jsonObject(planner: TypePlanner, row: string, selection: SelectionSetNode | undefined, input: PlanInput): Sql {
  if (!selection) throw new NotPlannable(`${planner.typeName} needs a selection`, true);
  const fields = selectedFields(planner.typeName, selection, input);
  if (fields.length > MAX_KEYS) throw new NotPlannable(`more than ${MAX_KEYS} fields in one object`, true);
  const pairs = fields.map((field) => {
    const value = field.name === '__typename' ? nameLiteral(planner.typeName) : planner.fields[field.name]?.(row, field, input);
    if (!value) throw new NotPlannable(`${planner.typeName}.${field.name} has no SQL`, true);
    return sql`${nameLiteral(field.responseKey)}, ${value}`;
  });
  return sql`json_build_object(${sql.join(pairs)})`;
}

/** The object type's own fields as planners of plain columns: `{ code: column('code') }`. */
export const column =
  (name: string): FieldPlanner =>
  (row) =>
    sql.raw(`${row}.${name}`);

/**
 * A decimal column of scale 2 (every money, area and percent column here) as the Decimal scalar's
 * text: PostgreSQL prints a numeric(p, 2) with exactly two decimals, so no rounding is needed.
 */
export const decimalColumn =
  (name: string): FieldPlanner =>
  (row) =>
    sql.raw(`${row}.${name}::text`);

/** A date column as the Date scalar's text (YYYY-MM-DD). */
export const dateColumn =
  (name: string): FieldPlanner =>
  (row) =>
    sql.raw(`to_char(${row}.${name}, 'YYYY-MM-DD')`);

/** The Decimal scalar's text of a numeric expression: two decimals, half away from zero. */
export function decimalText(expression: Sql): Sql {
  return sql`round(${expression}, 2)::text`;
}

/** A Relay global id ("Type:id" in base64) of an integer key column. */
export function globalIdOf(typeName: string, keyColumn: string): Sql {
  if (!NAME.test(typeName)) throw new Error(`not a type name: ${typeName}`);
  return sql.raw(`encode(convert_to('${typeName}:' || ${keyColumn}, 'UTF8'), 'base64')`);
}

/** A planner of the `id` field of a Node type keyed by `id`. */
export const globalIdField =
  (typeName: string): FieldPlanner =>
  (row) =>
    globalIdOf(typeName, `${row}.id`);

/**
 * A list field: the child rows `from` gives (with the alias it is handed) as a JSON array, `[]`
 * when there are none. `from` returns the text after `select … from`, e.g. `land_task t2 where
 * t2.project_id = t1.id`; `orderBy` the ordering (using the alias).
 */
export function jsonList(planner: TypePlanner, field: SelectedField, input: PlanInput, from: (alias: string) => Sql, orderBy: (alias: string) => string): Sql {
  const alias = nextAlias(input);
  return sql`coalesce((select json_agg(${jsonObject(planner, alias, field.selection, input)} order by ${sql.raw(orderBy(alias))}) from ${from(alias)}), '[]'::json)`;
}

/** An object field: the one row `from` gives as a JSON object, null when there is none. */
export function jsonSingle(planner: TypePlanner, field: SelectedField, input: PlanInput, from: (alias: string) => Sql): Sql {
  const alias = nextAlias(input);
  return sql`(select ${jsonObject(planner, alias, field.selection, input)} from ${from(alias)})`;
}
