// sendProposal: the closer sends the proposal; the follow-up call is planned a few days on,
// inside the lead's calling hours (shared/domain/follow-up.ts proposalFollowUp). A proposal sent
// as a quote document carries the quote's record (number, discount, validity, language) on the
// proposal and on its activity; its total must be the proposal's amount.
import { proposalFollowUp } from '../domain/follow-up';
import { transition } from '../domain/pipeline';
import { quoteRecordSchema, quoteTotals } from '../quote/quote';
import { activityOf, callingRules, dealArgsSchema, leadChange, leadOf } from './lead-change';
import { defineVerb, fail, ok } from './verb';

export const sendProposal = defineVerb({
  name: 'sendProposal',
  args: dealArgsSchema.extend({ quote: quoteRecordSchema.optional() }),
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
    if (args.quote) {
      const totals = quoteTotals(args.quote);
      if (typeof totals === 'string' || totals.total !== args.amount) {
        return fail('dealAmountInvalid');
      }
      if (args.quote.validUntil <= args.at) return fail('invalidArgs');
    }
    const t = transition(lead, 'proposalSent', args.at);
    if (!t.ok) return fail('notAllowedInStage');
    const rules = callingRules(lead, ctx);
    const proposal = {
      productId: args.productId,
      amount: args.amount,
      currency: args.currency,
      at: args.at,
      ...(args.quote ? { quote: args.quote } : {}),
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
          ...(args.quote ? { quote: args.quote } : {}),
        }),
      ],
    });
  },
});
