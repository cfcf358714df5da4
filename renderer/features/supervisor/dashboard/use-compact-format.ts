import { useMemo } from 'react';
import { formatNumber } from '../../../i18n/format';
import { useAppStore } from '../../../store/use-app-store';

/** Short numbers for chart axes (1.2K, 3M); the series label names the unit, the tooltip the full value. */
export function useCompactFormat() {
  const language = useAppStore((s) => s.language);
  const digits = useAppStore((s) => s.digits);
  return useMemo(() => {
    const o = { language, digits };
    return {
      number: (n: number) => formatNumber(n, o, { notation: 'compact', maximumFractionDigits: 1 }),
    };
  }, [language, digits]);
}
