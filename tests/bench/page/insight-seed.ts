// The `insight` benchmarks' desk: N/5 leads and N activities over a year (40 reps in 3 teams;
// lists, sources, tracking numbers, products, lost reasons, objection cards), written with bulk
// writes together with exactly the fact rows the store would hold for them (activityFacts summed
// per key, as renderer/db/fact-store.ts keeps them). Its own file: its content is part of the key
// the full-scale seed is kept under between bench runs (tests/bench/kept-profile.ts).
import { Dexie } from 'dexie';
import { activityFacts, factKey } from '../../../shared/domain/insight/facts';
import type { ActivityId, LeadId, ProductId, TeamId, UserId } from '../../../shared/domain/ids';
import { LEAD_STAGES, type Activity, type Lead, type LeadStage } from '../../../shared/domain/lead';
import { testLead } from '../../../shared/domain/testing/lead';
import {
  FACTS_ZONE_META,
  rollUpMonths,
  rollUpOrgMonths,
  rollUpRepMonths,
  type FactRow,
} from '../../../renderer/db/fact-store';
import { createDeskDatabase, toStoredLead } from '../../../renderer/db/schema';

export const TZ = 'Asia/Riyadh';
/** The year the activities span: 1 December 2025 – 30 November 2026, Riyadh time. */
export const START = Date.UTC(2025, 10, 30, 21);
export const YEAR = 365 * 86_400_000;
/** The analysis screens' "now": the last day of that year. */
export const NOW = START + YEAR - 3_600_000;
export const REPS = 40;
export const TEAMS = ['team-gulf', 'team-levant', 'team-anatolia'] as TeamId[];
const LISTS = Array.from({ length: 12 }, (_, i) => `List ${i + 1}`);
const SOURCES = ['coldList', 'fair', 'web', 'referral', 'inbound'];
const DIDS = ['+97145550100', '+97145550101', '+97145550102', '+97145550103'];
const PRODUCTS = ['home-4', 'pro-500', 'care-plan', 'starter'] as ProductId[];
const DISPOSITIONS = [
  'noAnswer',
  'noAnswer',
  'noAnswer',
  'busy',
  'callBack',
  'notInterested',
  'interested',
  'wrongNumber',
  'meetingBooked',
];
const OBJECTIONS = ['price', 'trust', 'competitor', 'noUrgency', 'noNeed'] as const;
const LOST = ['price', 'competitor', 'noNeed', 'unreachable', 'other'] as const;
const CARDS = Array.from({ length: 10 }, (_, i) => `card-${i}`);
/** The stages of the pipeline a new lead goes through (retention is a customer's). */
const STAGES = LEAD_STAGES.filter((s) => s !== 'retention');

export const rep = (i: number) => `rep-${i}` as UserId;
export const teamOf = (r: number) => TEAMS[r % TEAMS.length] as TeamId;

/** A deterministic pseudo-random number in [0, 1) for (i, salt). */
export function rnd(i: number, salt: number): number {
  let x = (i * 2_654_435_761 + salt * 40_503) >>> 0;
  x ^= x >>> 15;
  x = Math.imul(x, 0x2c1b3c6d) >>> 0;
  x ^= x >>> 12;
  x = Math.imul(x, 0x297a2d39) >>> 0;
  x ^= x >>> 15;
  return (x >>> 0) / 4_294_967_296;
}
const pick = <T>(xs: readonly T[], i: number, salt: number): T =>
  xs[Math.floor(rnd(i, salt) * xs.length)] as T;

/**
 * Where lead i stands: 70 % new, 6 % qualified, 2 % with a meeting booked, 2 % with a proposal
 * out (a tenth of the desk in the open pipeline), 5 % won, 15 % lost; in the stage since up to
 * 120 days before the year's end.
 */
function stageAt(i: number): Pick<Lead, 'stage' | 'stageChangedAt' | 'meeting'> {
  const s = rnd(i, 21);
  const since = NOW - Math.floor(rnd(i, 22) * 120 * 86_400_000);
  const stage: LeadStage =
    s < 0.7
      ? 'lead'
      : s < 0.76
        ? 'qualified'
        : s < 0.78
          ? 'meetingScheduled'
          : s < 0.8
            ? 'proposalSent'
            : s < 0.85
              ? 'won'
              : 'lost';
  const meeting =
    stage === 'meetingScheduled'
      ? {
          at: since + Math.floor(rnd(i, 23) * 14 * 86_400_000),
          closerId: rep((i + 1) % REPS),
          bookedBy: rep(i % REPS),
          bookedAt: since,
          note: '',
        }
      : null;
  return { stage, stageChangedAt: since, meeting };
}

/** Lead i: owned by rep i % 40, on one of the rep's lists, with its source and offer. */
export function leadAt(i: number): Lead {
  const r = i % REPS;
  const list = LISTS[(r + (i % 3)) % LISTS.length] as string;
  return testLead(`lead-${i}`, {
    ownerId: rep(r),
    teamId: teamOf(r),
    listName: list,
    source: SOURCES[(r + (i % 2)) % SOURCES.length] as string,
    phoneE164: `+9665${String(10_000_000 + i).slice(-8)}`,
    name: `Lead ${i}`,
    ...stageAt(i),
  });
}

/** Activity i of n, in time order over the `days` days ending `cut` days before the year's end; its lead is one of its rep's. */
export function activityAt(i: number, n: number, leads: number, days = 365, cut = 0): Activity {
  const r = i % REPS;
  const leadNo = r + REPS * Math.floor(rnd(i, 1) * Math.max(1, Math.floor(leads / REPS)));
  const lead = leadAt(leadNo);
  const span = days * 86_400_000;
  const at = START + YEAR - cut * 86_400_000 - span + Math.floor((i / n) * span);
  const kind = rnd(i, 2);
  const product = pick(PRODUCTS.slice(0, 2 + (r % 3)), i, 3);
  const context = {
    teamId: lead.teamId,
    list: lead.listName,
    source: lead.source,
    ...(lead.source === 'inbound' ? { did: pick(DIDS, i, 4) } : {}),
    productId: product,
    stageFrom: pick(STAGES.slice(0, 4), i, 5),
    stageSince: at - Math.floor(rnd(i, 6) * 40 * 86_400_000),
  };
  const base = {
    id: `act-${String(i).padStart(9, '0')}` as ActivityId,
    leadId: lead.id as LeadId,
    agentId: rep(r),
    at,
    note: '',
    context,
  };
  if (kind < 0.7) {
    const disposition = pick(DISPOSITIONS, i, 7);
    return {
      ...base,
      type: 'call',
      disposition,
      durationSec: disposition === 'noAnswer' ? 0 : Math.floor(rnd(i, 8) * 600),
      ...(disposition === 'notInterested' ? { objection: pick(OBJECTIONS, i, 9) } : {}),
      ...(rnd(i, 10) < 0.08 ? { cardsOpened: [pick(CARDS, i, 11)] } : {}),
      ...(lead.source === 'inbound' && rnd(i, 12) < 0.5
        ? {
            phone: {
              direction: 'inbound' as const,
              result: 'answered' as const,
              sipStatus: 200,
              ringMs: 3000,
              talkMs: 60_000,
              hangupBy: 'customer' as const,
            },
          }
        : {}),
    };
  }
  if (kind < 0.85) {
    const to = pick(STAGES.slice(1), i, 13);
    return {
      ...base,
      type: 'stageChange',
      durationSec: null,
      disposition: null,
      stageTo: to,
      ...(to === 'won'
        ? { productId: product, amount: 1000 + Math.floor(rnd(i, 14) * 9000), currency: 'SAR' }
        : {}),
      ...(to === 'lost'
        ? {
            lostReason: pick(LOST, i, 15),
            ...(rnd(i, 16) < 0.3 ? { competitor: pick(['Acme', 'Zed', 'Nova'], i, 17) } : {}),
          }
        : {}),
    };
  }
  if (kind < 0.9)
    return {
      ...base,
      type: 'meeting',
      durationSec: null,
      disposition: pick(['held', 'held', 'noShow', 'rescheduled'], i, 18),
      bookedBy: rep((r + 1) % REPS),
    };
  return { ...base, type: 'note', durationSec: null, disposition: null, note: 'seen' };
}

export type InsightSeed = {
  name: string;
  leads: number;
  activities: number;
  factRows: number;
  monthRows: number;
  repMonthRows: number;
  orgMonthRows: number;
  seedMs: number;
};

/** Rows per bulk write. */
export const BATCH = 10_000;

/**
 * Seeds a fresh desk database with `leads` leads, `activities` activities over the `days` days
 * that end `cut` days before the year's end, and their facts.
 */
export async function seedInsight(
  activities: number,
  leads: number,
  days = 365,
  cut = 0,
): Promise<InsightSeed> {
  const name = `insight-bench-${activities}-${days}-${cut}`;
  await Dexie.delete(name);
  const d = createDeskDatabase(name);
  await d.open();
  const t0 = performance.now();
  await d.meta.bulkPut([
    { key: 'organisation', value: { timezone: TZ } },
    { key: FACTS_ZONE_META, value: TZ },
  ]);
  for (let i = 0; i < leads; i += BATCH) {
    const rows = [];
    for (let j = i; j < Math.min(leads, i + BATCH); j++) rows.push(toStoredLead(leadAt(j)));
    await d.leads.bulkAdd(rows);
  }
  // Activities come in time order: a day's facts are complete once the next day begins.
  let open = new Map<string, FactRow>();
  let openDay = '';
  let factRows = 0;
  // The month rows: the day rows summed per month, written when the month is complete.
  let openMonth = new Map<string, FactRow>();
  let monthRows = 0;
  let repMonthRows = 0;
  let orgMonthRows = 0;
  const flushMonth = async () => {
    const rows = [...openMonth.values()];
    for (let k = 0; k < rows.length; k += BATCH)
      await d.factMonths.bulkAdd(rows.slice(k, k + BATCH));
    monthRows += rows.length;
    // The rep months: the month's rows of the metrics they keep, the lead's dimensions blank.
    const repMonths = [...rollUpRepMonths(rows).values()];
    for (let k = 0; k < repMonths.length; k += BATCH)
      await d.factRepMonths.bulkAdd(repMonths.slice(k, k + BATCH));
    repMonthRows += repMonths.length;
    // The organisation's months: the same, the rep blank too.
    const orgMonths = [...rollUpOrgMonths(repMonths).values()];
    await d.factOrgMonths.bulkAdd(orgMonths);
    orgMonthRows += orgMonths.length;
    openMonth = new Map();
  };
  const flush = async () => {
    const rows = [...open.values()];
    for (let k = 0; k < rows.length; k += BATCH) await d.facts.bulkAdd(rows.slice(k, k + BATCH));
    factRows += rows.length;
    open = new Map();
    const first = rows[0];
    if (first && openMonth.size && [...openMonth.values()][0]?.day !== first.day.slice(0, 7))
      await flushMonth();
    for (const [key, row] of rollUpMonths(rows)) {
      const had = openMonth.get(key);
      openMonth.set(key, had ? { ...had, n: had.n + row.n, sum: had.sum + row.sum } : row);
    }
  };
  for (let i = 0; i < activities; i += BATCH) {
    const rows: Activity[] = [];
    for (let j = i; j < Math.min(activities, i + BATCH); j++) {
      const a = activityAt(j, activities, leads, days, cut);
      rows.push(a);
      for (const f of activityFacts(a, TZ)) {
        if (f.day !== openDay) {
          if (openDay && f.day > openDay) await flush();
          openDay = f.day;
        }
        const key = factKey(f);
        const had = open.get(key);
        open.set(key, had ? { ...had, n: had.n + f.n, sum: had.sum + f.sum } : { ...f, key });
      }
    }
    await d.activities.bulkAdd(rows);
  }
  await flush();
  await flushMonth();
  const seedMs = performance.now() - t0;
  d.close();
  return { name, leads, activities, factRows, monthRows, repMonthRows, orgMonthRows, seedMs };
}
