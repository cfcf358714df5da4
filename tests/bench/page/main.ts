// The in-browser half of the desk benchmarks: runs against the real IndexedDB in Chromium, on
// the same origin as the web client, through the desk's own Dexie schema.
import { createDeskDatabase, toStoredLead, type DeskDatabase } from '../../../renderer/db/schema';
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
