import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import { GraphQLError, type OperationTypeNode } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createContext, type AppServices } from '../core/context.js';
import type { ApiContext } from './apollo.js';
import type { Callers } from './callers.js';
import { checkVariables, type OperationGuard } from './limits/operation-guard.js';
import type { ResponseCache } from '../realtime/response-cache.js';
import { visibilityKey } from '../realtime/visibility.js';
import { claimIdempotencyKey } from '../modules/idempotency/idempotency.service.js';
import { countSqlStatements, type SqlStatementCounter } from '../db/sql-statements.js';
import { HttpError, readBody, refusalOf, withSqlStatementCount } from './http-responses.js';
import { pageHtml } from './static-pages.js';
import { sendStatic } from './http-responses.js';
import { noteRequest } from './request-info.js';

/** What the GraphQL HTTP handler works with. */
export interface GraphQLHttpDeps {
  apollo: ApolloServer<ApiContext>;
  guard: OperationGuard;
  callers: Callers;
  responseCache: ResponseCache;
  services: AppServices;
  orm: MikroORM;
  maxBodyBytes: number;
  exposeSqlStatementCount: boolean;
  /** How long Idempotency-Key responses are kept. */
  idempotencyTtlMs: number;
}

/** The GraphQL-over-HTTP request parameters, from a POST body or a GET query string. */
interface OperationParams {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

const GRAPHQL_RESPONSE = 'application/graphql-response+json; charset=utf-8';
const JSON_RESPONSE = 'application/json; charset=utf-8';

/** The media type of a GraphQL response for this request's Accept header (the spec's preferred one when accepted). */
function responseMediaType(accept: string | undefined): string {
  return !accept || /application\/graphql-response\+json|\*\/\*/.test(accept) ? GRAPHQL_RESPONSE : JSON_RESPONSE;
}

function paramsOf(method: string, body: unknown, url: URL): OperationParams | undefined {
  if (method === 'GET') {
    const search = url.searchParams;
    const json = (name: string) => {
      const text = search.get(name);
      if (text === null) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new HttpError(400, `${name} is not valid JSON`);
      }
    };
    return { query: search.get('query') ?? undefined, operationName: search.get('operationName') ?? undefined, variables: json('variables'), extensions: json('extensions') };
  }
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as OperationParams) : undefined;
}

/**
 * Serves `/graphql` over HTTP: the playground for a browser's GET; otherwise the caller is
 * authenticated and its budget spent, the document parsed and measured by the operation guard
 * before Apollo validates or executes anything, a query answered from the response cache when it
 * can be, a mutation with an Idempotency-Key executed once, and everything else executed by Apollo.
 */
export function graphqlHttpHandler(deps: GraphQLHttpDeps): (request: IncomingMessage, response: ServerResponse, url: URL, requestId: string) => Promise<void> {
  const { apollo, guard, callers, responseCache, services, orm } = deps;

  /** Answers a refusal found before Apollo, as Apollo would: a GraphQL error body with its status. */
  const refuse = (response: ServerResponse, error: unknown, mediaType: string, requestId: string): void => {
    const refusal = refusalOf(error);
    const body = JSON.stringify(refusal.body);
    response.writeHead(refusal.status, { ...refusal.headers, 'content-type': mediaType, 'content-length': Buffer.byteLength(body), 'x-request-id': requestId });
    response.end(body);
  };

  return async (request, response, url, requestId) => {
    const method = (request.method ?? 'GET').toUpperCase();
    if (method === 'GET' && (request.headers.accept ?? '').includes('text/html') && !url.searchParams.has('query')) {
      sendStatic(response, await pageHtml('playground'), false);
      return;
    }
    if (method !== 'GET' && method !== 'POST') throw new HttpError(405, 'GraphQL is served with GET (queries) and POST', 'METHOD_NOT_ALLOWED', { allow: 'GET, POST' });
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let text = '';
    let body: unknown = undefined;
    if (method === 'POST') {
      text = (await readBody(request, deps.maxBodyBytes)).toString('utf8');
      if ((headers.get('content-type') ?? '').includes('application/json')) {
        try {
          body = text.length ? JSON.parse(text) : undefined;
        } catch {
          throw new HttpError(400, 'request body is not valid JSON');
        }
      } else {
        body = text;
      }
    }
    const caller = await callers.ofRequest(request);
    const mediaType = responseMediaType(request.headers.accept);

    // Measure the document before Apollo validates or compiles it: the field count bounds that work.
    const params = paramsOf(method, body, url);
    let kind: OperationTypeNode | undefined;
    try {
      if (params) checkVariables(params.variables);
      if (typeof params?.query === 'string') {
        const operationName = typeof params.operationName === 'string' ? params.operationName : undefined;
        const operation = guard.prepare(params.query).operation(operationName);
        kind = operation?.operation;
        // The metrics label /graphql requests with the name of an operation the document really holds.
        noteRequest(request, { operationName: operation?.name?.value });
      }
    } catch (error) {
      // A syntax error is Apollo's to report, in its own words.
      if (!(error instanceof GraphQLError && error.extensions.code === 'GRAPHQL_PARSE_FAILED')) return refuse(response, error, mediaType, requestId);
    }

    const idempotencyKey = kind === 'mutation' ? request.headers['idempotency-key'] : undefined;
    const cacheKey =
      kind === 'query' && idempotencyKey === undefined && params?.extensions === undefined
        ? responseCache.keyOf(visibilityKey(caller), params as { query: string; operationName?: string | null; variables?: unknown }, mediaType)
        : undefined;
    // `Cache-Control: no-cache` asks for a fresh answer (which is then kept for the next asker).
    const fresh = /\bno-cache\b/i.test(String(request.headers['cache-control'] ?? ''));
    const cached = cacheKey === undefined || fresh ? undefined : responseCache.get(cacheKey);
    if (cached) {
      // A cached answer runs no SQL at all; say so where the count is asked for.
      const cachedBody = deps.exposeSqlStatementCount ? withSqlStatementCount(cached.body, 0) : cached.body;
      response.writeHead(cached.status, { ...cached.headers, 'x-request-id': requestId, 'x-cache': 'HIT', 'content-length': Buffer.byteLength(cachedBody) });
      response.end(cachedBody);
      return;
    }

    const claim = typeof idempotencyKey === 'string' ? await claimIdempotencyKey(orm, caller.id, idempotencyKey, text, deps.idempotencyTtlMs) : undefined;
    if (claim?.kind === 'replay') {
      response.writeHead(claim.response.status, { 'content-type': mediaType, 'content-length': Buffer.byteLength(claim.response.body), 'x-request-id': requestId, 'idempotent-replayed': 'true' });
      response.end(claim.response.body);
      return;
    }
    const generation = responseCache.generation;
    const sqlStatements: SqlStatementCounter = { count: 0 };
    const httpGraphQLRequest: HTTPGraphQLRequest = { method, headers, search: url.search, body };
    const run = () => apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: async () => Object.assign(createContext(services, caller, requestId), { sqlStatements }) });
    let result;
    try {
      // AsyncLocalStorage puts a hook on every promise: pay for it only when the count is wanted.
      result = await (deps.exposeSqlStatementCount ? countSqlStatements(sqlStatements, run) : run());
    } catch (error) {
      await claim?.finish({ status: 500, body: '' }, false);
      throw error;
    }
    const responseHeaders: Record<string, string> = { 'x-request-id': requestId };
    for (const [key, value] of result.headers) responseHeaders[key] = value;
    if (result.body.kind === 'complete') {
      if (claim) {
        const parsed = JSON.parse(result.body.string) as { data?: Record<string, unknown> | null };
        const committedSomething = !!parsed.data && Object.values(parsed.data).some((value) => value !== null);
        await claim.finish({ status: result.status ?? 200, body: result.body.string }, committedSomething);
      }
      if (cacheKey !== undefined) {
        const { 'x-request-id': _id, ...kept } = responseHeaders;
        responseCache.store(cacheKey, generation, { status: result.status ?? 200, headers: kept, body: result.body.string });
      }
      response.writeHead(result.status ?? 200, { ...responseHeaders, 'content-length': Buffer.byteLength(result.body.string) });
      response.end(result.body.string);
      return;
    }
    response.writeHead(result.status ?? 200, responseHeaders);
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };
}
