// The trend of loss or refusal reasons per day or week, as stacked bars with its table and CSV.
// It alone needs each fact's day, so it reads the day rows of the one metric it shows; the rest
// of the tab reads the month rows and shows its figures without waiting for this card.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import LinearProgress from '@mui/material/LinearProgress';
import { localDay } from '../../../../shared/domain/insight/facts';
import { reasonTrend, type ReasonMetric } from '../../../../shared/domain/insight/losses';
import { weekStartFor } from '../../../../shared/domain/periods';
import { useFormat } from '../../../i18n/use-format';
import { DashboardCard } from '../../supervisor/dashboard/DashboardCard';
import { ExportCsvButton } from '../../supervisor/dashboard/ExportCsvButton';
import { useInsightView } from '../insight-context';
import { SCREEN_READS } from '../screen-reads';
import { useInsightFacts } from '../use-insight-facts';
import { FigureTable } from './FigureTable';
import { StackedBars } from './StackedBars';
import { useInsightLabels } from './use-insight-labels';

export function LossTrendCard({
  metric,
  reasonLabel,
  range,
}: {
  metric: ReasonMetric;
  reasonLabel: (reason: string) => string;
  /** The period as it names exported files. */
  range: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const view = useInsightView();
  const labels = useInsightLabels();
  const read = metric === 'lost' ? SCREEN_READS.lossTrendLost : SCREEN_READS.lossTrendRefusal;
  const facts = useInsightFacts(
    view.agentIds,
    view.period,
    view.timeZone,
    read.metrics,
    read.grain,
  );
  const first = localDay(view.timeZone, view.period.from);
  const last = localDay(view.timeZone, view.period.to - 1);
  const trend = useMemo(
    () => (facts ? reasonTrend(facts, metric, first, last, weekStartFor(view.timeZone)) : null),
    [facts, metric, first, last, view.timeZone],
  );
  const bucketLabels = trend ? trend.buckets.map((b) => labels.bucket(b, trend.unit)) : [];

  return (
    <DashboardCard
      title={t('insightLosses.trend.title')}
      subtitle={
        trend
          ? t(trend.unit === 'day' ? 'insightLosses.trend.perDay' : 'insightLosses.trend.perWeek')
          : undefined
      }
      testId="losses-trend"
      actions={
        trend ? (
          <ExportCsvButton
            testId="export-losses-trend"
            fileName={`${metric}-trend-${range}`}
            header={[
              t('insightLosses.trend.period'),
              ...trend.reasons.map(reasonLabel),
              t('insightLosses.trend.total'),
            ]}
            rows={() =>
              trend.buckets.map((b) => [
                b.from === b.to ? b.from : `${b.from}/${b.to}`,
                ...trend.reasons.map((r) => b.counts[r] ?? 0),
                b.total,
              ])
            }
          />
        ) : undefined
      }
    >
      {trend ? (
        <>
          <StackedBars
            testId="losses-trend-chart"
            layout="vertical"
            categories={bucketLabels}
            series={trend.reasons.map((r) => ({
              key: r,
              label: reasonLabel(r),
              data: trend.buckets.map((b) => b.counts[r] ?? 0),
            }))}
            valueFormatter={format.number}
          />
          <FigureTable
            testId="losses-trend-table"
            caption={t('insightLosses.trend.title')}
            columns={[
              { key: 'period', label: t('insightLosses.trend.period') },
              ...trend.reasons.map((r) => ({
                key: r,
                label: reasonLabel(r),
                numeric: true,
              })),
              { key: 'total', label: t('insightLosses.trend.total'), numeric: true },
            ]}
            rows={trend.buckets
              .filter((b) => b.total > 0)
              .map((b, i) => ({
                key: b.from,
                cells: [
                  bucketLabels[trend.buckets.indexOf(b)] ?? String(i),
                  ...trend.reasons.map((r) => format.number(b.counts[r] ?? 0)),
                  format.number(b.total),
                ],
              }))}
          />
        </>
      ) : (
        <LinearProgress aria-label={t('insightLosses.trend.title')} />
      )}
    </DashboardCard>
  );
}
