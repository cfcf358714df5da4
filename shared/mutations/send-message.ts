// sendMessage: a WhatsApp, SMS or e-mail message the agent sent to the lead between calls. It is
// a touch of the chain (DOMAIN.md: 7–12 touches by call, e-mail, message and meeting), so the
// lead's touch count rises with it; the text is kept in the history.
import { z } from 'zod';
import { USER_ROLES } from '../domain/content';
import { leadIdSchema, messageTemplateIdSchema } from '../domain/ids';
import { MESSAGE_CHANNELS } from '../domain/lead';
import { activityOf, leadChange, leadOf } from './lead-change';
import { atSchema, defineVerb, fail, newActivityIdSchema, ok } from './verb';

/** Longest message text kept (a WhatsApp message may be long; an SMS splits itself). */
export const MESSAGE_TEXT_MAX = 4000;

export const sendMessage = defineVerb({
  name: 'sendMessage',
  args: z.object({
    id: newActivityIdSchema,
    leadId: leadIdSchema,
    channel: z.enum(MESSAGE_CHANNELS),
    /** The template it started from, when one was used. */
    templateId: messageTemplateIdSchema.nullable().default(null),
    /** The e-mail's subject; ignored for WhatsApp and SMS. */
    subject: z.string().max(300).default(''),
    text: z.string().max(MESSAGE_TEXT_MAX),
    at: atSchema,
  }),
  roles: USER_ROLES,
  reach: { leads: { fields: ['touches', 'updatedAt'] }, activities: ['message'] },
  reads: (args) => ({ leads: [args.leadId] }),
  apply(state, args, ctx) {
    const lead = leadOf(state, args.leadId);
    if (typeof lead === 'string') return fail(lead);
    // Someone who asked not to be called is not written to either.
    if (lead.doNotCall) return fail('doNotContact');
    if (args.channel === 'email' ? !lead.email?.trim() : !lead.phoneE164)
      return fail(args.channel === 'email' ? 'emailInvalid' : 'phoneInvalid');
    const text = args.text.trim();
    if (!text) return fail('noteEmpty');
    const subject = args.channel === 'email' ? args.subject.trim() : '';
    return ok({
      leads: [leadChange(lead, { touches: lead.touches + 1, updatedAt: args.at })],
      activities: [
        activityOf(ctx, lead, {
          id: args.id,
          type: 'message',
          at: args.at,
          note: text,
          channel: args.channel,
          ...(subject ? { subject } : {}),
        }),
      ],
    });
  },
});
