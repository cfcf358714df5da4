// qualify: the hunter's BANT answers; four "yes" answers qualify a fresh lead.
import { z } from 'zod';
import { leadIdSchema } from '../domain/ids';
import { bantSchema } from '../domain/lead';
import { transition } from '../domain/pipeline';
import { activityOf, leadChange, leadOf } from './lead-change';
import { atSchema, defineVerb, fail, newActivityIdSchema, ok } from './verb';
import type { LeadPatch } from './effects';

export const qualify = defineVerb({
  name: 'qualify',
  args: z.object({
    id: newActivityIdSchema,
    leadId: leadIdSchema,
    bant: bantSchema,
    at: atSchema,
  }),
  roles: ['hunter', 'closer'],
  reach: {
    leads: {
      fields: ['bant', 'stage', 'stageChangedAt', 'lostReason', 'updatedAt'],
      stages: ['qualified'],
    },
    activities: ['stageChange'],
  },
  reads: (args) => ({ leads: [args.leadId] }),
  apply(state, args, ctx) {
    const lead = leadOf(state, args.leadId);
    if (typeof lead === 'string') return fail(lead);
    let patch: LeadPatch = { bant: args.bant, updatedAt: args.at };
    const allMet = Object.values(args.bant).every((a) => a.met === true);
    if (!allMet || lead.stage !== 'lead') return ok({ leads: [leadChange(lead, patch)] });
    const t = transition(lead, 'qualified', args.at);
    if (!t.ok) return fail('notAllowedInStage');
    patch = { ...patch, ...t.patch };
    return ok({
      leads: [leadChange(lead, patch)],
      activities: [
        activityOf(ctx, lead, {
          id: args.id,
          type: 'stageChange',
          at: args.at,
          stageTo: 'qualified',
        }),
      ],
    });
  },
});
