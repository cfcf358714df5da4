import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { FunnelStep } from '../../../../shared/domain/kpi';
import { useFormat } from '../../../i18n/use-format';
import { DashboardCard } from './DashboardCard';
import { ExportCsvButton } from './ExportCsvButton';
import { FunnelTable } from './FunnelTable';

const BarsChart = lazy(() => import('./BarsChart').then((m) => ({ default: m.BarsChart })));

export type FunnelCardProps = {
  title: string;
  subtitle: string;
  steps: readonly FunnelStep[];
  leak: number | null;
  /** Leads lost, shown under the table when known. */
  lost?: number;
  testId: string;
  fileName: string;
};

/** A funnel as a table (with its leak marked) and as bars, exportable to CSV. */
export function FunnelCard({
  title,
  subtitle,
  steps,
  leak,
  lost,
  testId,
  fileName,
}: FunnelCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const header = [
    t('dashboard.funnel.stage'),
    t('dashboard.funnel.leads'),
    t('dashboard.funnel.fromPrevious'),
    t('dashboard.funnel.fromStart'),
  ];
  const ratio = (r: number | null) => (r === null ? '' : Math.round(r * 1000) / 10);
  return (
    <DashboardCard
      title={title}
      subtitle={subtitle}
      testId={testId}
      actions={
        <ExportCsvButton
          testId={`export-${testId}`}
          fileName={fileName}
          header={header}
          rows={() =>
            steps.map((s) => [
              t(`stage.${s.stage}`),
              s.count,
              ratio(s.conversionFromPrevious),
              ratio(s.conversionFromStart),
            ])
          }
        />
      }
    >
      <FunnelTable steps={steps} leak={leak} testId={`${testId}-table`} />
      {lost !== undefined && (
        <Typography
          variant="body2"
          color="text.secondary"
          sx={{ mt: 1 }}
          data-testid={`${testId}-lost`}
        >
          {t('dashboard.funnel.lost', { count: lost, n: format.number(lost) })}
        </Typography>
      )}
      <Suspense fallback={<LinearProgress />}>
        <BarsChart
          layout="horizontal"
          categories={steps.map((s) => t(`stage.${s.stage}`))}
          series={[
            {
              label: t('dashboard.funnel.leads'),
              data: steps.map((s) => s.count),
              tone: 'primary',
            },
          ]}
          valueFormatter={format.number}
        />
      </Suspense>
    </DashboardCard>
  );
}
