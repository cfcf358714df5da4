// Formatting bound to the user's language and digit choice.
import { useMemo } from 'react';
import { useAppStore } from '../store/use-app-store';
import * as f from './format';

export function useFormat() {
  const language = useAppStore((s) => s.language);
  const digits = useAppStore((s) => s.digits);
  return useMemo(() => {
    const o = { language, digits };
    return {
      number: (n: number) => f.formatNumber(n, o),
      percent: (ratio: number) => f.formatPercent(ratio, o),
      currency: (amount: number, currency: string) => f.formatCurrency(amount, currency, o),
      date: (d: Date | number, tz?: string) => f.formatDate(d, o, tz),
      time: (d: Date | number, tz?: string) => f.formatTime(d, o, tz),
      dateTime: (d: Date | number, tz?: string) => f.formatDateTime(d, o, tz),
      clock: (seconds: number) => f.formatClock(seconds, o),
    };
  }, [language, digits]);
}
