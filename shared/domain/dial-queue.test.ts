import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isWithinCallingWindow } from './calling-window';
import {
  compareQueue,
  pickNext,
  queueBucket,
  queueKey,
  queueRanges,
  type QueueCandidate,
} from './dial-queue';
import type { UserId } from './ids';
import { LEAD_STAGES, type LeadStage } from './lead';
import { ZONES } from './testing/zones';

const NOW = Date.UTC(2026, 10, 23, 9); // Monday 12:00 Istanbul
const HOUR = 3_600_000;

function lead(over: Partial<QueueCandidate> = {}): QueueCandidate {
  return {
    stage: 'lead',
    doNotCall: false,
    touches: 0,
    nextCallAt: null,
    nextCallKind: null,
    priority: 0,
    createdAt: NOW - 10 * HOUR,
    ownerId: 'u1' as UserId,
    teamId: null,
    phoneE164: '+905321234567',
    timeZone: 'Europe/Istanbul',
    ...over,
  };
}

/** Sorts by stored key, as the Dexie index would, keeping only due keys. */
function indexOrder(leads: QueueCandidate[], now: number): QueueCandidate[] {
  const ranges = queueRanges(now);
  return leads
    .map((l) => ({ l, k: queueKey(l) }))
    .filter((x): x is { l: QueueCandidate; k: string } => x.k !== null)
    .filter((x) => ranges.some(([lo, hi]) => x.k >= lo && x.k <= hi))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map((x) => x.l);
}

describe('dial queue', () => {
  it('offers callbacks due now first, oldest due first; then fresh leads by priority and age; then retries', () => {
    const cbOld = lead({ touches: 2, nextCallAt: NOW - 2 * HOUR, nextCallKind: 'callback' });
    const cbNew = lead({ touches: 2, nextCallAt: NOW - HOUR, nextCallKind: 'callback' });
    const cbLater = lead({ touches: 2, nextCallAt: NOW + HOUR, nextCallKind: 'callback' });
    const freshHot = lead({ priority: 2, createdAt: NOW - HOUR });
    const freshOld = lead({ priority: 0, createdAt: NOW - 100 * HOUR });
    const freshNew = lead({ priority: 0, createdAt: NOW - HOUR });
    const retry = lead({ touches: 1, nextCallAt: NOW - 3 * HOUR, nextCallKind: 'retry' });
    const order = indexOrder([retry, freshNew, cbLater, freshOld, cbNew, freshHot, cbOld], NOW);
    expect(order).toEqual([cbOld, cbNew, freshHot, freshOld, freshNew, retry]);
    expect(queueBucket(cbLater, NOW)).toBeNull();
  });

  it('clamps priority to 0–999: a negative one never jumps the queue, a huge one leads it', () => {
    const low = lead({ priority: -3, createdAt: NOW - HOUR });
    const normal = lead({ priority: 0 });
    const huge = lead({ priority: 5000 });
    expect(indexOrder([low, normal, huge], NOW)).toEqual([huge, normal, low]);
  });

  it('never offers a do-not-call lead, a closed lead, or one the closers and farmers own', () => {
    for (const stage of [
      'won',
      'lost',
      'meetingScheduled',
      'proposalSent',
      'retention',
    ] as LeadStage[]) {
      expect(queueKey(lead({ stage }))).toBeNull();
    }
    expect(queueKey(lead({ doNotCall: true }))).toBeNull();
    expect(pickNext([lead({ doNotCall: true })], NOW)).toBeNull();
  });

  it('never offers a lead without a phone number (reachable only by e-mail)', () => {
    const mailOnly = lead({ phoneE164: null });
    expect(queueKey(mailOnly)).toBeNull();
    expect(queueBucket(mailOnly, NOW)).toBeNull();
    const callable = lead({ createdAt: NOW - HOUR });
    expect(pickNext([mailOnly, callable], NOW)).toBe(callable);
    expect(queueKey({ ...mailOnly, phoneE164: '+905321234567' })).not.toBeNull();
  });

  it('skips a lead while it is night where the lead is, and offers the next one', () => {
    const la = lead({ timeZone: 'America/Los_Angeles', priority: 9 }); // 01:00 in Los Angeles
    const istanbul = lead();
    expect(pickNext(indexOrder([la, istanbul], NOW), NOW)).toBe(istanbul);
  });

  it('property: never offers a call outside the lead’s calling window, to a do-not-call lead or to one without a number', () => {
    const arbLead = fc.record({
      stage: fc.constantFrom(...LEAD_STAGES),
      doNotCall: fc.boolean(),
      touches: fc.integer({ min: 0, max: 9 }),
      nextCallAt: fc.option(fc.integer({ min: NOW - 30 * 24 * HOUR, max: NOW + 30 * 24 * HOUR })),
      nextCallKind: fc.constantFrom('callback', 'retry', 'followUp', 'checkIn', null),
      priority: fc.integer({ min: -2, max: 1002 }),
      createdAt: fc.integer({ min: NOW - 365 * 24 * HOUR, max: NOW }),
      ownerId: fc.constant('u1' as UserId),
      teamId: fc.constant(null),
      phoneE164: fc.constantFrom('+905321234567', null),
      timeZone: fc.constantFrom(...ZONES),
    });
    const instant = fc.oneof(
      fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }),
      fc
        .constantFrom(
          '2026-03-08',
          '2026-03-29',
          '2026-04-05',
          '2026-10-04',
          '2026-10-25',
          '2026-11-01',
        )
        .chain((day) =>
          fc
            .integer({ min: -24 * 60, max: 48 * 60 })
            .map((m) => Date.parse(`${day}T00:00:00Z`) + m * 60_000),
        ),
    );
    fc.assert(
      fc.property(fc.array(arbLead, { maxLength: 40 }), instant, (leads, now) => {
        const next = pickNext(indexOrder(leads, now), now);
        if (next === null) {
          // Nothing offered means nothing was both due and inside its window.
          expect(
            leads.some(
              (l) => queueBucket(l, now) !== null && isWithinCallingWindow(l.timeZone, now),
            ),
          ).toBe(false);
          return;
        }
        expect(next.doNotCall).toBe(false);
        expect(next.phoneE164).not.toBeNull();
        expect(isWithinCallingWindow(next.timeZone, now)).toBe(true);
        expect(queueBucket(next, now)).not.toBeNull();
        // Nothing callable sorts before it.
        for (const other of leads) {
          if (
            other === next ||
            queueBucket(other, now) === null ||
            !isWithinCallingWindow(other.timeZone, now)
          )
            continue;
          expect(compareQueue(next, other, now)).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
