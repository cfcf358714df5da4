import { useCallback } from 'react';
import { intlLocale } from '../../../i18n/format';
import { useAppStore } from '../../../store/use-app-store';

/**
 * Names the month `2026-11` in the user's language and digits: "Nov 2026" in tables, the
 * shorter "Nov 26" under a chart's bars, where six months share little room.
 */
export function useMonthLabel(style: 'table' | 'chart' = 'table'): (key: string) => string {
  const language = useAppStore((s) => s.language);
  const digits = useAppStore((s) => s.digits);
  return useCallback(
    (key: string) => {
      const [y, m] = key.split('-').map(Number);
      return new Intl.DateTimeFormat(intlLocale({ language, digits }), {
        month: 'short',
        year: style === 'chart' ? '2-digit' : 'numeric',
        timeZone: 'UTC',
      }).format(Date.UTC(y ?? 1970, (m ?? 1) - 1, 15));
    },
    [language, digits, style],
  );
}
