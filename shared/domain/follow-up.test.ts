import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isWithinCallingWindow, localTime } from './calling-window';
import {
  afterRefusal,
  DEFAULT_FOLLOW_UP_POLICY,
  followUpPolicyFrom,
  nextCheckIn,
  nextPeriodEnd,
  proposalFollowUp,
  retryAt,
  touchProgress,
} from './follow-up';
import { ZONES } from './testing/zones';

const NOW = Date.UTC(2026, 10, 22, 10); // Sunday 22 Nov 2026, 13:00 in Istanbul

describe('follow-up rules', () => {
  it('re-calls four days after the first refusal, inside calling hours', () => {
    const r = afterRefusal(1, 'Europe/Istanbul', NOW);
    expect(r).toEqual({ kind: 'followUp', list: 'recall', nextCallAt: NOW + 4 * 86_400_000 });
  });

  it('moves a second refusal to the month-end list and a third to the quarter list', () => {
    const month = afterRefusal(2, 'Europe/Istanbul', NOW);
    expect(month).toMatchObject({ kind: 'followUp', list: 'month' });
    if (month.kind !== 'followUp') throw new Error();
    expect(localTime('Europe/Istanbul', month.nextCallAt)).toMatchObject({
      month: 11,
      day: 30,
      minutes: 540,
    });
    const quarter = afterRefusal(3, 'Europe/Istanbul', NOW);
    if (quarter.kind !== 'followUp') throw new Error();
    expect(quarter.list).toBe('quarter');
    expect(localTime('Europe/Istanbul', quarter.nextCallAt)).toMatchObject({ month: 12, day: 31 });
  });

  it('gives up after refusing on the quarter list', () => {
    expect(afterRefusal(4, 'Europe/Istanbul', NOW)).toEqual({ kind: 'lost' });
  });

  it('puts the month-end call on the last working day when the month ends on a day off', () => {
    // January 2027 ends on a Sunday; an office that does not call at weekends calls on Friday the 29th.
    const at = nextPeriodEnd('month', 'Europe/London', Date.UTC(2027, 0, 5), {
      startMinutes: 540,
      endMinutes: 1200,
      days: [1, 2, 3, 4, 5],
    });
    expect(localTime('Europe/London', at)).toMatchObject({ month: 1, day: 29, minutes: 540 });
  });

  it('rolls over to next month when this month-end has passed', () => {
    const lateOnTheLastDay = Date.UTC(2026, 10, 30, 18); // 21:00 Istanbul, 30 Nov
    expect(
      localTime('Europe/Istanbul', nextPeriodEnd('month', 'Europe/Istanbul', lateOnTheLastDay)),
    ).toMatchObject({
      month: 12,
      day: 31,
    });
  });

  it('retries a busy line in half an hour and a no-answer in two hours', () => {
    expect(retryAt('busy', 'Europe/Istanbul', NOW)).toBe(NOW + 30 * 60_000);
    expect(retryAt('noAnswer', 'Europe/Istanbul', NOW)).toBe(NOW + 120 * 60_000);
    // 19:30 Istanbul + 2 h is after hours: tomorrow 09:00.
    expect(retryAt('noAnswer', 'Europe/Istanbul', Date.UTC(2026, 10, 22, 16, 30))).toBe(
      Date.UTC(2026, 10, 23, 6),
    );
  });

  it('checks in on a customer 14 days after the sale, then every 90 days', () => {
    expect(nextCheckIn(NOW, true, 'Europe/Istanbul')).toBe(NOW + 14 * 86_400_000);
    expect(nextCheckIn(NOW, false, 'Europe/Istanbul')).toBe(NOW + 90 * 86_400_000);
  });

  it('counts touches towards the goal of seven', () => {
    expect(touchProgress(3)).toEqual({ touches: 3, goal: 7, reached: false, remaining: 4 });
    expect(touchProgress(8)).toMatchObject({ reached: true, remaining: 0 });
  });

  it('property: every follow-up is in the future and inside the lead’s calling hours', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }),
        fc.integer({ min: 1, max: 3 }),
        (zone, now, refusals) => {
          const r = afterRefusal(refusals, zone, now);
          if (r.kind !== 'followUp') throw new Error('expected a follow-up');
          expect(r.nextCallAt).toBeGreaterThan(now);
          expect(isWithinCallingWindow(zone, r.nextCallAt)).toBe(true);
          const retry = retryAt('noAnswer', zone, now);
          expect(retry).toBeGreaterThan(now);
          expect(isWithinCallingWindow(zone, retry)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the organisation’s re-call delay', () => {
  it('a stored 3 or 5 days moves the re-call after a first refusal', () => {
    for (const days of [3, 5]) {
      const r = afterRefusal(1, 'Europe/Istanbul', NOW, followUpPolicyFrom({ recallDays: days }));
      expect(r).toEqual({ kind: 'followUp', list: 'recall', nextCallAt: NOW + days * 86_400_000 });
    }
  });

  it('no setting, or one outside 3–5 days, keeps the default of four days and the other rules', () => {
    for (const bad of [
      undefined,
      null,
      { recallDays: 9 },
      { recallDays: 2 },
      { recallDays: 3.5 },
      'x',
    ])
      expect(followUpPolicyFrom(bad)).toEqual(DEFAULT_FOLLOW_UP_POLICY);
    expect(followUpPolicyFrom({ recallDays: 5 })).toEqual({
      ...DEFAULT_FOLLOW_UP_POLICY,
      recallDays: 5,
    });
  });
});

describe('the proposal follow-up', () => {
  const DAY = 86_400_000;
  it('falls three days on, inside the lead’s calling hours and on a calling day', () => {
    // Sent Tuesday 24 Nov 10:00 in Riyadh: Friday 10:00 is inside the hours.
    const tue = Date.UTC(2026, 10, 24, 7);
    expect(proposalFollowUp(tue, 'Asia/Riyadh')).toBe(tue + 3 * DAY);
    // Sent at 21:00: three days on is 21:00, after the window closes: the next morning at 09:00.
    const late = Date.UTC(2026, 10, 24, 18);
    expect(proposalFollowUp(late, 'Asia/Riyadh')).toBe(Date.UTC(2026, 10, 28, 6));
    // With Friday and Saturday off, a Tuesday proposal is followed up on Sunday morning.
    const weekdays = { startMinutes: 9 * 60, endMinutes: 18 * 60, days: [0, 1, 2, 3, 4] };
    const at = proposalFollowUp(tue, 'Asia/Riyadh', DEFAULT_FOLLOW_UP_POLICY, weekdays);
    expect(at).toBe(Date.UTC(2026, 10, 29, 6));
    expect(isWithinCallingWindow('Asia/Riyadh', at, weekdays)).toBe(true);
  });

  it('always lands inside the calling window, whatever the zone and the hour it was sent', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }),
        (zone, sentAt) => {
          const at = proposalFollowUp(sentAt, zone);
          expect(at).toBeGreaterThanOrEqual(sentAt + 3 * DAY);
          expect(isWithinCallingWindow(zone, at)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
