// scheduleCallback: a call that ends with the lead asking to be called back at a given time.
import { AGENT_ROLES } from '../domain/content';
import { callArgsSchema, logCall } from './lead-change';
import { defineVerb, epochMsSchema } from './verb';

export const scheduleCallback = defineVerb({
  name: 'scheduleCallback',
  args: callArgsSchema.extend({ callbackAt: epochMsSchema }),
  roles: AGENT_ROLES,
  reach: {
    leads: {
      fields: [
        'ownerId',
        'attempts',
        'touches',
        'nextCallAt',
        'nextCallKind',
        'notes',
        'updatedAt',
      ],
      owner: 'actor',
    },
    activities: ['call'],
  },
  reads: (args) => ({ leads: [args.leadId] }),
  apply: (state, args, ctx) =>
    logCall(state, args, ctx, 'callBack', { callbackAt: args.callbackAt }),
});
