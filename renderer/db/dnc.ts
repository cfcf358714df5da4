// The do-not-call list on the desk: internal entries a supervisor adds and removes, and the
// national registry file that replaces its previous version — all through the putDnc, removeDnc
// and setNationalDncFile verbs, which flag (or free) the leads on those numbers in the same
// transaction, so a blocked lead leaves every dial queue at once. Searching the list is here too.
import type { CountryCode } from 'libphonenumber-js';
import { chunk } from '../../shared/domain/assignment';
import {
  checkFileDate,
  planNationalImport,
  toE164,
  type FileDateError,
} from '../../shared/domain/dnc';
import {
  nationalDncFileSchema,
  type DncEntry,
  type DncSource,
  type NationalDncFile,
} from '../../shared/domain/targets';
import { NUMBERS_PER_DNC_MUTATION } from '../../shared/mutations/dnc-change';
import { putDnc } from '../../shared/mutations/put-dnc';
import { removeDnc } from '../../shared/mutations/remove-dnc';
import { setNationalDncFile } from '../../shared/mutations/set-national-dnc-file';
import type { VerbErrorCode } from '../../shared/mutations/verb';
import { run, runTogether, VerbRefused, type Desk } from './run';
import type { DeskDatabase, StoredLead } from './schema';

/** Meta key of the national file last imported (the dncNationalFile setting, synced). */
export const NATIONAL_FILE_KEY = 'dncNationalFile';

export type DncError =
  | 'phoneInvalid'
  | 'alreadyListed'
  | 'noteTooLong'
  | 'notListed'
  | 'fileEmpty'
  | FileDateError
  | 'forbidden'
  | 'failed';

/** A verb's refusal as the do-not-call screens explain it. */
function dncError(code: VerbErrorCode): DncError {
  switch (code) {
    case 'phoneInvalid':
    case 'alreadyListed':
    case 'noteTooLong':
    case 'notListed':
    case 'fileDateInFuture':
    case 'forbidden':
      return code;
    default:
      return 'failed';
  }
}

/** Leads reachable on any of these numbers (main or extra phone), each once. */
export async function leadsWithNumbers(
  db: DeskDatabase,
  numbers: readonly string[],
): Promise<StoredLead[]> {
  if (numbers.length === 0) return [];
  const [main, extra] = await Promise.all([
    db.leads.where('phoneE164').anyOf(numbers).toArray(),
    db.leads.where('phones').anyOf(numbers).toArray(),
  ]);
  const seen = new Set<string>();
  return [...main, ...extra].filter((l) => !seen.has(l.id) && seen.add(l.id));
}

/** The national file the organisation's list holds, as the last sync or import left it. */
export async function nationalFile(db: DeskDatabase): Promise<NationalDncFile | null> {
  const parsed = nationalDncFileSchema.safeParse((await db.meta.get(NATIONAL_FILE_KEY))?.value);
  return parsed.success ? parsed.data : null;
}

export type AddDncInput = { phone: string; note: string; defaultCountry?: CountryCode };
export type AddDncResult =
  { ok: true; entry: DncEntry; flagged: number } | { ok: false; error: DncError };

/** Puts a number on the internal list with a note; its leads leave every dial queue. */
export async function addInternalDnc(desk: Desk, input: AddDncInput): Promise<AddDncResult> {
  const phoneE164 = toE164(input.phone, input.defaultCountry);
  if (!phoneE164) return { ok: false, error: 'phoneInvalid' };
  const r = await run(desk, putDnc, { source: 'internal', phoneE164, note: input.note });
  if (!r.ok) return { ok: false, error: dncError(r.error.code) };
  const entry = r.effects.dnc?.put?.[0];
  if (!entry) return { ok: false, error: 'failed' };
  return { ok: true, entry, flagged: r.result.flagged };
}

export type RemoveDncResult =
  { ok: true; cleared: number; stillNational: boolean } | { ok: false; error: DncError };

/**
 * Takes a number off the internal list. Its leads may be called again, unless the number is on
 * the national list too (then it stays blocked as a national entry) or the lead asked itself.
 */
export async function removeInternalDnc(desk: Desk, phoneE164: string): Promise<RemoveDncResult> {
  const r = await run(desk, removeDnc, { source: 'internal', phoneE164 });
  if (!r.ok) return { ok: false, error: dncError(r.error.code) };
  return { ok: true, ...r.result };
}

export type NationalImportInput = {
  /** Valid E.164 numbers from the file (shared/domain/dnc.ts createDncFileReader). */
  numbers: readonly string[];
  fileName: string;
  /** The registry's publication date, epoch ms at midnight UTC. */
  fileDate: number | null;
};

export type NationalImportResult =
  | {
      ok: true;
      file: NationalDncFile;
      added: number;
      removed: number;
      kept: number;
      /** Already internal entries: those keep their note. */
      shadowed: number;
      flagged: number;
      cleared: number;
    }
  | { ok: false; error: DncError };

/**
 * Replaces the previous national file with this one: numbers no longer in it leave the list, new
 * ones join it, the leads on them are flagged or freed — as putDnc / removeDnc mutations of at
 * most 10,000 numbers and the file's setNationalDncFile, in one transaction (all or nothing).
 */
export async function importNationalDnc(
  desk: Desk,
  input: NationalImportInput,
  options: { onProgress?: (done: number, total: number) => void } = {},
): Promise<NationalImportResult> {
  const { db } = desk;
  const now = (desk.now ?? Date.now)();
  const dateError = checkFileDate(input.fileDate, now);
  if (dateError) return { ok: false, error: dateError };
  if (input.numbers.length === 0) return { ok: false, error: 'fileEmpty' };
  const fileDate = input.fileDate as number;
  try {
    return await runTogether(desk, async (runVerb) => {
      const [national, internal] = await Promise.all([
        db.dnc.where('source').equals('national').primaryKeys(),
        db.dnc.where('source').equals('internal').toArray(),
      ]);
      const plan = planNationalImport(input.numbers, {
        national: new Set(national),
        internal: new Map(internal.map((e) => [e.phoneE164, e.national === true])),
      });
      const total = plan.add.length + plan.remove.length;
      let done = 0;
      let flagged = 0;
      let cleared = 0;
      for (const numbers of chunk(plan.remove, NUMBERS_PER_DNC_MUTATION)) {
        cleared += (await runVerb(removeDnc, { source: 'national', numbers, at: now })).cleared;
        options.onProgress?.((done += numbers.length), total);
      }
      for (const numbers of chunk(plan.add, NUMBERS_PER_DNC_MUTATION)) {
        flagged += (await runVerb(putDnc, { source: 'national', numbers, at: now })).flagged;
        options.onProgress?.((done += numbers.length), total);
      }
      const count = plan.add.length + plan.kept;
      await runVerb(setNationalDncFile, { fileName: input.fileName, fileDate, count, at: now });
      const file: NationalDncFile = { fileName: input.fileName, fileDate, importedAt: now, count };
      return {
        ok: true,
        file,
        added: plan.add.length,
        removed: plan.remove.length,
        kept: plan.kept,
        shadowed: plan.shadowed,
        flagged,
        cleared,
      } as const;
    });
  } catch (error) {
    if (error instanceof VerbRefused) return { ok: false, error: dncError(error.error.code) };
    throw error;
  }
}

export type DncQuery = {
  /** Digits of a number, whole or its start, in any spelling; or words of an internal note. */
  text: string;
  source: DncSource | 'all';
  defaultCountry?: CountryCode;
};

/** The number prefix a search text stands for: a whole number normalised, else its digits. */
export function numberPrefix(text: string, defaultCountry?: CountryCode): string | null {
  const whole = toE164(text, defaultCountry);
  if (whole) return whole;
  const digits = text.replace(/\D/g, '');
  return digits ? `+${digits}` : null;
}

/**
 * One page of the list and how many entries match. Internal entries (a few hundred) are read
 * whole, newest first, and also match on their note; national ones are read from the key index.
 */
export async function searchDnc(
  db: DeskDatabase,
  q: DncQuery,
  offset: number,
  limit: number,
): Promise<{ total: number; rows: DncEntry[] }> {
  const text = q.text.trim();
  const prefix = text ? numberPrefix(text, q.defaultCountry) : null;
  if (q.source === 'internal') {
    const needle = text.toLocaleLowerCase();
    const rows = (await db.dnc.where('source').equals('internal').toArray())
      .filter(
        (e) =>
          !text ||
          (prefix !== null && e.phoneE164.startsWith(prefix)) ||
          e.note.toLocaleLowerCase().includes(needle),
      )
      .sort((a, b) => b.addedAt - a.addedAt);
    return { total: rows.length, rows: rows.slice(offset, offset + limit) };
  }
  if (text && !prefix) return { total: 0, rows: [] };
  let coll = prefix ? db.dnc.where('phoneE164').startsWith(prefix) : db.dnc.toCollection();
  if (q.source === 'national') {
    coll = prefix
      ? coll.filter((e) => e.source === 'national')
      : db.dnc.where('source').equals('national');
  }
  const [total, rows] = await Promise.all([
    coll.count(),
    coll.clone().offset(offset).limit(limit).toArray(),
  ]);
  return { total, rows };
}
