// The do-not-call list on the desk: internal entries a supervisor adds and removes, and the
// national registry file that replaces its previous version. Every change flags (or frees) the
// leads reachable on those numbers in the SAME transaction, so a blocked lead leaves every dial
// queue at once, and writes putDnc / removeDnc outbox entries for the sync server.
import type { CountryCode } from 'libphonenumber-js';
import { LEADS_PER_ENTRY, chunk } from '../../shared/domain/assignment';
import {
  askedNotToBeCalled,
  checkFileDate,
  leadNumbers,
  planNationalImport,
  toE164,
  type FileDateError,
} from '../../shared/domain/dnc';
import type { UserId } from '../../shared/domain/ids';
import {
  DNC_NOTE_MAX,
  type DncEntry,
  type DncSource,
  type NationalDncFile,
} from '../../shared/domain/targets';
import type { Effects, LeadEffect, MutationName } from '../../shared/sync/protocol';
import { addToOutbox } from './outbox';
import { toStoredLead, type DeskDatabase, type StoredLead } from './schema';

/** Meta key of the national file last imported (NationalDncFile). */
export const NATIONAL_FILE_KEY = 'dncNationalFile';
/** Meta key of numbers in the national file that are held as internal entries. */
export const NATIONAL_SHADOWED_KEY = 'dncNationalShadowed';
/** Most numbers one outbox entry carries (shared/sync/protocol.ts effects.dnc). */
export const NUMBERS_PER_ENTRY = 10_000;

export type DncError =
  'phoneInvalid' | 'alreadyListed' | 'noteTooLong' | 'notListed' | 'fileEmpty' | FileDateError;

export type DncOptions = { by: UserId; now?: number };

const dncTables = (db: DeskDatabase) => [db.dnc, db.leads, db.activities, db.outbox, db.meta];

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

async function shadowed(db: DeskDatabase): Promise<Set<string>> {
  const row = await db.meta.get(NATIONAL_SHADOWED_KEY);
  return new Set(Array.isArray(row?.value) ? (row.value as string[]) : []);
}

export async function nationalFile(db: DeskDatabase): Promise<NationalDncFile | null> {
  return ((await db.meta.get(NATIONAL_FILE_KEY))?.value as NationalDncFile | undefined) ?? null;
}

/** Blocks the leads on these numbers; returns the lead effects for the outbox. */
async function flagLeads(
  db: DeskDatabase,
  numbers: readonly string[],
  now: number,
): Promise<LeadEffect[]> {
  const effects: LeadEffect[] = [];
  for (const part of chunk(numbers, NUMBERS_PER_ENTRY)) {
    const leads = (await leadsWithNumbers(db, part)).filter((l) => !l.doNotCall);
    await db.leads.bulkPut(
      leads.map((l) => toStoredLead({ ...l, doNotCall: true, updatedAt: now })),
    );
    for (const l of leads) effects.push({ id: l.id, patch: { doNotCall: true, updatedAt: now } });
  }
  return effects;
}

/**
 * Frees the leads on numbers that left the list, unless another of their numbers is still
 * listed or the lead itself asked not to be called. Call after the list rows are written.
 */
async function clearLeads(
  db: DeskDatabase,
  numbers: readonly string[],
  now: number,
): Promise<LeadEffect[]> {
  const effects: LeadEffect[] = [];
  for (const part of chunk(numbers, NUMBERS_PER_ENTRY)) {
    const leads = (await leadsWithNumbers(db, part)).filter((l) => l.doNotCall);
    const freed: StoredLead[] = [];
    for (const l of leads) {
      const listed = await db.dnc.bulkGet(leadNumbers(l));
      if (listed.some(Boolean)) continue;
      const history = await db.activities.where('leadId').equals(l.id).toArray();
      if (askedNotToBeCalled(l, history)) continue;
      freed.push(toStoredLead({ ...l, doNotCall: false, updatedAt: now }));
      effects.push({ id: l.id, patch: { doNotCall: false, updatedAt: now } });
    }
    await db.leads.bulkPut(freed);
  }
  return effects;
}

/** Writes the list change and its lead effects as outbox entries within the protocol's limits. */
async function record(
  db: DeskDatabase,
  name: MutationName,
  args: Record<string, unknown>,
  dnc: NonNullable<Effects['dnc']>,
  leads: LeadEffect[],
  now: number,
): Promise<number> {
  const leadParts = chunk(leads, LEADS_PER_ENTRY);
  await addToOutbox(db, name, args, { dnc, ...(leadParts[0] ? { leads: leadParts[0] } : {}) }, now);
  for (const part of leadParts.slice(1)) await addToOutbox(db, name, args, { leads: part }, now);
  return Math.max(1, leadParts.length);
}

export type AddDncInput = { phone: string; note: string; defaultCountry?: CountryCode };
export type AddDncResult =
  { ok: true; entry: DncEntry; flagged: number } | { ok: false; error: DncError };

/** Puts a number on the internal list with a note; its leads leave every dial queue. */
export async function addInternalDnc(
  db: DeskDatabase,
  input: AddDncInput,
  options: DncOptions,
): Promise<AddDncResult> {
  const phoneE164 = toE164(input.phone, input.defaultCountry);
  if (!phoneE164) return { ok: false, error: 'phoneInvalid' };
  const note = input.note.trim();
  if (note.length > DNC_NOTE_MAX) return { ok: false, error: 'noteTooLong' };
  const now = options.now ?? Date.now();
  return db.transaction('rw', dncTables(db), async () => {
    const existing = await db.dnc.get(phoneE164);
    if (existing?.source === 'internal') return { ok: false, error: 'alreadyListed' } as const;
    const entry: DncEntry = {
      phoneE164,
      source: 'internal',
      addedAt: now,
      addedBy: options.by,
      note,
    };
    await db.dnc.put(entry);
    if (existing?.source === 'national') {
      // The internal entry (with its note) wins; the number stays national underneath.
      const s = await shadowed(db);
      s.add(phoneE164);
      await db.meta.put({ key: NATIONAL_SHADOWED_KEY, value: [...s] });
    }
    const leads = await flagLeads(db, [phoneE164], now);
    await record(
      db,
      'putDnc',
      { phoneE164, source: 'internal', note, by: options.by, at: now },
      { put: [entry] },
      leads,
      now,
    );
    return { ok: true, entry, flagged: leads.length } as const;
  });
}

export type RemoveDncResult =
  { ok: true; cleared: number; stillNational: boolean } | { ok: false; error: DncError };

/**
 * Takes a number off the internal list. Its leads may be called again, unless the number is on
 * the national list too (then it stays blocked as a national entry) or the lead asked itself.
 */
export async function removeInternalDnc(
  db: DeskDatabase,
  phoneE164: string,
  options: DncOptions,
): Promise<RemoveDncResult> {
  const now = options.now ?? Date.now();
  return db.transaction('rw', dncTables(db), async () => {
    const existing = await db.dnc.get(phoneE164);
    if (existing?.source !== 'internal') return { ok: false, error: 'notListed' } as const;
    const args = { phoneE164, source: 'internal', by: options.by, at: now };
    const s = await shadowed(db);
    if (s.has(phoneE164)) {
      const file = await nationalFile(db);
      const national: DncEntry = {
        phoneE164,
        source: 'national',
        addedAt: file?.importedAt ?? now,
        addedBy: null,
        note: '',
      };
      s.delete(phoneE164);
      await db.meta.put({ key: NATIONAL_SHADOWED_KEY, value: [...s] });
      await db.dnc.put(national);
      await record(db, 'removeDnc', args, { put: [national] }, [], now);
      return { ok: true, cleared: 0, stillNational: true } as const;
    }
    await db.dnc.delete(phoneE164);
    const leads = await clearLeads(db, [phoneE164], now);
    await record(db, 'removeDnc', args, { remove: [phoneE164] }, leads, now);
    return { ok: true, cleared: leads.length, stillNational: false } as const;
  });
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
 * Replaces the previous national file with this one: numbers no longer in it leave the list,
 * new ones join it, the leads on them are flagged or freed, in one transaction (all or nothing).
 */
export async function importNationalDnc(
  db: DeskDatabase,
  input: NationalImportInput,
  options: DncOptions & { onProgress?: (done: number, total: number) => void },
): Promise<NationalImportResult> {
  const now = options.now ?? Date.now();
  const dateError = checkFileDate(input.fileDate, now);
  if (dateError) return { ok: false, error: dateError };
  if (input.numbers.length === 0) return { ok: false, error: 'fileEmpty' };
  const fileDate = input.fileDate as number;
  return db.transaction('rw', dncTables(db), async () => {
    const [national, internal] = await Promise.all(
      (['national', 'internal'] as DncSource[]).map((s) =>
        db.dnc.where('source').equals(s).primaryKeys(),
      ),
    );
    const plan = planNationalImport(input.numbers, new Set(national), new Set(internal));
    const file: NationalDncFile = {
      fileName: input.fileName,
      fileDate,
      importedAt: now,
      count: plan.add.length + plan.kept + plan.shadowed.length,
    };
    const args = { source: 'national', fileName: file.fileName, fileDate, by: options.by, at: now };
    const total = plan.add.length + plan.remove.length;
    let done = 0;
    const step = (n: number) => {
      done += n;
      options.onProgress?.(done, total);
    };

    for (const part of chunk(plan.remove, NUMBERS_PER_ENTRY)) {
      await db.dnc.bulkDelete(part);
      await addToOutbox(db, 'removeDnc', args, { dnc: { remove: part } }, now);
      step(part.length);
    }
    for (const part of chunk(plan.add, NUMBERS_PER_ENTRY)) {
      const entries: DncEntry[] = part.map((phoneE164) => ({
        phoneE164,
        source: 'national',
        addedAt: now,
        addedBy: options.by,
        note: '',
      }));
      await db.dnc.bulkPut(entries);
      await addToOutbox(db, 'putDnc', args, { dnc: { put: entries } }, now);
      step(part.length);
    }
    await db.meta.put({ key: NATIONAL_FILE_KEY, value: file });
    await db.meta.put({ key: NATIONAL_SHADOWED_KEY, value: plan.shadowed });

    const flagged = await flagLeads(db, plan.add, now);
    for (const part of chunk(flagged, LEADS_PER_ENTRY))
      await addToOutbox(db, 'putDnc', args, { leads: part }, now);
    const cleared = await clearLeads(db, plan.remove, now);
    for (const part of chunk(cleared, LEADS_PER_ENTRY))
      await addToOutbox(db, 'removeDnc', args, { leads: part }, now);

    return {
      ok: true,
      file,
      added: plan.add.length,
      removed: plan.remove.length,
      kept: plan.kept,
      shadowed: plan.shadowed.length,
      flagged: flagged.length,
      cleared: cleared.length,
    } as const;
  });
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
