// The words of an alert in the user's language: a title naming who and what, and the figures
// behind it, numbers through the app's formatter.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alert } from '../../../../shared/domain/insight/alerts';
import { useFormat } from '../../../i18n/use-format';

export type AlertText = { title: string; body: string };

export function useAlertText(timeZone: string): (alert: Alert) => AlertText {
  const { t } = useTranslation();
  const format = useFormat();
  return useCallback(
    (alert: Alert): AlertText => {
      const f = alert.figures;
      // First-strong isolates: an Arabic name in an English sentence keeps its colon after it.
      const name = alert.subject.kind === 'organisation' ? '' : `\u2068${alert.subject.name}\u2069`;
      const pct = (n: number | undefined) => format.percent((n ?? 0) / 100);
      const num = (n: number | undefined) => format.number(n ?? 0);
      switch (alert.kind) {
        case 'repCallsBelowTarget': {
          const by = f.byMinutes ?? 0;
          const time = format.time(Date.UTC(2000, 0, 1, Math.floor(by / 60), by % 60), 'UTC');
          return {
            title: t('alerts.kind.repCallsBelowTarget.title', {
              name,
              percent: pct(f.percent),
              time,
            }),
            body: t('alerts.kind.repCallsBelowTarget.body', {
              calls: num(f.calls),
              target: num(f.target),
              share: pct(f.share),
            }),
          };
        }
        case 'teamNoBookings':
          return {
            title: t('alerts.kind.teamNoBookings.title', { name, hours: num(f.hours) }),
            body:
              f.lastBookingAt !== undefined
                ? t('alerts.kind.teamNoBookings.last', {
                    when: format.dateTime(f.lastBookingAt, timeZone),
                  })
                : t('alerts.kind.teamNoBookings.none'),
          };
        case 'showRateBelow':
          return {
            title: t('alerts.kind.showRateBelow.title', { name, percent: pct(f.percent) }),
            body: t('alerts.kind.showRateBelow.body', {
              held: num(f.held),
              due: num(f.due),
              share: pct(f.share),
            }),
          };
        case 'stalledDeals':
          return {
            title: t('alerts.kind.stalledDeals.title', {
              name,
              count: f.stalled ?? 0,
              n: num(f.stalled),
              days: num(f.days),
            }),
            body: t('alerts.kind.stalledDeals.body', { oldest: num(f.oldestDays) }),
          };
        case 'dncFileOlderThan':
          return {
            title: t('alerts.kind.dncFileOlderThan.title', {
              count: f.days ?? 0,
              n: num(f.days),
            }),
            body:
              f.fileDate !== undefined
                ? t('alerts.kind.dncFileOlderThan.body', {
                    date: format.date(f.fileDate, 'UTC'),
                    count: f.ageDays ?? 0,
                    n: num(f.ageDays),
                  })
                : t('alerts.kind.dncFileOlderThan.none'),
          };
      }
    },
    [t, format, timeZone],
  );
}
