// Stage times as people say them: hours under a day, else days to one decimal; "more than" for
// a median past the last bucket.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageMedian } from '../../../../shared/domain/insight/stages';
import { useFormat } from '../../../i18n/use-format';

export function useDuration(): {
  seconds: (s: number | null) => string;
  median: (m: StageMedian | null) => string;
} {
  const { t } = useTranslation();
  const format = useFormat();
  const seconds = useCallback(
    (s: number | null) => {
      if (s === null) return '—';
      if (s < 86_400)
        return t('insightStages.hours', { n: format.number(Math.round(s / 360) / 10) });
      return t('insightStages.days', { n: format.number(Math.round(s / 8640) / 10) });
    },
    [t, format],
  );
  const median = useCallback(
    (m: StageMedian | null) =>
      m === null
        ? '—'
        : m.openEnded
          ? t('insightStages.moreThan', { value: seconds(m.seconds) })
          : seconds(m.seconds),
    [t, seconds],
  );
  return { seconds, median };
}

/** Seconds as days for a chart's value axis. */
export const toDays = (s: number | null | undefined) => (s ? Math.round(s / 8640) / 10 : 0);
