// closeWon: the deal is won — by the closer after the meeting, or by the hunter on the call
// itself (the "sale" key, then the call is logged too). The customer goes to a farmer with the
// first check-in planned.
import { pickFarmer } from '../domain/assignment';
import { wonFields } from '../domain/dispositions';
import { userIdSchema } from '../domain/ids';
import { transition } from '../domain/pipeline';
import {
  activityOf,
  callArgsSchema,
  callingRules,
  dealArgsSchema,
  leadChange,
  leadOf,
  logCall,
} from './lead-change';
import { defineVerb, fail, ok } from './verb';

export const closeWon = defineVerb({
  name: 'closeWon',
  args: dealArgsSchema.extend({
    /** Who looks after the customer; by default a farmer of the lead's team (pickFarmer). */
    farmerId: userIdSchema.nullable().optional(),
    /** Won on a call: the call is logged with the "sale" outcome. */
    call: callArgsSchema
      .pick({ durationSec: true, note: true, phone: true, cardsOpened: true })
      .optional(),
  }),
  roles: ['hunter', 'closer'],
  reach: {
    leads: {
      fields: [
        'ownerId',
        'stage',
        'stageChangedAt',
        'lostReason',
        'deal',
        'nextCallAt',
        'nextCallKind',
        'followUpList',
        'attempts',
        'touches',
        'notes',
        'updatedAt',
      ],
      stages: ['won'],
      owner: 'anyone',
    },
    activities: ['call', 'stageChange'],
  },
  reads: (args) => ({ leads: [args.leadId], people: true }),
  apply(state, args, ctx) {
    const lead = leadOf(state, args.leadId);
    if (typeof lead === 'string') return fail(lead);
    let farmerId = args.farmerId;
    if (farmerId === undefined) farmerId = pickFarmer(state.users(), lead.teamId);
    else if (farmerId !== null) {
      const farmer = state.user(farmerId);
      if (!farmer || farmer.disabled || !farmer.roles.includes('farmer'))
        return fail('farmerInvalid', `${farmerId} is not a farmer.`);
    }
    const deal = { productId: args.productId, amount: args.amount, currency: args.currency };
    if (args.call)
      return logCall(
        state,
        { ...args.call, id: args.id, leadId: lead.id, at: args.at },
        ctx,
        'sale',
        {
          deal,
          farmerId,
        },
      );
    const t = transition(lead, 'won', args.at);
    if (!t.ok) return fail('notAllowedInStage');
    const won = wonFields(lead, deal, { now: args.at, farmerId, ...callingRules(lead, ctx) });
    if (typeof won === 'string') return fail(won);
    return ok({
      leads: [leadChange(lead, { ...t.patch, ...won, updatedAt: args.at })],
      activities: [
        activityOf(ctx, lead, {
          id: args.id,
          type: 'stageChange',
          at: args.at,
          stageTo: 'won',
          amount: deal.amount,
          currency: deal.currency,
          productId: deal.productId,
        }),
      ],
    });
  },
});
