// Proves the alerts' read (today and the earlier days off the fact store, less what is dated after
// now; today's last booking of each rep who booked; one day of activities at most per team for
// an earlier last booking) raises exactly the alerts the reps'
// activities themselves raise, whatever was written, in zones with and without DST, and when the
// fact store is in another zone than the organisation's (the earlier days then come from the
// activities).
import fc from 'fast-check';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  alertCountsOf,
  alertsReadFrom,
  DEFAULT_ALERT_RULES,
  evaluateAlerts,
  type AlertCounts,
  type AlertRep,
  type AlertRules,
} from '../../../../shared/domain/insight/alerts';
import type { ActivityId, LeadId, UserId } from '../../../../shared/domain/ids';
import type { Activity } from '../../../../shared/domain/lead';
import { dayOf } from '../../../../shared/domain/periods';
import { MemoryState } from '../../../../shared/mutations/state';
import { FACTS_ZONE_META, factsZone } from '../../../db/fact-store';
import { createDeskDatabase, type DeskDatabase } from '../../../db/schema';
import { effectTables, writeEffects } from '../../../db/write-effects';
import { alertCountsFrom, openDealsOf, readAlertInputs } from './use-alerts';
import { toStoredLead } from '../../../db/schema';
import { testLead } from '../../../../shared/domain/testing/lead';
import { LEAD_STAGES, type LeadStage } from '../../../../shared/domain/lead';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Tuesday 20 October 2026, 00:00 UTC: London's clocks go back on Sunday the 25th. */
const T0 = Date.UTC(2026, 9, 20);

const REPS: AlertRep[] = [
  { id: 'rep-a', name: 'A', teamId: 'gulf', roles: ['hunter'], dailyCalls: 4 },
  { id: 'rep-b', name: 'B', teamId: 'gulf', roles: ['closer'], dailyCalls: 3 },
  { id: 'rep-c', name: 'C', teamId: 'levant', roles: ['hunter', 'closer'], dailyCalls: 2 },
  { id: 'rep-d', name: 'D', teamId: 'levant', roles: ['hunter'], dailyCalls: 0 },
  { id: 'rep-e', name: 'E', teamId: null, roles: ['hunter'], dailyCalls: 2 },
];
const TEAMS = [
  { id: 'gulf', name: 'Gulf' },
  { id: 'levant', name: 'Levant' },
];
const ids = REPS.map((r) => r.id);

let db: DeskDatabase | undefined;
afterEach(async () => {
  db?.close();
  if (db) await Dexie.delete(db.name);
  db = undefined;
});

let seq = 0;
/** Activities over the twelve days before `now` and a little after it, most of them calls. */
const arbActivity = (now: number, bookings: number): fc.Arbitrary<Activity> =>
  fc
    .record({
      agentId: fc.constantFrom(...ids),
      type: fc.constantFrom('call', 'call', 'call', 'meeting', 'note' as const),
      at: fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min: now - 12 * DAY, max: now }) },
        { weight: 2, arbitrary: fc.integer({ min: now - 8 * HOUR, max: now }) },
        { weight: 1, arbitrary: fc.integer({ min: now + 1, max: now + 3 * HOUR }) },
      ),
      call: fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom('noAnswer', 'busy', 'sale') },
        { weight: bookings, arbitrary: fc.constant('meetingBooked') },
      ),
      outcome: fc.constantFrom('held', 'held', 'noShow', 'rescheduled'),
      bookedBy: fc.constantFrom('', ...ids),
    })
    .map((r): Activity => {
      const id = `019ab0c0-0000-7000-8000-${String(++seq).padStart(12, '0')}` as ActivityId;
      const base = {
        id,
        leadId: `lead-${seq % 7}` as LeadId,
        agentId: r.agentId as UserId,
        at: r.at,
        note: '',
      };
      if (r.type === 'call')
        return { ...base, type: 'call', durationSec: 30, disposition: r.call } as Activity;
      if (r.type === 'meeting')
        return {
          ...base,
          type: 'meeting',
          durationSec: null,
          disposition: r.outcome,
          ...(r.bookedBy ? { bookedBy: r.bookedBy as UserId } : {}),
        } as Activity;
      return { ...base, type: 'note', durationSec: null, disposition: null };
    });

async function deskWith(
  zone: string,
  activities: readonly Activity[],
  storeZone = zone,
): Promise<DeskDatabase> {
  db = createDeskDatabase(`alerts-${Math.random()}`);
  await db.open();
  await db.meta.put({ key: 'organisation', value: { id: 'org', timezone: zone } });
  // The store keeps its days in the zone it was built in (another one after a change of zone).
  await db.meta.put({ key: FACTS_ZONE_META, value: storeZone });
  // Written as verbs write them, a few at a time (the fact store moves with them).
  for (let i = 0; i < activities.length; i += 5) {
    const d = db;
    await d.transaction('rw', effectTables(d), () =>
      writeEffects(d, { activities: activities.slice(i, i + 5) }, new MemoryState()),
    );
  }
  return db;
}

/** Each team's last booking at or before now (what the rule looks at), from the counts. */
function lastBookings(
  counts: AlertCounts,
  now: number,
  reps: readonly AlertRep[] = REPS,
): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const team of TEAMS) {
    const members = new Set(reps.filter((r) => r.teamId === team.id).map((r) => r.id));
    let last: number | null = null;
    for (const b of counts.bookings)
      if (members.has(b.agentId) && b.at <= now && (last === null || b.at > last)) last = b.at;
    out[team.id] = last;
  }
  return out;
}

function rulesWith(hours: number): AlertRules {
  const rules = structuredClone(DEFAULT_ALERT_RULES);
  rules.teamNoBookings.hours = hours;
  rules.showRateBelow.minMeetings = 1;
  rules.repCallsBelowTarget.byLocalTime = '00:00';
  return rules;
}

describe('the alerts’ read', () => {
  it('raises what the activities raise: today and the earlier days off the facts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('Asia/Riyadh', 'Europe/London', 'Europe/Istanbul'),
        fc
          .tuple(fc.integer({ min: T0 + 2 * DAY, max: T0 + 9 * DAY }), fc.constantFrom(0, 1, 4))
          .chain(([now, bookings]) =>
            fc.tuple(
              fc.constant(now),
              fc.array(arbActivity(now, bookings), { minLength: 10, maxLength: 120 }),
            ),
          ),
        fc.integer({ min: 1, max: 72 }),
        fc.constantFrom([5, 6], [6, 0]),
        fc.boolean(),
        fc.subarray(REPS, { minLength: 1 }),
        fc.context(),
        async (zone, [now, activities], hours, weekend, otherZone, scope, ctx) => {
          const d = await deskWith(zone, activities, otherZone ? 'Pacific/Auckland' : zone);
          try {
            ctx.log(`store in ${await factsZone(d)}, ${activities.length} activities`);
            const rules = rulesWith(hours);
            const from = dayOf(zone, alertsReadFrom(rules, now, zone, weekend)).from;
            const read = await readAlertInputs(d, scope, from, now, zone);
            const counts = alertCountsFrom(read);
            // What the rules raise from every activity of the reps in scope since the read's start.
            const since = activities.filter(
              (a) => a.at >= from && scope.some((r) => r.id === a.agentId),
            );
            const expected = alertCountsOf(since, now, zone);
            expect(counts.callsToday).toEqual(expected.callsToday);
            expect(counts.meetingsDue).toEqual(expected.meetingsDue);
            // Every booking read is one of the activities'; each team's last is the same.
            expect(lastBookings(counts, now, scope)).toEqual(lastBookings(expected, now, scope));
            // Today's bookings hold each rep's last by now.
            const todayFrom = dayOf(zone, now).from;
            const lastOf = (bookings: readonly { agentId: string; at: number }[], id: string) =>
              Math.max(-1, ...bookings.filter((b) => b.agentId === id).map((b) => b.at));
            for (const r of scope) {
              const booked = expected.bookings.filter((b) => b.at >= todayFrom);
              expect(lastOf(read.today.bookings, r.id), r.id).toBe(lastOf(booked, r.id));
            }
            const inputs = {
              reps: scope,
              teams: TEAMS,
              dncFile: read.dncFile,
              weekend,
              openDeals: read.openDeals,
            };
            expect(evaluateAlerts(rules, { ...inputs, counts }, now, zone)).toEqual(
              evaluateAlerts(rules, { ...inputs, counts: expected }, now, zone),
            );
          } finally {
            d.close();
            await Dexie.delete(d.name);
            db = undefined;
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads one day of activities for a team that booked before today, none for one that booked today', async () => {
    const zone = 'Asia/Riyadh';
    // Wednesday 21 October 2026, 12:00 in Riyadh; the read starts on Monday the 19th.
    const now = Date.UTC(2026, 9, 21, 9);
    const monday = Date.UTC(2026, 9, 19, 8);
    const from = dayOf(zone, monday).from;
    const call = (n: number, agentId: string, at: number, disposition: string): Activity =>
      ({
        id: `019ab0c0-0000-7000-8000-${String(900_000 + n).padStart(12, '0')}`,
        leadId: 'lead-1',
        agentId,
        type: 'call',
        at,
        durationSec: 30,
        disposition,
        note: '',
      }) as Activity;
    const d = await deskWith(zone, [
      // Gulf booked twice on the read's first day, then only called.
      call(1, 'rep-a', monday, 'meetingBooked'),
      call(2, 'rep-a', monday + HOUR, 'meetingBooked'),
      call(3, 'rep-b', monday + 2 * HOUR, 'noAnswer'),
      call(4, 'rep-a', monday + DAY, 'noAnswer'),
      // Levant booked on Monday and has a booking dated an hour from now (a clock ahead).
      call(5, 'rep-c', monday, 'meetingBooked'),
      call(6, 'rep-d', now + HOUR, 'meetingBooked'),
    ]);
    const read = await readAlertInputs(d, REPS, from, now, zone);
    expect(read.earlier.bookings).toEqual([
      { agentId: 'rep-a', at: monday },
      { agentId: 'rep-a', at: monday + HOUR },
      { agentId: 'rep-c', at: monday },
    ]);
    // Today: only rep-d's booking dated an hour from now, which does not count yet.
    expect(read.today).toEqual({ callsToday: new Map(), bookings: [], meetingsDue: new Map() });
    expect(lastBookings(alertCountsFrom(read), now)).toEqual({
      gulf: monday + HOUR,
      levant: monday,
    });

    // Once Levant has booked today, its earlier days are not read.
    await d.transaction('rw', effectTables(d), () =>
      writeEffects(
        d,
        {
          activities: [
            call(7, 'rep-c', now - 3 * HOUR, 'meetingBooked'),
            call(8, 'rep-c', now - HOUR, 'meetingBooked'),
            call(9, 'rep-c', now - HOUR / 2, 'noAnswer'),
          ],
        },
        new MemoryState(),
      ),
    );
    const again = await readAlertInputs(d, REPS, from, now, zone);
    expect(again.earlier.bookings.map((b) => b.agentId)).toEqual(['rep-a', 'rep-a']);
    expect(again.today.bookings).toEqual([{ agentId: 'rep-c', at: now - HOUR }]);
    expect(again.today.callsToday).toEqual(new Map([['rep-c', 3]]));
    expect(lastBookings(alertCountsFrom(again), now)).toEqual({
      gulf: monday + HOUR,
      levant: now - HOUR,
    });
  });
});

describe('the stalled deals’ read', () => {
  it('raises what every open deal read one by one raises, the long-stalled counted together', async () => {
    const lead = (days: number) =>
      fc.record({
        owner: fc.constantFrom(...ids, 'someone-else'),
        stage: fc.constantFrom<LeadStage>(...LEAD_STAGES, 'qualified', 'proposalSent'),
        // Up to 60 days before now, to the minute, and a few ahead; half within a day and a half
        // of the rule's cut-off (the day read one by one); some together (an import).
        ago: fc
          .oneof(
            fc.integer({ min: -60, max: 60 * 24 * 60 }),
            fc.integer({ min: (days - 1.5) * 24 * 60, max: (days + 1.5) * 24 * 60 }),
          )
          .map((m) => m * 60_000),
        copies: fc.integer({ min: 1, max: 3 }),
      });
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 1, max: 30 })
          .chain((days) =>
            fc.tuple(fc.constant(days), fc.array(lead(days), { maxLength: 40, size: 'max' })),
          ),
        fc.integer({ min: T0, max: T0 + 3 * DAY }),
        fc.integer({ min: 1, max: 4 }),
        fc.subarray(REPS, { minLength: 1 }),
        async ([days, leads], now, count, scope) => {
          const d = createDeskDatabase(`stalled-read-${Math.random()}`);
          db = d;
          let n = 0;
          await d.leads.bulkPut(
            leads.flatMap((l) =>
              Array.from({ length: l.copies }, () =>
                toStoredLead(
                  testLead(`lead-${n++}`, {
                    ownerId: l.owner as UserId,
                    stage: l.stage,
                    stageChangedAt: now - l.ago,
                  }),
                ),
              ),
            ),
          );
          const rules = structuredClone(DEFAULT_ALERT_RULES);
          rules.stalledDeals = { enabled: true, days, count };
          const scopeIds = scope.map((r) => r.id);
          // Read at `now` for the rest of its day (the read is made again the next day).
          const until = dayOf('Asia/Riyadh', now).to;
          const counted = await openDealsOf(d, scopeIds, {
            from: now - days * DAY,
            to: until - days * DAY,
          });
          const every = await openDealsOf(d, scopeIds);
          // Every deal that can be stalled before the day ends, and no other.
          expect(counted.reduce((k, x) => k + (x.n ?? 1), 0)).toBe(
            every.filter((x) => x.stageChangedAt < until - days * DAY).length,
          );
          const inputs = (openDeals: typeof every) => ({
            reps: scope,
            teams: TEAMS,
            counts: { callsToday: new Map(), bookings: [], meetingsDue: new Map() },
            dncFile: null,
            weekend: [5, 6],
            openDeals,
          });
          // Evaluated at the read's now, later that day and at its last moment (the read is not
          // made again every minute).
          for (const at of [now, Math.floor((now + until) / 2), until - 1])
            expect(evaluateAlerts(rules, inputs(counted), at, 'Asia/Riyadh')).toEqual(
              evaluateAlerts(rules, inputs(every), at, 'Asia/Riyadh'),
            );
          d.close();
          await Dexie.delete(d.name);
          db = undefined;
        },
      ),
      { numRuns: 60 },
    );
  });
});
