// The synthetic desk the desk benchmarks run on: deterministic leads (names in Arabic, Turkish
// and Latin script, phones in five regions), written through the desk's own schema. Everything
// that decides the seeded database's bytes is here (and in the app modules it imports): the seed
// cache (../seeded-desk.ts) hashes this file, not the timing code in main.ts.
import { createDeskDatabase, toStoredLead, type DeskDatabase } from '../../../renderer/db/schema';
import { DIAL_QUEUE_ZONE_INDEX, queueZone } from '../../../shared/domain/dial-queue';
import { DEMO_USER_IDS } from '../../../shared/demo/organisation';
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
export const LAST = [
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
export function syntheticLead(i: number, agents: number, options: SeedOptions = {}): Lead {
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

export const open = new Map<string, DeskDatabase>();
export function db(name: string, zoneIndex = false): DeskDatabase {
  let d = open.get(name);
  if (!d) {
    d = createDeskDatabase(name);
    if (zoneIndex) addZoneIndex(d);
    open.set(name, d);
  }
  return d;
}

/** Writes `count` synthetic leads in batches; returns elapsed ms. */
export async function seedLeads(
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
}

/** The web client's own database as a signed-in administrator would find it, plus `count` leads. */
export async function prepareDesk(
  count: number,
  options: SeedOptions & { userId?: string; agents?: number } = {},
): Promise<{ name: string; seedMs: number }> {
  const name = deskDatabaseName('demo');
  await loadDemo(db(name));
  const seedMs = await seedLeads(name, count, options.agents ?? 50, 5000, options);
  signInAs(options.userId ?? DEMO_USER_IDS.sarah);
  db(name).close();
  open.delete(name);
  return { name, seedMs };
}

/** The person the web client resumes as on its next load in this profile. */
export function signInAs(userId: string): void {
  window.localStorage.setItem('salesdesk.session', userId);
}
