// CSV out: every table the desk exports, written so Excel opens Arabic and Turkish text right
// (UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting).

/** The byte-order mark Excel needs to read UTF-8. */
export const UTF8_BOM = '\uFEFF';

export type CsvCell = string | number | boolean | null | undefined;

/**
 * Characters that make a spreadsheet treat a cell as a formula (Excel, LibreOffice and Google
 * Sheets; the full-width forms too, which some of them fold): a text cell starting with one is
 * prefixed with an apostrophe, so a lead named "=HYPERLINK(…)", "+HYPERLINK(…)" or
 * "-2+3+cmd|…" stays text (CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
/**
 * A plain number or phone — an E.164 "+905321234567", "-12", "+90 532 123 45 67" — has no
 * letters, operators or references to run, and keeps its sign for the spreadsheet to read.
 */
const PLAIN_NUMBER = /^[+-]?\d[\d .]*$/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  if (typeof value === 'string' && FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole CSV document: header row, then rows; BOM first, CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
