// Reading an imported file: the preview (detected encoding and delimiter, header, first rows)
// and the full read, decoded and parsed piece by piece so a large file never becomes one string.
import {
  CsvParser,
  isBlankRecord,
  sniffDelimiter,
  type CsvRecord,
  type Delimiter,
} from './csv-parser';
import { createDecoder, detectEncoding, type ImportEncoding } from './encoding';

export type FileFormat = {
  encoding: ImportEncoding;
  delimiter: Delimiter;
  /** The first non-blank record names the columns. */
  hasHeader: boolean;
};

export type FilePreview = FileFormat & {
  /** Column names: the header's cells, or "1", "2", … without a header. */
  header: string[];
  /** Whether the header row came from the file (false: numbered columns). */
  rows: CsvRecord[];
  columns: number;
};

/** How many bytes the preview reads from the start of the file. */
export const PREVIEW_BYTES = 256 * 1024;

/**
 * The preview of a file from its first bytes. Encoding and delimiter are detected unless given
 * (the user overrode them); `prefer` breaks an Arabic/Turkish code-page tie.
 */
export function previewFile(
  sample: Uint8Array,
  chosen: Partial<FileFormat> = {},
  prefer?: 'windows-1256' | 'windows-1254',
  maxRows = 20,
): FilePreview {
  const encoding = chosen.encoding ?? detectEncoding(sample, prefer).encoding;
  const text = createDecoder(encoding).decode(sample, { stream: true });
  const delimiter = chosen.delimiter ?? sniffDelimiter(text);
  const hasHeader = chosen.hasHeader ?? true;
  const parser = new CsvParser(delimiter);
  let records = parser.push(text);
  // The sample may end inside a record: drop the unfinished tail unless that was the whole file.
  if (sample.length < PREVIEW_BYTES) records = [...records, ...parser.end()];
  records = records.filter((r) => !isBlankRecord(r.cells));
  const first = hasHeader ? records.shift() : undefined;
  const header = first ? first.cells.map((c) => c.trim()) : [];
  const rows = records.slice(0, maxRows);
  let columns = header.length;
  for (const r of rows) columns = Math.max(columns, r.cells.length);
  while (header.length < columns) header.push(hasHeader ? '' : String(header.length + 1));
  return { encoding, delimiter, hasHeader, header, rows, columns };
}

export type RecordBatch = {
  /** Data records (blank lines and the header left out). */
  records: CsvRecord[];
  /** Bytes of the file consumed so far. */
  bytesRead: number;
};

/**
 * Reads the whole file in batches of about `batchRows` data records: decoded `chunkBytes` at a
 * time (a character split between chunks is kept whole), the header record skipped.
 */
export function* readRecords(
  bytes: Uint8Array,
  format: FileFormat,
  batchRows = 1000,
  chunkBytes = 1 << 20,
): Generator<RecordBatch> {
  const decoder = createDecoder(format.encoding);
  const parser = new CsvParser(format.delimiter);
  let headerPending = format.hasHeader;
  let pending: CsvRecord[] = [];
  const take = (records: CsvRecord[]) => {
    for (const r of records) {
      if (isBlankRecord(r.cells)) continue;
      if (headerPending) {
        headerPending = false;
        continue;
      }
      pending.push(r);
    }
  };
  for (let offset = 0; offset < bytes.length; offset += chunkBytes) {
    const end = Math.min(bytes.length, offset + chunkBytes);
    const text = decoder.decode(bytes.subarray(offset, end), { stream: end < bytes.length });
    // Parse in slices so a batch is handed on soon, not after a whole megabyte.
    const step = Math.max(4096, Math.floor(text.length / 16));
    for (let i = 0; i < text.length; i += step) {
      take(parser.push(text.slice(i, i + step)));
      while (pending.length >= batchRows) {
        yield { records: pending.slice(0, batchRows), bytesRead: end };
        pending = pending.slice(batchRows);
      }
    }
  }
  take(parser.end());
  while (pending.length > 0) {
    yield { records: pending.slice(0, batchRows), bytesRead: bytes.length };
    pending = pending.slice(batchRows);
  }
}
