// Per-user UI preferences (language, digits) remembered in localStorage; first run follows the
// browser/OS language.
import { detectLanguage, isLanguage, type DigitStyle, type UiLanguage } from '../i18n/languages';

export type Preferences = { language: UiLanguage; digits: DigitStyle };

const KEY_PREFIX = 'salesdesk.prefs.';

export function preferencesKey(userKey: string): string {
  return `${KEY_PREFIX}${userKey}`;
}

export function loadPreferences(
  storage: Pick<Storage, 'getItem'>,
  userKey: string,
  browserLanguages: readonly string[],
): Preferences {
  const fallback: Preferences = { language: detectLanguage(browserLanguages), digits: 'latn' };
  try {
    const raw = storage.getItem(preferencesKey(userKey));
    if (!raw) return fallback;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return fallback;
    const { language, digits } = parsed as Record<string, unknown>;
    return {
      language: isLanguage(language) || language === 'qps' ? language : fallback.language,
      digits: digits === 'arab' || digits === 'latn' ? digits : fallback.digits,
    };
  } catch {
    // A corrupt entry must not stop the desk from starting.
    return fallback;
  }
}

export function savePreferences(
  storage: Pick<Storage, 'setItem'>,
  userKey: string,
  prefs: Preferences,
): void {
  try {
    storage.setItem(preferencesKey(userKey), JSON.stringify(prefs));
  } catch {
    // Storage full or disabled: the choice still applies for this session.
  }
}

const SIGN_IN_LANGUAGE = 'salesdesk.signInLanguage';

/** The language someone picked on the sign-in screen, for the person who signs in next. */
export function rememberSignInLanguage(language: UiLanguage): void {
  try {
    window.sessionStorage.setItem(SIGN_IN_LANGUAGE, language);
  } catch {
    // Not remembered: the person's own language applies.
  }
}

export function takeSignInLanguage(): string | null {
  try {
    const value = window.sessionStorage.getItem(SIGN_IN_LANGUAGE);
    window.sessionStorage.removeItem(SIGN_IN_LANGUAGE);
    return value;
  } catch {
    return null;
  }
}
