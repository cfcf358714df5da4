// The `leadWrite` scenario's page half (issue 18): what a call's lead write costs with the
// lead's identity keys on the lead row (phones, e-mail, search words and name pairs indexed there:
// ~25 index entries rewritten by every write) against today's desk (keys in `leadKeys`, written
// only when they change). Both desks hold the same N leads and keep the lead tallies; the same
// calls (stage, touches, next call and the lead's queue keys change; name and numbers do not) go
// to each in turn, one strict transaction per call, so a busy machine slows both alike.
import { Dexie } from 'dexie';
import {
  createDeskDatabase,
  SCHEMA_V11,
  SCHEMAS,
  toStoredLead,
  type StoredLead,
} from '../../../renderer/db/schema';
import { talliesMiddleware } from '../../../renderer/db/tallies';
import { searchPairs } from '../../../shared/domain/search-key';
import type { Lead } from '../../../shared/domain/lead';
import { syntheticLead } from './seed';

const PAGE = 1000;

/** Today's schema with the identity keys indexed on the lead row and no `leadKeys`. */
const { leadKeys: _keys, ...KEYS_ON_ROW } = {
  ...SCHEMA_V11,
  leads: `${SCHEMA_V11.leads}, phoneE164, email, *searchKeys, *phones`,
};

/** A lead with its name pairs among its search keys, as the row-indexed layout stored it. */
function v10Row(lead: Lead): StoredLead {
  const l = toStoredLead(lead);
  return { ...l, searchKeys: [...new Set([...l.searchKeys, ...searchPairs(l.name)])] };
}

/** The call's change to a lead: another stage, one more touch, a new next call. */
function called(lead: StoredLead, r: number): StoredLead {
  const next: Lead = {
    ...lead,
    stage: r % 2 ? 'qualified' : 'lead',
    touches: lead.touches + 1,
    nextCallAt: 1_800_000_000_000 + r * 60_000,
    updatedAt: 1_800_000_000_000 + r,
  };
  return { ...toStoredLead(next), searchKeys: lead.searchKeys };
}

export const leadWriteBench = {
  async leadWrites(count: number, runs: number, agents: number) {
    const oldName = `bench-leadwrite-v10-${count}`;
    const newName = `bench-leadwrite-now-${count}`;
    await Promise.all([Dexie.delete(oldName), Dexie.delete(newName)]);
    const v10 = new Dexie(oldName, { chromeTransactionDurability: 'strict' });
    v10.use(talliesMiddleware);
    SCHEMAS.slice(0, 10).forEach((schema, i) => v10.version(i + 1).stores(schema));
    v10.version(11).stores(KEYS_ON_ROW);
    const now = createDeskDatabase(newName);
    await Promise.all([v10.open(), now.open()]);
    const seed = { v10: 0, now: 0 };
    for (let start = 0; start < count; start += PAGE) {
      const rows: Lead[] = [];
      for (let i = start; i < Math.min(count, start + PAGE); i++)
        rows.push(syntheticLead(i, agents));
      let t0 = performance.now();
      await v10.table('leads').bulkPut(rows.map(v10Row));
      seed.v10 += performance.now() - t0;
      t0 = performance.now();
      await now.leads.bulkPut(rows.map(toStoredLead));
      seed.now += performance.now() - t0;
    }
    const samples = { v10: [] as number[], now: [] as number[] };
    for (let r = 0; r < runs; r++) {
      const id = syntheticLead((r * 104_729) % count, agents).id;
      // Alternate which desk goes first, so neither always meets a warmer cache.
      const order = r % 2 ? (['now', 'v10'] as const) : (['v10', 'now'] as const);
      for (const which of order) {
        const db = which === 'v10' ? v10 : now;
        const table = db.table('leads');
        const t0 = performance.now();
        await db.transaction('rw', table, async () => {
          const lead = (await table.get(id)) as StoredLead;
          await table.put(which === 'v10' ? v10Row(called(lead, r)) : called(lead, r));
        });
        samples[which].push(performance.now() - t0);
      }
    }
    const keyRows = await now.leadKeys.count();
    v10.close();
    now.close();
    await Promise.all([Dexie.delete(oldName), Dexie.delete(newName)]);
    return { samples, seed, keyRows };
  },
};
