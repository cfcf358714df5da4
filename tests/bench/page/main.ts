// The in-browser half of the desk benchmarks: runs against the real IndexedDB in Chromium, on
// the same origin as the web client, through the desk's own Dexie schema.
import { createDeskDatabase, toStoredLead, type DeskDatabase } from '../../../renderer/db/schema';
import {
  nextLead,
  nextLeadByZone,
  nextLeadInKeyOrder,
  findByPhone,
  searchLeads,
} from '../../../renderer/db/leads-repo';
import { DIAL_QUEUE_ZONE_INDEX, queueZone } from '../../../shared/domain/dial-queue';
import { setDisposition } from '../../../renderer/db/actions';
import { applyPullPage } from '../../../renderer/sync/apply-pull';
import { syncBench } from './sync-bench';
import { importBench } from './import-bench';
import type { PullResponse } from '../../../shared/sync/protocol';
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

// Where the synthetic leads live: the phone's country code gives the calling-hours zone.
// 45% Istanbul, 35% Riyadh, 10% Cairo, 9% London, 1% New York, spread by a hash of i so that
// every agent (i % agents) gets each region at any scale.
const REGIONS = [
  { upTo: 45, country: 'TR', phone: (i: number) => `+90532${String(i).padStart(7, '0')}` },
  { upTo: 80, country: 'SA', phone: (i: number) => `+96650${String(i).padStart(7, '0')}` },
  { upTo: 90, country: 'EG', phone: (i: number) => `+2010${String(i).padStart(8, '0')}` },
  { upTo: 99, country: 'GB', phone: (i: number) => `+4477${String(i).padStart(8, '0')}` },
  { upTo: 100, country: 'US', phone: (i: number) => `+1212${String(i).padStart(7, '0')}` },
] as const;
const region = (i: number) => {
  const bucket = (Math.imul(i, 2654435761) >>> 16) % 100;
  return REGIONS.find((r) => bucket < r.upTo) ?? REGIONS[0];
};

/** The main phone of synthetic lead `i`. */
export function syntheticPhone(i: number): string {
  return region(i).phone(i);
}

/** Options for seeding: a farmer who owns every `farmerEvery`-th lead as a customer. */
export type SeedOptions = { farmer?: string; farmerEvery?: number; zoneIndex?: boolean };

/** A deterministic synthetic lead: enough variety for index selectivity, cheap to make. */
function syntheticLead(i: number, agents: number, options: SeedOptions = {}): Lead {
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
    phoneE164: syntheticPhone(i),
    phones: [],
    email: `lead${i}@example.com`,
    country: region(i).country,
    timezone: null,
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
    ...(options.farmer && options.farmerEvery && i % options.farmerEvery === 1
      ? {
          ownerId: options.farmer as UserId,
          stage: i % 2 ? 'won' : 'retention',
          stageChangedAt: 1_700_000_000_000 + i * 10,
          nextCallAt: 1_800_000_000_000 + i * 1000,
          nextCallKind: 'checkIn',
        }
      : {}),
  };
}

/**
 * The zone index (leads-repo nextLeadByZone): in the desk schema since v5; declared on top of an
 * older schema only, so the harness still measures both paths on the same data.
 */
function addZoneIndex(d: DeskDatabase): void {
  const s = d.leads.schema;
  const spec = [s.primKey.src, ...s.indexes.map((i) => i.src)];
  if (spec.includes(DIAL_QUEUE_ZONE_INDEX)) return;
  d.version(Math.floor(d.verno) + 1).stores({ leads: [...spec, DIAL_QUEUE_ZONE_INDEX].join(', ') });
}

const open = new Map<string, DeskDatabase>();
function db(name: string, zoneIndex = false): DeskDatabase {
  let d = open.get(name);
  if (!d) {
    d = createDeskDatabase(name);
    if (zoneIndex) addZoneIndex(d);
    open.set(name, d);
  }
  return d;
}

const bench = {
  ...syncBench,
  ...importBench,
  databaseName: deskDatabaseName,
  /** Writes `count` synthetic leads in batches; returns elapsed ms. */
  async seedLeads(
    name: string,
    count: number,
    agents = 50,
    batch = 5000,
    options: SeedOptions = {},
  ): Promise<number> {
    const d = db(name, options.zoneIndex);
    const store = (l: Lead) =>
      options.zoneIndex ? { ...toStoredLead(l), queueZone: queueZone(l) } : toStoredLead(l);
    const t0 = performance.now();
    for (let start = 0; start < count; start += batch) {
      const rows: Lead[] = [];
      for (let i = start; i < Math.min(count, start + batch); i++)
        rows.push(syntheticLead(i, agents, options));
      await d.leads.bulkPut(rows.map(store));
    }
    return performance.now() - t0;
  },
  /**
   * Times `runs` next-lead reads at `now` through one path: `keyOrder` (today's schema), `zone`
   * (the proposed zone index) or `app` (whichever the database supports). Returns ms samples and
   * how many reads found a lead.
   */
  async nextLeadReads(
    name: string,
    count: number,
    agents: number,
    runs: number,
    now: number,
    path: 'keyOrder' | 'zone' | 'app',
  ): Promise<{ samples: number[]; found: number }> {
    const d = db(name);
    const read =
      path === 'zone' ? nextLeadByZone : path === 'keyOrder' ? nextLeadInKeyOrder : nextLead;
    const samples: number[] = [];
    let found = 0;
    for (let r = 0; r < runs; r++) {
      const agent = `agent-${((r * 7919) % count) % agents}`;
      const t0 = performance.now();
      const hit = await read(d, { owners: [agent], organisationTimezone: 'Europe/Istanbul' }, now);
      samples.push(performance.now() - t0);
      if (hit) found++;
    }
    return { samples, found };
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
      await time('phoneLookup', () => findByPhone(d, syntheticPhone(i)));
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
  /** Applies one pulled page with the desk engine's own apply (rows and cursor in one go); ms. */
  async applyPulled(name: string, page: PullResponse): Promise<number> {
    const d = db(name);
    const t0 = performance.now();
    await applyPullPage(d, page, Date.now());
    return performance.now() - t0;
  },
  async outboxSize(name: string): Promise<number> {
    return db(name).outbox.count();
  },
  /** The web client's own database as a signed-in administrator would find it, plus `count` leads. */
  async prepareDesk(
    count: number,
    options: SeedOptions & { userId?: string } = {},
  ): Promise<{ name: string; seedMs: number }> {
    const name = deskDatabaseName('demo');
    await loadDemo(db(name));
    const seedMs = await bench.seedLeads(name, count, 50, 5000, options);
    window.localStorage.setItem('salesdesk.session', options.userId ?? DEMO_USER_IDS.sarah);
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
