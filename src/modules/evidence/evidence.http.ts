import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from '../../core/context.js';
import { evidenceFile, storeEvidence } from './evidence.service.js';

/** `/evidence/{id}` or `/evidence/{id}/thumbnail`, the id a (URL-encoded) global id. */
const PATH = /^\/evidence\/([A-Za-z0-9%+=_-]{1,200})(\/thumbnail)?$/;

/** Where a file of evidence (or its thumbnail) is served. */
export function evidencePath(globalId: string, thumbnail = false): string {
  return `/evidence/${encodeURIComponent(globalId)}${thumbnail ? '/thumbnail' : ''}`;
}

/**
 * `POST /evidence`: the body is the file. Answers 201 (stored) or 200 (these bytes were stored
 * before) with `{ id, sha256, contentType, size }`. The body has been read (within the size limit)
 * by the caller of this function.
 */
export async function handleEvidenceUpload(context: Context, body: Buffer, response: ServerResponse): Promise<void> {
  const { evidence, created } = await storeEvidence(context, body);
  const text = JSON.stringify({ id: evidence.nodeId, sha256: evidence.sha256, contentType: evidence.contentType, size: evidence.size, url: evidencePath(evidence.nodeId) });
  response.writeHead(created ? 201 : 200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  response.end(text);
}

/** `GET /evidence/{id}[/thumbnail]`: the stored bytes, immutable (content-addressed); false for any other path. */
export async function handleEvidenceDownload(context: Context, request: IncomingMessage, pathname: string, method: string, response: ServerResponse): Promise<boolean> {
  const match = PATH.exec(pathname);
  if (!match) return false;
  let id: string;
  try {
    id = decodeURIComponent(match[1]);
  } catch {
    return false;
  }
  const file = await evidenceFile(context, id, match[2] !== undefined);
  const etag = `"${file.sha256}${match[2] ? '-thumb' : ''}"`;
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, { etag });
    response.end();
    return true;
  }
  response.writeHead(200, {
    'content-type': file.contentType,
    'content-length': file.bytes.length,
    etag,
    'cache-control': 'private, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'",
  });
  response.end(method === 'HEAD' ? undefined : file.bytes);
  return true;
}
