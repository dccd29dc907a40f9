import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from '../../core/context.js';
import { BadUserInputError } from '../../shared/errors.js';
import { contentDisposition } from '../report/report.http.js';
import { oc4idsProjectPackage } from './oc4ids.service.js';

/** `/exports/oc4ids/{year}.json`; the year is still text here. */
const PATH = /^\/exports\/oc4ids\/([^/]+)\.json$/;

/** A Host header we are willing to write into the package's `uri` (a name or address and a port); anything else reads as localhost. */
const HOST = /^(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

/**
 * The package's own address: where it was asked for. The API has no configured public URL, and
 * trusts no proxy header (as for client addresses), so behind a TLS-terminating proxy this reads
 * `http://`; a configured public base URL should replace it when there is one.
 */
function packageUri(request: IncomingMessage, year: number): string {
  const host = request.headers.host && HOST.test(request.headers.host) ? request.headers.host : 'localhost';
  return `http://${host}/exports/oc4ids/${year}.json`;
}

/**
 * Serves the OC4IDS project package of a year's list, `GET /exports/oc4ids/{year}.json`
 * (`application/json`, UTF-8), with the caller established by the server as for every download.
 * A year that is not a number, or outside 2000–2100, throws BAD_USER_INPUT naming `year`; a year
 * without an issued list NOT_FOUND (the server's one error map answers both). Returns false,
 * having written nothing, for any other path, so that the caller answers 404.
 */
export async function handleOc4idsExport(context: Context, request: IncomingMessage, pathname: string, method: string, response: ServerResponse): Promise<boolean> {
  const match = PATH.exec(pathname);
  if (!match) return false;
  if (!/^\d{1,9}$/.test(match[1])) throw new BadUserInputError(`year must be an integer, got "${match[1].slice(0, 20)}"`, 'year');
  const year = Number(match[1]);
  const body = Buffer.from(JSON.stringify(await oc4idsProjectPackage(context, year, packageUri(request, year))), 'utf8');
  response.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': body.length,
    'content-disposition': contentDisposition(`oc4ids-projects-${year}.json`, `${year}年重点工程OC4IDS数据.json`),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(method === 'HEAD' ? undefined : body);
  return true;
}
