// addLead: an agent adds one new lead — a caller the desk did not know (an inbound call on an
// advert's number), written down during the call. The lead is the agent's own, in their team,
// on the list the call came in on.
import { z } from 'zod';
import { AGENT_ROLES } from '../domain/content';
import { leadIdSchema } from '../domain/ids';
import { importedLead } from '../import/lead';
import { rowContactSchema } from '../import/normalise';
import { atSchema, defineVerb, fail, ok } from './verb';

/** The list a lead added from an inbound call lands on unless the number names a campaign. */
export const INBOUND_LIST = 'Inbound calls';

export const addLead = defineVerb({
  name: 'addLead',
  args: z.object({
    id: leadIdSchema,
    contact: rowContactSchema.refine((c) => c.phones.length > 0 || c.email !== null, {
      message: 'a phone number or an e-mail',
      path: ['phones'],
    }),
    listName: z.string().trim().min(1).max(200).default(INBOUND_LIST),
    at: atSchema,
  }),
  roles: AGENT_ROLES,
  reach: { leads: { fields: [], create: true, owner: 'actor' } },
  reads: (args) => ({ leads: [args.id] }),
  apply(state, args, ctx) {
    if (state.lead(args.id) || state.isForeign(args.id))
      return fail('idTaken', `Lead id ${args.id} is taken.`);
    if (!args.contact.name.trim()) return fail('nameRequired');
    const lead = importedLead(
      args.id,
      args.contact,
      { ownerId: ctx.actor.id, teamId: ctx.actor.teamId },
      {
        organisationId: ctx.actor.organisationId,
        listName: args.listName,
        priority: 0,
        now: args.at,
      },
    );
    return ok({ leads: [{ id: lead.id, create: lead }] }, { id: lead.id });
  },
});
