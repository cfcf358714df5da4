// i18next set-up: the three catalogs, the dev pseudo-locale, and <html lang dir> kept in step.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ar, en, tr } from './catalog';
import { pseudoCatalog } from './pseudo';
import { languageInfo, type UiLanguage } from './languages';

export const resources = {
  en: { translation: en },
  ar: { translation: ar },
  tr: { translation: tr },
  qps: { translation: pseudoCatalog(en) },
} as const;

export async function initI18n(language: UiLanguage): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: 'en',
      supportedLngs: ['en', 'ar', 'tr', 'qps'],
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  } else if (i18next.language !== language) {
    await i18next.changeLanguage(language);
  }
  applyDocumentLanguage(language);
  return i18next;
}

export async function changeLanguage(language: UiLanguage): Promise<void> {
  await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
}

/** Sets <html lang dir> so the browser's own bidi, fonts and screen readers follow the UI. */
export function applyDocumentLanguage(language: UiLanguage): void {
  const info = languageInfo(language);
  document.documentElement.lang = language === 'qps' ? 'en-XA' : language;
  document.documentElement.dir = info.dir;
}
