// reassignLeads: the supervisor moves leads (≤ 1000 per mutation) to an agent or back into a
// team's queue. Each lead relies on the owner it had (ownerChanged when someone else moved it
// meanwhile); won and lost leads stay with their owner unless asked for.
import { z } from 'zod';
import { assignmentChange, type AssignTarget } from '../domain/assignment';
import { isAgent } from '../domain/content';
import { ledTeams } from '../domain/editing';
import { leadIdSchema, teamIdSchema, userIdSchema } from '../domain/ids';
import { CLOSED_STAGES } from '../domain/pipeline';
import type { LeadEffect } from './effects';
import { atSchema, defineVerb, fail, ok } from './verb';

/** Most leads one reassignLeads mutation moves. */
export const LEADS_PER_REASSIGN = 1000;

export const assignTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('agent'), userId: userIdSchema, teamId: teamIdSchema.nullable() }),
  z.object({ kind: z.literal('teamQueue'), teamId: teamIdSchema }),
]);

export type ReassignSummary = {
  /** Leads that changed hands. */
  moved: number;
  /** Already with their target. */
  unchanged: number;
  /** Won or lost, left with their owner. */
  closedKept: number;
  /** Not there (any more). */
  missing: number;
};

export const reassignLeads = defineVerb({
  name: 'reassignLeads',
  args: z.object({
    /** One reassignment cut into several mutations shares this id (audit). */
    batch: z.string().min(1).max(100),
    to: assignTargetSchema,
    leadIds: z.array(leadIdSchema).min(1).max(LEADS_PER_REASSIGN),
    includeClosed: z.boolean().default(false),
    at: atSchema,
  }),
  roles: ['supervisor', 'admin'],
  reach: { leads: { fields: ['ownerId', 'teamId', 'meeting', 'updatedAt'], owner: 'anyone' } },
  audited: true,
  reads: (args) => ({ leads: args.leadIds, people: true }),
  apply(state, args, ctx) {
    let target: AssignTarget;
    if (args.to.kind === 'agent') {
      const agent = state.user(args.to.userId);
      if (!agent || agent.disabled || !isAgent(agent))
        return fail('targetUnknown', `${args.to.userId} cannot be given leads.`);
      target = { kind: 'agent', userId: agent.id, teamId: agent.teamId ?? args.to.teamId };
    } else {
      if (!state.team(args.to.teamId))
        return fail('targetUnknown', `Team ${args.to.teamId} does not exist.`);
      target = args.to;
    }
    const isAdmin = ctx.actor.roles.includes('admin');
    const toTeam = target.teamId;
    if (!isAdmin && (toTeam === null || !ledTeams(ctx.actor, state.teams()).includes(toTeam)))
      return fail('forbidden', 'A supervisor moves leads within the teams they lead.');

    const summary: ReassignSummary = { moved: 0, unchanged: 0, closedKept: 0, missing: 0 };
    const leads: LeadEffect[] = [];
    for (const id of new Set(args.leadIds)) {
      const lead = state.lead(id);
      if (!lead) {
        summary.missing++;
        continue;
      }
      if (!args.includeClosed && CLOSED_STAGES.includes(lead.stage)) {
        summary.closedKept++;
        continue;
      }
      const change = assignmentChange(lead, target);
      if (!change) {
        summary.unchanged++;
        continue;
      }
      leads.push({
        id,
        patch: { ...change, updatedAt: args.at },
        expect: { ownerId: lead.ownerId },
      });
      summary.moved++;
    }
    return ok({ leads }, summary);
  },
});
