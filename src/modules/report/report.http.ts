import type { ServerResponse } from 'node:http';
import type { Context } from '../../core/context.js';
import { BadUserInputError } from '../../shared/errors.js';
import { today } from '../../shared/dates.js';
import { CSV_CONTENT_TYPE, renderCsv } from './report.csv.js';
import { liveEdition, type ReportDocument } from './report.sheets.js';
import { reportDocument, type ReportKind } from './report.documents.js';
import { renderXlsx, XLSX_CONTENT_TYPE } from './report.xlsx.js';

/** A download route: its path parameters and the report kind they name (the year first, then the period). */
interface ReportRoute {
  params: string[];
  kind: ReportKind;
}

const ROUTES: Record<string, ReportRoute> = {
  monthly: { params: ['year', 'month'], kind: 'MONTHLY' },
  quarterly: { params: ['year', 'quarter'], kind: 'QUARTERLY' },
  'half-year': { params: ['year', 'half'], kind: 'HALF_YEAR' },
  annual: { params: ['year'], kind: 'ANNUAL' },
};

/** The two renderings of a document; issued documents store both. */
export const FORMATS = {
  xlsx: { contentType: XLSX_CONTENT_TYPE, render: renderXlsx },
  csv: { contentType: CSV_CONTENT_TYPE, render: async (document: ReportDocument) => renderCsv(document) },
} as const;

/** `/reports/{kind}/{…params}.{xlsx|csv}`; the parameters are still text here. */
const PATH = /^\/reports\/([a-z-]+)\/(.+)\.(xlsx|csv)$/;

function integerParam(text: string, name: string): number {
  if (!/^\d{1,9}$/.test(text)) throw new BadUserInputError(`${name} must be an integer, got "${text.slice(0, 20)}"`, name);
  return Number(text);
}

/** RFC 5987 `ext-value` encoding: percent-encode everything but attr-char. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** An attachment with an ASCII fallback name and the Chinese name for clients that read `filename*`. */
export function contentDisposition(asciiName: string, name: string): string {
  return `attachment; filename="${asciiName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

/**
 * Serves a "五个一" report download with the current figures (the live edition: its titles say it is
 * not an issued document; issued documents are served from `/documents/…`): `/reports/monthly/{year}/{month}`, `/reports/quarterly/{year}/{quarter}`,
 * `/reports/half-year/{year}/{half}` and `/reports/annual/{year}`, each `.xlsx` or `.csv`. The data
 * comes from the same service functions as the GraphQL queries, so the same validation and
 * authorization apply (the server establishes the caller in `context` as it does for /graphql).
 * Bad parameters throw a coded error naming the parameter (the server's one error map answers it).
 * Returns false, having written nothing, for a path that is no report, so that the caller answers 404.
 */
export async function handleReportDownload(context: Context, pathname: string, method: string, response: ServerResponse): Promise<boolean> {
  const match = PATH.exec(pathname);
  const route = match && Object.hasOwn(ROUTES, match[1]) ? ROUTES[match[1]] : undefined;
  if (!match || !route) return false;
  const [, , paramText, extension] = match;
  const texts = paramText.split('/');
  if (texts.length !== route.params.length) return false;
  const format = FORMATS[extension as keyof typeof FORMATS];
  const [year, period] = texts.map((text, index) => integerParam(text, route.params[index]));
  const document = liveEdition(await reportDocument(context, route.kind, year, period ?? 1), today());
  const body = await format.render(document);
  response.writeHead(200, {
    'content-type': format.contentType,
    'content-length': body.length,
    'content-disposition': contentDisposition(`${document.asciiFileName}.${extension}`, `${document.fileName}.${extension}`),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(method === 'HEAD' ? undefined : body);
  return true;
}
