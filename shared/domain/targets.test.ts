// Proves rep targets stored before talk targets existed still parse, with no talk target, and
// that a talk target is minutes of a day.
import { describe, expect, it } from 'vitest';
import { DEMO_USER_IDS, DEMO_USERS } from '../demo/index';
import { dailyResultKinds, repTargetsSchema, targetsFor } from './targets';

const faisal = DEMO_USERS.find((u) => u.id === DEMO_USER_IDS.faisal)!;
/** A row as the server's rep_targets.data and the desk's IndexedDB held it before talk targets. */
const OLD_ROW = {
  userId: faisal.id,
  dailyCalls: 90,
  dailyBookings: 5,
  monthlyWins: 12,
  monthlyRevenue: 25_000,
  updatedAt: 1_700_000_000_000,
  updatedBy: null,
};

describe('rep targets', () => {
  it('parses a row stored before talk targets, as it was, with no talk target', () => {
    const parsed = repTargetsSchema.parse(OLD_ROW);
    expect(parsed).toEqual(OLD_ROW);
    expect('dailyTalkMin' in parsed).toBe(false);
  });

  it('takes a daily talk target of whole minutes, up to a whole day', () => {
    expect(repTargetsSchema.parse({ ...OLD_ROW, dailyTalkMin: 90 }).dailyTalkMin).toBe(90);
    expect(repTargetsSchema.parse({ ...OLD_ROW, dailyTalkMin: 1440 }).dailyTalkMin).toBe(1440);
    for (const bad of [1.5, -1, 1441, '90'])
      expect(
        repTargetsSchema.safeParse({ ...OLD_ROW, dailyTalkMin: bad }).success,
        String(bad),
      ).toBe(false);
  });

  it('gives a rep with no stored targets the daily ones of their record and no talk target', () => {
    const t = targetsFor(faisal, undefined);
    expect(t).toMatchObject({
      dailyCalls: faisal.dailyCallTarget,
      dailyBookings: faisal.dailyBookingTarget,
    });
    expect(t.dailyTalkMin ?? 0).toBe(0);
    const stored = { ...OLD_ROW, dailyTalkMin: 60 };
    expect(targetsFor(faisal, stored)).toBe(stored);
  });
});

describe('the daily result target', () => {
  it('counts meetings for a hunter, deals for a closer, up-sells for a farmer, and all for all', () => {
    expect(dailyResultKinds(['hunter'])).toEqual(['bookings']);
    expect(dailyResultKinds(['closer'])).toEqual(['wins']);
    expect(dailyResultKinds(['farmer'])).toEqual(['upsells']);
    expect(dailyResultKinds(['farmer', 'hunter', 'closer'])).toEqual([
      'bookings',
      'wins',
      'upsells',
    ]);
    expect(dailyResultKinds(['supervisor'])).toEqual([]);
  });
});
