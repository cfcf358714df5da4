// setTouchSettings: the organisation's touch goal (DOMAIN.md: 7 touches at least, a chain of
// 10–12) and whether WhatsApp messages open wa.me or the desktop app. Every desk syncs it.
import { z } from 'zod';
import { touchGoalSchema, WHATSAPP_MODES } from '../domain/messages';
import { atSchema, defineVerb, ok } from './verb';

export const setTouchSettings = defineVerb({
  name: 'setTouchSettings',
  args: z.object({
    goal: touchGoalSchema,
    whatsApp: z.enum(WHATSAPP_MODES),
    at: atSchema,
  }),
  roles: ['supervisor', 'admin'],
  reach: { settings: ['touchChain'] },
  audited: true,
  reads: () => ({}),
  apply(_state, args) {
    return ok({
      settings: [{ key: 'touchChain', value: { goal: args.goal, whatsApp: args.whatsApp } }],
    });
  },
});
