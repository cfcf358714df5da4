// Proves putTeam adds or renames a team with a supervisor who is one, is the administrator's alone, and keeps team ids unique everywhere.
import { describe, expect, it } from 'vitest';
import { GULF_TEAM_ID } from '../demo/index';
import type { Team } from '../domain/content';
import type { TeamId, UserId } from '../domain/ids';
import { putTeam } from './put-team';
import { outsideReach } from './verb';
import { U, effectsOf, outcome, run, world, type Who } from './testing/world';

const NEW_TEAM = '01900000-0000-7000-8000-000000000103' as TeamId;
const team = (over: Partial<Team> = {}): Team => ({
  id: NEW_TEAM,
  name: { en: 'Levant team', ar: 'فريق الشام' },
  supervisorId: U.omar,
  ...over,
});
const save = (who: Who, t: Team, isNew: boolean, state = world()) =>
  run(putTeam, state, who, { team: t, isNew });

describe('putTeam', () => {
  it('adds a team with its name tidied and its supervisor', () => {
    const r = save(
      'sarah',
      team({ name: { en: ' Levant team ', ar: 'فريق الشام', tr: '  ' } }),
      true,
    );
    expect(r).toEqual({ ok: true, result: team(), effects: { teams: [team()] } });
    expect(outsideReach(putTeam, effectsOf(r).effects, U.sarah)).toBeNull();
  });

  it('renames an existing team, and may leave it without a supervisor', () => {
    const renamed = team({ id: GULF_TEAM_ID, name: { en: 'Gulf team' }, supervisorId: null });
    expect(effectsOf(save('sarah', renamed, false)).effects).toEqual({ teams: [renamed] });
  });

  it('keeps ids unique: no second team with an id, none from another organisation', () => {
    expect(outcome(save('sarah', team({ id: GULF_TEAM_ID }), true))).toBe('idTaken');
    const state = world();
    state.foreign.add(NEW_TEAM);
    expect(outcome(save('sarah', team(), true, state))).toBe('idTaken');
    expect(outcome(save('sarah', team(), false))).toBe('notFound');
  });

  it('refuses a team without a name or with a supervisor who is not one', () => {
    expect(save('sarah', team({ name: { en: '  ' } }), true)).toEqual({
      ok: false,
      error: { code: 'invalid', userIssues: ['teamNameRequired'] },
    });
    for (const supervisorId of [U.faisal, '01900000-0000-7000-8000-000000000999' as UserId])
      expect(save('sarah', team({ supervisorId }), true)).toEqual({
        ok: false,
        error: { code: 'invalid', userIssues: ['supervisorInvalid'] },
      });
  });

  it('is the administrator’s alone', () => {
    expect(outcome(save('omar', team(), true))).toBe('forbidden');
    expect(outcome(save('faisal', team(), true))).toBe('forbidden');
  });
});
