import type { ServerResponse } from 'node:http';
import type { Context } from '../../core/context.js';
import { NotFoundError } from '../../shared/errors.js';
import { contentDisposition, FORMATS } from '../report/report.http.js';
import { issuedBytes } from './document.queries.js';

/** `/documents/{id}.{xlsx|csv}` */
const PATH = /^\/documents\/(\d{1,9})\.(xlsx|csv)$/;

/**
 * Serves an issued document exactly as issued: the stored bytes, their SHA-256 in
 * `x-content-sha256` (and as the ETag), immutable. Returns false for a path that is not a document
 * download; an unknown document is NOT_FOUND.
 */
export async function handleDocumentDownload(context: Context, pathname: string, method: string, response: ServerResponse): Promise<boolean> {
  const match = PATH.exec(pathname);
  if (!match) return false;
  const [, idText, extension] = match;
  const format = extension as 'xlsx' | 'csv';
  const stored = await issuedBytes(context.em, Number(idText), format);
  if (!stored) throw new NotFoundError('IssuedDocument', idText);
  response.writeHead(200, {
    'content-type': FORMATS[format].contentType,
    'content-length': stored.bytes.length,
    'content-disposition': contentDisposition(`document-${idText}.${extension}`, `${stored.file_name}.${extension}`),
    'x-content-sha256': stored.sha256,
    etag: `"${stored.sha256}"`,
    'cache-control': 'private, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
  });
  response.end(method === 'HEAD' ? undefined : stored.bytes);
  return true;
}
