import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { growth, type MonthTotals } from '../../../../shared/domain/kpi';
import { useFormat } from '../../../i18n/use-format';
import { DashboardCard } from './DashboardCard';
import { useCompactFormat } from './use-compact-format';
import { useMonthLabel } from './use-month-label';
import { ExportCsvButton } from './ExportCsvButton';

const BarsChart = lazy(() => import('./BarsChart').then((m) => ({ default: m.BarsChart })));

const METRICS = ['calls', 'bookings', 'wins', 'revenue', 'retention'] as const;
type Metric = (typeof METRICS)[number];

export type GrowthCardProps = {
  months: readonly MonthTotals[];
  currency: string;
  fileName: string;
};

/** Each calendar month against the one before: is the team growing? */
export function GrowthCard({ months, currency, fileName }: GrowthCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const compact = useCompactFormat();
  const monthLabel = useMonthLabel();
  const chartLabel = useMonthLabel('chart');
  const [metric, setMetric] = useState<Metric>('calls');
  const show = (m: Metric, v: number) =>
    m === 'revenue' ? format.currency(v, currency) : format.number(v);
  const change = (m: Metric, i: number) => {
    const prev = months[i - 1];
    const cur = months[i];
    return prev && cur ? growth(cur[m], prev[m]) : null;
  };
  const changeText = (g: number | null) =>
    g === null ? '—' : `${g > 0 ? '+' : ''}${format.percent(g)}`;
  const label = (m: Metric) => t(`dashboard.metric.${m}`, { currency });
  return (
    <DashboardCard
      title={t('dashboard.growth.title')}
      subtitle={t('dashboard.growth.subtitle')}
      testId="growth"
      actions={
        <ExportCsvButton
          testId="export-growth"
          fileName={fileName}
          header={[
            t('dashboard.growth.month'),
            ...METRICS.flatMap((m) => [
              label(m),
              t('dashboard.growth.changeOf', { metric: label(m) }),
            ]),
          ]}
          rows={() =>
            months.map((row, i) => [
              row.key,
              ...METRICS.flatMap((m) => {
                const g = change(m, i);
                return [row[m], g === null ? '' : Math.round(g * 1000) / 10];
              }),
            ])
          }
        />
      }
    >
      <ToggleButtonGroup
        size="small"
        exclusive
        value={metric}
        onChange={(_, m: Metric | null) => m && setMetric(m)}
        sx={{ mb: 1, flexWrap: 'wrap' }}
        aria-label={t('dashboard.growth.metric')}
      >
        {METRICS.map((m) => (
          <ToggleButton key={m} value={m} data-testid={`growth-metric-${m}`}>
            {t(`dashboard.metricShort.${m}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <Suspense fallback={<LinearProgress />}>
        <BarsChart
          layout="vertical"
          categories={months.map((m) => chartLabel(m.key))}
          series={[{ label: label(metric), data: months.map((m) => m[metric]), tone: 'primary' }]}
          valueFormatter={(v) => show(metric, v)}
          axisFormatter={compact.number}
          height={220}
        />
      </Suspense>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" data-testid="growth-table">
          <TableHead>
            <TableRow>
              <TableCell>{t('dashboard.growth.month')}</TableCell>
              <TableCell align="right">{label(metric)}</TableCell>
              <TableCell align="right">{t('dashboard.growth.change')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {months.map((row, i) => {
              const g = change(metric, i);
              return (
                <TableRow key={row.key} data-month={row.key}>
                  <TableCell>{monthLabel(row.key)}</TableCell>
                  <TableCell align="right" data-col="value">
                    {show(metric, row[metric])}
                  </TableCell>
                  <TableCell align="right" data-col="change">
                    <Typography
                      variant="body2"
                      component="span"
                      color={g === null ? 'text.secondary' : g >= 0 ? 'success.main' : 'error.main'}
                    >
                      <bdi>{changeText(g)}</bdi>
                    </Typography>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
    </DashboardCard>
  );
}
