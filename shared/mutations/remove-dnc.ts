// removeDnc: numbers leave the do-not-call list — the supervisor takes an internal entry off, or a
// new national file no longer has them (≤ 10,000 per mutation). A number still national under
// an internal entry stays blocked; leads whose numbers are all free may be called again.
import { z } from 'zod';
import { e164Schema } from '../domain/lead';
import type { DncEntry } from '../domain/targets';
import { clearLeads, dncReads, nationalNumbersSchema } from './dnc-change';
import { atSchema, defineVerb, fail, ok } from './verb';

export const removeDnc = defineVerb({
  name: 'removeDnc',
  args: z.discriminatedUnion('source', [
    z.object({ source: z.literal('internal'), phoneE164: e164Schema, at: atSchema }),
    nationalNumbersSchema,
  ]),
  roles: ['supervisor', 'admin'],
  reach: { leads: { fields: ['doNotCall', 'updatedAt'], beyondScope: true }, dnc: true },
  audited: true,
  reads: dncReads,
  apply(state, args) {
    if (args.source === 'internal') {
      const existing = state.dnc(args.phoneE164);
      if (existing?.source !== 'internal') return fail('notListed');
      if (existing.national) {
        const national: DncEntry = {
          phoneE164: args.phoneE164,
          source: 'national',
          addedAt: args.at,
          addedBy: null,
          note: '',
        };
        return ok({ dnc: { put: [national] } }, { cleared: 0, stillNational: true });
      }
      const leads = clearLeads(state, new Set([args.phoneE164]), args.at);
      return ok(
        { dnc: { remove: [args.phoneE164] }, leads },
        { cleared: leads.length, stillNational: false },
      );
    }
    const remove: string[] = [];
    const put: DncEntry[] = [];
    for (const phoneE164 of new Set(args.numbers)) {
      const existing = state.dnc(phoneE164);
      if (existing?.source === 'national') remove.push(phoneE164);
      else if (existing?.national) {
        // The internal entry stays; the number is no longer national underneath it.
        const { national: _national, ...internal } = existing;
        put.push(internal);
      }
    }
    const leads = clearLeads(state, new Set(remove), args.at);
    return ok({ dnc: { put, remove }, leads }, { cleared: leads.length, stillNational: false });
  },
});
