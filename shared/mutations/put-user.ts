// putUser: adds or changes a person. An administrator may do anything; a supervisor edits people
// of a team they lead, keeps them there and never grants or takes the supervisor or
// administrator role (shared/domain/editing.ts canEditUser). E-mails are unique everywhere.
import { z } from 'zod';
import { USER_ROLES, userSchema } from '../domain/content';
import { canEditUser, normaliseUser, validateUser } from '../domain/editing';
import { atSchema, defineVerb, fail, ok } from './verb';

export const putUser = defineVerb({
  name: 'putUser',
  args: z.object({
    // Roles may be empty here: that is a mistake the person editing is told about (rolesRequired).
    user: userSchema.extend({ roles: z.array(z.enum(USER_ROLES)).max(USER_ROLES.length) }),
    isNew: z.boolean(),
    at: atSchema,
  }),
  roles: ['supervisor', 'admin'],
  reach: { users: true },
  audited: true,
  reads: (args) => ({ people: true, emails: [args.user.email], foreignIds: [args.user.id] }),
  apply(state, args, ctx) {
    const user = normaliseUser(args.user);
    if (state.isForeign(user.id)) return fail('idTaken', `${user.id} is used elsewhere.`);
    const before = state.user(user.id);
    if (args.isNew && before) return fail('idTaken');
    if (!args.isNew && !before) return fail('notFound');
    if (!canEditUser(ctx.actor, before ?? null, user, state.teams())) return fail('forbidden');
    const userIssues = validateUser(user, state.users());
    const owner = state.userByEmail(user.email);
    if (owner && owner.id !== user.id && !userIssues.includes('emailTaken'))
      userIssues.push('emailTaken');
    if (user.teamId !== null && !state.team(user.teamId)) userIssues.push('teamRequired');
    if (userIssues.length) return { ok: false, error: { code: 'invalid', userIssues } };
    return ok({ users: [user] }, user);
  },
});
