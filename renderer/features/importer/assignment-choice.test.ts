import { describe, expect, it } from 'vitest';
import { DEMO_USERS, DEMO_USER_IDS } from '../../../shared/demo/organisation';
import { assignmentFrom, type AssignChoice } from './assignment-choice';

const base: AssignChoice = {
  listName: 'Expo',
  mode: 'team',
  teamId: 'gulf',
  hunterIds: [],
  agentId: '',
  priority: 'normal',
};

describe('assignmentFrom', () => {
  it('needs a list name and a target for the chosen mode', () => {
    expect(assignmentFrom({ ...base, listName: ' ' }, DEMO_USERS)).toEqual({
      ok: false,
      problem: 'listNameRequired',
    });
    expect(assignmentFrom({ ...base, teamId: '' }, DEMO_USERS)).toEqual({
      ok: false,
      problem: 'noTeam',
    });
    expect(assignmentFrom({ ...base, mode: 'roundRobin' }, DEMO_USERS)).toEqual({
      ok: false,
      problem: 'noHunters',
    });
    expect(assignmentFrom({ ...base, mode: 'agent', agentId: 'nobody' }, DEMO_USERS)).toEqual({
      ok: false,
      problem: 'noAgent',
    });
  });

  it('gives each hunter their own team', () => {
    const r = assignmentFrom(
      { ...base, mode: 'roundRobin', hunterIds: [DEMO_USER_IDS.faisal, DEMO_USER_IDS.emre] },
      DEMO_USERS,
    );
    const faisal = DEMO_USERS.find((u) => u.id === DEMO_USER_IDS.faisal)!;
    const emre = DEMO_USERS.find((u) => u.id === DEMO_USER_IDS.emre)!;
    expect(r).toEqual({
      ok: true,
      assignment: {
        kind: 'roundRobin',
        agents: [
          { userId: faisal.id, teamId: faisal.teamId },
          { userId: emre.id, teamId: emre.teamId },
        ],
      },
    });
    expect(faisal.teamId).not.toBe(emre.teamId);
  });
});
