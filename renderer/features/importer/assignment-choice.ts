// The assignment form's state, and the import assignment it stands for (or why it is not ready).
import type { User } from '../../../shared/domain/content';
import type { TeamId, UserId } from '../../../shared/domain/ids';
import type { ImportAssignment, ImportPriority } from '../../../shared/import/lead';

export type AssignMode = ImportAssignment['kind'];

export type AssignChoice = {
  listName: string;
  mode: AssignMode;
  teamId: string;
  hunterIds: string[];
  agentId: string;
  priority: ImportPriority;
};

export type AssignProblem = 'listNameRequired' | 'noTeam' | 'noHunters' | 'noAgent';

export function assignmentFrom(
  choice: AssignChoice,
  users: readonly User[],
): { ok: true; assignment: ImportAssignment } | { ok: false; problem: AssignProblem } {
  if (!choice.listName.trim()) return { ok: false, problem: 'listNameRequired' };
  if (choice.mode === 'team') {
    if (!choice.teamId) return { ok: false, problem: 'noTeam' };
    return { ok: true, assignment: { kind: 'team', teamId: choice.teamId as TeamId } };
  }
  const byId = new Map(users.map((u) => [u.id as string, u]));
  if (choice.mode === 'agent') {
    const agent = byId.get(choice.agentId);
    if (!agent) return { ok: false, problem: 'noAgent' };
    return {
      ok: true,
      assignment: { kind: 'agent', userId: agent.id as UserId, teamId: agent.teamId },
    };
  }
  const agents = choice.hunterIds
    .map((id) => byId.get(id))
    .filter((u): u is User => u !== undefined)
    .map((u) => ({ userId: u.id, teamId: u.teamId }));
  if (agents.length === 0) return { ok: false, problem: 'noHunters' };
  return { ok: true, assignment: { kind: 'roundRobin', agents } };
}
