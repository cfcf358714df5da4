// The in-browser half of the desk benchmarks: runs against the real IndexedDB in Chromium, on
// the same origin as the web client, through the desk's own Dexie schema.
import { createDeskDatabase, toStoredLead, type DeskDatabase } from '../../../renderer/db/schema';
import { nextLead, findByPhone, searchLeads } from '../../../renderer/db/leads-repo';
import { setDisposition } from '../../../renderer/db/actions';
import { DEMO_ORGANISATION, DEMO_USER_IDS } from '../../../shared/demo/organisation';
import { loadDemo } from '../../../renderer/db/demo-loader';
import { deskDatabaseName } from '../../../renderer/db/desk-db';
import { freshLeadState, type Lead } from '../../../shared/domain/lead';
import type { LeadId, OrganisationId, TeamId, UserId } from '../../../shared/domain/ids';
import { searchTokens } from '../../../shared/domain/search-key';

const FIRST = [
  'Ahmed',
  'أحمد',
  'Fatima',
  'فاطمة',
  'Mehmet',
  'Ayşe',
  'İbrahim',
  'Olga',
  'John',
  'Emma',
];
const LAST = [
  'Yılmaz',
  'Kaya',
  'الشمري',
  'العتيبي',
  'Hassan',
  'Ivanova',
  'Smith',
  'Brown',
  'Demir',
  'Öztürk',
];

/** A deterministic synthetic lead: enough variety for index selectivity, cheap to make. */
function syntheticLead(i: number, agents: number): Lead {
  const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} ${i}`;
  const company = `Company ${i % 5000}`;
  return {
    id: `lead-${String(i).padStart(8, '0')}` as LeadId,
    organisationId: 'org' as OrganisationId,
    ownerId: `agent-${i % agents}` as UserId,
    teamId: `team-${i % 10}` as TeamId,
    stage: i % 20 === 0 ? 'qualified' : 'lead',
    name,
    company,
    phoneE164: `+90532${String(i).padStart(7, '0')}`,
    phones: [],
    email: `lead${i}@example.com`,
    country: 'TR',
    timezone: 'Europe/Istanbul',
    listName: `List ${i % 50}`,
    source: null,
    priority: i % 5,
    touches: i % 8,
    nextCallAt: i % 3 === 0 ? 1_800_000_000_000 + i * 1000 : null,
    doNotCall: i % 97 === 0,
    searchKeys: searchTokens(name, company),
    notes: '',
    custom: {},
    createdAt: 1_700_000_000_000 + i,
    updatedAt: 1_700_000_000_000 + i,
    ...freshLeadState(1_700_000_000_000 + i),
  };
}

const open = new Map<string, DeskDatabase>();
function db(name: string): DeskDatabase {
  let d = open.get(name);
  if (!d) {
    d = createDeskDatabase(name);
    open.set(name, d);
  }
  return d;
}

const bench = {
  databaseName: deskDatabaseName,
  /** Writes `count` synthetic leads in batches; returns elapsed ms. */
  async seedLeads(name: string, count: number, agents = 50, batch = 5000): Promise<number> {
    const d = db(name);
    const t0 = performance.now();
    for (let start = 0; start < count; start += batch) {
      const rows: Lead[] = [];
      for (let i = start; i < Math.min(count, start + batch); i++)
        rows.push(syntheticLead(i, agents));
      await d.leads.bulkPut(rows.map(toStoredLead));
    }
    return performance.now() - t0;
  },
  /** Runs `runs` timed reads of each desk hot path; returns the samples in ms. */
  async queueReads(
    name: string,
    count: number,
    agents: number,
    runs: number,
  ): Promise<Record<string, number[]>> {
    const d = db(name);
    const out: Record<string, number[]> = {
      nextLead: [],
      phoneLookup: [],
      nameSearchLatin: [],
      nameSearchArabic: [],
      ownerStagePage: [],
    };
    const time = async (key: string, fn: () => Promise<unknown>) => {
      const t0 = performance.now();
      await fn();
      out[key]?.push(performance.now() - t0);
    };
    // A Monday morning in Istanbul: inside the calling window for the synthetic leads.
    const now = Date.UTC(2026, 10, 23, 8);
    for (let r = 0; r < runs; r++) {
      const i = (r * 7919) % count;
      const agent = `agent-${i % agents}`;
      await time('nextLead', () =>
        nextLead(d, { owners: [agent], organisationTimezone: 'Europe/Istanbul' }, now),
      );
      await time('phoneLookup', () => findByPhone(d, `+90532${String(i).padStart(7, '0')}`));
      await time('nameSearchLatin', () =>
        searchLeads(
          d,
          `${['Mehmet', 'Ayse', 'John', 'Emma'][r % 4]} ${LAST[(r * 3) % LAST.length]}`,
          50,
        ),
      );
      await time('nameSearchArabic', () =>
        searchLeads(d, ['احمد', 'فاطمه', 'الشمري', 'العتيبي'][r % 4] ?? 'احمد', 50),
      );
      await time('ownerStagePage', () =>
        d.leads
          .where('[ownerId+stage]')
          .between([agent, 'lead'], [agent, 'lead'])
          .limit(50)
          .toArray(),
      );
    }
    return out;
  },
  /** Times `runs` dispositions (lead + activity + outbox, strict durability). */
  async dispositions(name: string, count: number, agents: number, runs: number): Promise<number[]> {
    const d = db(name);
    const samples: number[] = [];
    const now = Date.UTC(2026, 10, 23, 8);
    for (let r = 0; r < runs; r++) {
      const i = (r * 104729) % count;
      const agentId = `agent-${i % agents}` as UserId;
      const t0 = performance.now();
      const res = await setDisposition(
        { db: d, agentId, organisation: DEMO_ORGANISATION, now: () => now + r },
        {
          leadId: `lead-${String(i).padStart(8, '0')}` as LeadId,
          disposition: 'noAnswer',
          durationSec: 30,
        },
      );
      samples.push(performance.now() - t0);
      if (!res.ok) throw new Error(`disposition failed: ${res.error}`);
    }
    return samples;
  },
  async outboxSize(name: string): Promise<number> {
    return db(name).outbox.count();
  },
  /** The web client's own database as a signed-in administrator would find it, plus `count` leads. */
  async prepareDesk(count: number): Promise<{ name: string; seedMs: number }> {
    const name = deskDatabaseName('demo');
    await loadDemo(db(name));
    const seedMs = await bench.seedLeads(name, count);
    window.localStorage.setItem('salesdesk.session', DEMO_USER_IDS.sarah);
    db(name).close();
    open.delete(name);
    return { name, seedMs };
  },
  async countLeads(name: string): Promise<number> {
    return db(name).leads.count();
  },
  async close(name: string): Promise<void> {
    db(name).close();
    open.delete(name);
  },
  async destroy(name: string): Promise<void> {
    await db(name).delete();
    open.delete(name);
  },
};

export type BenchApi = typeof bench;

window.bench = bench;
window.benchReady = true;
