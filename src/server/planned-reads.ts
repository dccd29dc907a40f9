import { Kind, type DocumentNode, type ExecutionResult, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Logger } from 'pino';
import type { Context } from '../core/context.js';
import { NotPlannable, selectedFields, type PlanInput } from '../db/json-plan.js';
import { queryPrepared, sql, type Sql } from '../db/sql.js';
import { projectRootPlanners, type RootPlan } from '../modules/project/project.plan.js';

/** Documents remembered as never plannable (the oldest goes first). */
const REMEMBERED = 1000;

/** Root Query fields whose selections can be planned into SQL, by field name. */
const ROOT_PLANNERS: Readonly<Record<string, (field: Parameters<(typeof projectRootPlanners)[string]>[0], input: PlanInput) => RootPlan>> = {
  ...projectRootPlanners,
};

/** Runs a query operation as one planned SQL statement; undefined when it must go through the resolvers. */
export type ReadPlanner = (
  key: string,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  context: Context,
) => Promise<ExecutionResult | undefined>;

/**
 * Planned reads over HTTP (see src/db/json-plan.ts): a query whose every root field is planned
 * (the project list, a project's detail) is answered by ONE SQL statement that returns the
 * response's `data` as JSON — after Apollo has parsed and validated it and the operation plugin has
 * checked its cost, with the caller authenticated as for any operation (the planned fields are
 * those every authenticated caller may read). Anything else — an unplanned field, an argument the
 * resolvers would refuse, a project that does not exist, a database failure — goes through the
 * resolvers as before, which give the answer or the coded error.
 */
export function createReadPlanner(schema: GraphQLSchema, logger?: Logger): ReadPlanner {
  const never = new Set<string>();
  const queryTypeName = schema.getQueryType()?.name ?? 'Query';
  const remember = (key: string) => {
    never.add(key);
    if (never.size > REMEMBERED) never.delete(never.values().next().value!);
  };
  return async (key, document, operation, variables, context) => {
    if (operation.operation !== 'query' || never.has(key)) return undefined;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    const input: PlanInput = { schema, fragments, variables, aliases: 0 };
    const nullIsError: string[] = [];
    let statement: Sql;
    try {
      const pairs = selectedFields(queryTypeName, operation.selectionSet, input).map((field) => {
        const name = sql.raw(`'${field.responseKey}'`);
        if (field.name === '__typename') return sql`${name}, ${sql.raw(`'${queryTypeName}'`)}`;
        const planner = ROOT_PLANNERS[field.name];
        if (!planner) throw new NotPlannable(`Query.${field.name} is not planned`, true);
        const plan = planner(field, input);
        if (plan.nullIsError) nullIsError.push(field.responseKey);
        return sql`${name}, ${plan.value}`;
      });
      statement = sql`select json_build_object(${sql.join(pairs)}) as data`;
    } catch (error) {
      if (!(error instanceof NotPlannable)) logger?.error({ err: error }, 'planning a read failed; the resolvers answer it');
      else if (error.structural) remember(key);
      return undefined;
    }
    let data: Record<string, unknown>;
    try {
      [{ data }] = await queryPrepared<{ data: Record<string, unknown> }>(context.em, statement);
    } catch {
      // The resolvers meet the same failure and report it with its code (e.g. SERVICE_UNAVAILABLE).
      return undefined;
    }
    if (nullIsError.some((responseKey) => data[responseKey] === null)) return undefined;
    return { data };
  };
}
