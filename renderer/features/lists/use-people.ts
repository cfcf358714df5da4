import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { isAgent, type User, type Team } from '../../../shared/domain/content';
import { useDeskDb } from '../../db/use-desk-db';
import { useLocalized } from '../../i18n/use-localized';

export type People = {
  users: User[];
  teams: Team[];
  /** People who work leads (hunters, closers, farmers), by team. */
  agents: User[];
  teamName: (id: string | null) => string;
  /** A person's name, "Team pool: …" for `team:<id>`, or "Nobody". */
  ownerLabel: (ownerKey: string) => string;
};

/** The organisation's people and teams on this desk, and how to name an owner. */
export function usePeople(): People {
  const { t } = useTranslation();
  const db = useDeskDb();
  const localized = useLocalized();
  const users = useLiveQuery(() => db.users.toArray(), [db]);
  const teams = useLiveQuery(() => db.teams.toArray(), [db]);
  const teamName = useCallback(
    (id: string | null) => {
      const team = teams?.find((x) => x.id === id);
      return team ? (localized(team.name)?.value ?? team.id) : t('lists.owner.noTeam');
    },
    [teams, localized, t],
  );
  const ownerLabel = useCallback(
    (key: string) => {
      if (key === 'none') return t('lists.owner.nobody');
      if (key.startsWith('team:')) return t('lists.owner.pool', { team: teamName(key.slice(5)) });
      return users?.find((u) => u.id === key)?.displayName ?? t('lists.owner.unknown');
    },
    [users, teamName, t],
  );
  return useMemo(() => {
    const all = users ?? [];
    const agents = all
      .filter(isAgent)
      .sort(
        (a, b) =>
          teamName(a.teamId).localeCompare(teamName(b.teamId)) ||
          a.displayName.localeCompare(b.displayName),
      );
    return { users: all, teams: teams ?? [], agents, teamName, ownerLabel };
  }, [users, teams, teamName, ownerLabel]);
}
