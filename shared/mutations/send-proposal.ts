// sendProposal: the closer sends the proposal; the follow-up call is planned a few days on,
// inside the lead's calling hours (shared/domain/follow-up.ts proposalFollowUp).
import { proposalFollowUp } from '../domain/follow-up';
import { transition } from '../domain/pipeline';
import { activityOf, callingRules, dealArgsSchema, leadChange, leadOf } from './lead-change';
import { defineVerb, fail, ok } from './verb';

export const sendProposal = defineVerb({
  name: 'sendProposal',
  args: dealArgsSchema,
  roles: ['closer'],
  reach: {
    leads: {
      fields: [
        'stage',
        'stageChangedAt',
        'lostReason',
        'proposal',
        'nextCallAt',
        'nextCallKind',
        'updatedAt',
      ],
      stages: ['proposalSent'],
    },
    activities: ['stageChange'],
  },
  reads: (args) => ({ leads: [args.leadId] }),
  apply(state, args, ctx) {
    const lead = leadOf(state, args.leadId);
    if (typeof lead === 'string') return fail(lead);
    if (!(args.amount > 0)) return fail('dealAmountInvalid');
    const t = transition(lead, 'proposalSent', args.at);
    if (!t.ok) return fail('notAllowedInStage');
    const rules = callingRules(lead, ctx);
    const proposal = {
      productId: args.productId,
      amount: args.amount,
      currency: args.currency,
      at: args.at,
    };
    return ok({
      leads: [
        leadChange(lead, {
          ...t.patch,
          proposal,
          nextCallAt: proposalFollowUp(args.at, rules.timeZone, rules.policy, rules.calling),
          nextCallKind: 'followUp',
          updatedAt: args.at,
        }),
      ],
      activities: [
        activityOf(ctx, lead, {
          id: args.id,
          type: 'stageChange',
          at: args.at,
          stageTo: 'proposalSent',
          amount: args.amount,
          currency: args.currency,
        }),
      ],
    });
  },
});
