// Proves putSalesTarget sets a team's (or the organisation's) monthly target, for the team's supervisor or an administrator only, and refuses unknown teams and invalid months and numbers.
import { describe, expect, it } from 'vitest';
import { GULF_TEAM_ID, ISTANBUL_TEAM_ID } from '../demo/index';
import type { TeamId } from '../domain/ids';
import { putSalesTarget } from './put-sales-target';
import { outsideReach } from './verb';
import { U, effectsOf, outcome, run, world } from './testing/world';

const TARGET = { month: '2026-12', revenue: 250_000, wins: 40 };

describe('putSalesTarget', () => {
  it('sets the team’s target for the month', () => {
    const r = run(putSalesTarget, world(), 'omar', { teamId: GULF_TEAM_ID, ...TARGET });
    const target = { id: `${GULF_TEAM_ID}:2026-12`, teamId: GULF_TEAM_ID, ...TARGET };
    expect(r).toEqual({ ok: true, result: target, effects: { salesTargets: [target] } });
    expect(outsideReach(putSalesTarget, effectsOf(r).effects, U.omar)).toBeNull();
  });

  it('leaves other teams’ and the organisation’s targets to their supervisor and the administrator', () => {
    const set = (who: 'omar' | 'sarah', teamId: TeamId | null) =>
      outcome(run(putSalesTarget, world(), who, { teamId, ...TARGET }));
    expect(set('omar', ISTANBUL_TEAM_ID)).toBe('forbidden');
    expect(set('omar', null)).toBe('forbidden');
    expect(set('sarah', ISTANBUL_TEAM_ID)).toBe('ok');
    expect(
      effectsOf(run(putSalesTarget, world(), 'sarah', { teamId: null, ...TARGET })).result,
    ).toEqual({
      id: 'org:2026-12',
      teamId: null,
      ...TARGET,
    });
  });

  it('refuses an unknown team, a month that is not one, negative or fractional numbers, and agents', () => {
    expect(
      outcome(
        run(putSalesTarget, world(), 'sarah', {
          teamId: '01900000-0000-7000-8000-000000000199' as TeamId,
          ...TARGET,
        }),
      ),
    ).toBe('notFound');
    expect(
      run(putSalesTarget, world(), 'omar', { teamId: GULF_TEAM_ID, ...TARGET, month: '2026-13' }),
    ).toEqual({ ok: false, error: { code: 'invalid', userIssues: ['monthInvalid'] } });
    for (const bad of [{ revenue: -1 }, { wins: 2.5 }])
      expect(
        run(putSalesTarget, world(), 'omar', { teamId: GULF_TEAM_ID, ...TARGET, ...bad }),
      ).toEqual({ ok: false, error: { code: 'invalid', userIssues: ['targetInvalid'] } });
    expect(
      outcome(run(putSalesTarget, world(), 'faisal', { teamId: GULF_TEAM_ID, ...TARGET })),
    ).toBe('forbidden');
  });
});
