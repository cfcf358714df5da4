// closeLost: the closer loses the deal, with a reason from the list (DOMAIN.md lost reasons).
import { z } from 'zod';
import { leadIdSchema } from '../domain/ids';
import { LOST_REASONS, transition } from '../domain/pipeline';
import {
  activityOf,
  competitorOf,
  competitorSchema,
  leadChange,
  leadOf,
  lostFields,
} from './lead-change';
import { atSchema, defineVerb, fail, newActivityIdSchema, ok } from './verb';

export const closeLost = defineVerb({
  name: 'closeLost',
  args: z.object({
    id: newActivityIdSchema,
    leadId: leadIdSchema,
    reason: z.enum(LOST_REASONS),
    note: z.string().max(20_000).default(''),
    /** The competitor the lead went to, when the reason is 'competitor' and the closer named one. */
    competitor: competitorSchema.optional(),
    at: atSchema,
  }),
  roles: ['closer'],
  reach: {
    leads: {
      fields: ['stage', 'stageChangedAt', 'lostReason', 'nextCallAt', 'nextCallKind', 'updatedAt'],
      stages: ['lost'],
    },
    activities: ['stageChange'],
  },
  reads: (args) => ({ leads: [args.leadId] }),
  apply(state, args, ctx) {
    if (competitorOf(args.competitor) && args.reason !== 'competitor')
      return fail('invalidArgs', 'Only a lead lost to a competitor names one.');
    const lead = leadOf(state, args.leadId);
    if (typeof lead === 'string') return fail(lead);
    const t = transition(lead, 'lost', args.at, args.reason);
    if (!t.ok)
      return fail(t.error.code === 'notAllowed' ? 'notAllowedInStage' : 'lostReasonMissing');
    return ok({
      leads: [
        leadChange(lead, { ...t.patch, nextCallAt: null, nextCallKind: null, updatedAt: args.at }),
      ],
      activities: [
        activityOf(ctx, lead, {
          id: args.id,
          type: 'stageChange',
          at: args.at,
          stageTo: 'lost',
          note: args.note.trim(),
          ...lostFields(args.reason, args.competitor),
        }),
      ],
    });
  },
});
