import type { User } from '../../../../shared/domain/content';
import type { TeamId } from '../../../../shared/domain/ids';
import { useUsers } from '../../../ui/desk/use-users';

/**
 * Which farmer gets the customer after a sale: one in the lead's team, else any farmer. (The
 * hunter's sale and the closer's "won" both use it; the rule is moving into shared/domain.)
 */
export function useFarmerFor(teamId: TeamId | null | undefined): User | undefined {
  const users = useUsers();
  return (
    users.find((u) => u.roles.includes('farmer') && u.teamId === teamId) ??
    users.find((u) => u.roles.includes('farmer'))
  );
}
