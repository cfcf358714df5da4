// The language and digits the date fields show, set once at the app root (App.tsx) and read by
// the fields when their module loads (fields.tsx). Kept apart from the pickers so the root does
// not pull MUI X pickers into the first page's JavaScript.
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { DigitStyle, UiLanguage } from '../../../i18n/languages';

export type PickerSettings = { language: UiLanguage; digits: DigitStyle };

export const PickerSettingsContext = createContext<PickerSettings | null>(null);

const UI_LANGUAGES: readonly string[] = ['en', 'ar', 'tr', 'qps'];

/** The root's settings; outside the app (a component rendered alone), i18next's language. */
export function usePickerSettings(): PickerSettings {
  const set = useContext(PickerSettingsContext);
  const { i18n } = useTranslation();
  if (set) return set;
  const language = UI_LANGUAGES.includes(i18n.language) ? (i18n.language as UiLanguage) : 'en';
  return { language, digits: 'latn' };
}
