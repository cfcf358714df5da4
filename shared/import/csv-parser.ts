// A streaming RFC 4180 CSV parser: text arrives in chunks of any size, records come out whole.
// Quoted fields may hold delimiters, doubled quotes and line breaks; CRLF, LF and lone CR all
// end a record; ragged rows keep the cells they have. Every record carries its number in the
// file (1-based, blank lines counted) so a report can say "row 7" as a spreadsheet shows it.
//
// Why not Papa Parse (it was a dependency, unused; dropped): the import reads bytes, detects the
// encoding itself (BOM, UTF-8, UTF-16 without a mark, Windows-1256 vs -1254 by score: encoding.ts)
// and decodes them with a streaming TextDecoder that keeps a character split between chunks
// whole. Papa streams only a File/Blob in the browser, decoding each slice on its own with
// FileReader.readAsText(slice, encoding) — one fixed encoding named up front, and a multi-byte
// Arabic or Turkish character cut at a slice boundary comes out broken; it has no way to take
// text piece by piece from our decoder. Its `worker: true` starts a worker of its own, while the
// import already runs in ours (import.worker.ts: Dexie writes, progress in bytes, cancel between
// batches). Its step callback gives a character offset, not the record's row; and it reports a
// stray quote inside an unquoted field as an error where this parser keeps it as text, as Excel
// does. What is left for a library to do is these 120 lines, tested with the files users send
// (csv-parser.test.ts, read-file.test.ts, the importer's run-import.test.ts).

export type CsvRecord = { row: number; cells: string[] };

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export class CsvParser {
  private cell = '';
  private cells: string[] = [];
  private inQuotes = false;
  /** A quote just closed a quoted field (or was the first of a doubled pair). */
  private quoteSeen = false;
  /** The last chunk ended with CR: an LF starting the next one belongs to it. */
  private pendingCr = false;
  private row = 0;
  private fieldStarted = false;

  constructor(private readonly delimiter: Delimiter) {}

  /** Parses the next piece of text; returns the records it completed. */
  push(text: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    const d = this.delimiter;
    const n = text.length;
    let i = 0;
    if (this.pendingCr) {
      this.pendingCr = false;
      if (text[0] === '\n') i = 1;
    }
    while (i < n) {
      if (this.inQuotes) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          this.cell += text.slice(i);
          break;
        }
        this.cell += text.slice(i, q);
        i = q + 1;
        this.inQuotes = false;
        this.quoteSeen = true;
        continue;
      }
      const ch = text[i];
      if (this.quoteSeen) {
        this.quoteSeen = false;
        if (ch === '"') {
          // "" inside a quoted field: one quote, and the field goes on.
          this.cell += '"';
          this.inQuotes = true;
          i++;
          continue;
        }
      }
      if (ch === '"' && !this.fieldStarted) {
        this.inQuotes = true;
        this.fieldStarted = true;
        i++;
        continue;
      }
      if (ch === d) {
        this.cells.push(this.cell);
        this.cell = '';
        this.fieldStarted = false;
        i++;
        continue;
      }
      if (ch === '\n' || ch === '\r') {
        out.push(this.endRecord());
        if (ch === '\r') {
          if (i + 1 < n) {
            if (text[i + 1] === '\n') i++;
          } else this.pendingCr = true;
        }
        i++;
        continue;
      }
      // A run of plain characters up to the next delimiter, quote or line end.
      let j = i + 1;
      while (j < n) {
        const c = text[j];
        if (c === d || c === '\n' || c === '\r' || c === '"') break;
        j++;
      }
      // A quote in the middle of an unquoted field is kept as text (lenient, like Excel).
      if (j < n && text[j] === '"') j++;
      this.cell += text.slice(i, j);
      this.fieldStarted = true;
      i = j;
    }
    return out;
  }

  /** Ends the input: returns the last record when the file did not end with a line break. */
  end(): CsvRecord[] {
    this.quoteSeen = false;
    if (this.inQuotes || this.fieldStarted || this.cells.length > 0 || this.cell !== '') {
      this.inQuotes = false;
      return [this.endRecord()];
    }
    return [];
  }

  private endRecord(): CsvRecord {
    this.cells.push(this.cell);
    const record = { row: ++this.row, cells: this.cells };
    this.cells = [];
    this.cell = '';
    this.fieldStarted = false;
    return record;
  }
}

/** Whether a record is a blank line (or only empty cells): skipped, but still counted. */
export function isBlankRecord(cells: readonly string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}

/** Parses a whole text at once (previews and tests). */
export function parseCsv(text: string, delimiter: Delimiter): CsvRecord[] {
  const p = new CsvParser(delimiter);
  return [...p.push(text), ...p.end()];
}

/**
 * The delimiter of a CSV/TSV text from its first lines: the candidate that splits the most
 * records into the same number (>1) of cells, quotes respected.
 */
export function sniffDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 64 * 1024);
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const records = parseCsv(sample, d)
      .slice(0, 50)
      .filter((r) => !isBlankRecord(r.cells));
    // The last record may be cut off by the sample.
    if (records.length > 2 && sample.length < text.length) records.pop();
    if (records.length === 0) continue;
    const counts = new Map<number, number>();
    for (const r of records) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
    let mode = 1;
    let modeCount = 0;
    for (const [width, count] of counts) {
      if (count > modeCount || (count === modeCount && width > mode)) {
        mode = width;
        modeCount = count;
      }
    }
    if (mode < 2) continue;
    // Consistency matters most; wider rows break ties (a comma inside ;-separated text).
    const score = (modeCount / records.length) * 1000 + Math.min(mode, 100);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}
