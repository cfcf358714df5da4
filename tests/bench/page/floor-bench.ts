// The desk's write floor (issue 18), in the bench page: the same lead rows the desk stores, put
// with a raw Dexie `bulkPut` into a store with four plain indexes — id, owner, phone and a queue
// key — in this Chromium profile's on-disk IndexedDB with strict durability, one transaction per
// page as the desk applies pulled pages. What a desk write costs with nothing of the app's own:
// every desk write rate is reported beside it, as a ratio, so a busy machine moves both.
import Dexie, { type Table } from 'dexie';
import type { Lead } from '../../../shared/domain/lead';

type FloorRow = Lead & { phone: string | null; queueKey: string };

/** The rows as the floor stores them: the derived keys made before the clock starts. */
function floorRows(page: readonly Lead[]): FloorRow[] {
  return page.map((lead) => ({
    ...lead,
    phone: lead.phoneE164 ?? lead.phones[0] ?? null,
    queueKey: `${lead.stage}|${String(lead.nextCallAt ?? 0).padStart(15, '0')}|${lead.id}`,
  }));
}

type FloorDb = Dexie & { leads: Table<FloorRow, string> };
const floors = new Map<string, FloorDb>();

export const floorBench = {
  /** A fresh, empty floor database `name` (an old one of that name is deleted). */
  async floorOpen(name: string): Promise<void> {
    await Dexie.delete(name);
    const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as FloorDb;
    db.version(1).stores({ leads: 'id, ownerId, phone, queueKey' });
    await db.open();
    floors.set(name, db);
  },
  /** Puts one page of leads in one strict transaction; returns the ms the put took. */
  async floorPut(name: string, page: readonly Lead[]): Promise<number> {
    const db = floors.get(name);
    if (!db) throw new Error(`floor ${name} is not open`);
    const rows = floorRows(page);
    const t0 = performance.now();
    await db.transaction('rw', db.leads, () => db.leads.bulkPut(rows));
    return performance.now() - t0;
  },
  /** Counts what the floor holds, then deletes it. */
  async floorClose(name: string): Promise<number> {
    const db = floors.get(name);
    if (!db) return 0;
    floors.delete(name);
    const rows = await db.leads.count();
    db.close();
    await Dexie.delete(name);
    return rows;
  },
};
