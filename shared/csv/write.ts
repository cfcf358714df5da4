// CSV out: every table the desk exports, written so Excel opens Arabic and Turkish text right
// (UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting).

/** The byte-order mark Excel needs to read UTF-8. */
export const UTF8_BOM = '\uFEFF';

export type CsvCell = string | number | boolean | null | undefined;

/**
 * Characters that make a spreadsheet treat a cell as a formula. A cell starting with one is
 * prefixed with an apostrophe so a lead named "=HYPERLINK(…)" stays text (CSV injection).
 * A leading "+" is kept for phone numbers in E.164, which are not formulas.
 */
const FORMULA_START = /^[=@\t\r-]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  if (typeof value === 'string' && FORMULA_START.test(s) && !/^-\d/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole CSV document: header row, then rows; BOM first, CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
