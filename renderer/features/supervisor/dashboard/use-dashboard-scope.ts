// Whose numbers the dashboard shows: a supervisor their own team, an administrator every team
// (or the one picked), narrowed to one rep when the agent filter is set.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { isAgent, type User, type Team } from '../../../../shared/domain/content';
import type { TeamId, UserId } from '../../../../shared/domain/ids';
import { targetsFor, type RepTargets } from '../../../../shared/domain/targets';
import { useDeskDb } from '../../../db/use-desk-db';
import { useAppStore } from '../../../store/use-app-store';

export type TeamFilter = TeamId | 'all';
export type AgentFilter = UserId | 'all';

export type Rep = User & { targets: RepTargets };

export type DashboardScope = {
  ready: boolean;
  isAdmin: boolean;
  /** Teams the viewer may look at. */
  teams: readonly Team[];
  /** Everyone on the desk (span-of-control warnings). */
  users: readonly User[];
  /** The team the numbers belong to; null for the whole organisation. */
  teamId: TeamId | null;
  /** Reps of the chosen team(s), before the agent filter: the agent picker's choices. */
  teamReps: readonly Rep[];
  /** Reps whose numbers are shown. */
  reps: readonly Rep[];
  agentId: UserId | null;
};

export function useDashboardScope(team: TeamFilter, agent: AgentFilter): DashboardScope {
  const db = useDeskDb();
  const me = useAppStore((s) => s.user);
  const data = useLiveQuery(
    async () => ({
      users: await db.users.toArray(),
      teams: await db.teams.toArray(),
      targets: await db.targets.toArray(),
    }),
    [db],
  );
  return useMemo(() => {
    const isAdmin = me?.roles.includes('admin') ?? false;
    const users = data?.users ?? [];
    const ownTeam = isAdmin ? null : (me?.teamId ?? null);
    const teams = (data?.teams ?? []).filter((t) => ownTeam === null || t.id === ownTeam);
    const teamId = ownTeam ?? (team === 'all' ? null : team);
    const stored = new Map((data?.targets ?? []).map((t) => [t.userId, t]));
    const teamReps = users
      .filter((u) => isAgent(u) && (teamId === null || u.teamId === teamId))
      .map((u) => ({ ...u, targets: targetsFor(u, stored.get(u.id)) }));
    const agentId = agent !== 'all' && teamReps.some((r) => r.id === agent) ? agent : null;
    return {
      ready: data !== undefined,
      isAdmin,
      teams,
      users,
      teamId,
      teamReps,
      reps: agentId ? teamReps.filter((r) => r.id === agentId) : teamReps,
      agentId,
    };
  }, [data, me, team, agent]);
}
