// The languages the desk speaks, with their writing direction and the Intl locale behind them.
export type Language = 'en' | 'ar' | 'tr';
export type PseudoLanguage = 'qps';
export type UiLanguage = Language | PseudoLanguage;
export type Direction = 'ltr' | 'rtl';
export type DigitStyle = 'latn' | 'arab';

export type LanguageInfo = {
  code: UiLanguage;
  /** The language's own name, shown in the switcher. */
  nativeName: string;
  dir: Direction;
  /** BCP 47 tag handed to Intl. */
  intl: string;
};

const ENGLISH: LanguageInfo = { code: 'en', nativeName: 'English', dir: 'ltr', intl: 'en-GB' };

export const LANGUAGES: readonly LanguageInfo[] = [
  ENGLISH,
  { code: 'ar', nativeName: 'العربية', dir: 'rtl', intl: 'ar' },
  { code: 'tr', nativeName: 'Türkçe', dir: 'ltr', intl: 'tr-TR' },
];

// Development-only pseudo-locale: longer strings, forced right-to-left.
export const PSEUDO_LANGUAGE: LanguageInfo = {
  code: 'qps',
  nativeName: '[Ƥşéûđô]',
  dir: 'rtl',
  intl: 'en-GB',
};

export const SUPPORTED: readonly Language[] = ['en', 'ar', 'tr'];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED as readonly string[]).includes(value);
}

export function languageInfo(code: UiLanguage): LanguageInfo {
  if (code === 'qps') return PSEUDO_LANGUAGE;
  return LANGUAGES.find((l) => l.code === code) ?? ENGLISH;
}

/** Picks the first supported language from the browser/OS preference list; English otherwise. */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
