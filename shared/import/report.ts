// The import report: counts for the summary, one line per row that was not imported (with its
// row number, why, and the row as it was in the file, so it can be fixed and imported again),
// and the same as a CSV file for download.
import { toCsv, type CsvCell } from '../csv/write';
import type { InvalidReason } from './normalise';

export type IssueKind = 'invalid' | 'duplicateInFile' | 'duplicateExisting' | 'dnc';

export type ImportIssue = {
  /** Row number in the file as a spreadsheet shows it (header = 1). */
  row: number;
  kind: IssueKind;
  reason: InvalidReason | null;
  /** The value at fault: the number, e-mail or text. */
  value: string;
  /** For a duplicate within the file: the row it repeats. */
  firstRow: number | null;
  cells: string[];
};

export type ImportCounts = {
  /** Data rows read (blank lines and the header not counted). */
  rows: number;
  imported: number;
  duplicatesInFile: number;
  duplicatesExisting: number;
  invalid: number;
  skippedDnc: number;
  /**
   * Imported rows whose cells held invisible control characters (a NUL, a stray escape code), taken
   * out. Absent in records kept before it was counted.
   */
  cleaned?: number;
};

export const EMPTY_COUNTS: ImportCounts = {
  rows: 0,
  imported: 0,
  duplicatesInFile: 0,
  duplicatesExisting: 0,
  invalid: 0,
  skippedDnc: 0,
  cleaned: 0,
};

export function countIssue(counts: ImportCounts, kind: IssueKind): void {
  if (kind === 'invalid') counts.invalid++;
  else if (kind === 'duplicateInFile') counts.duplicatesInFile++;
  else if (kind === 'duplicateExisting') counts.duplicatesExisting++;
  else counts.skippedDnc++;
}

export type ReportLabels = {
  row: string;
  result: string;
  detail: string;
  /** The result column for an issue (e.g. "Invalid", "Duplicate in file"). */
  kind: (kind: IssueKind) => string;
  /** The detail column: the reason in words, with the value and the first row where useful. */
  describe: (issue: ImportIssue) => string;
};

/**
 * The report as CSV: row, result and detail first, then the row's own columns under the file's
 * header, so the rows to fix open in a spreadsheet next to their reasons.
 */
export function reportCsv(
  issues: readonly ImportIssue[],
  fileHeader: readonly string[] | null,
  labels: ReportLabels,
): string {
  let width = fileHeader?.length ?? 0;
  for (const issue of issues) width = Math.max(width, issue.cells.length);
  const header = [
    labels.row,
    labels.result,
    labels.detail,
    ...Array.from({ length: width }, (_, i) => fileHeader?.[i] ?? ''),
  ];
  const rows: CsvCell[][] = [...issues]
    .sort((a, b) => a.row - b.row)
    .map((issue) => [issue.row, labels.kind(issue.kind), labels.describe(issue), ...issue.cells]);
  return toCsv(header, rows);
}
