// Proves putUser saves a tidied person; a supervisor edits only people of teams they lead and never grants or takes privileged roles; ids and e-mails are unique everywhere.
import { describe, expect, it } from 'vitest';
import { GULF_TEAM_ID, ISTANBUL_TEAM_ID } from '../demo/index';
import type { User } from '../domain/content';
import type { TeamId, UserId } from '../domain/ids';
import { putUser } from './put-user';
import { outsideReach } from './verb';
import { U, effectsOf, outcome, run, userOf, world, type Who } from './testing/world';

const NEW_ID = '01900000-0000-7000-8000-000000000210' as UserId;
const newcomer = (over: Partial<User> = {}): User => ({
  id: NEW_ID,
  displayName: 'Lina Haddad',
  email: 'lina.haddad@rawaa.example',
  roles: ['hunter'],
  teamId: GULF_TEAM_ID,
  locale: 'ar',
  dailyCallTarget: 80,
  dailyBookingTarget: 4,
  ...over,
});
const save = (who: Who, user: User, isNew: boolean, state = world()) =>
  run(putUser, state, who, { user, isNew });

describe('putUser', () => {
  it('adds a person tidied: trimmed name, lower-case e-mail, each role once', () => {
    const r = save(
      'sarah',
      newcomer({
        displayName: '  Lina Haddad ',
        email: ' Lina.Haddad@Rawaa.example ',
        roles: ['hunter', 'hunter'],
      }),
      true,
    );
    expect(r).toEqual({ ok: true, result: newcomer(), effects: { users: [newcomer()] } });
    expect(outsideReach(putUser, effectsOf(r).effects, U.sarah)).toBeNull();
  });

  it('lets a supervisor add and edit agents of the team they lead', () => {
    expect(outcome(save('omar', newcomer(), true))).toBe('ok');
    const renamed = { ...userOf('faisal'), displayName: 'Faisal A.' };
    expect(save('omar', renamed, false)).toEqual({
      ok: true,
      result: renamed,
      effects: { users: [renamed] },
    });
    expect(outcome(save('omar', { ...userOf('faisal'), disabled: true }, false))).toBe('ok');
  });

  it('never lets a supervisor grant or take privileged roles, or reach other teams', () => {
    const faisal = userOf('faisal');
    expect(outcome(save('omar', { ...faisal, roles: ['hunter', 'supervisor'] }, false))).toBe(
      'forbidden',
    );
    expect(outcome(save('omar', newcomer({ roles: ['supervisor'] }), true))).toBe('forbidden');
    expect(outcome(save('omar', newcomer({ roles: ['admin'], teamId: GULF_TEAM_ID }), true))).toBe(
      'forbidden',
    );
    expect(outcome(save('omar', { ...userOf('omar'), roles: ['hunter'] }, false))).toBe(
      'forbidden',
    );
    expect(outcome(save('omar', { ...faisal, teamId: ISTANBUL_TEAM_ID }, false))).toBe('forbidden');
    expect(outcome(save('omar', { ...userOf('emre'), displayName: 'E.' }, false))).toBe(
      'forbidden',
    );
    expect(outcome(save('omar', newcomer({ teamId: ISTANBUL_TEAM_ID }), true))).toBe('forbidden');
    // The administrator may do all of it.
    expect(outcome(save('sarah', { ...faisal, roles: ['hunter', 'supervisor'] }, false))).toBe(
      'ok',
    );
  });

  it('keeps ids unique: no second person with an id, none from another organisation', () => {
    expect(outcome(save('sarah', newcomer({ id: U.faisal }), true))).toBe('idTaken');
    const state = world();
    state.foreign.add(NEW_ID);
    expect(outcome(save('sarah', newcomer(), true, state))).toBe('idTaken');
    expect(outcome(save('sarah', newcomer(), false))).toBe('notFound');
  });

  it('refuses a record with mistakes, and says which', () => {
    const issues = (user: User, state = world()) => {
      const r = save('sarah', user, true, state);
      return r.ok ? [] : [r.error.code, ...(r.error.userIssues ?? [])];
    };
    expect(issues(newcomer({ email: userOf('mona').email.toUpperCase() }))).toEqual([
      'invalid',
      'emailTaken',
    ]);
    expect(issues(newcomer({ displayName: '  ', email: 'nope', roles: [], teamId: null }))).toEqual(
      ['invalid', 'displayNameRequired', 'emailInvalid', 'rolesRequired', 'teamRequired'],
    );
    expect(issues(newcomer({ teamId: '01900000-0000-7000-8000-000000000199' as TeamId }))).toEqual([
      'invalid',
      'teamRequired',
    ]);
    // An administrator needs no team.
    expect(issues(newcomer({ roles: ['admin'], teamId: null }))).toEqual([]);
    // E-mails are unique across organisations too (the server loads the other one's owner).
    const elsewhere = world();
    elsewhere.emails.set('lina.haddad@rawaa.example', {
      id: '0c000000-0000-4000-8000-000000000001' as UserId,
    });
    expect(issues(newcomer(), elsewhere)).toEqual(['invalid', 'emailTaken']);
  });

  it('is the supervisors’ and administrators’ alone', () => {
    expect(outcome(save('faisal', { ...userOf('faisal'), displayName: 'Me' }, false))).toBe(
      'forbidden',
    );
  });
});
