// Putting the last person back at the desk on reload (the shell runs this once, on start).
import { useEffect } from 'react';
import type { User } from '../../../shared/domain/content';
import { useDeskDb } from '../../db/use-desk-db';
import { loadSessionUserId } from '../../store/session-storage';
import { useAppStore } from '../../store/use-app-store';
import { useSession } from '../../ui/desk/use-session';

/** On start, signs the remembered person back in if they still exist on this desk. */
export function useRestoreSession(ready: boolean): void {
  const db = useDeskDb();
  const user = useAppStore((s) => s.user);
  const { signIn } = useSession();
  useEffect(() => {
    if (!ready || user) return;
    const id = loadSessionUserId(window.localStorage);
    if (!id) return;
    let cancelled = false;
    void db.users.get(id as User['id']).then((found) => {
      if (found && !cancelled) signIn(found);
    });
    return () => {
      cancelled = true;
    };
    // Only on start (and after the demo is loaded), not on every sign-in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, db]);
}
