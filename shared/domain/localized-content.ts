// Picks the variant of authored content (scripts, objection cards, FAB rows) for a language,
// falling back to the organisation's default language and saying so.

export type ContentLanguage = 'en' | 'ar' | 'tr';

export type Localized<T> = Partial<Record<ContentLanguage, T>>;

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
