// Who imported leads can go to: the teams, hunters and agents this supervisor leads (an
// administrator: everyone), read live from the desk.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { User, Team } from '../../../shared/domain/content';
import { useDeskDb } from '../../db/use-desk-db';
import { useAppStore } from '../../store/use-app-store';

export type ImportPeople = { teams: Team[]; hunters: User[]; agents: User[] };

export function useImportPeople(): ImportPeople {
  const db = useDeskDb();
  const me = useAppStore((s) => s.user);
  const users = useLiveQuery(() => db.users.toArray(), [db]);
  const teams = useLiveQuery(() => db.teams.toArray(), [db]);
  return useMemo(() => {
    const admin = me?.roles.includes('admin') ?? false;
    const inScope = (teamId: string | null) => admin || (teamId !== null && teamId === me?.teamId);
    const byName = (a: User, b: User) => a.displayName.localeCompare(b.displayName);
    const mine = (users ?? []).filter((u) => inScope(u.teamId)).sort(byName);
    return {
      teams: (teams ?? []).filter((t) => inScope(t.id)),
      hunters: mine.filter((u) => u.roles.includes('hunter')),
      agents: mine.filter((u) =>
        u.roles.some((r) => r === 'hunter' || r === 'closer' || r === 'farmer'),
      ),
    };
  }, [users, teams, me]);
}
