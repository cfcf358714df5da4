// Picks the variant of authored content (scripts, objection cards, FAB rows) for a language,
// falling back to the organisation's default language and saying so.
import { z } from 'zod';

/** The languages content is written in and people work in. */
export const CONTENT_LANGUAGES = ['ar', 'tr', 'en'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export type Localized<T> = Partial<Record<ContentLanguage, T>>;

/** A text written per language; languages nobody wrote are absent (other keys are dropped). */
export function localizedSchema<T extends z.ZodType>(inner: T) {
  return z.object({ ar: inner.optional(), tr: inner.optional(), en: inner.optional() });
}

export type Resolved<T> = {
  value: T;
  language: ContentLanguage;
  /** True when the text is shown in another language than the user's. */
  isFallback: boolean;
};

export function resolveLocalized<T>(
  content: Localized<T>,
  userLanguage: ContentLanguage,
  orgDefault: ContentLanguage,
): Resolved<T> | null {
  const own = content[userLanguage];
  if (own !== undefined) return { value: own, language: userLanguage, isFallback: false };
  const org = content[orgDefault];
  if (org !== undefined) return { value: org, language: orgDefault, isFallback: true };
  for (const language of ['en', 'ar', 'tr'] as const) {
    const any = content[language];
    if (any !== undefined) return { value: any, language, isFallback: true };
  }
  return null;
}
