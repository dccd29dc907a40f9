import type { IncomingMessage, ServerResponse } from 'node:http';
import { createContext, type AppServices } from '../core/context.js';
import { clientAddress, type Callers } from './callers.js';
import type { DatabaseHealth } from '../db/health.js';
import { ServiceUnavailableError, UnauthenticatedError } from '../shared/errors.js';
import type { Caller } from '../modules/auth/auth.types.js';
import type { DownloadLinks } from './download-links.js';
import { handleReportDownload } from '../modules/report/report.http.js';
import { handleDocumentDownload } from '../modules/document/document.http.js';
import { handleOc4idsExport } from '../modules/export/oc4ids.http.js';
import { HttpError, readBody, sendJson, sendStatic } from './http-responses.js';
import { handleEvidenceDownload, handleEvidenceUpload } from '../modules/evidence/evidence.http.js';
import { pageAsset, pageHtml } from './static-pages.js';

/** Handles one request on a path it owns; throws to have the error answered through the one error map. */
export type RouteHandler = (request: IncomingMessage, response: ServerResponse, url: URL, requestId: string) => Promise<void>;

/** What the routes work with. */
export interface RouteDeps {
  graphql: RouteHandler;
  /** Largest evidence file accepted by POST /evidence, in bytes. */
  maxEvidenceBytes: number;
  callers: Callers;
  health: DatabaseHealth;
  services: AppServices;
  /** Verifies the signed download links (`downloadUrl`): a valid one stands in for the Authorization header. */
  downloadLinks: DownloadLinks;
}

/**
 * Every HTTP route: `/graphql` (refused at once while the database is down, except the
 * playground page), `/healthz` (the process runs), `/readyz` (the database answers through the
 * pool and migrations are applied; limited per address like every unauthenticated route),
 * `/reports/…` live downloads and `/documents/…` issued documents (authenticated, with a download
 * budget per caller), the playground and its
 * assets, and 404 for anything else.
 */
/** The screen loads nothing from another host: scripts, styles and connections to this API only. */
const SCREEN_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

export function createRoutes({ graphql, callers, health, services, maxEvidenceBytes, downloadLinks }: RouteDeps): RouteHandler {
  /** The caller of a download: its signed link when the URL carries one, else its credentials. */
  const downloader = async (request: IncomingMessage, url: URL): Promise<Caller> => {
    const linked = downloadLinks.callerOf(url);
    // A stale link on a request that also carries credentials: the credentials decide.
    if ((linked === 'expired' || linked === 'invalid') && request.headers.authorization) return callers.ofRequest(request);
    if (linked === 'expired') throw new UnauthenticatedError('the download link has expired: ask the API for a new downloadUrl');
    if (linked === 'invalid') throw new UnauthenticatedError('the download link is not valid');
    return linked ?? callers.ofRequest(request);
  };
  return async (request, response, url, requestId) => {
    const method = (request.method ?? 'GET').toUpperCase();
    if (url.pathname === '/graphql') {
      if (!health.available && !(method === 'GET' && (request.headers.accept ?? '').includes('text/html'))) throw new ServiceUnavailableError();
      return graphql(request, response, url, requestId);
    }
    if (url.pathname === '/evidence') {
      if (method !== 'POST') throw new HttpError(405, 'method not allowed: POST the file as the body', 'METHOD_NOT_ALLOWED', { allow: 'POST' });
      const caller = await callers.ofRequest(request);
      const body = await readBody(request, maxEvidenceBytes);
      return handleEvidenceUpload(createContext(services, caller, requestId), body, response);
    }
    if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'method not allowed', 'METHOD_NOT_ALLOWED', { allow: 'GET, HEAD' });
    if (url.pathname === '/healthz') return sendJson(response, 200, { status: 'ok' });
    if (url.pathname === '/readyz') {
      callers.spend(`address:${clientAddress(request)}`);
      const readiness = await health.ready();
      if (readiness.ready) return sendJson(response, 200, { status: 'ready' });
      return sendJson(response, 503, { status: readiness.reason, ...(readiness.pending ? { pending: readiness.pending } : {}) }, { 'retry-after': '2' });
    }
    if (url.pathname.startsWith('/reports/')) {
      const caller = await downloader(request, url);
      callers.spendDownload(caller);
      if (await handleReportDownload(createContext(services, caller, requestId), url.pathname, method, response)) return;
    }
    if (url.pathname.startsWith('/evidence/')) {
      const caller = await downloader(request, url);
      callers.spendDownload(caller);
      if (await handleEvidenceDownload(createContext(services, caller, requestId), request, url.pathname, method, response)) return;
    }
    if (url.pathname.startsWith('/documents/')) {
      const caller = await downloader(request, url);
      callers.spendDownload(caller);
      if (await handleDocumentDownload(createContext(services, caller, requestId), url.pathname, method, response)) return;
    }
    if (url.pathname.startsWith('/exports/')) {
      // Open data (OC4IDS): same credentials and download budget as the reports.
      const caller = await downloader(request, url);
      callers.spendDownload(caller);
      if (await handleOc4idsExport(createContext(services, caller, requestId), request, url.pathname, method, response)) return;
    }
    if (url.pathname === '/' || url.pathname === '/playground' || url.pathname === '/playground/') {
      return sendStatic(response, await pageHtml('playground'), false);
    }
    if (url.pathname === '/screen' || url.pathname === '/screen/') {
      // The command-centre page: it signs in with the API key in its URL fragment (never sent to a server).
      return sendStatic(response, await pageHtml('screen'), false, { 'content-security-policy': SCREEN_POLICY });
    }
    for (const page of ['playground', 'screen'] as const) {
      if (url.pathname.startsWith(`/${page}/assets/`)) {
        const asset = pageAsset(page, url.pathname.slice(`/${page}/assets/`.length));
        if (asset) return sendStatic(response, await asset, true);
      }
    }
    throw new HttpError(404, 'not found');
  };
}
