// The time-of-day greeting a script opens with ({greeting}), by the lead's own clock: an agent in
// Istanbul calling Riyadh at 15:33 there says "good afternoon", whatever the time at the desk.
import type { ContentLanguage } from './localized-content';

export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

/** What a caller says, per language. Arabic wishes "good evening" (مساء الخير) from noon on. */
export const GREETINGS: Record<ContentLanguage, Record<PartOfDay, string>> = {
  en: { morning: 'Good morning', afternoon: 'Good afternoon', evening: 'Good evening' },
  ar: { morning: 'صباح الخير', afternoon: 'مساء الخير', evening: 'مساء الخير' },
  tr: { morning: 'Günaydın', afternoon: 'İyi günler', evening: 'İyi akşamlar' },
};

/** The hour (0–23) on the wall clock of a timezone; UTC for a zone the runtime does not know. */
export function hourIn(timeZone: string, at: number): number {
  const hour = (zone: string) =>
    Number(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: zone,
        hour: '2-digit',
        hourCycle: 'h23',
      }).format(at),
    );
  try {
    return hour(timeZone);
  } catch {
    return hour('UTC');
  }
}

/** Morning 05:00–11:59, afternoon 12:00–17:59, evening otherwise (the night is evening too). */
export function partOfDay(timeZone: string, at: number): PartOfDay {
  const h = hourIn(timeZone, at);
  if (h >= 5 && h < 12) return 'morning';
  if (h >= 12 && h < 18) return 'afternoon';
  return 'evening';
}

/** The greeting for a lead whose clock is in `timeZone`, in the language being spoken. */
export function greetingFor(language: ContentLanguage, timeZone: string, at: number): string {
  return GREETINGS[language][partOfDay(timeZone, at)];
}
