// Signing in and out at this desk, and putting the last person back on reload.
import { useCallback, useEffect } from 'react';
import type { User } from '../../../shared/domain/content';
import { useDeskDb } from '../../db/use-desk-db';
import { loadPreferences, takeSignInLanguage } from '../../store/preferences';
import { loadSessionUserId, saveSessionUserId } from '../../store/session-storage';
import { areasFor } from '../../store/areas';
import { useAppStore } from '../../store/use-app-store';

export function useSession() {
  const setUser = useAppStore((s) => s.setUser);
  const setLanguage = useAppStore((s) => s.setLanguage);
  const setDigits = useAppStore((s) => s.setDigits);
  const setArea = useAppStore((s) => s.setArea);
  const area = useAppStore((s) => s.area);

  /**
   * Puts `user` at the desk. `remember` (the offline demo) brings them back on reload; a server
   * session is remembered by the sync controller instead.
   */
  const signIn = useCallback(
    (user: User, { remember = true }: { remember?: boolean } = {}) => {
      // Their last choice; else a language just picked on the sign-in screen; else their own.
      const picked = takeSignInLanguage();
      const prefs = loadPreferences(window.localStorage, user.id, [
        ...(picked ? [picked] : []),
        user.locale,
        ...navigator.languages,
      ]);
      setLanguage(prefs.language);
      setDigits(prefs.digits);
      setUser(user);
      saveSessionUserId(window.localStorage, remember ? user.id : null);
      // Callback reminders in a browser need permission, and asking needs this click.
      if (typeof Notification !== 'undefined' && Notification.permission === 'default') {
        void Notification.requestPermission().catch(() => undefined);
      }
      const allowed = areasFor(user.roles);
      if (!allowed.includes(area)) setArea(allowed[0] ?? 'hunter');
    },
    [area, setArea, setDigits, setLanguage, setUser],
  );

  const signOut = useCallback(() => {
    saveSessionUserId(window.localStorage, null);
    setUser(null);
  }, [setUser]);

  return { signIn, signOut };
}

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
