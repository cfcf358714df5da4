// People, teams and targets on this desk, live, and what the signed-in person may edit.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Team } from '../../../../shared/domain/content';
import { isAdmin, ledTeams } from '../../../../shared/domain/editing';
import type { User } from '../../../../shared/domain/content';
import type { TeamId } from '../../../../shared/domain/ids';
import type { RepTargets, SalesTarget } from '../../../../shared/domain/targets';
import { useDeskDb } from '../../../db/use-desk-db';
import { useAppStore } from '../../../store/use-app-store';

const NO_USERS: User[] = [];
const NO_TEAMS: Team[] = [];
const NO_TARGETS: RepTargets[] = [];
const NO_SALES: SalesTarget[] = [];

export function usePeople() {
  const db = useDeskDb();
  const actor = useAppStore((s) => s.user);
  // Rows may carry `disabled` (the sync protocol's user record).
  const users = (useLiveQuery(() => db.users.toArray(), [db]) as User[] | undefined) ?? NO_USERS;
  const teams = useLiveQuery(() => db.teams.toArray(), [db]) ?? NO_TEAMS;
  const targets = useLiveQuery(() => db.targets.toArray(), [db]) ?? NO_TARGETS;
  const salesTargets = useLiveQuery(() => db.salesTargets.toArray(), [db]) ?? NO_SALES;
  return useMemo(() => {
    const admin = isAdmin(actor);
    const led: TeamId[] = actor ? ledTeams(actor, teams) : [];
    /** Teams this person works on: every team for an administrator, else the ones they lead. */
    const myTeams = admin ? teams : teams.filter((t) => led.includes(t.id));
    const visibleUsers = admin
      ? users
      : users.filter((u) => u.teamId !== null && led.includes(u.teamId));
    return {
      actor,
      admin,
      users,
      teams,
      myTeams,
      visibleUsers: [...visibleUsers].sort((a, b) => a.displayName.localeCompare(b.displayName)),
      targets: new Map(targets.map((t) => [t.userId, t])),
      salesTargets: new Map(salesTargets.map((t) => [t.id, t])),
    };
  }, [actor, users, teams, targets, salesTargets]);
}
