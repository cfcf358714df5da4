import { useMemo } from 'react';
import type { User } from '../../../../shared/domain/content';
import type { TeamId } from '../../../../shared/domain/ids';
import { useUsers } from '../../../ui/desk/use-users';

/** The closers a meeting can be booked with, the lead's own team first. */
export function useClosers(teamId: TeamId | null): User[] {
  const users = useUsers();
  return useMemo(
    () =>
      users
        .filter((u) => u.roles.includes('closer'))
        .sort((a, b) => Number(b.teamId === teamId) - Number(a.teamId === teamId)),
    [users, teamId],
  );
}
