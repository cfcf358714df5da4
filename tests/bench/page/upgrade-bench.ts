// The in-browser half of the `upgrade` scenario: a desk at schema v10 as the previous release
// leaves it (every pulled lead also in leadBase, some changes waiting in the outbox), its
// answers to the queue, search and list reads, then the same database opened by today's schema,
// timed, and the same answers asked again.
import { Dexie } from 'dexie';
import {
  createDeskDatabase,
  SCHEMAS,
  searchKeysOf,
  toStoredLead,
  type StoredLead,
} from '../../../renderer/db/schema';
import { keepSearchPairsStep, searchPairsKept } from '../../../renderer/db/search-pairs';
import { searchLeads } from '../../../renderer/db/leads-repo';
import { DIAL_QUEUE_ZONE_INDEX } from '../../../shared/domain/dial-queue';
import { searchTokens } from '../../../shared/domain/search-key';
import type { Lead } from '../../../shared/domain/lead';
import { syntheticLead } from './seed';

/** Every how many leads one has a change waiting in the outbox. */
const PENDING_EVERY = 100;
const SEARCHES = ['ahmed', 'yılmaz', 'فاطمة', 'kaya 12', 'company 42'];

/** Searches of common words through the desk's own searchLeads: as written, swapped, absent. */
const WORD_SEARCHES = [
  'ahmed yılmaz 1230',
  'yılmaz ahmed 7770',
  'john smith 4448',
  'فاطمة kaya 3',
  'emma hassan',
  'mehmet yılmaz',
];

/** A lead as releases before v15 stored it: its words and its name's side-by-side pairs only. */
function storedBeforeV15(lead: Lead): StoredLead {
  const words = searchTokens(lead.name);
  const sideBySide = words.slice(1).map((w, i) => `${words[i]} ${w}`);
  return {
    ...toStoredLead(lead),
    searchKeys: [...new Set([...searchTokens(lead.name, lead.company), ...sideBySide])],
  };
}

/** What the desk's hot reads answer, by index only, on either schema. */
async function answers(db: Dexie, agents: number): Promise<Record<string, unknown>> {
  const leads = db.table('leads');
  const out: Record<string, unknown> = {
    leads: await leads.count(),
    outbox: await db.table('outbox').count(),
  };
  for (let a = 0; a < Math.min(agents, 5); a++) {
    const owner = `agent-${a}`;
    out[`queue:${owner}`] = await leads
      .where('[queueOwner+queueKey]')
      .between([owner, Dexie.minKey], [owner, Dexie.maxKey])
      .limit(25)
      .primaryKeys();
    out[`zone:${owner}`] = await leads
      .where(DIAL_QUEUE_ZONE_INDEX)
      .between([owner, '', Dexie.minKey], [owner, '', Dexie.maxKey])
      .limit(25)
      .primaryKeys();
    out[`stage:${owner}`] = await leads.where('[ownerId+stage]').equals([owner, 'lead']).count();
    out[`owner:${owner}`] = await leads.where('ownerId').equals(owner).count();
  }
  for (const q of SEARCHES) {
    const [first] = searchTokens(q);
    const hits = first ? await leads.where('searchKeys').startsWith(first).primaryKeys() : [];
    out[`search:${q}`] = [...new Set(hits as string[])].sort().slice(0, 50);
    out[`searchCount:${q}`] = new Set(hits as string[]).size;
  }
  out.lists = await leads.orderBy('listName').uniqueKeys();
  out['list:List 7'] = await leads.where('listName').equals('List 7').count();
  out['list:List 7:qualified'] = await leads
    .where('[listName+stage]')
    .equals(['List 7', 'qualified'])
    .count();
  out['team:team-3'] = await leads.where('teamId').equals('team-3').count();
  out['phone'] = await leads.where('phoneE164').startsWith('+90532').count();
  return out;
}

export const upgradeBench = {
  /**
   * Builds a v10 desk of `count` leads, asks it, upgrades it with today's schema and asks again.
   * Returns the v10 write time (the same rows' floor in this run), the upgrade time, and both
   * sets of answers.
   */
  async upgradeFromV10(name: string, count: number, agents: number) {
    await Dexie.delete(name);
    const v10 = new Dexie(name, { chromeTransactionDurability: 'strict' });
    const schemas = SCHEMAS.slice(0, 10);
    schemas.forEach((schema, i) => v10.version(i + 1).stores(schema));
    await v10.open();
    const t0 = performance.now();
    for (let start = 0; start < count; start += 1000) {
      const rows: Lead[] = [];
      for (let i = start; i < Math.min(count, start + 1000); i++)
        rows.push(syntheticLead(i, agents));
      await v10.transaction('rw', ['leads', 'leadBase'], async () => {
        await v10.table('leads').bulkPut(rows.map(storedBeforeV15));
        // v10 kept the server's version of every pulled lead.
        await v10.table('leadBase').bulkPut(rows);
      });
    }
    const seedMs = performance.now() - t0;
    const pending: string[] = [];
    for (let i = 0; i < count; i += PENDING_EVERY) {
      const id = syntheticLead(i, agents).id;
      pending.push(id);
      await v10.table('outbox').add({
        clientId: 'bench-desk',
        name: 'addNote',
        args: { leadId: id, text: 'Call after 3' },
        effects: { leads: [{ id, patch: { notes: 'Call after 3' } }] },
        schemaVersion: 2,
        createdAt: 1_700_000_000_000 + i,
      });
    }
    const before = await answers(v10, agents);
    v10.close();

    const t1 = performance.now();
    const db = createDeskDatabase(name);
    await db.open();
    const upgradeMs = performance.now() - t1;
    const after = await answers(db, agents);
    const searches = async () => {
      const out: Record<string, string[]> = {};
      for (const q of WORD_SEARCHES)
        out[q] = (await searchLeads(db, q, 50)).map((l) => l.id).sort();
      return out;
    };
    const searchesBefore = await searches();
    // The older leads' word pairs, written as the desk does in the background (all at once here).
    const t2 = performance.now();
    let pairSteps = 1;
    while (!(await keepSearchPairsStep(db))) pairSteps++;
    const pairsMs = performance.now() - t2;
    const pairsKept = await searchPairsKept(db);
    const afterPairs = await answers(db, agents);
    let pairsWrong = 0;
    await db.leads.each((l: StoredLead) => {
      const want = new Set(searchKeysOf(l));
      if (want.size !== l.searchKeys.length || !l.searchKeys.every((k) => want.has(k)))
        pairsWrong++;
    });
    const searchesAfter = await searches();
    const bases = (await db.leadBase.toCollection().primaryKeys()) as string[];
    const waiting = await db.outbox.where('leadIds').anyOf(pending).count();
    const version = db.verno;
    await db.delete();
    return {
      seedMs,
      upgradeMs,
      pairsMs,
      pairSteps,
      pairsKept,
      pairsWrong,
      afterPairs,
      searchesBefore,
      searchesAfter,
      version,
      before,
      after,
      basesKept: bases.length,
      basesExpected: pending.length,
      basesRight: bases.sort().join() === [...pending].sort().join(),
      outboxIndexed: waiting,
    };
  },
};
