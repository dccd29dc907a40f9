import type { IncomingMessage, ServerResponse } from 'node:http';

/** Headers a browser may send cross-origin (the API's credentials, content negotiation, idempotency). */
const ALLOWED_HEADERS = 'authorization, content-type, accept, idempotency-key, cache-control, x-request-id';
/** Response headers a cross-origin page may read. */
const EXPOSED_HEADERS = 'x-request-id, x-content-sha256, retry-after, content-disposition, idempotent-replayed';

/**
 * CORS for the origins on the allowlist (`CORS_ORIGINS`): their preflights are answered here,
 * before authentication (a preflight carries no credentials), and their requests get the headers
 * that let the page read the answer. Any other origin gets no CORS header at all, so the browser
 * keeps the answer from it. Returns true when the request was a preflight and has been answered.
 */
export function applyCors(allowed: ReadonlySet<string>, request: IncomingMessage, response: ServerResponse): boolean {
  const origin = request.headers.origin;
  const isPreflight = request.method === 'OPTIONS' && typeof request.headers['access-control-request-method'] === 'string';
  if (!origin || !allowed.has(origin)) {
    if (!isPreflight) return false;
    // A preflight from an origin not on the list: answered, without permission.
    response.writeHead(204, { vary: 'Origin' });
    response.end();
    return true;
  }
  response.setHeader('access-control-allow-origin', origin);
  response.setHeader('vary', 'Origin');
  response.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
  if (!isPreflight) return false;
  response.writeHead(204, {
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': ALLOWED_HEADERS,
    'access-control-max-age': '600',
  });
  response.end();
  return true;
}

/** The allowlist from `CORS_ORIGINS` ("https://screen.example.gov.cn,https://oa.example.gov.cn"): exact origins, no wildcard. */
export function parseOrigins(value: string | undefined): Set<string> {
  const origins = new Set<string>();
  for (const entry of (value ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      throw new Error(`CORS_ORIGINS: "${entry.slice(0, 100)}" is not an origin like https://screen.example.gov.cn`);
    }
    if (!['http:', 'https:'].includes(url.protocol) || url.origin !== entry.replace(/\/$/, '')) throw new Error(`CORS_ORIGINS: "${entry.slice(0, 100)}" must be a bare origin (scheme://host[:port]) without a path`);
    origins.add(url.origin);
  }
  return origins;
}
