// Proves putTargets sets a rep's targets (a daily talk target when one is sent) and the daily ones on their record, for an administrator or a supervisor of the rep's team only, and refuses unknown reps and invalid numbers.
import { describe, expect, it } from 'vitest';
import { ISTANBUL_TEAM_ID } from '../demo/index';
import type { UserId } from '../domain/ids';
import { putTargets } from './put-targets';
import { outsideReach } from './verb';
import { NOW, U, effectsOf, outcome, run, userOf, world } from './testing/world';

const TARGETS = { dailyCalls: 90, dailyBookings: 5, monthlyWins: 12, monthlyRevenue: 25_000 };

describe('putTargets', () => {
  it('sets the rep’s targets and copies the daily ones onto their record', () => {
    const r = run(putTargets, world(), 'omar', { userId: U.faisal, ...TARGETS });
    const targets = { userId: U.faisal, ...TARGETS, updatedAt: NOW, updatedBy: U.omar };
    expect(r).toEqual({
      ok: true,
      result: targets,
      effects: {
        targets: [targets],
        users: [{ ...userOf('faisal'), dailyCallTarget: 90, dailyBookingTarget: 5 }],
      },
    });
    expect(outsideReach(putTargets, effectsOf(r).effects, U.omar)).toBeNull();
  });

  it('stores a daily talk target when one is sent, and none when it is not', () => {
    const r = run(putTargets, world(), 'omar', { userId: U.faisal, ...TARGETS, dailyTalkMin: 90 });
    expect(effectsOf(r).effects.targets).toEqual([
      { userId: U.faisal, ...TARGETS, dailyTalkMin: 90, updatedAt: NOW, updatedBy: U.omar },
    ]);
    // Without one (a desk of an older version too) the key is absent, not undefined: the row
    // round-trips through JSON and IndexedDB as it was.
    const [stored] = effectsOf(run(putTargets, world(), 'omar', { userId: U.faisal, ...TARGETS }))
      .effects.targets!;
    expect(Object.keys(stored!)).not.toContain('dailyTalkMin');
    // Zero is "no talk target" and is kept as sent.
    const [zero] = effectsOf(
      run(putTargets, world(), 'omar', { userId: U.faisal, ...TARGETS, dailyTalkMin: 0 }),
    ).effects.targets!;
    expect(zero?.dailyTalkMin).toBe(0);
  });

  it('lets a supervisor set targets only in the teams they lead', () => {
    expect(outcome(run(putTargets, world(), 'omar', { userId: U.emre, ...TARGETS }))).toBe(
      'forbidden',
    );
    expect(outcome(run(putTargets, world(), 'sarah', { userId: U.emre, ...TARGETS }))).toBe('ok');
    const led = world();
    led.teamRows.set(ISTANBUL_TEAM_ID, { ...led.team(ISTANBUL_TEAM_ID)!, supervisorId: U.omar });
    expect(outcome(run(putTargets, led, 'omar', { userId: U.emre, ...TARGETS }))).toBe('ok');
  });

  it('refuses an unknown rep, numbers that are not whole or negative, and agents', () => {
    const unknown = '01900000-0000-7000-8000-000000000999' as UserId;
    expect(outcome(run(putTargets, world(), 'sarah', { userId: unknown, ...TARGETS }))).toBe(
      'notFound',
    );
    for (const bad of [
      { dailyCalls: -1 },
      { dailyBookings: 1.5 },
      { monthlyRevenue: -10 },
      { dailyTalkMin: 1.5 },
      { dailyTalkMin: -1 },
      { dailyTalkMin: 1441 },
    ])
      expect(run(putTargets, world(), 'omar', { userId: U.faisal, ...TARGETS, ...bad })).toEqual({
        ok: false,
        error: { code: 'invalid', userIssues: ['targetInvalid'] },
      });
    expect(outcome(run(putTargets, world(), 'faisal', { userId: U.faisal, ...TARGETS }))).toBe(
      'forbidden',
    );
  });
});
