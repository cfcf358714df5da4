// i18next set-up: English (the fallback of every key) with the first page, Arabic and Turkish
// loaded the first time the desk shows them, the dev pseudo-locale, and <html lang dir> kept in
// step.
import { useEffect, useReducer } from 'react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './catalogs/en';
import { pseudoCatalog } from './pseudo';
import { languageInfo, type UiLanguage } from './languages';

type Bundle = Record<string, unknown>;

/** Each language's catalog: English at hand, the others each one chunk of JavaScript. */
const CATALOGS: Record<UiLanguage, () => Bundle | Promise<Bundle>> = {
  en: () => en,
  ar: () => import('./catalogs/ar').then((m) => m.ar),
  tr: () => import('./catalogs/tr').then((m) => m.tr),
  qps: () => pseudoCatalog(en),
};

const loading = new Map<UiLanguage, Promise<void>>();

/**
 * Makes sure i18next holds `language`'s catalog (loading it once). The language switch awaits
 * it before i18next changes language; the app also calls it when idle for every language, so a
 * desk that loses its server after opening can still switch.
 */
export function loadCatalog(language: UiLanguage): Promise<void> {
  let done = loading.get(language);
  if (!done) {
    done = Promise.resolve(CATALOGS[language]()).then((bundle) => {
      i18next.addResourceBundle(language, 'translation', bundle, true, false);
    });
    // A failed load (the server gone) is tried again on the next call.
    done.catch(() => loading.delete(language));
    loading.set(language, done);
  }
  return done;
}

export async function initI18n(language: UiLanguage): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      resources: { en: { translation: en } },
      lng: 'en',
      fallbackLng: 'en',
      supportedLngs: ['en', 'ar', 'tr', 'qps'],
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  await changeLanguage(language);
  return i18next;
}

/** The language asked for last: a slower catalog asked for earlier does not override it. */
let wanted: UiLanguage | null = null;

export async function changeLanguage(language: UiLanguage): Promise<void> {
  wanted = language;
  await loadCatalog(language);
  if (wanted !== language) return;
  if (i18next.language !== language) await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
}

/** Sets <html lang dir> so the browser's own bidi, fonts and screen readers follow the UI. */
export function applyDocumentLanguage(language: UiLanguage): void {
  const info = languageInfo(language);
  document.documentElement.lang = language === 'qps' ? 'en-XA' : language;
  document.documentElement.dir = info.dir;
}

/**
 * Whether `language`'s catalog is at hand, loading it if not: for words in a language other than
 * the desk's own (a quote in the customer's language), which must not fall back to English.
 */
export function useCatalog(language: UiLanguage): boolean {
  const has = () => i18next.hasResourceBundle(language, 'translation');
  const [, loaded] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (has()) return;
    let live = true;
    loadCatalog(language).then(
      () => live && loaded(),
      () => undefined,
    );
    return () => {
      live = false;
    };
  });
  return has();
}
