// Resolves authored content (scripts, cards, FAB rows) to the user's language, falling back to
// the organisation's default with a marker the screen shows.
import { useCallback } from 'react';
import {
  resolveLocalized,
  type ContentLanguage,
  type Localized,
  type Resolved,
} from '../../shared/domain/localized-content';
import { useAppStore } from '../store/use-app-store';

export function useContentLanguage(): ContentLanguage {
  const language = useAppStore((s) => s.language);
  return language === 'qps' ? 'en' : language;
}

export function useLocalized(orgDefault: ContentLanguage = 'en') {
  const language = useContentLanguage();
  return useCallback(
    <T>(content: Localized<T>): Resolved<T> | null =>
      resolveLocalized(content, language, orgDefault),
    [language, orgDefault],
  );
}
