// importLeads: one part (≤ 1000 rows) of a lead import: new leads from the file's normalised rows,
// each to a team queue or an agent. Rows are deduplicated and checked against the do-not-call
// list on the desk before they get here; a lead id the server already has is left as it is.
import { z } from 'zod';
import { isAgent } from '../domain/content';
import { leadIdSchema, teamIdSchema, userIdSchema } from '../domain/ids';
import { importedLead } from '../import/lead';
import { rowContactSchema } from '../import/normalise';
import type { LeadEffect } from './effects';
import { atSchema, defineVerb, fail, ok } from './verb';

/** Most leads one importLeads mutation carries. */
export const LEADS_PER_IMPORT_PART = 1000;

export const importLeads = defineVerb({
  name: 'importLeads',
  args: z.object({
    importId: z.string().min(1).max(100),
    listName: z.string().trim().min(1).max(200),
    fileName: z.string().max(300),
    part: z.number().int().min(1),
    priority: z.number().int().min(0).max(1000),
    leads: z
      .array(
        z.object({
          id: leadIdSchema,
          contact: rowContactSchema,
          ownerId: userIdSchema.nullable(),
          teamId: teamIdSchema.nullable(),
        }),
      )
      .min(1)
      .max(LEADS_PER_IMPORT_PART),
    at: atSchema,
  }),
  roles: ['supervisor', 'admin'],
  reach: { leads: { fields: [], create: true } },
  audited: true,
  reads: (args) => ({ leads: args.leads.map((l) => l.id), people: true }),
  apply(state, args, ctx) {
    const creates: LeadEffect[] = [];
    let existing = 0;
    for (const row of args.leads) {
      if (state.lead(row.id)) {
        existing++;
        continue;
      }
      if (state.isForeign(row.id)) return fail('idTaken', `Lead id ${row.id} is taken.`);
      if (row.ownerId !== null) {
        const owner = state.user(row.ownerId);
        if (!owner || owner.disabled || !isAgent(owner))
          return fail('ownerInvalid', `${row.ownerId} cannot be given leads.`);
      }
      if (row.teamId !== null && !state.team(row.teamId))
        return fail('targetUnknown', `Team ${row.teamId} does not exist.`);
      const lead = importedLead(
        row.id,
        row.contact,
        { ownerId: row.ownerId, teamId: row.teamId },
        {
          organisationId: ctx.actor.organisationId,
          listName: args.listName,
          priority: args.priority,
          now: args.at,
        },
      );
      creates.push({ id: lead.id, create: lead });
    }
    return ok({ leads: creates }, { created: creates.length, existing });
  },
});
