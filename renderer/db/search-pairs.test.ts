// Schema v15: a desk with leads from before gives them their word pairs in the background
// (search-pairs.ts), and search relies on the pairs only once every lead has them.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import type { LeadId, UserId } from '../../shared/domain/ids';
import type { Lead } from '../../shared/domain/lead';
import { searchTokens } from '../../shared/domain/search-key';
import { testLead } from '../../shared/domain/testing/lead';
import { searchLeads } from './leads-repo';
import {
  createDeskDatabase,
  SCHEMAS,
  SEARCH_PAIRS_PENDING_KEY,
  searchKeysOf,
  toStoredLead,
  type DeskDatabase,
  type StoredLead,
} from './schema';
import { keepSearchPairs, keepSearchPairsStep, searchPairsKept } from './search-pairs';

let db: DeskDatabase | undefined;
afterEach(async () => {
  if (db) await db.delete();
  db = undefined;
});

/** A lead as a v14 desk stored it: its words and its name's side-by-side pairs only. */
function v14Lead(id: string, name: string, company = ''): StoredLead {
  const lead: Lead = testLead(id, { name, company, ownerId: 'u1' as UserId, country: 'TR' });
  const words = searchTokens(name);
  const sideBySide = words.slice(1).map((w, i) => `${words[i]} ${w}`);
  return {
    ...toStoredLead(lead),
    searchKeys: [...searchTokens(name, company), ...sideBySide],
  };
}

async function v14Desk(name: string, leads: StoredLead[]): Promise<void> {
  const v14 = new Dexie(name);
  SCHEMAS.slice(0, 14).forEach((schema, i) => v14.version(i + 1).stores(schema));
  await v14.open();
  await v14.table('leads').bulkPut(leads);
  v14.close();
}

describe('search word pairs on a desk from before v15', () => {
  it('notes the older leads, gives them their pairs a step at a time, then lets search rely on them', async () => {
    const name = `pairs-${Math.random()}`;
    const leads = [
      v14Lead('a', 'Ahmed Ali Hassan'),
      v14Lead('b', 'Ayşe Kaya', 'Kaya Gıda Ltd'),
      v14Lead('c', 'Omar Nasser'),
      ...Array.from({ length: 7 }, (_, i) => v14Lead(`d${i}`, `Leyla Demir Öztürk ${i}`)),
    ];
    await v14Desk(name, leads);

    db = createDeskDatabase(name);
    await db.open();
    // Nothing rewritten by the upgrade itself: the leads wait for the background work.
    expect((await db.meta.get(SEARCH_PAIRS_PENDING_KEY))?.value).toBe('');
    expect((await db.leads.get('a' as LeadId))?.searchKeys).not.toContain('ahmed  hassan');
    expect(await searchPairsKept(db)).toBe(false);
    // Search still finds words apart the way it did (checking the leads one by one).
    expect((await searchLeads(db, 'ahmed hassan')).map((l) => l.id)).toEqual(['a']);

    // A lead written meanwhile gets its pairs with the write, whatever the note says.
    const renamed = { ...(await db.leads.get('c' as LeadId))!, name: 'Omar Faruk Nasser' };
    await db.leads.put(toStoredLead({ ...renamed, searchKeys: searchTokens(renamed.name) }));

    let steps = 1;
    while (!(await keepSearchPairsStep(db, 3))) steps++;
    expect(steps).toBe(4); // 10 leads, 3 a step: the fourth finds fewer than 3 and ends
    expect(await db.meta.get(SEARCH_PAIRS_PENDING_KEY)).toBeUndefined();
    expect(await searchPairsKept(db)).toBe(true);
    for (const lead of await db.leads.toArray()) {
      expect(new Set(lead.searchKeys), lead.id).toEqual(new Set(searchKeysOf(lead)));
    }
    expect((await db.leads.get('a' as LeadId))?.searchKeys).toContain('ahmed  hassan');
    expect((await db.leads.get('b' as LeadId))?.searchKeys).toEqual(
      expect.arrayContaining(['kaya gida', 'kaya  ltd', 'gida ltd']),
    );
    expect((await db.leads.get('c' as LeadId))?.searchKeys).toEqual(
      expect.arrayContaining(['omar faruk', 'omar  nasser', 'faruk nasser']),
    );
    // The lead count did not move: the keys changed, not the leads.
    expect(await db.leads.count()).toBe(10);
    expect((await searchLeads(db, 'kaya ltd')).map((l) => l.id)).toEqual(['b']);
  });

  it('carries on from its note after the desk closes half-way', async () => {
    const name = `pairs-${Math.random()}`;
    await v14Desk(
      name,
      Array.from({ length: 5 }, (_, i) => v14Lead(`l${i}`, `Mehmet Can Yılmaz ${i}`)),
    );
    db = createDeskDatabase(name);
    expect(await keepSearchPairsStep(db, 2)).toBe(false);
    expect((await db.meta.get(SEARCH_PAIRS_PENDING_KEY))?.value).toBe('l1');
    db.close();

    db = createDeskDatabase(name);
    const waits: number[] = [];
    await keepSearchPairs(db, { wait: async (ms) => void waits.push(ms), startDelayMs: 0 });
    expect(await db.meta.get(SEARCH_PAIRS_PENDING_KEY)).toBeUndefined();
    // One step was left (l2–l4, fewer than a step's 100): the only wait is the start's.
    expect(waits).toEqual([0]);
    const keys = (await db.leads.toArray()).map((l) => l.searchKeys);
    expect(keys.every((k) => k.includes('mehmet  yilmaz'))).toBe(true);
  });

  it('has nothing to do on a new desk or an empty one, and stops quietly when the desk closes', async () => {
    db = createDeskDatabase(`pairs-${Math.random()}`);
    await db.open();
    expect(await db.meta.get(SEARCH_PAIRS_PENDING_KEY)).toBeUndefined();
    expect(await searchPairsKept(db)).toBe(true);

    const name = `pairs-${Math.random()}`;
    await v14Desk(name, [v14Lead('x', 'Ali Veli Kaya')]);
    const closing = createDeskDatabase(name);
    await closing.open();
    closing.close();
    // The desk signed out before the work began: no error, and the note stays for next time.
    await expect(
      keepSearchPairs(closing, { wait: async () => undefined, startDelayMs: 0 }),
    ).resolves.toBeUndefined();
    const reopened = createDeskDatabase(name);
    expect((await reopened.meta.get(SEARCH_PAIRS_PENDING_KEY))?.value).toBe('');
    await reopened.delete();
  });
});
