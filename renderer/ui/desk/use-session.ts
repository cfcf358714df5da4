// Signing in and out at this desk.
import { useCallback } from 'react';
import type { User } from '../../../shared/domain/content';
import { loadPreferences, takeSignInLanguage } from '../../store/preferences';
import { loadAreaOwner, saveAreaOwner, saveSessionUserId } from '../../store/session-storage';
import { areasFor, homeArea } from '../../store/areas';
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
      // The same person back after a reload keeps the area they were in; anyone else lands in
      // their own (a supervisor on the dashboard, not on an empty hunter desk).
      const returning = loadAreaOwner(window.sessionStorage) === user.id;
      if (!returning || !areasFor(user.roles).includes(area)) setArea(homeArea(user.roles));
      saveAreaOwner(window.sessionStorage, user.id);
    },
    [area, setArea, setDigits, setLanguage, setUser],
  );

  const signOut = useCallback(() => {
    saveSessionUserId(window.localStorage, null);
    setUser(null);
  }, [setUser]);

  return { signIn, signOut };
}
