import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Context } from '../core/context.js';
import type { SqlStatementCounter } from '../db/sql-statements.js';
import { BadRequestError } from '../shared/errors.js';
import { formatError, logOperationErrors } from './format-error.js';
import { compiledExecutorGateway } from './compiled-executor.js';
import { createReadPlanner } from './planned-reads.js';
import type { OperationGuard } from './limits/operation-guard.js';
import { limitRules, MAX_DOCUMENT_TOKENS } from './limits/query-limits.js';
import { httpStatusOf, refusalHeaders } from './http-responses.js';

/** The context of an HTTP operation: the shared one plus what the plugins report. */
export type ApiContext = Context & { sqlStatements: SqlStatementCounter; cost?: number };

/** What the Apollo server is built from. */
export interface ApolloOptions {
  schema: GraphQLSchema;
  guard: OperationGuard;
  logger: Logger;
  /** Execute with graphql-jit (compiled once per document, within a size budget); false uses graphql-js. */
  compiledExecution: boolean;
  /** Answer the planned query shapes (the project list and detail) with one SQL statement each (src/server/planned-reads.ts). */
  plannedReads: boolean;
  exposeSqlStatementCount: boolean;
  maxDepth: number;
  maxAliases: number;
  /** Told when an error shows the database unreachable. */
  onUnavailable: () => void;
}

/** The codes that make a whole response a retryable 503 when a field failed with them. */
const RETRYABLE = new Set(['SERVER_BUSY', 'SERVICE_UNAVAILABLE']);

/**
 * Checks each resolved operation before it runs (it exists, is not a subscription, and its cost
 * with the request's variables is within the limit), reports the cost and SQL statement count in
 * `extensions`, turns a response whose fields failed only for want of the database into a 503
 * with Retry-After, and logs errors by kind.
 */
function operationPlugin(options: ApolloOptions): ApolloServerPlugin<ApiContext> {
  const { guard, logger } = options;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operation, operationName, contextValue }) {
          const refuse = (error: GraphQLError) => {
            const status = httpStatusOf(String(error.extensions.code));
            throw Object.assign(error, { extensions: { ...error.extensions, http: { status, headers: new HeaderMap() } } });
          };
          if (!operation) {
            refuse(
              new GraphQLError(request.operationName ? `No operation named "${String(request.operationName).slice(0, 100)}" in the document` : 'The document holds several operations: name one with operationName', {
                extensions: { code: 'OPERATION_RESOLUTION_FAILURE' },
              }),
            );
            return;
          }
          if (operation.operation === 'subscription') {
            refuse(new BadRequestError('Subscriptions are served over WebSocket with the graphql-ws protocol on this same URL (ws://…/graphql), not over HTTP'));
          }
          try {
            contextValue.cost = guard.checkCost(document, request.variables, operationName);
          } catch (error) {
            refuse(error as GraphQLError);
          }
          // Read your writes: a query waits for the derived data (scores, warnings) of changes committed before it.
          if (operation.operation === 'query' && contextValue.derivations.busy) await contextValue.derivations.settled();
        },
        async didEncounterErrors({ errors, contextValue, operationName }) {
          logOperationErrors(logger, errors, { requestId: contextValue.requestId, caller: contextValue.caller.id, operationName });
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (contextValue.cost !== undefined) result.extensions = { ...result.extensions, cost: contextValue.cost };
          if (options.exposeSqlStatementCount) result.extensions = { ...result.extensions, sqlStatements: contextValue.sqlStatements.count };
          const codes = result.errors?.map((error) => String(error.extensions?.code)) ?? [];
          if (!codes.length || (response.http.status ?? 200) !== 200) return;
          // A request refused as a whole (no data at all) answers the status of its refusal, as every
          // route does; one whose fields failed only for want of the database is a retryable 503.
          if (result.data === undefined) response.http.status = httpStatusOf(codes[0]);
          else if (codes.every((code) => RETRYABLE.has(code))) response.http.status = 503;
          else return;
          const retryAfter = codes.includes('SERVICE_UNAVAILABLE') ? 2 : 1;
          for (const [key, value] of Object.entries(refusalHeaders(response.http.status, retryAfter))) response.http.headers.set(key, value);
        },
      };
    },
  };
}

/**
 * Apollo Server for GraphQL over HTTP: graphql-jit or graphql-js execution, the depth and alias
 * rules in validation (the field count ran before, the cost runs once the variables are known),
 * introspection and schema suggestions only when allowed, persisted queries off (every document is
 * measured as text), and no outbound traffic (usage and schema reporting explicitly disabled).
 */
export async function createApollo(options: ApolloOptions): Promise<ApolloServer<ApiContext>> {
  const { schema, guard } = options;
  const apollo = new ApolloServer<ApiContext>({
    ...(options.compiledExecution || options.plannedReads
      ? {
          gateway: compiledExecutorGateway(schema, {
            logger: options.logger,
            compile: options.compiledExecution,
            planner: options.plannedReads ? createReadPlanner(schema, options.logger) : undefined,
          }),
        }
      : { schema }),
    introspection: guard.introspection,
    hideSchemaDetailsFromClientErrors: !guard.introspection,
    persistedQueries: false,
    csrfPrevention: true,
    // main.ts owns shutdown: it drains the server, then closes the database.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    // Logged by the plugin, with the request id.
    formatError: (formatted, error) => formatError(formatted, error, { onUnavailable: options.onUnavailable, hideSuggestions: !guard.introspection }),
    validationRules: limitRules({ maxDepth: options.maxDepth, maxAliases: options.maxAliases }),
    parseOptions: { maxTokens: MAX_DOCUMENT_TOKENS },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of GraphQL responses here; the plugin would otherwise hook every field.
      ApolloServerPluginCacheControlDisabled(),
      // No outbound call, ever: the API runs on a closed government network and must not send
      // operations, traces or the schema to Apollo's cloud (GraphOS). Apollo installs usage reporting
      // by itself when APOLLO_KEY/APOLLO_GRAPH_REF appear in the environment, and inline traces
      // (ftv1) for a gateway that asks; these plugins switch all three off whatever the environment.
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      operationPlugin(options),
    ],
  });
  await apollo.start();
  return apollo;
}
