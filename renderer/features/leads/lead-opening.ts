// Where a lead found by search opens for the person who found it: on their own call screen when
// they work it there (their lead, or their team's queue, at a stage their role's screen shows),
// otherwise read-only in the lead detail view.
import type { AgentRole, User } from '../../../shared/domain/content';
import type { Lead } from '../../../shared/domain/lead';

export type LeadOpening = { kind: 'work'; area: AgentRole } | { kind: 'view' };

export function leadOpening(
  lead: Pick<Lead, 'ownerId' | 'teamId' | 'stage'>,
  user: Pick<User, 'id' | 'roles' | 'teamId'>,
): LeadOpening {
  const own = lead.ownerId === user.id;
  const teamQueue = lead.ownerId === null && lead.teamId !== null && lead.teamId === user.teamId;
  const has = (role: AgentRole) => user.roles.includes(role);
  // The closer's and the farmer's screens list only their own meetings and customers.
  if (own && has('closer') && (lead.stage === 'meetingScheduled' || lead.stage === 'proposalSent'))
    return { kind: 'work', area: 'closer' };
  if (own && has('farmer') && (lead.stage === 'won' || lead.stage === 'retention'))
    return { kind: 'work', area: 'farmer' };
  if ((own || teamQueue) && has('hunter') && (lead.stage === 'lead' || lead.stage === 'qualified'))
    return { kind: 'work', area: 'hunter' };
  return { kind: 'view' };
}
