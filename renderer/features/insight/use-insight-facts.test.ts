// Proves the insight fact store (renderer/db/fact-store.ts) equals the facts recomputed from the activities table after any
// run of verbs, pulls (re-pulled rows of the same id, lead tombstones that delete other agents'
// activities), refused pushes, lead changes and re-snapshot wipes; that the v8 → v9 upgrade and a
// change of timezone build it right; and that readInsightFacts answers what the activities say.
import { renderHook, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { createElement, type ReactNode } from 'react';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  activityFacts,
  sumFacts,
  type InsightFact,
  type InsightMetric,
} from '../../../shared/domain/insight/facts';
import type { ActivityId, LeadId, ProductId, TeamId, UserId } from '../../../shared/domain/ids';
import type { Activity, ActivityContext, Lead } from '../../../shared/domain/lead';
import { monthOf } from '../../../shared/domain/periods';
import { testLead } from '../../../shared/domain/testing/lead';
import { MemoryState } from '../../../shared/mutations/state';
import type { Change } from '../../../shared/sync/protocol';
import { readInsightFacts, useInsightFacts } from './use-insight-facts';
import { DbContext } from '../../db/db-context';
import { applyPullPage, wipeForResnapshot } from '../../sync/apply-pull';
import { recordPushResult } from '../../sync/push';
import {
  ensureFactsZone,
  FACTS_ZONE_META,
  factsZone,
  recomputeFacts,
  REP_MONTH_METRICS,
  type FactRow,
} from '../../db/fact-store';
import { createDeskDatabase, SCHEMAS, toStoredLead, type DeskDatabase } from '../../db/schema';
import { effectTables, writeEffects } from '../../db/write-effects';

const TZ = 'Asia/Riyadh';
/** Sunday 1 November 2026, 00:00 in Riyadh. */
const T0 = Date.UTC(2026, 9, 31, 21);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const AGENTS = ['rep-a', 'rep-b', 'rep-c'] as UserId[];
const LEADS = ['lead-1', 'lead-2', 'lead-3', 'lead-4'] as LeadId[];
const ORG = { id: 'org', name: 'Org', timezone: TZ, currency: 'SAR' };

let db: DeskDatabase | undefined;
afterEach(async () => {
  db?.close();
  if (db) await Dexie.delete(db.name);
  db = undefined;
});

async function freshDesk(): Promise<DeskDatabase> {
  db = createDeskDatabase(`facts-${Math.random()}`);
  await db.open();
  await db.meta.put({ key: 'organisation', value: ORG });
  await db.leads.bulkPut(LEADS.map((id, i) => toStoredLead(leadRow(id, i))));
  return db;
}

/** Runs `fn` on a fresh desk and deletes the desk after, whatever happens. */
async function onFreshDesk(fn: (d: DeskDatabase) => Promise<void>): Promise<void> {
  const d = await freshDesk();
  try {
    await fn(d);
  } finally {
    d.close();
    await Dexie.delete(d.name);
    db = undefined;
  }
}

function leadRow(id: LeadId, variant: number): Lead {
  return testLead(id, {
    teamId: (variant % 2 ? 'team-gulf' : 'team-levant') as TeamId,
    listName: `list-${variant % 3}`,
    source: variant % 2 ? 'fair' : 'web',
  });
}

const arbContext: fc.Arbitrary<ActivityContext | undefined> = fc.option(
  fc.record({
    teamId: fc.constantFrom('team-gulf', 'team-levant', null) as fc.Arbitrary<TeamId | null>,
    list: fc.constantFrom('Expo', 'Walk-ins', null),
    source: fc.constantFrom('fair', null),
    did: fc.constantFrom('+966114000001', null, undefined),
    productId: fc.constantFrom('product-basic', null, undefined),
    stageFrom: fc.constantFrom('lead', 'qualified', 'proposalSent' as const),
    stageSince: fc.integer({ min: T0 - 72 * HOUR, max: T0 }),
  }) as fc.Arbitrary<ActivityContext>,
  { nil: undefined },
);

/** Activities over ten days, some over four months (month ends); ids from a small pool, so rows are replaced and re-pulled. */
const arbActivity: fc.Arbitrary<Activity> = fc
  .record({
    id: fc.integer({ min: 0, max: 11 }),
    leadId: fc.constantFrom(...LEADS),
    agentId: fc.constantFrom(...AGENTS),
    type: fc.constantFrom('call', 'call', 'stageChange', 'meeting', 'note' as const),
    at: fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: T0, max: T0 + 240 * HOUR }) },
      { weight: 1, arbitrary: fc.integer({ min: T0 - 40 * DAY, max: T0 + 80 * DAY }) },
    ),
    durationSec: fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }),
    disposition: fc.constantFrom(null, 'busy', 'notInterested', 'upsold', 'held', 'noShow'),
    stageTo: fc.constantFrom('qualified', 'won', 'lost' as const),
    objection: fc.option(fc.constantFrom('price', 'trust' as const), { nil: undefined }),
    cards: fc.subarray(['card-1', 'card-2']),
    amount: fc.integer({ min: 0, max: 5000 }),
    product: fc.constantFrom('product-basic', 'product-pro', undefined),
    context: arbContext,
  })
  .map((r): Activity => ({
    id: `019ab0c0-0000-7000-8000-${String(r.id).padStart(12, '0')}` as ActivityId,
    leadId: r.leadId,
    agentId: r.agentId,
    type: r.type,
    at: r.at,
    durationSec: r.durationSec,
    disposition: r.disposition,
    note: '',
    ...(r.type === 'stageChange'
      ? {
          stageTo: r.stageTo,
          amount: r.amount,
          currency: 'SAR' as const,
          ...(r.product ? { productId: r.product as ProductId } : {}),
        }
      : {}),
    ...(r.type === 'call' && r.objection ? { objection: r.objection } : {}),
    ...(r.type === 'call' && r.cards.length ? { cardsOpened: r.cards } : {}),
    ...(r.context ? { context: r.context } : {}),
  }));

type Op =
  | { kind: 'verb'; activities: Activity[] }
  | { kind: 'pull'; changes: Change[]; own: UserId | null }
  | { kind: 'refused'; activities: Activity[] }
  | { kind: 'leadMoved'; lead: LeadId; variant: number }
  | { kind: 'wipe'; pending: Activity[] }
  // Two verbs' activities written side by side in one transaction, as runTogether may.
  | { kind: 'together'; a: Activity[]; b: Activity[] };

const arbChange: fc.Arbitrary<Change> = fc.oneof(
  { weight: 4, arbitrary: arbActivity.map((row): Change => ({ kind: 'activity', row })) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(...LEADS)
      .map((id): Change => ({ kind: 'tombstone', entity: 'lead', id })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ id: fc.constantFrom(...LEADS), v: fc.nat(5) })
      .map(({ id, v }): Change => ({ kind: 'lead', row: leadRow(id, v) })),
  },
);

const arbOp: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .array(arbActivity, { minLength: 1, maxLength: 3 })
      .map((activities): Op => ({ kind: 'verb', activities })),
  },
  {
    weight: 4,
    arbitrary: fc
      .record({
        changes: fc.array(arbChange, { minLength: 1, maxLength: 8 }),
        own: fc.constantFrom(null, ...AGENTS),
      })
      .map((p): Op => ({ kind: 'pull', ...p })),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(arbActivity, { minLength: 1, maxLength: 2 })
      .map((activities): Op => ({ kind: 'refused', activities })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ lead: fc.constantFrom(...LEADS), variant: fc.nat(5) })
      .map((p): Op => ({ kind: 'leadMoved', ...p })),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(arbActivity, { maxLength: 2 })
      .map((pending): Op => ({ kind: 'wipe', pending })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({
        a: fc.array(arbActivity, { minLength: 1, maxLength: 2 }),
        b: fc.array(arbActivity, { minLength: 1, maxLength: 2 }),
      })
      .map((p): Op => ({ kind: 'together', ...p })),
  },
);

let cursor = 0;
async function run(d: DeskDatabase, op: Op): Promise<void> {
  switch (op.kind) {
    case 'verb':
      await d.transaction('rw', effectTables(d), () =>
        writeEffects(d, { activities: op.activities }, new MemoryState()),
      );
      break;
    case 'pull':
      await applyPullPage(
        d,
        { changes: op.changes, cursor: String(++cursor), more: false },
        T0,
        op.own,
      );
      break;
    case 'refused': {
      // The desk wrote the verb's activities, queued it, and the server refused it.
      const seq = await d.transaction('rw', [...effectTables(d), d.outbox], async () => {
        await writeEffects(d, { activities: op.activities }, new MemoryState());
        return d.outbox.add({
          clientId: 'c',
          name: 'addNote',
          args: {},
          effects: { activities: op.activities },
          schemaVersion: 2,
          createdAt: T0,
        });
      });
      if (seq === undefined) throw new Error('no seq');
      await recordPushResult(d, seq, [{ seq, reason: 'forbidden', detail: '' }], T0);
      break;
    }
    case 'together':
      await d.transaction('rw', effectTables(d), () =>
        Dexie.Promise.all([
          writeEffects(d, { activities: op.a }, new MemoryState()),
          writeEffects(d, { activities: op.b }, new MemoryState()),
        ]),
      );
      break;
    case 'leadMoved':
      await d.leads.put(toStoredLead(leadRow(op.lead, op.variant)));
      break;
    case 'wipe': {
      const seq = await d.outbox.add({
        clientId: 'c',
        name: 'addNote',
        args: {},
        effects: { activities: op.pending },
        schemaVersion: 2,
        createdAt: T0,
      });
      await wipeForResnapshot(d);
      await d.outbox.delete(seq);
      break;
    }
  }
}

const withoutKey = ({ key: _k, ...f }: FactRow): InsightFact => f;
/** The facts summed per month (the day's YYYY-MM), computed here from the day rows. */
const perMonth = (facts: readonly InsightFact[]) =>
  sumFacts(facts.map((f) => ({ ...f, day: f.day.slice(0, 7) })));
/** Riyadh midnight (UTC+3, no DST) starting month `m` (0-based, may overflow) of `year`. */
/** The facts the rep months keep, per rep and month (the lead's dimensions blank), from day rows. */
const perRepMonth = (facts: readonly InsightFact[]) =>
  sumFacts(
    facts
      .filter((f) => REP_MONTH_METRICS.includes(f.metric))
      .map((f) => ({ ...blankLead(f), day: f.day.slice(0, 7) })),
  );
/** The facts the organisation's months keep, per month (the rep blank too), from day rows. */
const perOrgMonth = (facts: readonly InsightFact[]) =>
  sumFacts(perRepMonth(facts).map((f) => ({ ...f, agentId: '' })));
const blankLead = (f: InsightFact): InsightFact => ({
  ...f,
  teamId: '',
  list: '',
  source: '',
  did: '',
  productId: '',
});
const monthStart = (year: number, m: number) => Date.UTC(year, m, 1) - 3 * HOUR;

/**
 * A month-grain run: activities and then other writes, a period's start and length (periods that
 * hold a whole October or November and run into the busy first days of November), and its reps.
 */
const arbMonthRun = [
  fc.array(arbActivity, { minLength: 10, maxLength: 40 }),
  fc.array(arbOp, { maxLength: 6 }),
  fc.integer({ min: T0 - 45 * DAY, max: T0 + 5 * DAY }),
  fc.integer({ min: 0, max: 80 * DAY }),
  fc.subarray([...AGENTS], { minLength: 1 }),
] as const;

/** A period from `start` lasting `length`: as it stands, or aligned to Riyadh days or months. */
function periodOf(start: number, length: number, align: 'hour' | 'day' | 'month') {
  if (align === 'day') {
    const from = start - ((start - T0) % DAY);
    return { from, to: from + Math.ceil(length / DAY) * DAY };
  }
  if (align === 'month') {
    const s = new Date(start + 3 * HOUR);
    const from = monthStart(s.getUTCFullYear(), s.getUTCMonth());
    return { from, to: monthStart(s.getUTCFullYear(), s.getUTCMonth() + 1 + (length % 4)) };
  }
  return { from: start, to: start + length };
}

/**
 * A fact as the month grain gives it for `period`: under its month when the period holds that
 * month from its first to its last hour, else under its day.
 */
const atMonthGrain =
  (period: { from: number; to: number }) =>
  (f: InsightFact): InsightFact => {
    const [y, m] = f.day.split('-').map(Number) as [number, number];
    const whole = period.from <= monthStart(y, m - 1) && monthStart(y, m) <= period.to;
    return whole ? { ...f, day: f.day.slice(0, 7) } : f;
  };

const byKey = (rows: readonly FactRow[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));
const sorted = (facts: readonly InsightFact[]) =>
  [...facts].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** What the activities of `agents` in `period` say, derived one by one (the store's lead for rows without context). */
async function derived(
  d: DeskDatabase,
  agents: readonly string[],
  period: { from: number; to: number },
  metrics?: readonly InsightMetric[],
): Promise<InsightFact[]> {
  const leads = new Map((await d.factLeads.toArray()).map((r) => [r.id, r.lead]));
  const rows = (await d.activities.toArray()).filter(
    (a) => agents.includes(a.agentId) && a.at >= period.from && a.at < period.to,
  );
  return sumFacts(
    rows.flatMap((a) =>
      activityFacts(a, TZ, leads.get(a.id) ?? null).filter(
        (f) => !metrics || metrics.includes(f.metric),
      ),
    ),
  );
}

/**
 * A property over a month-grain run and some of the metrics the rep and organisation months
 * keep: `check` gets the desk after the run, the period (as it stands, or aligned to days or
 * months), the reps and the metrics.
 */
const keptMetricsRun = (
  check: (
    d: DeskDatabase,
    period: { from: number; to: number },
    agents: string[],
    metrics: InsightMetric[],
    align: 'hour' | 'day' | 'month',
  ) => Promise<void>,
) =>
  fc.asyncProperty(
    ...arbMonthRun,
    fc.subarray([...REP_MONTH_METRICS], { minLength: 1 }),
    fc.constantFrom('hour' as const, 'day' as const, 'month' as const),
    (activities, ops, start, length, agents, metrics, align) =>
      onFreshDesk(async (d) => {
        await run(d, { kind: 'verb', activities });
        for (const op of ops) await run(d, op);
        await check(d, periodOf(start, length, align), agents, metrics, align);
      }),
  );

describe('the insight fact store', () => {
  it('equals the facts recomputed from the activities after any run of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbOp, { minLength: 1, maxLength: 12 }), async (ops) => {
        const d = await freshDesk();
        try {
          for (const op of ops) await run(d, op);
          const stored = await d.facts.toArray();
          expect(stored.every((r) => r.n > 0)).toBe(true);
          expect(byKey(stored)).toEqual(byKey(await recomputeFacts(d, TZ)));
          // The month rows are the same facts summed per month.
          const months = await d.factMonths.toArray();
          expect(months.every((r) => r.n > 0 && /^\d{4}-\d{2}$/.test(r.day))).toBe(true);
          expect(sorted(months.map(withoutKey))).toEqual(sorted(perMonth(stored.map(withoutKey))));
          // The rep months are the facts the forecast learns from, per rep and month.
          const repMonths = await d.factRepMonths.toArray();
          expect(repMonths.every((r) => r.n > 0 && /^\d{4}-\d{2}$/.test(r.day))).toBe(true);
          expect(sorted(repMonths.map(withoutKey))).toEqual(
            sorted(perRepMonth(stored.map(withoutKey))),
          );
          // The organisation's months are the same summed over every rep.
          const orgMonths = await d.factOrgMonths.toArray();
          expect(orgMonths.every((r) => r.n > 0 && r.agentId === '')).toBe(true);
          expect(sorted(orgMonths.map(withoutKey))).toEqual(
            sorted(perOrgMonth(stored.map(withoutKey))),
          );
          // Rows without context keep the lead they were counted with, and only those rows.
          const bare = new Set<string>(
            (await d.activities.toArray()).filter((a) => !a.context).map((a) => a.id),
          );
          expect((await d.factLeads.toArray()).every((r) => bare.has(r.id))).toBe(true);
        } finally {
          d.close();
          await Dexie.delete(d.name);
          db = undefined;
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reads what the activities say, for whole days, hours cut off at either end, and some metrics', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbOp, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: T0 - 24 * HOUR, max: T0 + 250 * HOUR }),
        fc.integer({ min: 0, max: 260 * HOUR }),
        fc.subarray([...AGENTS], { minLength: 1 }),
        fc.option(fc.subarray(['call', 'refusal', 'stageEnter', 'won'] as InsightMetric[]), {
          nil: undefined,
        }),
        fc.boolean(),
        async (ops, start, length, agents, metrics, aligned) => {
          const d = await freshDesk();
          try {
            for (const op of ops) await run(d, op);
            // Aligned periods start and end at Riyadh midnight (UTC+3, no DST).
            const from = aligned ? start - ((start - T0) % (24 * HOUR)) : start;
            const to = aligned ? from + Math.ceil(length / (24 * HOUR)) * 24 * HOUR : from + length;
            const period = { from, to };
            expect(sorted(await readInsightFacts(d, agents, period, TZ, metrics))).toEqual(
              sorted(await derived(d, agents, period, metrics)),
            );
          } finally {
            d.close();
            await Dexie.delete(d.name);
            db = undefined;
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reads whole months off the month rows with the month as their day, the rest as by day', async () => {
    await fc.assert(
      fc.asyncProperty(
        ...arbMonthRun,
        fc.option(fc.subarray(['call', 'refusal', 'stageLeft', 'won'] as InsightMetric[]), {
          nil: undefined,
        }),
        fc.constantFrom('hour', 'day', 'month'),
        async (activities, ops, start, length, agents, metrics, align) => {
          const d = await freshDesk();
          try {
            await run(d, { kind: 'verb', activities });
            for (const op of ops) await run(d, op);
            const period = periodOf(start, length, align);
            const expected = sumFacts(
              (await derived(d, agents, period, metrics)).map(atMonthGrain(period)),
            );
            const read = await readInsightFacts(d, agents, period, TZ, metrics, 'month');
            expect(sorted(read)).toEqual(sorted(expected));
            // A month-aligned period of a month or more reads only month rows.
            if (align === 'month' && read.length)
              expect(read.every((f) => f.day.length === 7)).toBe(true);
          } finally {
            d.close();
            await Dexie.delete(d.name);
            db = undefined;
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('reads whole months off the rep months by the rep grain, every fact without the lead’s dimensions', async () => {
    await fc.assert(
      keptMetricsRun(async (d, period, agents, metrics) => {
        const expected = sumFacts(
          (await derived(d, agents, period, metrics)).map((f) =>
            blankLead(atMonthGrain(period)(f)),
          ),
        );
        const read = await readInsightFacts(d, agents, period, TZ, metrics, 'repMonth');
        expect(sorted(read)).toEqual(sorted(expected));
        // The sums over the period are those of the month grain, dimensions aside.
        const byMonth = await readInsightFacts(d, agents, period, TZ, metrics, 'month');
        expect(sorted(sumFacts(byMonth.map(blankLead)))).toEqual(sorted(read));
      }),
      { numRuns: 60 },
    );
  });

  it('reads whole months off the organisation’s months by the organisation grain, every rep’s whatever the reps asked', async () => {
    await fc.assert(
      keptMetricsRun(async (d, period, agents, metrics, align) => {
        const expected = sumFacts(
          (await derived(d, AGENTS, period, metrics)).map((f) => ({
            ...blankLead(atMonthGrain(period)(f)),
            agentId: '',
          })),
        );
        const read = await readInsightFacts(d, agents, period, TZ, metrics, 'orgMonth');
        expect(sorted(read)).toEqual(sorted(expected));
        // The same with no rep named.
        expect(sorted(await readInsightFacts(d, [], period, TZ, metrics, 'orgMonth'))).toEqual(
          sorted(read),
        );
        // The sums over the period are those of every rep's rep months, the rep aside.
        const byRep = await readInsightFacts(d, AGENTS, period, TZ, metrics, 'repMonth');
        expect(sorted(sumFacts(byRep.map((f) => ({ ...f, agentId: '' }))))).toEqual(sorted(read));
        // A month-aligned period reads only the organisation's month rows.
        if (align === 'month' && read.length)
          expect(read.every((f) => f.day.length === 7)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses the rep grain for a metric the rep months do not keep', async () => {
    const d = await freshDesk();
    await expect(
      readInsightFacts(d, [...AGENTS], monthOf(TZ, T0), TZ, ['stageLeft', 'call'], 'repMonth'),
    ).rejects.toThrow(/rep months keep only/);
    await expect(
      readInsightFacts(d, [...AGENTS], monthOf(TZ, T0), TZ, undefined, 'repMonth'),
    ).rejects.toThrow(/rep months keep only/);
    await expect(
      readInsightFacts(d, [], monthOf(TZ, T0), TZ, ['call'], 'orgMonth'),
    ).rejects.toThrow(/organisation’s months keep only/);
  });

  it('counts a row without context with its lead as it was stored, after the lead moves', async () => {
    const d = await freshDesk();
    const lead1 = LEADS[0] as LeadId;
    const call: Activity = {
      id: '019ab0c0-0000-7000-8000-000000000001' as ActivityId,
      leadId: lead1,
      agentId: AGENTS[0] as UserId,
      type: 'call',
      at: T0 + HOUR,
      durationSec: 60,
      disposition: 'busy',
      note: '',
    };
    await run(d, { kind: 'verb', activities: [call] });
    await run(d, { kind: 'leadMoved', lead: lead1, variant: 1 });
    const month = monthOf(TZ, T0);
    const read = () => readInsightFacts(d, [call.agentId], month, TZ);
    expect(await read()).toEqual([
      {
        metric: 'call',
        day: '2026-11-01',
        agentId: 'rep-a',
        teamId: 'team-levant',
        list: 'list-0',
        source: 'web',
        did: '',
        productId: '',
        value: 'busy',
        detail: 'outbound',
        n: 1,
        sum: 60,
      },
    ]);
    // Pulled again, the row is counted with the lead as the desk holds it now.
    await run(d, { kind: 'pull', changes: [{ kind: 'activity', row: call }], own: null });
    expect(await read()).toMatchObject([{ teamId: 'team-gulf', list: 'list-1', n: 1 }]);
    // Its lead gone to another desk, the row and its facts go.
    await run(d, {
      kind: 'pull',
      changes: [{ kind: 'tombstone', entity: 'lead', id: lead1 }],
      own: null,
    });
    expect(await read()).toEqual([]);
    expect(await d.facts.count()).toBe(0);
    expect(await d.factLeads.count()).toBe(0);
  });

  it('rebuilds in the new zone when the organisation’s timezone changes', async () => {
    const d = await freshDesk();
    // 22:30 UTC on 1 November: the 2nd in Riyadh, the 1st in London.
    const late: Activity = {
      id: '019ab0c0-0000-7000-8000-000000000002' as ActivityId,
      leadId: LEADS[1] as LeadId,
      agentId: AGENTS[1] as UserId,
      type: 'call',
      at: Date.UTC(2026, 10, 1, 22, 30),
      durationSec: 10,
      disposition: null,
      note: '',
    };
    await run(d, { kind: 'verb', activities: [late] });
    expect(await factsZone(d)).toBe(TZ);
    expect((await d.facts.toArray()).map((f) => f.day)).toEqual(['2026-11-02']);
    const london = monthOf('Europe/London', late.at);
    const facts = await readInsightFacts(d, [late.agentId], london, 'Europe/London');
    expect(facts.map((f) => [f.day, f.teamId, f.n])).toEqual([['2026-11-01', 'team-gulf', 1]]);
    expect(await factsZone(d)).toBe('Europe/London');
    expect(byKey(await d.facts.toArray())).toEqual(byKey(await recomputeFacts(d, 'Europe/London')));
    // Asking again in the same zone changes nothing.
    await ensureFactsZone(d, 'Europe/London');
    expect(await d.facts.count()).toBe(1);
  });
});

describe('desk database schema v9', () => {
  it('builds the fact store from the activities of a v8 desk, with the lead of those without context', async () => {
    const name = `upgrade9-${Math.random()}`;
    const v8 = new Dexie(name);
    SCHEMAS.slice(0, 8).forEach((schema, i) => v8.version(i + 1).stores(schema));
    const activities = fc.sample(arbActivity, { numRuns: 200, seed: 17 });
    await v8.table('meta').put({ key: 'organisation', value: ORG });
    await v8.table('leads').bulkPut(LEADS.map((id, i) => toStoredLead(leadRow(id, i))));
    await v8.table('activities').bulkPut(activities);
    v8.close();

    db = createDeskDatabase(name);
    await db.open();
    const stored = await db.activities.toArray();
    expect(stored.length).toBeGreaterThan(0);
    expect(await factsZone(db)).toBe(TZ);
    expect(byKey(await db.facts.toArray())).toEqual(byKey(await recomputeFacts(db, TZ)));
    // Every row without context was counted with its lead as the desk held it.
    const bare = stored.filter((a) => !a.context);
    expect(await db.factLeads.count()).toBe(bare.length);
    const leads = new Map(LEADS.map((id, i) => [id, leadRow(id, i)]));
    const direct = sumFacts(
      stored.flatMap((a) => {
        const l = a.context ? undefined : leads.get(a.leadId);
        return activityFacts(
          a,
          TZ,
          l ? { teamId: l.teamId, listName: l.listName, source: l.source, productId: null } : null,
        );
      }),
    );
    expect(sorted((await db.facts.toArray()).map(({ key: _k, ...f }) => f))).toEqual(
      sorted(direct),
    );
  });
});

describe('building the store', () => {
  it('walks more activities than one batch and sums days and months from all of them', async () => {
    const name = `upgrade-batches-${Math.random()}`;
    const v8 = new Dexie(name);
    SCHEMAS.slice(0, 8).forEach((schema, i) => v8.version(i + 1).stores(schema));
    await v8.table('meta').put({ key: 'organisation', value: ORG });
    await v8.table('leads').bulkPut(LEADS.map((id, i) => toStoredLead(leadRow(id, i))));
    // 6,001 calls over 100 days (more than one batch of 5,000), every seventh without context.
    const calls: Activity[] = Array.from({ length: 6_001 }, (_, i) => ({
      id: `019ab0c0-0000-7000-8000-${String(i).padStart(12, '0')}` as ActivityId,
      leadId: LEADS[i % LEADS.length] as LeadId,
      agentId: AGENTS[i % AGENTS.length] as UserId,
      type: 'call',
      at: T0 - 50 * DAY + i * 1_439_760,
      durationSec: i % 300,
      disposition: i % 5 ? 'busy' : 'notInterested',
      note: '',
      ...(i % 7
        ? {
            context: {
              teamId: 'team-gulf' as TeamId,
              list: `list-${i % 4}`,
              source: null,
              stageFrom: 'lead' as const,
              stageSince: T0,
            },
          }
        : {}),
    }));
    await v8.table('activities').bulkPut(calls);
    v8.close();

    db = createDeskDatabase(name);
    await db.open();
    const days = await db.facts.toArray();
    expect(byKey(days)).toEqual(byKey(await recomputeFacts(db, TZ)));
    expect(days.reduce((n, r) => n + r.n, 0)).toBe(calls.length);
    const months = (await db.factMonths.toArray()).map(withoutKey);
    expect(new Set(months.map((f) => f.day)).size).toBeGreaterThan(3);
    expect(sorted(months)).toEqual(sorted(perMonth(days.map(withoutKey))));
    expect(sorted((await db.factRepMonths.toArray()).map(withoutKey))).toEqual(
      sorted(perRepMonth(days.map(withoutKey))),
    );
    expect(sorted((await db.factOrgMonths.toArray()).map(withoutKey))).toEqual(
      sorted(perOrgMonth(days.map(withoutKey))),
    );
  });
});

/**
 * The fact rows a desk holds after 300 sampled activities (`unique`: each its own id; the
 * generator draws ids from a small pool, so rows would otherwise replace others); the desk goes.
 */
async function heldFactRows(seed: number, unique: boolean) {
  const source = await freshDesk();
  const activities = fc
    .sample(arbActivity, { numRuns: 300, seed })
    .map((a, i) =>
      unique
        ? { ...a, id: `019ab0c${seed}-0000-7000-8000-${String(i).padStart(12, '0')}` as ActivityId }
        : a,
    );
  await run(source, { kind: 'verb', activities });
  const rows = {
    days: await source.facts.toArray(),
    months: await source.factMonths.toArray(),
    repMonths: await source.factRepMonths.toArray(),
  };
  source.close();
  await Dexie.delete(source.name);
  db = undefined;
  return rows;
}

/** Opens with today's schema a desk left at `version` holding these rows, in the store's zone. */
async function upgradedFrom(version: number, tables: Record<string, FactRow[]>) {
  const name = `upgrade${version + 1}-${Math.random()}`;
  const old = new Dexie(name);
  SCHEMAS.slice(0, version).forEach((schema, i) => old.version(i + 1).stores(schema));
  await old.table('meta').bulkPut([
    { key: 'organisation', value: ORG },
    { key: FACTS_ZONE_META, value: TZ },
  ]);
  for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkPut(rows);
  old.close();
  db = createDeskDatabase(name);
  await db.open();
  return db;
}

describe('desk database schema v17', () => {
  it('sums the organisation’s months from the rep months of a v16 desk', async () => {
    const { days, months, repMonths } = await heldFactRows(31, true);
    const expected = perOrgMonth(days.map(withoutKey));
    // Enough to show the sum: several months, and rows that fold several reps' rows.
    expect(new Set(expected.map((f) => f.day)).size).toBeGreaterThan(2);
    expect(repMonths.length).toBeGreaterThan(expected.length);

    const d = await upgradedFrom(16, { facts: days, factMonths: months, factRepMonths: repMonths });
    expect(byKey(await d.factRepMonths.toArray())).toEqual(byKey(repMonths));
    expect(sorted((await d.factOrgMonths.toArray()).map(withoutKey))).toEqual(sorted(expected));
  });
});

describe('desk database schema v14', () => {
  it('sums the rep months from the month rows of a v13 desk', async () => {
    const { days, months } = await heldFactRows(29, true);
    const expected = perRepMonth(days.map(withoutKey));
    // Enough to show the sum: several reps and months, and rows that fold several month rows.
    expect(new Set(expected.map((f) => `${f.agentId} ${f.day}`)).size).toBeGreaterThan(3);
    expect(months.filter((m) => REP_MONTH_METRICS.includes(m.metric)).length).toBeGreaterThan(
      expected.length,
    );

    const d = await upgradedFrom(13, { facts: days, factMonths: months });
    expect(byKey(await d.factMonths.toArray())).toEqual(byKey(months));
    expect(sorted((await d.factRepMonths.toArray()).map(withoutKey))).toEqual(sorted(expected));
  });
});

describe('desk database schema v12', () => {
  it('sums the month rows from the day rows of a v11 desk', async () => {
    const { days } = await heldFactRows(23, false);
    expect(new Set(days.map((f) => f.day.slice(0, 7))).size).toBeGreaterThan(1);

    const d = await upgradedFrom(11, { facts: days });
    expect(byKey(await d.facts.toArray())).toEqual(byKey(days));
    expect(sorted((await d.factMonths.toArray()).map(withoutKey))).toEqual(
      sorted(perMonth(days.map(withoutKey))),
    );
  });
});

describe('useInsightFacts', () => {
  it('answers live from the store, moving it to the asked zone first', async () => {
    const d = await freshDesk();
    const call: Activity = {
      id: '019ab0c0-0000-7000-8000-000000000003' as ActivityId,
      leadId: LEADS[2] as LeadId,
      agentId: AGENTS[2] as UserId,
      type: 'call',
      at: Date.UTC(2026, 10, 1, 22, 30),
      durationSec: 30,
      disposition: 'busy',
      note: '',
      context: {
        teamId: 'team-gulf' as TeamId,
        list: 'Expo',
        source: null,
        stageFrom: 'lead',
        stageSince: T0,
      },
    };
    await run(d, { kind: 'verb', activities: [call] });
    const wrapper = ({ children }: { children: ReactNode }) =>
      createElement(DbContext.Provider, { value: d }, children);
    const london = monthOf('Europe/London', call.at);
    const { result } = renderHook(
      () => useInsightFacts([call.agentId], london, 'Europe/London', ['call']),
      { wrapper },
    );
    await waitFor(() =>
      expect(result.current?.map((f) => [f.day, f.value, f.n, f.sum])).toEqual([
        ['2026-11-01', 'busy', 1, 30],
      ]),
    );
    await run(d, {
      kind: 'verb',
      activities: [{ ...call, id: '019ab0c0-0000-7000-8000-000000000004' as ActivityId }],
    });
    await waitFor(() => expect(result.current?.map((f) => f.n)).toEqual([2]));
  });
});
