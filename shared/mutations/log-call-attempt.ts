// logCallAttempt: a call the desk's phone placed that nobody answered — no answer, busy, rejected,
// cancelled or failed — logged by the phone itself the moment it ends, with what the line
// signalled. No answer and busy move the lead as their number keys do (attempt, retry); a quick
// cancel or a failure of the network or PBX leaves the lead as it was. Answered calls are logged
// by the agent's outcome key, with the same telephony facts (setDisposition and friends).
import { z } from 'zod';
import { dispositionOfUnanswered, phoneCallSchema } from '../domain/call-attempt';
import { AGENT_ROLES } from '../domain/content';
import { leadIdSchema } from '../domain/ids';
import { activityOf, cardsOpenedSchema, leadOf, logCall } from './lead-change';
import { atSchema, defineVerb, fail, newActivityIdSchema, ok } from './verb';

export const logCallAttempt = defineVerb({
  name: 'logCallAttempt',
  args: z.object({
    id: newActivityIdSchema,
    leadId: leadIdSchema,
    phone: phoneCallSchema,
    note: z.string().max(20_000).default(''),
    /** The objection cards the agent opened before the line gave up (card ids, each once). */
    cardsOpened: cardsOpenedSchema.optional(),
    at: atSchema,
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
        'notes',
        'updatedAt',
      ],
      owner: 'actor',
    },
    activities: ['call'],
  },
  reads: (args) => ({ leads: [args.leadId] }),
  apply(state, args, ctx) {
    if (args.phone.result === 'answered')
      return fail('callAnswered', 'An answered call is logged with its outcome key.');
    const disposition = dispositionOfUnanswered(args.phone);
    if (disposition) return logCall(state, { ...args, durationSec: 0 }, ctx, disposition);
    const lead = leadOf(state, args.leadId);
    if (typeof lead === 'string') return fail(lead);
    return ok({
      activities: [
        activityOf(ctx, lead, {
          id: args.id,
          type: 'call',
          at: args.at,
          durationSec: 0,
          note: args.note.trim(),
          phone: args.phone,
          ...(args.cardsOpened?.length ? { cardsOpened: args.cardsOpened } : {}),
        }),
      ],
    });
  },
});
