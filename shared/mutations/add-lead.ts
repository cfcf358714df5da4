// addLead: an agent adds one new lead — a caller the desk did not know (an inbound call on an
// advert's number), written down during the call, or someone who walked in or was referred, added
// by hand. The lead is the agent's own, in their team, on the list the call came in on (or the
// list of how they came), with how they came, their address and interests when given.
import { z } from 'zod';
import { AGENT_ROLES } from '../domain/content';
import { leadIdSchema } from '../domain/ids';
import {
  ADDRESS_MAX,
  e164Schema,
  INTEREST_MAX,
  INTERESTS_MAX,
  LEAD_ORIGINS,
  type LeadOrigin,
} from '../domain/lead';
import { importedLead } from '../import/lead';
import { rowContactSchema } from '../import/normalise';
import { extraContactFields } from './edit-contact';
import { atSchema, defineVerb, fail, ok } from './verb';

/** The list a lead added from an inbound call lands on unless the number names a campaign. */
export const INBOUND_LIST = 'Inbound calls';

/** The list a lead added by hand lands on, by how they came (inbound callers join the callers). */
export const ORIGIN_LISTS: Record<LeadOrigin, string> = {
  inbound: INBOUND_LIST,
  walkIn: 'Walk-ins',
  referral: 'Referrals',
  other: 'Added by hand',
};

export const addLead = defineVerb({
  name: 'addLead',
  args: z.object({
    id: leadIdSchema,
    contact: rowContactSchema.refine((c) => c.phones.length > 0 || c.email !== null, {
      message: 'a phone number or an e-mail',
      path: ['phones'],
    }),
    listName: z.string().trim().min(1).max(200).default(INBOUND_LIST),
    /** How they came, for a lead added by hand (absent: an inbound call's caller, an older desk). */
    origin: z.enum(LEAD_ORIGINS).optional(),
    address: z.string().max(ADDRESS_MAX).optional(),
    interests: z.array(z.string().max(INTEREST_MAX)).max(INTERESTS_MAX).optional(),
    /** The advert's number (DID) the caller dialled, when an inbound call creates the lead. */
    trackingNumber: e164Schema.optional(),
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
    const created = {
      ...lead,
      ...extraContactFields(args),
      ...(args.origin ? { origin: args.origin } : {}),
      ...(args.trackingNumber ? { trackingNumber: args.trackingNumber } : {}),
    };
    return ok({ leads: [{ id: created.id, create: created }] }, { id: created.id });
  },
});
