// putSalesTarget: a team's (or, with no team, the organisation's) sales target for one month.
import { z } from 'zod';
import { canEditSalesTarget, validateSalesTarget } from '../domain/editing';
import { teamIdSchema } from '../domain/ids';
import { salesTargetId, type SalesTarget } from '../domain/targets';
import { atSchema, defineVerb, fail, ok } from './verb';

export const putSalesTarget = defineVerb({
  name: 'putSalesTarget',
  args: z.object({
    teamId: teamIdSchema.nullable(),
    month: z.string().max(20),
    revenue: z.number(),
    wins: z.number(),
    at: atSchema,
  }),
  roles: ['supervisor', 'admin'],
  reach: { salesTargets: true },
  audited: true,
  reads: () => ({ people: true }),
  apply(state, args, ctx) {
    if (args.teamId !== null && !state.team(args.teamId)) return fail('notFound');
    if (!canEditSalesTarget(ctx.actor, args.teamId, state.teams())) return fail('forbidden');
    const target: SalesTarget = {
      id: salesTargetId(args.teamId, args.month),
      teamId: args.teamId,
      month: args.month,
      revenue: args.revenue,
      wins: args.wins,
    };
    const userIssues = validateSalesTarget(target);
    if (userIssues.length) return { ok: false, error: { code: 'invalid', userIssues } };
    return ok({ salesTargets: [target] }, target);
  },
});
