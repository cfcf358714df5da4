// Do-not-call rules: numbers normalised to E.164, the national registry file read line by line
// (one number a line, or CSV with a phone column; any size, fed in chunks), how a new national
// file replaces the old one, and when a lead may be called again after a number leaves the list.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { Activity, Lead } from './lead';

/** A typed or imported number in E.164, or null when it cannot be a real number. */
export function toE164(raw: string, defaultCountry?: CountryCode): string | null {
  const text = raw.trim();
  if (!text || text.length > 40) return null;
  const parsed = parsePhoneNumberFromString(text, defaultCountry);
  return parsed?.isValid() ? parsed.number : null;
}

// Head-office timezone → the country whose national numbers (0532…, 05…) it dials by default.
const COUNTRY_OF_ZONE: Record<string, CountryCode> = {
  'Asia/Riyadh': 'SA',
  'Asia/Dubai': 'AE',
  'Asia/Kuwait': 'KW',
  'Asia/Qatar': 'QA',
  'Asia/Bahrain': 'BH',
  'Asia/Muscat': 'OM',
  'Asia/Amman': 'JO',
  'Asia/Baghdad': 'IQ',
  'Asia/Beirut': 'LB',
  'Africa/Cairo': 'EG',
  'Africa/Casablanca': 'MA',
  'Africa/Algiers': 'DZ',
  'Africa/Tunis': 'TN',
  'Europe/Istanbul': 'TR',
  'Europe/London': 'GB',
  'Europe/Berlin': 'DE',
  'Europe/Paris': 'FR',
  'Europe/Moscow': 'RU',
  'America/New_York': 'US',
  'America/Chicago': 'US',
  'America/Denver': 'US',
  'America/Los_Angeles': 'US',
};

/** The organisation's default country for numbers written without a country code. */
export function countryForTimezone(timeZone: string | null | undefined): CountryCode | undefined {
  return timeZone ? COUNTRY_OF_ZONE[timeZone] : undefined;
}

/** Every number a lead can be reached on. */
export function leadNumbers(lead: Pick<Lead, 'phoneE164' | 'phones'>): string[] {
  return [...new Set([...(lead.phoneE164 ? [lead.phoneE164] : []), ...lead.phones])];
}

/** A call whose outcome was "do not call": the lead itself asked. */
export function isDoNotCallRequest(a: Pick<Activity, 'type' | 'disposition'>): boolean {
  return a.type === 'call' && a.disposition === 'doNotCall';
}

/**
 * Whether the lead itself asked not to be called (lost for that reason, or a "do not call" call
 * outcome in its history): then taking its number off the list must not make it callable again.
 */
export function askedNotToBeCalled(lead: Pick<Lead, 'lostReason'>, askedOnACall: boolean): boolean {
  return lead.lostReason === 'doNotCall' || askedOnACall;
}

// ---------------------------------------------------------------------------------------------
// The national registry file

const HEADER_WORD =
  /phone|tel|mobile|gsm|msisdn|number|numara|numarası|cep|هاتف|جوال|رقم|الهاتف|номер|телефон/i;
const DELIMITERS = [',', ';', '\t', '|'] as const;

export type DncFileResult = {
  /** Valid numbers in E.164, each once, in file order. */
  numbers: string[];
  /** Non-empty lines read (the header included). */
  lines: number;
  invalid: number;
  duplicates: number;
  /** The first few lines that held no valid number (1-based line number and text). */
  invalidSamples: { line: number; text: string }[];
  /** Whether the file was read as CSV (and the column the numbers came from). */
  column: number | null;
};

/** Splits one CSV line on its delimiter, honouring double quotes. */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells.map((s) => s.trim());
}

function detectDelimiter(line: string): string | null {
  let best: string | null = null;
  let most = 0;
  for (const d of DELIMITERS) {
    const n = line.split(d).length - 1;
    if (n > most) {
      most = n;
      best = d;
    }
  }
  return best;
}

/**
 * Reads a do-not-call file fed in pieces (`push` each chunk of text as it is read, then `end`).
 * A plain file holds one number a line; a delimited one is CSV whose phone column is found by
 * its header ("phone", "telefon", "رقم الهاتف", …) or, without a header, by the first cell that
 * is a phone number. Numbers without a country code are read in `defaultCountry`.
 */
export function createDncFileReader(defaultCountry?: CountryCode) {
  const seen = new Set<string>();
  const result: Omit<DncFileResult, 'numbers'> = {
    lines: 0,
    invalid: 0,
    duplicates: 0,
    invalidSamples: [],
    column: null,
  };
  let carry = '';
  let lineNo = 0;
  let first = true;
  let delimiter: string | null = null;
  let column: number | null = null;

  const invalid = (text: string) => {
    result.invalid++;
    if (result.invalidSamples.length < 5)
      result.invalidSamples.push({ line: lineNo, text: text.slice(0, 80) });
  };
  const accept = (e164: string) => {
    if (seen.has(e164)) result.duplicates++;
    else seen.add(e164);
  };

  const readLine = (raw: string) => {
    lineNo++;
    const line = (lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
    if (!line) return;
    result.lines++;
    if (first) {
      first = false;
      delimiter = detectDelimiter(line);
      if (delimiter) {
        const cells = splitCsvLine(line, delimiter);
        const numberAt = cells.findIndex((c) => toE164(c, defaultCountry) !== null);
        if (numberAt < 0) {
          // A header row: the phone column is named, or found on the first data row.
          const named = cells.findIndex((c) => HEADER_WORD.test(c));
          column = named >= 0 ? named : null;
          return;
        }
        column = numberAt;
      } else if (toE164(line, defaultCountry) === null && /\p{L}/u.test(line)) {
        return; // a one-word header such as "phone"
      }
    }
    let cell = line;
    if (delimiter) {
      const cells = splitCsvLine(line, delimiter);
      if (column === null) {
        const at = cells.findIndex((c) => toE164(c, defaultCountry) !== null);
        if (at < 0) return invalid(line);
        column = at;
      }
      cell = cells[column] ?? '';
    }
    const e164 = toE164(cell, defaultCountry);
    if (e164) accept(e164);
    else invalid(line);
  };

  return {
    push(text: string): void {
      const parts = (carry + text).split(/\r\n|\n|\r/);
      carry = parts.pop() ?? '';
      for (const p of parts) readLine(p);
    },
    end(): DncFileResult {
      if (carry) readLine(carry);
      carry = '';
      return { ...result, column: delimiter ? column : null, numbers: [...seen] };
    },
  };
}

/** Reads a whole do-not-call file held in memory (tests, small files). */
export function parseDncFile(text: string, defaultCountry?: CountryCode): DncFileResult {
  const reader = createDncFileReader(defaultCountry);
  reader.push(text);
  return reader.end();
}

export type NationalImportPlan = {
  /** Numbers new to the national file: stored as national entries, or marked on internal ones. */
  add: string[];
  /** Numbers of the previous national file that this one no longer has. */
  remove: string[];
  /** Numbers in the file that are on the internal list too (their internal entry and note stay). */
  shadowed: number;
  /** Numbers in both the previous and this file. */
  kept: number;
};

/**
 * How a new national file replaces the previous one: only the difference is written, so
 * re-importing a monthly file that barely changed costs little. An internal entry for a number
 * of the file stays (with its note) and is marked as national too, so removing it later leaves
 * the number blocked.
 */
export function planNationalImport(
  incoming: readonly string[],
  current: { national: ReadonlySet<string>; internal: ReadonlyMap<string, boolean> },
): NationalImportPlan {
  const previous = new Set(current.national);
  for (const [n, national] of current.internal) if (national) previous.add(n);
  const add: string[] = [];
  const inFile = new Set<string>();
  let kept = 0;
  let shadowed = 0;
  for (const n of incoming) {
    if (inFile.has(n)) continue;
    inFile.add(n);
    if (current.internal.has(n)) shadowed++;
    if (previous.has(n)) kept++;
    else add.push(n);
  }
  const remove = [...previous].filter((n) => !inFile.has(n));
  return { add, remove, shadowed, kept };
}

/** A date typed as YYYY-MM-DD, as epoch ms at midnight UTC; null when it is not a real date. */
export function parseIsoDate(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = Date.UTC(y, mo - 1, d);
  const back = new Date(at);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d
    ? at
    : null;
}

export type FileDateError = 'fileDateMissing' | 'fileDateInFuture';

/** The registry's publication date must be given and cannot be later than today. */
export function checkFileDate(fileDate: number | null, now: number): FileDateError | null {
  if (fileDate === null) return 'fileDateMissing';
  // A day's grace: "today" in Riyadh may still be yesterday in UTC.
  if (fileDate > now + 86_400_000) return 'fileDateInFuture';
  return null;
}
