// putTargets: a rep's daily and monthly targets, set by an administrator or the supervisor of the
// rep's team. The person's record keeps the daily ones too (the call screen's counters read
// them there).
import { z } from 'zod';
import { canEditTargets, validateRepTargets } from '../domain/editing';
import { userIdSchema } from '../domain/ids';
import type { RepTargets } from '../domain/targets';
import { atSchema, defineVerb, fail, ok } from './verb';

export const putTargets = defineVerb({
  name: 'putTargets',
  args: z.object({
    userId: userIdSchema,
    dailyCalls: z.number(),
    dailyBookings: z.number(),
    monthlyWins: z.number(),
    monthlyRevenue: z.number(),
    /** Minutes of talk a day; absent is no talk target. */
    dailyTalkMin: z.number().optional(),
    at: atSchema,
  }),
  roles: ['supervisor', 'admin'],
  reach: { targets: true, users: true },
  audited: true,
  reads: () => ({ people: true }),
  apply(state, args, ctx) {
    const rep = state.user(args.userId);
    if (!rep) return fail('notFound');
    if (!canEditTargets(ctx.actor, rep, state.teams())) return fail('forbidden');
    const userIssues = validateRepTargets(args);
    if (userIssues.length) return { ok: false, error: { code: 'invalid', userIssues } };
    const targets: RepTargets = {
      userId: rep.id,
      dailyCalls: args.dailyCalls,
      dailyBookings: args.dailyBookings,
      monthlyWins: args.monthlyWins,
      monthlyRevenue: args.monthlyRevenue,
      // The stored row replaces the old one whole: this verb's state does not read stored
      // targets, so a desk of an older version, which does not send a talk target, clears it.
      // Absent stays absent, so rows without one round-trip unchanged.
      ...(args.dailyTalkMin !== undefined && { dailyTalkMin: args.dailyTalkMin }),
      updatedAt: args.at,
      updatedBy: ctx.actor.id,
    };
    const user = {
      ...rep,
      dailyCallTarget: args.dailyCalls,
      dailyBookingTarget: args.dailyBookings,
    };
    return ok({ targets: [targets], users: [user] }, targets);
  },
});
