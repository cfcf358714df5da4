// addReferral: a customer recommends someone (seeds 000, 004: the farmer's referrals). The person
// they named becomes a new lead in the team's queue for the hunters, credited to the customer and
// to the agent who wrote it down; the customer's history gets a note pointing at the new lead.
import { z } from 'zod';
import { AGENT_ROLES } from '../domain/content';
import { leadIdSchema } from '../domain/ids';
import { importedLead } from '../import/lead';
import { ORIGIN_LISTS } from './add-lead';
import { rowContactSchema } from '../import/normalise';
import { activityOf, leadOf } from './lead-change';
import { atSchema, defineVerb, fail, newActivityIdSchema, ok } from './verb';

/** The list referred leads land on: the one a referral written down by hand lands on too. */
export const REFERRAL_LIST = ORIGIN_LISTS.referral;

export const addReferral = defineVerb({
  name: 'addReferral',
  args: z.object({
    /** The note on the customer's history. */
    id: newActivityIdSchema,
    /** The customer who recommended them. */
    customerId: leadIdSchema,
    /** The new lead's id. */
    leadId: leadIdSchema,
    contact: rowContactSchema.refine((c) => c.phones.length > 0 || c.email !== null, {
      message: 'a phone number or an e-mail',
      path: ['phones'],
    }),
    note: z.string().max(2000).default(''),
    at: atSchema,
  }),
  roles: AGENT_ROLES,
  reach: {
    leads: { fields: [], create: true, owner: 'actor' },
    activities: ['note'],
  },
  reads: (args) => ({ leads: [args.customerId, args.leadId] }),
  apply(state, args, ctx) {
    const customer = leadOf(state, args.customerId);
    if (typeof customer === 'string') return fail(customer);
    // Only someone who bought recommends as a customer.
    if (customer.stage !== 'won' && customer.stage !== 'retention')
      return fail('notAllowedInStage', `${customer.id} is not a customer.`);
    if (state.lead(args.leadId) || state.isForeign(args.leadId))
      return fail('idTaken', `Lead id ${args.leadId} is taken.`);
    if (!args.contact.name.trim()) return fail('nameRequired');
    // The team's hunters call them; an agent without a team keeps the lead.
    const teamId = ctx.actor.teamId;
    const lead = importedLead(
      args.leadId,
      { ...args.contact, source: args.contact.source ?? REFERRAL_LIST },
      { ownerId: teamId ? null : ctx.actor.id, teamId },
      {
        organisationId: ctx.actor.organisationId,
        listName: REFERRAL_LIST,
        priority: 0,
        now: args.at,
      },
    );
    const note = args.note.trim();
    return ok(
      {
        leads: [
          {
            id: lead.id,
            create: {
              ...lead,
              notes: note,
              origin: 'referral',
              referredBy: { leadId: customer.id, name: customer.name, agentId: ctx.actor.id },
            },
          },
        ],
        activities: [
          activityOf(ctx, customer, {
            id: args.id,
            type: 'note',
            at: args.at,
            note,
            referralLeadId: lead.id,
          }),
        ],
      },
      { id: lead.id },
    );
  },
});
