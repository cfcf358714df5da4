// handOff: the hunter's call books a meeting; the lead goes to the closer who will hold it, with
// the hunter's note for them.
import { userIdSchema } from '../domain/ids';
import { callArgsSchema, logCall } from './lead-change';
import { defineVerb, epochMsSchema, fail } from './verb';

export const handOff = defineVerb({
  name: 'handOff',
  args: callArgsSchema.extend({ closerId: userIdSchema, meetingAt: epochMsSchema }),
  roles: ['hunter'],
  reach: {
    leads: {
      fields: [
        'ownerId',
        'attempts',
        'touches',
        'stage',
        'stageChangedAt',
        'lostReason',
        'meeting',
        'nextCallAt',
        'nextCallKind',
        'followUpList',
        'notes',
        'updatedAt',
      ],
      stages: ['meetingScheduled'],
      owner: 'anyone',
    },
    activities: ['call', 'stageChange'],
  },
  reads: (args) => ({ leads: [args.leadId], people: true }),
  apply(state, args, ctx) {
    const closer = state.user(args.closerId);
    if (!closer || closer.disabled || !closer.roles.includes('closer'))
      return fail('closerInvalid', `${args.closerId} is not a closer who can take meetings.`);
    return logCall(state, args, ctx, 'meetingBooked', {
      meeting: { closerId: closer.id, at: args.meetingAt, note: args.note.trim() },
    });
  },
});
