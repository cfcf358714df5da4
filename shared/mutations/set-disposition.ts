// setDisposition: a call and its outcome on one of the agent's number keys (no answer, busy,
// voicemail, wrong number, not interested, do not call, retained, up-sold, churned). A call-back,
// a booked meeting and a sale are verbs of their own (scheduleCallback, handOff, closeWon).
import { z } from 'zod';
import { AGENT_ROLES, isAgentRole, OBJECTION_CATEGORIES } from '../domain/content';
import { NEW_OFFER_MAX } from '../domain/lead';
import { DISPOSITION_KEYS, DISPOSITIONS, type Disposition } from '../domain/dispositions';
import { LOST_REASONS } from '../domain/pipeline';
import {
  callArgsSchema,
  competitorOf,
  competitorSchema,
  dealArgsSchema,
  logCall,
} from './lead-change';
import { defineVerb, fail } from './verb';

/** Outcomes with a verb of their own. */
const OWN_VERB: readonly Disposition[] = ['callBack', 'meetingBooked', 'sale'];
export const PLAIN_DISPOSITIONS = DISPOSITIONS.filter((d) => !OWN_VERB.includes(d)) as Exclude<
  Disposition,
  'callBack' | 'meetingBooked' | 'sale'
>[];

/** Outcomes that may lose the lead or customer for a reason the agent picks. */
const LOSING: readonly Disposition[] = ['notInterested', 'churned'];

export const setDisposition = defineVerb({
  name: 'setDisposition',
  args: callArgsSchema.extend({
    disposition: z.enum(PLAIN_DISPOSITIONS),
    /** Why a customer churned or a lead refused for good (defaults per outcome). */
    lostReason: z.enum(LOST_REASONS).optional(),
    /** The competitor a customer or lead went to, when they are lost to one and the agent named it. */
    competitor: competitorSchema.optional(),
    /** What an up-sold customer bought: a purchase in their history. */
    purchase: dealArgsSchema.pick({ productId: true, amount: true, currency: true }).optional(),
    /** A refusal's reason (objection category) and the new offer for the re-call. */
    objection: z.enum(OBJECTION_CATEGORIES).optional(),
    newOffer: z.string().max(NEW_OFFER_MAX).optional(),
  }),
  roles: AGENT_ROLES,
  reach: {
    leads: {
      fields: [
        'ownerId',
        'attempts',
        'touches',
        'nextCallAt',
        'nextCallKind',
        'followUpList',
        'refusals',
        'stage',
        'stageChangedAt',
        'lostReason',
        'refusalReason',
        'newOffer',
        'doNotCall',
        'notes',
        'updatedAt',
      ],
      stages: ['lost', 'retention'],
      owner: 'actor',
    },
    activities: ['call', 'stageChange'],
  },
  reads: (args) => ({ leads: [args.leadId] }),
  apply(state, args, ctx) {
    // Each role has its own keys: a hunter cannot "retain", a closer cannot "churn".
    const allowed = ctx.actor.roles.some(
      (r) => isAgentRole(r) && DISPOSITION_KEYS[r].includes(args.disposition),
    );
    if (!allowed)
      return fail('dispositionNotAllowed', `${args.disposition} is not one of your keys.`);
    const purchase = args.purchase;
    if (purchase) {
      if (args.disposition !== 'upsold')
        return fail('invalidArgs', 'Only an up-sell records a purchase.');
      if (!(purchase.amount > 0)) return fail('dealAmountInvalid');
    }
    if ((args.objection || args.newOffer) && args.disposition !== 'notInterested')
      return fail('invalidArgs', 'Only a refusal records an objection or a new offer.');
    // A competitor is named only with an outcome that can lose the lead to one; whether this
    // refusal loses the lead is the rule's to say (the desk may not know the refusal count).
    if (
      competitorOf(args.competitor) &&
      (!LOSING.includes(args.disposition) ||
        (args.lostReason !== undefined && args.lostReason !== 'competitor'))
    )
      return fail('invalidArgs', 'Only a lead lost to a competitor names one.');
    const offer = args.newOffer?.trim() ?? '';
    const refusal = {
      ...(args.objection ? { objection: args.objection } : {}),
      ...(offer ? { newOffer: offer } : {}),
    };
    return logCall(
      state,
      args,
      ctx,
      args.disposition,
      { ...(args.lostReason ? { lostReason: args.lostReason } : {}), ...refusal },
      { ...purchase, ...refusal },
      args.competitor,
    );
  },
});
