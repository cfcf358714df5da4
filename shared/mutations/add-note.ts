// addNote: a note on the lead's history.
import { z } from 'zod';
import { USER_ROLES } from '../domain/content';
import { leadIdSchema } from '../domain/ids';
import { activityOf, appendNote, leadChange, leadOf } from './lead-change';
import { atSchema, defineVerb, fail, newActivityIdSchema, ok } from './verb';

export const addNote = defineVerb({
  name: 'addNote',
  args: z.object({
    id: newActivityIdSchema,
    leadId: leadIdSchema,
    text: z.string().max(20_000),
    at: atSchema,
  }),
  roles: USER_ROLES,
  reach: { leads: { fields: ['notes', 'updatedAt'] }, activities: ['note'] },
  reads: (args) => ({ leads: [args.leadId] }),
  apply(state, args, ctx) {
    const lead = leadOf(state, args.leadId);
    if (typeof lead === 'string') return fail(lead);
    const text = args.text.trim();
    if (!text) return fail('noteEmpty');
    return ok({
      leads: [leadChange(lead, { notes: appendNote(lead.notes, text), updatedAt: args.at })],
      activities: [activityOf(ctx, lead, { id: args.id, type: 'note', at: args.at, note: text })],
    });
  },
});
