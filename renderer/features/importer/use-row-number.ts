// Row numbers as a spreadsheet shows them: no thousands separator ("row 3002"), in the user's digits.
import { useCallback } from 'react';
import { formatNumber } from '../../i18n/format';
import { useAppStore } from '../../store/use-app-store';

export function useRowNumber(): (row: number) => string {
  const language = useAppStore((s) => s.language);
  const digits = useAppStore((s) => s.digits);
  return useCallback(
    (row: number) => formatNumber(row, { language, digits }, { useGrouping: false }),
    [language, digits],
  );
}
