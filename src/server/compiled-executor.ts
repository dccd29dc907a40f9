import type { GatewayExecutor, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';
import { execute, GraphQLError, type ExecutionResult, type GraphQLSchema, type SourceLocation } from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Logger } from 'pino';
import type { Context } from '../core/context.js';
import { documentFieldCount } from './limits/query-limits.js';
import type { ReadPlanner } from './planned-reads.js';

/** Compiled documents kept (the oldest goes first); a screen or a client sends a handful of shapes. */
const COMPILED_DOCUMENTS = 500;

/**
 * Largest document compiled, in fields visited with fragments expanded. Compilation is synchronous
 * and its time grows with the expanded document, so a larger one (rare: real operations visit a
 * few hundred) runs on graphql-js instead, which merges repeated fields as it goes and never
 * blocks the event loop for long.
 */
export const COMPILE_FIELD_BUDGET = 1000;

/** A compilation slower than this is logged: the budget above should make it impossible. */
const SLOW_COMPILE_MS = 50;

/**
 * Apollo Server executing HTTP operations with graphql-jit: each distinct document (by Apollo's
 * query hash and operation name) is compiled once into JavaScript that resolves and completes its
 * fields without graphql-js's per-field interpretation — most of a large list query's execution
 * cost. Resolvers, context, errors and the schema are the same; parsing, validation, limits and
 * the plugins still run in Apollo first. Apollo's only hook for its executor is the gateway
 * interface, hence the shape. Subscriptions (graphql-ws) keep graphql-js.
 */
export function compiledExecutorGateway(schema: GraphQLSchema, options: { logger?: Logger; planner?: ReadPlanner; compile?: boolean } = {}): GatewayInterface {
  const { logger, planner, compile = true } = options;
  const listeners = new Set<GatewaySchemaLoadOrUpdateCallback>();
  const compiled = new Map<string, CompiledQuery | ExecutionResult | 'interpret'>();
  const executor: GatewayExecutor = async (request) => {
    const key = `${request.queryHash}\u0000${request.operationName ?? ''}`;
    // Variables are checked by graphql-js first (once, for the plan and the compiled query), so a
    // bad one is the same coded error as without either (the scalars' own errors, BAD_USER_INPUT)
    // rather than graphql-jit's wording.
    let coerced: ReturnType<typeof getVariableValues> | undefined;
    const coerce = () => (coerced ??= getVariableValues(schema, request.operation.variableDefinitions ?? [], request.request.variables ?? {}, { maxErrors: 50 }));
    if (planner) {
      const { coerced: values, errors } = coerce();
      if (errors) return { errors };
      const planned = await planner(key, request.document, request.operation, values, request.context as unknown as Context);
      if (planned) return planned;
    }
    let query = compiled.get(key);
    if (!query) {
      if (!compile || documentFieldCount(request.document) > COMPILE_FIELD_BUDGET) {
        query = 'interpret';
      } else {
        const started = performance.now();
        query = compileQuery(schema, request.document, request.operationName ?? undefined);
        const elapsed = performance.now() - started;
        if (elapsed > SLOW_COMPILE_MS) logger?.warn({ elapsedMs: Math.round(elapsed), operationName: request.operationName?.slice(0, 100) }, 'slow graphql-jit compilation');
      }
      compiled.set(key, query);
      if (compiled.size > COMPILED_DOCUMENTS) compiled.delete(compiled.keys().next().value!);
    }
    if (query === 'interpret') {
      return execute({ schema, document: request.document, contextValue: request.context, variableValues: request.request.variables, operationName: request.operationName });
    }
    if (!isCompiledQuery(query)) return query;
    const { errors } = coerce();
    if (errors) return { errors };
    const result = await query.query(undefined, request.context, request.request.variables ?? {});
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    async load() {
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: '' });
      return { executor };
    },
    async stop() {
      listeners.clear();
      compiled.clear();
    },
  };
}

/**
 * graphql-jit reports field errors with its own error objects (a graphql-js prototype, but no
 * `extensions`); Apollo and our error formatting expect graphql-js's, whose `originalError`
 * they read for the code.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const jitError = error as { message: string; path?: readonly (string | number)[]; locations?: readonly SourceLocation[]; originalError?: Error; extensions?: Record<string, unknown> };
  const converted = new GraphQLError(jitError.message, { path: jitError.path, originalError: jitError.originalError, extensions: jitError.extensions });
  if (jitError.locations) (converted as { locations?: readonly SourceLocation[] }).locations = jitError.locations;
  return converted;
}
