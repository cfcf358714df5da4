// putDnc: numbers nobody may dial. An internal entry (one number, with a note) from the
// supervisor, or a chunk of the national registry file (≤ 10,000 numbers). Every lead on a
// listed number is blocked at once, in every team: the list is the organisation's.
import { z } from 'zod';
import { e164Schema } from '../domain/lead';
import { DNC_NOTE_MAX, type DncEntry } from '../domain/targets';
import { dncReads, flagLeads, nationalNumbersSchema } from './dnc-change';
import { atSchema, defineVerb, fail, ok } from './verb';

export const putDnc = defineVerb({
  name: 'putDnc',
  args: z.discriminatedUnion('source', [
    z.object({
      source: z.literal('internal'),
      phoneE164: e164Schema,
      note: z.string().max(20_000).default(''),
      at: atSchema,
    }),
    nationalNumbersSchema,
  ]),
  roles: ['supervisor', 'admin'],
  reach: { leads: { fields: ['doNotCall', 'updatedAt'], beyondScope: true }, dnc: true },
  audited: true,
  reads: dncReads,
  apply(state, args, ctx) {
    if (args.source === 'internal') {
      const note = args.note.trim();
      if (note.length > DNC_NOTE_MAX) return fail('noteTooLong');
      const existing = state.dnc(args.phoneE164);
      if (existing?.source === 'internal') return fail('alreadyListed');
      const entry: DncEntry = {
        phoneE164: args.phoneE164,
        source: 'internal',
        addedAt: args.at,
        addedBy: ctx.actor.id,
        note,
        // The internal entry (with its note) stands over the national one.
        ...(existing ? { national: true } : {}),
      };
      const leads = flagLeads(state, [args.phoneE164], args.at);
      return ok({ dnc: { put: [entry] }, leads }, { flagged: leads.length });
    }
    const put: DncEntry[] = [];
    for (const phoneE164 of new Set(args.numbers)) {
      const existing = state.dnc(phoneE164);
      if (existing?.source === 'internal') {
        if (!existing.national) put.push({ ...existing, national: true });
      } else if (!existing) {
        put.push({
          phoneE164,
          source: 'national',
          addedAt: args.at,
          addedBy: ctx.actor.id,
          note: '',
        });
      }
    }
    const leads = flagLeads(state, args.numbers, args.at);
    return ok({ dnc: { put }, leads }, { flagged: leads.length });
  },
});
