import { footerFields, LIGHT_LABELS, type CellKind, type CellValue, type ReportDocument, type ReportSheet } from './report.sheets.js';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/** Excel reads a CSV as UTF-8 (and shows the Chinese) only when it starts with a byte-order mark. */
const BOM = '\uFEFF';
const NUMERIC_KINDS = new Set<CellKind>(['integer', 'money', 'percent', 'score', 'auto']);

/**
 * One field (RFC 4180): quoted when it holds a comma, quote or line break. Text that a
 * spreadsheet would take for a formula (= + - @, tab, carriage return) is prefixed with an
 * apostrophe; numbers in numeric columns are written as they are, exact ("73400.00").
 */
function field(kind: CellKind, value: CellValue): string {
  if (value === null) return '';
  let text = kind === 'light' && typeof value === 'string' && value in LIGHT_LABELS ? LIGHT_LABELS[value as keyof typeof LIGHT_LABELS] : String(value);
  const numeric = typeof value === 'number' || (NUMERIC_KINDS.has(kind) && /^-?\d+(\.\d+)?$/.test(text));
  if (!numeric && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function sheetLines(sheet: ReportSheet): string[] {
  const text = (value: string) => field('text', value);
  const lines = [text(sheet.title), text(sheet.subtitle), ...(sheet.preamble ?? []).map(text), sheet.columns.map((column) => text(column.header)).join(',')];
  for (const row of sheet.rows) {
    lines.push(row.style === 'note' ? text(String(row.cells[0] ?? '')) : sheet.columns.map((column, index) => field(column.kind, row.cells[index] ?? null)).join(','));
  }
  if (sheet.footer) lines.push(footerFields(sheet.footer).map(text).join(','));
  return lines;
}

/**
 * Renders the report as CSV (UTF-8 with BOM, CRLF): per sheet its title line, its subtitle
 * line, its paragraphs (a line each), the header, the rows and a form's lines to sign (one line,
 * a field each); sheets are separated by an empty line.
 */
export function renderCsv(document: ReportDocument): Buffer {
  const sections = document.sheets.map((sheet) => sheetLines(sheet).join('\r\n'));
  return Buffer.from(BOM + sections.join('\r\n\r\n') + '\r\n', 'utf8');
}
