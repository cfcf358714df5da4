// Keeps the store's signed-in person in step with the sync controller: who the server says is
// signed in (also after a reload), and nobody once the server session ends.
import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store/use-app-store';
import { useDeskSync } from '../../ui/sync/use-desk-sync';
import { useSession } from '../../ui/desk/use-session';

export function useServerUser(): void {
  const { phase, account } = useDeskSync();
  const user = useAppStore((s) => s.user);
  const setUser = useAppStore((s) => s.setUser);
  const { signIn } = useSession();
  const serverUser = phase === 'active' ? account?.user : undefined;
  const rolesKey = serverUser?.roles.join(',');

  useEffect(() => {
    if (!serverUser) return;
    if (user?.id !== serverUser.id) signIn(serverUser, { remember: false });
    // Roles or name changed on the server: take them, without re-running the language choice.
    else if (user.roles.join(',') !== rolesKey || user.displayName !== serverUser.displayName) {
      setUser(serverUser);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [serverUser?.id, rolesKey, serverUser?.displayName]);

  const previous = useRef(phase);
  useEffect(() => {
    // The server session ended (signed out, expired): nobody is at the desk any more. (The
    // offline demo is "signedOut" all along and keeps its person.)
    if (previous.current === 'active' && phase === 'signedOut') setUser(null);
    previous.current = phase;
  }, [phase, setUser]);
}
