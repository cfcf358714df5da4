import type { UserId } from '../../../../shared/domain/ids';
import { useUsers } from '../../../ui/desk/use-users';

/** A person's display name by id ('' for nobody this desk knows), e.g. who booked a meeting. */
export function useUserName(): (id: UserId | undefined) => string {
  const users = useUsers();
  return (id) => users.find((u) => u.id === id)?.displayName ?? '';
}
