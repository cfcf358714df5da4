// An imported row's contact fields → a brand-new lead: fresh pipeline state, the list it came
// from, whose queue it goes to, search keys, and the timezone its number rings in.
import type { LeadId, OrganisationId, TeamId, UserId } from '../domain/ids';
import { freshLeadState, type Lead } from '../domain/lead';
import { inferTimezone } from '../domain/phone-timezone';
import { searchTokens } from '../domain/search-key';
import type { RowContact } from './normalise';

/** Where imported leads go: a team's queue, in turn to chosen agents, or to one agent. */
export type ImportAssignment =
  | { kind: 'team'; teamId: TeamId }
  | { kind: 'roundRobin'; agents: { userId: UserId; teamId: TeamId | null }[] }
  | { kind: 'agent'; userId: UserId; teamId: TeamId | null };

/** Priority levels the import offers: normal, or dialled before other fresh leads. */
export const IMPORT_PRIORITIES = { normal: 1, high: 5 } as const;
export type ImportPriority = keyof typeof IMPORT_PRIORITIES;

export type NewLeadContext = {
  organisationId: OrganisationId;
  listName: string;
  priority: number;
  now: number;
};

/** Owner and team of the n-th imported lead (0-based). */
export function assignee(
  assignment: ImportAssignment,
  n: number,
): { ownerId: UserId | null; teamId: TeamId | null } {
  if (assignment.kind === 'team') return { ownerId: null, teamId: assignment.teamId };
  if (assignment.kind === 'agent') return { ownerId: assignment.userId, teamId: assignment.teamId };
  const agent = assignment.agents[n % assignment.agents.length];
  if (!agent) throw new Error('round-robin assignment without agents');
  return { ownerId: agent.userId, teamId: agent.teamId };
}

export function importedLead(
  id: LeadId,
  contact: RowContact,
  owner: { ownerId: UserId | null; teamId: TeamId | null },
  ctx: NewLeadContext,
): Lead {
  const [main = null, ...extra] = contact.phones;
  return {
    id,
    organisationId: ctx.organisationId,
    ownerId: owner.ownerId,
    teamId: owner.teamId,
    stage: 'lead',
    name: contact.name,
    company: contact.company,
    phoneE164: main,
    phones: extra,
    email: contact.email,
    country: contact.country,
    timezone: contact.timezone ?? inferTimezone(main),
    listName: ctx.listName,
    source: contact.source ?? ctx.listName,
    priority: ctx.priority,
    touches: 0,
    nextCallAt: null,
    doNotCall: false,
    searchKeys: searchTokens(contact.name, contact.company, contact.email),
    notes: contact.notes,
    custom: contact.custom,
    ...(contact.address ? { address: contact.address } : {}),
    ...(contact.interests?.length ? { interests: contact.interests } : {}),
    ...(contact.trackingNumber ? { trackingNumber: contact.trackingNumber } : {}),
    createdAt: ctx.now,
    updatedAt: ctx.now,
    ...freshLeadState(ctx.now),
  };
}
