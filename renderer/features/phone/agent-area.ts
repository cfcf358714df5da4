// The area a call's lead opens in: the agent's own desk, by role.
import type { AgentRole } from '../../../shared/domain/content';

export function agentAreaFor(roles: readonly string[]): AgentRole {
  if (roles.includes('hunter')) return 'hunter';
  if (roles.includes('closer')) return 'closer';
  return 'farmer';
}
