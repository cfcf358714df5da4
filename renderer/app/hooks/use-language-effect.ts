// Applies a language or digit change everywhere at once (i18next, <html lang dir>) and
// remembers it for this user. The theme and emotion cache follow from the store in <App>.
import { useEffect } from 'react';
import { changeLanguage } from '../../i18n/i18n';
import { savePreferences } from '../../store/preferences';
import { useAppStore } from '../../store/use-app-store';

export function useLanguageEffect(): void {
  const language = useAppStore((s) => s.language);
  const digits = useAppStore((s) => s.digits);
  const userKey = useAppStore((s) => s.user?.id ?? 'guest');

  useEffect(() => {
    // Arabic or Turkish may need its catalog first (a chunk the app preloads when idle); if it
    // cannot be had (the server gone before it arrived), the words stay as they were.
    changeLanguage(language).catch((e: unknown) => console.warn('catalog not loaded', e));
  }, [language]);

  useEffect(() => {
    savePreferences(window.localStorage, userKey, { language, digits });
  }, [userKey, language, digits]);
}
