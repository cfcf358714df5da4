// putTeam: an administrator adds or renames a team and names its supervisor.
import { z } from 'zod';
import { teamSchema } from '../domain/content';
import { normaliseLocalized, validateTeam } from '../domain/editing';
import { atSchema, defineVerb, fail, ok } from './verb';

export const putTeam = defineVerb({
  name: 'putTeam',
  args: z.object({ team: teamSchema, isNew: z.boolean(), at: atSchema }),
  roles: ['admin'],
  reach: { teams: true },
  audited: true,
  reads: (args) => ({ people: true, foreignIds: [args.team.id] }),
  apply(state, args) {
    const team = { ...args.team, name: normaliseLocalized(args.team.name) };
    if (state.isForeign(team.id)) return fail('idTaken', `${team.id} is used elsewhere.`);
    const before = state.team(team.id);
    if (args.isNew && before) return fail('idTaken');
    if (!args.isNew && !before) return fail('notFound');
    const userIssues = validateTeam(team);
    if (team.supervisorId !== null) {
      const boss = state.user(team.supervisorId);
      if (!boss || !boss.roles.includes('supervisor')) userIssues.push('supervisorInvalid');
    }
    if (userIssues.length) return { ok: false, error: { code: 'invalid', userIssues } };
    return ok({ teams: [team] }, team);
  },
});
