// The stalled-deal, running-stay and open-deal reads against a desk database (fake-indexeddb):
// the right leads through the indexes, per rep, and nothing of reps outside the scope.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Dexie } from 'dexie';
import { STAGE_TIME_BUCKETS, stageTimeBucket } from '../../../../shared/domain/insight/facts';
import { stallOf, TIME_STAGES, tallyOngoing } from '../../../../shared/domain/insight/stages';
import { LEAD_STAGES, type LeadStage } from '../../../../shared/domain/lead';
import { DEFAULT_PIPELINE_INSIGHT } from '../../../../shared/domain/insight/pipeline-settings';
import type { UserId } from '../../../../shared/domain/ids';
import type { Lead } from '../../../../shared/domain/lead';
import { DAY, HOUR, NOW, U, lead } from '../../../../shared/mutations/testing/world';
import { createDeskDatabase, SCHEMAS, toStoredLead, type DeskDatabase } from '../../../db/schema';
import { readOpenDeals } from '../forecast/use-forecast';
import { exactStaysFrom, readOngoingStays } from './use-ongoing-stays';
import { collectStalledDeals, readStalledDeals } from './use-stalled-deals';

let db: DeskDatabase;

const meeting = (at: number, outcome?: 'held') => ({
  at,
  closerId: U.khalid,
  bookedBy: U.faisal,
  bookedAt: at - 3 * DAY,
  note: '',
  ...(outcome ? { outcome } : {}),
});

function put(...leads: Lead[]) {
  return db.leads.bulkPut(leads.map(toStoredLead));
}

beforeEach(async () => {
  db = createDeskDatabase(`pipeline-reads-${Math.random()}`);
  await db.open();
  await put(
    // Faisal: a proposal 15 days old (stalled at 14), one 14 days old exactly (not), a qualified
    // lead 8 days old (stalled at 7), a new lead (never stalled) and a lost one.
    lead('p15', { stage: 'proposalSent', stageChangedAt: NOW - 15 * DAY }),
    lead('p14', { stage: 'proposalSent', stageChangedAt: NOW - 14 * DAY }),
    lead('q8', { stage: 'qualified', stageChangedAt: NOW - 8 * DAY }),
    lead('n90', { stage: 'lead', stageChangedAt: NOW - 90 * DAY }),
    lead('l90', { stage: 'lost', stageChangedAt: NOW - 90 * DAY }),
    // Khalid: a meeting two days past without outcome (booked yesterday: under the threshold),
    // one held, one ahead.
    lead('m-over', {
      ownerId: U.khalid,
      stage: 'meetingScheduled',
      stageChangedAt: NOW - DAY,
      meeting: meeting(NOW - 2 * DAY),
    }),
    lead('m-held', {
      ownerId: U.khalid,
      stage: 'meetingScheduled',
      stageChangedAt: NOW - DAY,
      meeting: meeting(NOW - 2 * DAY, 'held'),
    }),
    lead('m-ahead', {
      ownerId: U.khalid,
      stage: 'meetingScheduled',
      stageChangedAt: NOW - DAY,
      meeting: meeting(NOW + DAY),
    }),
    // Someone outside the scope, long stalled.
    lead('x', { ownerId: U.emre, stage: 'proposalSent', stageChangedAt: NOW - 60 * DAY }),
  );
});

afterEach(() => db.delete());

const scope: UserId[] = [U.faisal, U.khalid];

describe('readStalledDeals', () => {
  it('lists the deals past their threshold, oldest first, with why', async () => {
    const read = await readStalledDeals(db, scope, DEFAULT_PIPELINE_INSIGHT, NOW);
    expect(read.deals.map((d) => [d.lead.id, d.reason.kind, d.reason.days])).toEqual([
      ['p15', 'stage', 15],
      ['q8', 'stage', 8],
      ['m-over', 'meetingOverdue', 2],
    ]);
    expect(read.total).toBe(3);
    expect(
      [...(await collectStalledDeals(db, scope, DEFAULT_PIPELINE_INSIGHT, NOW))].sort(),
    ).toEqual([
      ['m-over', U.khalid],
      ['p15', U.faisal],
      ['q8', U.faisal],
    ]);
    // Only the longest-waiting are read when fewer are asked; the count stays whole.
    const first = await readStalledDeals(db, scope, DEFAULT_PIPELINE_INSIGHT, NOW, 1);
    expect(first.deals.map((d) => d.lead.id)).toEqual(['p15']);
    expect(first.total).toBe(3);
  });

  it('reads on in a range whose last deal read began with the last one listed', async () => {
    await db.leads.clear();
    const tenDays = NOW - 10 * DAY;
    await put(
      lead('x1', { stage: 'qualified', stageChangedAt: tenDays }),
      lead('x2', { stage: 'qualified', stageChangedAt: tenDays }),
      lead('x3', { ownerId: U.khalid, stage: 'qualified', stageChangedAt: tenDays }),
      lead('x0', { ownerId: U.khalid, stage: 'proposalSent', stageChangedAt: NOW - 20 * DAY }),
    );
    // One of each range first (eight ranges, three asked): x1, x3 and x0. x3 is third, and
    // Faisal's x2 began as it did with an id before it, so his range is read on.
    const read = await readStalledDeals(db, scope, DEFAULT_PIPELINE_INSIGHT, NOW, 3);
    expect(read.deals.map((d) => d.lead.id)).toEqual(['x0', 'x1', 'x2']);
    expect(read.total).toBe(4);
  });

  it('follows the organisation’s thresholds', async () => {
    const strict = {
      ...DEFAULT_PIPELINE_INSIGHT,
      stallDays: { qualified: 30, meetingScheduled: 7, proposalSent: 1 },
      meetingOverdueDays: 3,
    };
    const read = await readStalledDeals(db, scope, strict, NOW);
    expect(read.deals.map((d) => d.lead.id)).toEqual(['p15', 'p14']);
  });
});

describe('the overdue meetings’ key', () => {
  it('is on a booked lead only while its meeting waits for an outcome', () => {
    const booked = lead('b', {
      stage: 'meetingScheduled',
      meeting: meeting(NOW - DAY),
    });
    expect(toStoredLead(booked).meetingDueAt).toBe(NOW - DAY);
    const stored = toStoredLead(booked);
    // Held, moved on, or written back without its meeting: the key goes with it.
    expect(toStoredLead({ ...stored, meeting: meeting(NOW - DAY, 'held') })).not.toHaveProperty(
      'meetingDueAt',
    );
    expect(toStoredLead({ ...stored, stage: 'proposalSent' })).not.toHaveProperty('meetingDueAt');
    expect(toStoredLead({ ...stored, meeting: null })).not.toHaveProperty('meetingDueAt');
    expect(toStoredLead(lead('n'))).not.toHaveProperty('meetingDueAt');
  });

  it('finds the same stalled deals as judging every lead, and the longest-waiting of them, after any run of lead writes', async () => {
    const owners = [U.faisal, U.khalid, U.emre];
    const arbLead = fc.record({
      id: fc.integer({ min: 0, max: 60 }),
      owner: fc.constantFrom(...owners),
      stage: fc.constantFrom(...LEAD_STAGES),
      // Whole days, so that stalls often begin together (ties broken by the lead's id), at the
      // thresholds too; or any hour.
      since: fc.oneof(
        fc.integer({ min: 0, max: 40 }).map((d) => d * DAY),
        fc.integer({ min: 0, max: 40 * 24 }).map((h) => h * HOUR),
      ),
      meetingAt: fc.option(fc.integer({ min: -10 * DAY, max: 5 * DAY }), { nil: undefined }),
      held: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbLead, { minLength: 1, maxLength: 120 }),
        fc.subarray(owners, { minLength: 1 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 30 }),
        async (writes, scope, grace, shown) => {
          await db.leads.clear();
          for (const w of writes)
            await put(
              lead(`w${w.id}`, {
                ownerId: w.owner,
                stage: w.stage,
                stageChangedAt: NOW - w.since,
                meeting:
                  w.meetingAt === undefined
                    ? null
                    : meeting(NOW + w.meetingAt, w.held ? 'held' : undefined),
              }),
            );
          const settings = { ...DEFAULT_PIPELINE_INSIGHT, meetingOverdueDays: grace };
          const read = await readStalledDeals(db, scope, settings, NOW, shown);
          const expected = (await db.leads.toArray())
            .filter((l) => (scope as string[]).includes(l.ownerId ?? ''))
            .flatMap((l) => {
              const reason = stallOf(l, settings, NOW);
              return reason ? [{ id: l.id, owner: l.ownerId, since: reason.since }] : [];
            })
            .sort((a, b) => a.since - b.since || a.id.localeCompare(b.id));
          expect(read.total).toBe(expected.length);
          const all = await collectStalledDeals(db, scope, settings, NOW);
          expect([...all].sort()).toEqual(expected.map((e) => [e.id, e.owner]).sort());
          expect(read.deals.map((d) => d.lead.id)).toEqual(
            expected.slice(0, shown).map((e) => e.id),
          );
        },
      ),
      { numRuns: 120 },
    );
  });

  it('is given by the v14 upgrade to the booked leads a v13 desk holds', async () => {
    const name = `upgrade14-meetings-${Math.random()}`;
    const v13 = new Dexie(name);
    SCHEMAS.slice(0, 13).forEach((schema, i) => v13.version(i + 1).stores(schema));
    const old = (l: Lead) => {
      const { meetingDueAt: _m, ...rest } = toStoredLead(l);
      return rest;
    };
    await v13.table('leads').bulkPut([
      old(
        lead('due', {
          ownerId: U.khalid,
          stage: 'meetingScheduled',
          meeting: meeting(NOW - 2 * DAY),
        }),
      ),
      old(
        lead('held', {
          ownerId: U.khalid,
          stage: 'meetingScheduled',
          meeting: meeting(NOW - 2 * DAY, 'held'),
        }),
      ),
      old(lead('won', { ownerId: U.khalid, stage: 'won', meeting: meeting(NOW - 9 * DAY) })),
    ]);
    v13.close();
    const upgraded = createDeskDatabase(name);
    try {
      await upgraded.open();
      const keyed = await upgraded.leads
        .where('[ownerId+meetingDueAt]')
        .between([U.khalid, 0], [U.khalid, NOW], true, false)
        .toArray();
      expect(keyed.map((l) => [l.id, l.meetingDueAt])).toEqual([['due', NOW - 2 * DAY]]);
      const read = await readStalledDeals(upgraded, [U.khalid], DEFAULT_PIPELINE_INSIGHT, NOW);
      expect(read.deals.map((d) => [d.lead.id, d.reason.kind])).toEqual([
        ['due', 'meetingOverdue'],
      ]);
    } finally {
      await upgraded.delete();
    }
  });
});

describe('readOngoingStays', () => {
  it('tallies the open leads per rep and stage from the index keys', async () => {
    const { tallies } = await readOngoingStays(db, scope, NOW);
    expect(Object.keys(tallies).sort()).toEqual([
      `${U.faisal}|lead`,
      `${U.faisal}|proposalSent`,
      `${U.faisal}|qualified`,
      `${U.khalid}|meetingScheduled`,
    ]);
    expect(tallies[`${U.faisal}|proposalSent`]).toEqual({
      n: 2,
      sum: 29 * 86_400,
      // 14 days is bucket 59 ((13 d, 14 d]), 15 days bucket 60.
      buckets: { 59: 1, 60: 1 },
    });
    expect(tallies[`${U.khalid}|meetingScheduled`]?.n).toBe(3);
  });
});

/** The running stays as read before they were kept: every open lead's index key, one by one. */
async function walkOngoingStays(d: typeof db, agentIds: readonly string[], now: number) {
  function* stays(keys: readonly unknown[], agentId: string, stage: string) {
    for (const key of keys) {
      const since = (key as [string, string, number])[2];
      yield { agentId, stage, seconds: Math.max(0, Math.round((now - since) / 1000)) };
    }
  }
  const out: Record<string, ReturnType<typeof tallyOngoing>[string]> = {};
  for (const agentId of agentIds)
    for (const stage of TIME_STAGES) {
      const keys = await d.leads
        .where('[ownerId+stage+stageChangedAt]')
        .between([agentId, stage, Dexie.minKey], [agentId, stage, Dexie.maxKey])
        .keys();
      Object.assign(out, tallyOngoing(stays(keys, agentId, stage), stageTimeBucket));
    }
  return out;
}

/** Leads in buckets up to `k`. */
const upTo = (buckets: Readonly<Record<string, number>>, k: number) =>
  Object.entries(buckets).reduce((n, [b, c]) => (Number(b) <= k ? n + c : n), 0);

describe('readOngoingStays off the kept stays', () => {
  it('match the walk of every lead: counts and sums exact, hours exact, days within one bucket', async () => {
    const stay = fc.record({
      owner: fc.constantFrom(U.faisal, U.khalid, U.emre),
      stage: fc.constantFrom<LeadStage>(...LEAD_STAGES),
      // From an hour ahead (a clock running fast) to four months ago, to the second; half within
      // the last four days, where the hour buckets and the exact part's edge are.
      ago: fc
        .oneof(
          fc.integer({ min: -3_600, max: 4 * 86_400 }),
          fc.integer({ min: -3_600, max: 120 * 86_400 }),
        )
        .map((s) => s * 1000),
      // Several leads: together, as an import's do (step 0), or a few hours apart.
      copies: fc.integer({ min: 1, max: 4 }),
      step: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 * 3_600 })).map((s) => s * 1000),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(stay, { maxLength: 40 }),
        fc.integer({ min: 0, max: 86_399 }),
        async (stays, second) => {
          await db.leads.clear();
          const now = Date.UTC(2026, 10, 23) + second * 1000;
          let n = 0;
          await put(
            ...stays.flatMap((s) =>
              Array.from({ length: s.copies }, (_, k) =>
                lead(`s${n++}`, {
                  ownerId: s.owner,
                  stage: s.stage,
                  stageChangedAt: now - s.ago - k * s.step,
                }),
              ),
            ),
          );
          const { tallies } = await readOngoingStays(db, scope, now);
          const walked = await walkOngoingStays(db, scope, now);
          expect(Object.keys(tallies).sort()).toEqual(Object.keys(walked).sort());
          for (const [key, w] of Object.entries(walked)) {
            const t = tallies[key];
            expect(t?.n).toBe(w.n);
            // Stays begun before the exact part are summed unrounded: half a second each at most.
            expect(Math.abs((t?.sum ?? 0) - w.sum)).toBeLessThanOrEqual(w.n * 0.5 + 1e-6);
            const buckets = t?.buckets ?? {};
            // The hour buckets (the first 48) exactly; every day bucket within one of its own.
            for (let k = 0; k < 48; k++) expect(buckets[k] ?? 0).toBe(w.buckets[k] ?? 0);
            for (let k = 48; k < STAGE_TIME_BUCKETS.length; k++) {
              expect(upTo(buckets, k)).toBeGreaterThanOrEqual(upTo(w.buckets, k - 1));
              expect(upTo(buckets, k)).toBeLessThanOrEqual(upTo(w.buckets, k + 1));
            }
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('is exact where each earlier day holds leads that entered the stage together', async () => {
    await db.leads.clear();
    const now = Date.UTC(2026, 10, 23, 17, 25, 11);
    expect(exactStaysFrom(now)).toBe(Date.UTC(2026, 10, 21));
    await put(
      // Three imported together 10 days ago, one 3 days ago, two just inside the exact part.
      ...[0, 1, 2].map((i) =>
        lead(`imp${i}`, { stage: 'lead', stageChangedAt: now - 10 * DAY - 77_000 }),
      ),
      lead('q3', { stage: 'qualified', stageChangedAt: now - 3 * DAY }),
      lead('q2a', { stage: 'qualified', stageChangedAt: Date.UTC(2026, 10, 21) }),
      lead('q2b', { stage: 'qualified', stageChangedAt: Date.UTC(2026, 10, 21, 23, 59) }),
    );
    const { tallies } = await readOngoingStays(db, [U.faisal], now);
    const walked = await walkOngoingStays(db, [U.faisal], now);
    expect(tallies[`${U.faisal}|lead`]).toEqual(walked[`${U.faisal}|lead`]);
    expect(tallies[`${U.faisal}|qualified`]?.buckets).toEqual(
      walked[`${U.faisal}|qualified`]?.buckets,
    );
    expect(tallies[`${U.faisal}|qualified`]?.n).toBe(3);
  });
});

describe('readOpenDeals', () => {
  it('groups the open pipeline of the scope only', async () => {
    const groups = await readOpenDeals(db, scope);
    // Faisal: two proposals (different hours) and a qualified lead; Khalid: three meetings — the
    // one ahead and the overdue one carry their date, the held one none.
    const order = ['qualified', 'meetingScheduled', 'proposalSent'];
    const rows = groups
      .map((g) => [g.ownerId, g.stage, g.n, g.hint?.kind ?? null] as const)
      .sort(
        (a, b) =>
          a[0].localeCompare(b[0]) ||
          order.indexOf(a[1]) - order.indexOf(b[1]) ||
          String(a[3]).localeCompare(String(b[3])),
      );
    expect(rows).toEqual([
      [U.faisal, 'qualified', 1, null],
      [U.faisal, 'proposalSent', 1, null],
      [U.faisal, 'proposalSent', 1, null],
      [U.khalid, 'meetingScheduled', 1, 'meeting'],
      [U.khalid, 'meetingScheduled', 1, 'meeting'],
      [U.khalid, 'meetingScheduled', 1, null],
    ]);
    expect(groups.reduce((n, g) => n + g.n, 0)).toBe(6);
  });
});
