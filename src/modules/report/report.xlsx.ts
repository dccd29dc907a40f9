import ExcelJS from 'exceljs';
import type { Alignment, Borders, Cell, PaperSize, Worksheet } from 'exceljs';
import { footerFields, LIGHT_LABELS, type CellKind, type CellValue, type ReportDocument, type ReportSheet, type RowStyle } from './report.sheets.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const FONT = '宋体';
const TITLE_FONT = '黑体';
const A4 = 9 as PaperSize;
const THIN: Borders = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
} as Borders;
const LIGHT_FILLS: Record<string, string> = { GREEN: 'FF92D050', YELLOW: 'FFFFFF00', RED: 'FFFF0000' };
const ROW_FILLS: Partial<Record<RowStyle, string>> = { total: 'FFFCE4D6', subtotal: 'FFFFF2CC' };
const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

const NUMBER_FORMATS: Partial<Record<CellKind, string>> = {
  integer: '0',
  money: '#,##0.00',
  percent: '0.00',
  score: '0.00',
};

/**
 * A cell's value and number format. Money and percents arrive as exact decimal strings and are
 * stored as numbers (Excel's own type) so that they sum and sort; the format keeps two decimals.
 */
function typed(kind: CellKind, value: CellValue): { value: ExcelJS.CellValue; numFmt?: string } {
  if (value === null) return { value: null };
  if (kind === 'light' && typeof value === 'string' && value in LIGHT_LABELS) return { value: LIGHT_LABELS[value as keyof typeof LIGHT_LABELS] };
  if (kind === 'auto') {
    if (typeof value === 'number') return { value, numFmt: '0' };
    if (DECIMAL_TEXT.test(value)) return { value: Number(value), numFmt: '#,##0.00' };
    return { value };
  }
  const numFmt = NUMBER_FORMATS[kind];
  if (numFmt && (typeof value === 'number' || DECIMAL_TEXT.test(value))) return { value: Number(value), numFmt };
  return { value: String(value) };
}

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function styleCell(cell: Cell, alignment: Partial<Alignment>, bold = false, fill?: string): void {
  cell.font = { name: FONT, size: 10, bold };
  cell.alignment = { vertical: 'middle', ...alignment };
  cell.border = THIN;
  if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
}

/** Width of a text in column units: a CJK or full-width character takes about two. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return width;
}

/** A paragraph above the table: merged across the columns, indented by two full-width spaces, wrapped, its row as tall as its lines. */
function addParagraph(worksheet: Worksheet, rowNumber: number, width: number, text: string, columnsWidth: number): void {
  worksheet.mergeCells(rowNumber, 1, rowNumber, width);
  const cell = worksheet.getCell(rowNumber, 1);
  cell.value = `\u3000\u3000${text}`;
  cell.font = { name: FONT, size: 11 };
  cell.alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
  // Excel does not grow a merged row to its wrapped text: size it for the lines the text takes.
  const lines = Math.ceil((textWidth(text) + 4) / Math.max(1, columnsWidth * 0.9));
  worksheet.getRow(rowNumber).height = Math.max(20, lines * 16 + 6);
}

/** The lines to sign under the table, spread over the width in as many merged groups as there are fields, unbordered. */
function addFooter(worksheet: Worksheet, rowNumber: number, width: number, fields: string[]): void {
  const row = worksheet.getRow(rowNumber);
  row.height = 30;
  const groups = Math.min(fields.length, width);
  const texts = groups < fields.length ? [fields.join('    ')] : fields;
  texts.forEach((text, index) => {
    const from = Math.floor((index * width) / texts.length) + 1;
    const to = Math.floor(((index + 1) * width) / texts.length);
    if (to > from) worksheet.mergeCells(rowNumber, from, rowNumber, to);
    const cell = row.getCell(from);
    cell.value = text;
    cell.font = { name: FONT, size: 11 };
    cell.alignment = { horizontal: 'left', vertical: 'bottom' };
  });
}

/**
 * One sheet: title merged across the columns, the subtitle line, any paragraphs, a bold bordered
 * header, the rows, and a form's lines to sign. The header (with the title above it, when no
 * paragraph stands between) repeats on every printed page and stays in view when scrolling.
 */
function addSheet(workbook: ExcelJS.Workbook, sheet: ReportSheet): Worksheet {
  const width = sheet.columns.length;
  const last = columnLetter(width);
  const preamble = sheet.preamble ?? [];
  const headerRow = 3 + preamble.length;
  const worksheet = workbook.addWorksheet(sheet.name, {
    // A frozen pane taller than the window would hide the table: sheets that open with paragraphs scroll freely.
    views: preamble.length ? [] : [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: headerRow }],
    pageSetup: {
      paperSize: A4,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: preamble.length ? `${headerRow}:${headerRow}` : `1:${headerRow}`,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '第 &P 页,共 &N 页' },
  });
  worksheet.columns = sheet.columns.map((column) => ({ width: column.width }));

  worksheet.mergeCells(`A1:${last}1`);
  const title = worksheet.getCell('A1');
  title.value = sheet.title;
  title.font = { name: TITLE_FONT, size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  worksheet.getRow(1).height = 36;

  worksheet.mergeCells(`A2:${last}2`);
  const subtitle = worksheet.getCell('A2');
  subtitle.value = sheet.subtitle;
  subtitle.font = { name: FONT, size: 10 };
  subtitle.alignment = { horizontal: 'right', vertical: 'middle' };
  worksheet.getRow(2).height = 20;

  const columnsWidth = sheet.columns.reduce((total, column) => total + column.width, 0);
  preamble.forEach((text, index) => addParagraph(worksheet, 3 + index, width, text, columnsWidth));

  const header = worksheet.getRow(headerRow);
  header.height = 30;
  sheet.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    styleCell(cell, { horizontal: 'center', wrapText: true }, true, 'FFD9E1F2');
  });

  sheet.rows.forEach((row, offset) => {
    const rowNumber = headerRow + 1 + offset;
    const excelRow = worksheet.getRow(rowNumber);
    if (row.style === 'note') {
      worksheet.mergeCells(rowNumber, 1, rowNumber, width);
      const cell = excelRow.getCell(1);
      cell.value = String(row.cells[0] ?? '');
      styleCell(cell, { horizontal: 'center' });
      return;
    }
    const emphasised = row.style === 'total' || row.style === 'subtotal';
    sheet.columns.forEach((column, index) => {
      const cell = excelRow.getCell(index + 1);
      const raw = row.cells[index] ?? null;
      const { value, numFmt } = typed(column.kind, raw);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
      const numeric = typeof value === 'number';
      const centered = column.kind === 'light' || (column.kind === 'text' && column.width <= 13);
      const lightFill = column.kind === 'light' && typeof raw === 'string' ? LIGHT_FILLS[raw] : undefined;
      styleCell(
        cell,
        { horizontal: numeric ? 'right' : centered ? 'center' : 'left', wrapText: column.wrap ?? false },
        emphasised,
        lightFill ?? ROW_FILLS[row.style],
      );
    });
  });
  // One empty row between the table and the lines to sign.
  if (sheet.footer) addFooter(worksheet, headerRow + sheet.rows.length + 2, width, footerFields(sheet.footer));
  return worksheet;
}

/** Renders the report as an .xlsx workbook, one worksheet per sheet. */
export async function renderXlsx(document: ReportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '重点工程调度指挥平台';
  workbook.title = document.fileName;
  workbook.created = new Date();
  for (const sheet of document.sheets) addSheet(workbook, sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
