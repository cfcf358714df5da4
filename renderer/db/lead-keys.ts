// A lead's identity keys apart from its dialling state (issue 18, schema v11). The name words,
// name pairs, phones and e-mail a search or a number look-up reads change rarely (an edit of the
// contact); the stage, owner, queue keys and next call change on every call. Kept on the lead
// row they made every call rewrite ~25 index entries; in the `leadKeys` store (one row per lead,
// same id) they are written only when they change. The tallies middleware (tallies.ts), which
// already reads the row a write replaces, keeps this store in the same transaction as every lead
// write, so no writer has to know it exists; readers ask it for ids and read the leads by id.
import { Dexie } from 'dexie';
import type { Lead } from '../../shared/domain/lead';
import { searchPairs } from '../../shared/domain/search-key';
import type { DeskDatabase, StoredLead } from './schema';

export const LEAD_KEYS = 'leadKeys';

/** The indexed identity of one lead: what number, e-mail and name searches read. */
export type LeadKeyRow = {
  id: string;
  phoneE164: string | null;
  email: string | null;
  phones: string[];
  /** The lead's search words and its name's neighbouring word pairs (searchLeads). */
  searchKeys: string[];
};

type Keyed = Pick<Lead, 'id' | 'phoneE164' | 'email' | 'phones' | 'searchKeys' | 'name'>;

/** The key row of a lead as written. */
export function leadKeyRow(lead: Keyed): LeadKeyRow {
  return {
    id: lead.id,
    phoneE164: lead.phoneE164 ?? null,
    email: lead.email ?? null,
    phones: [...(lead.phones ?? [])],
    searchKeys: [...new Set([...(lead.searchKeys ?? []), ...searchPairs(lead.name)])],
  };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether two key rows index the same: a write that keeps them needs no key write. */
export function sameKeys(a: LeadKeyRow, b: LeadKeyRow): boolean {
  return (
    a.phoneE164 === b.phoneE164 &&
    a.email === b.email &&
    sameList(a.phones, b.phones) &&
    sameList(a.searchKeys, b.searchKeys)
  );
}

/** Leads in the order of `ids` (each once; ids no longer stored are left out). */
export async function leadsByIds(
  db: DeskDatabase,
  ids: readonly string[],
): Promise<StoredLead[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = await db.leads.bulkGet(unique as StoredLead['id'][]);
  return rows.filter((l): l is StoredLead => l !== undefined);
}

/**
 * Ids of the leads with one of `numbers` as main phone, then those with it as an extra phone
 * (each once). Read inside any transaction that holds `leadKeys`.
 */
export async function idsWithNumbers(
  db: DeskDatabase,
  numbers: readonly string[],
): Promise<{ main: string[]; extra: string[] }> {
  if (numbers.length === 0) return { main: [], extra: [] };
  const [main, extra] = await Dexie.Promise.all([
    db.leadKeys.where('phoneE164').anyOf([...numbers]).primaryKeys(),
    db.leadKeys.where('phones').anyOf([...numbers]).primaryKeys(),
  ]);
  return { main: main as string[], extra: extra as string[] };
}

/** Leads with one of `numbers` as main or extra phone, main-phone holders first, each once. */
export async function leadsWithNumbersIn(
  db: DeskDatabase,
  numbers: readonly string[],
): Promise<StoredLead[]> {
  const { main, extra } = await idsWithNumbers(db, numbers);
  return leadsByIds(db, [...main, ...extra]);
}

/** Builds the store from the leads on the desk, a batch at a time (the v11 upgrade). */
export async function buildLeadKeys(
  tx: { table(name: string): Dexie.Table },
  batch = 5000,
): Promise<number> {
  const leads = tx.table('leads');
  const keys = tx.table(LEAD_KEYS);
  await keys.clear();
  let last: string | null = null;
  let count = 0;
  for (;;) {
    const rows = (await (last === null ? leads.orderBy(':id') : leads.where(':id').above(last))
      .limit(batch)
      .toArray()) as StoredLead[];
    if (rows.length === 0) break;
    last = rows[rows.length - 1]?.id ?? null;
    count += rows.length;
    await keys.bulkPut(rows.map(leadKeyRow));
    if (rows.length < batch) break;
  }
  return count;
}
