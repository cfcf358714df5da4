import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableFooter from '@mui/material/TableFooter';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { attainment } from '../../../../shared/domain/kpi';
import { useFormat } from '../../../i18n/use-format';
import { DashboardCard } from './DashboardCard';
import { useCompactFormat } from './use-compact-format';
import { useMonthLabel } from './use-month-label';
import { ExportCsvButton } from './ExportCsvButton';
import { TargetProgress } from './TargetProgress';

// Totals read as strongly as the rows above them.
const FOOTER = { '& td': { color: 'text.primary', fontSize: 14, fontWeight: 700 } } as const;

const BarsChart = lazy(() => import('./BarsChart').then((m) => ({ default: m.BarsChart })));

export type TargetMonth = {
  key: string;
  revenue: number;
  wins: number;
  target: { revenue: number; wins: number } | null;
};

export type SalesTargetCardProps = {
  months: readonly TargetMonth[];
  /** Month keys of the current calendar quarter. */
  quarter: readonly string[];
  currency: string;
  fileName: string;
};

/** Sales target against actual per month, and the quarter so far. */
export function SalesTargetCard({ months, quarter, currency, fileName }: SalesTargetCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const compact = useCompactFormat();
  const monthLabel = useMonthLabel();
  const chartLabel = useMonthLabel('chart');
  const money = (n: number) => format.currency(n, currency);
  const q = months.filter((m) => quarter.includes(m.key));
  const qActual = q.reduce((s, m) => s + m.revenue, 0);
  const qWins = q.reduce((s, m) => s + m.wins, 0);
  const qTarget = q.reduce((s, m) => s + (m.target?.revenue ?? 0), 0);
  const qWinTarget = q.reduce((s, m) => s + (m.target?.wins ?? 0), 0);
  const anyTarget = months.some((m) => m.target);
  const header = [
    t('dashboard.growth.month'),
    t('dashboard.targets.revenueTarget', { currency }),
    t('dashboard.targets.revenueActual', { currency }),
    t('dashboard.targets.winTarget'),
    t('dashboard.targets.winActual'),
  ];
  return (
    <DashboardCard
      title={t('dashboard.targets.title')}
      subtitle={anyTarget ? t('dashboard.targets.subtitle') : t('dashboard.targets.none')}
      testId="sales-targets"
      actions={
        <ExportCsvButton
          testId="export-targets"
          fileName={fileName}
          header={header}
          rows={() =>
            months.map((m) => [
              m.key,
              m.target?.revenue ?? '',
              m.revenue,
              m.target?.wins ?? '',
              m.wins,
            ])
          }
        />
      }
    >
      <Suspense fallback={<LinearProgress />}>
        <BarsChart
          layout="vertical"
          categories={months.map((m) => chartLabel(m.key))}
          series={[
            // The target bars only when a target is set for any of the months.
            ...(anyTarget
              ? [
                  {
                    label: t('dashboard.targets.revenueTarget', { currency }),
                    data: months.map((m) => m.target?.revenue ?? 0),
                    tone: 'muted' as const,
                  },
                ]
              : []),
            {
              label: t('dashboard.targets.revenueActual', { currency }),
              data: months.map((m) => m.revenue),
              tone: 'success',
            },
          ]}
          valueFormatter={money}
          axisFormatter={compact.number}
          height={220}
        />
      </Suspense>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" data-testid="targets-table">
          <TableHead>
            <TableRow>
              <TableCell>{header[0]}</TableCell>
              <TableCell align="right">{t('dashboard.targets.revenue')}</TableCell>
              <TableCell align="right">{t('dashboard.targets.wins')}</TableCell>
              <TableCell sx={{ minWidth: 120 }}>{t('dashboard.targets.progress')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {months.map((m) => (
              <TableRow key={m.key} data-month={m.key}>
                <TableCell>{monthLabel(m.key)}</TableCell>
                <TableCell align="right">
                  {m.target
                    ? t('dashboard.ofTarget', {
                        value: money(m.revenue),
                        target: money(m.target.revenue),
                      })
                    : money(m.revenue)}
                </TableCell>
                <TableCell align="right">
                  {m.target
                    ? t('dashboard.ofTarget', {
                        value: format.number(m.wins),
                        target: format.number(m.target.wins),
                      })
                    : format.number(m.wins)}
                </TableCell>
                <TableCell>
                  <TargetProgress
                    ratio={m.target ? attainment(m.revenue, m.target.revenue) : null}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow data-testid="targets-quarter" sx={FOOTER}>
              <TableCell>
                <Typography variant="body2" sx={{ fontWeight: 700 }}>
                  {t('dashboard.targets.quarter')}
                </Typography>
              </TableCell>
              <TableCell align="right">
                {qTarget > 0
                  ? t('dashboard.ofTarget', { value: money(qActual), target: money(qTarget) })
                  : money(qActual)}
              </TableCell>
              <TableCell align="right">
                {qWinTarget > 0
                  ? t('dashboard.ofTarget', {
                      value: format.number(qWins),
                      target: format.number(qWinTarget),
                    })
                  : format.number(qWins)}
              </TableCell>
              <TableCell>
                <TargetProgress ratio={attainment(qActual, qTarget)} />
              </TableCell>
            </TableRow>
          </TableFooter>
        </Table>
      </Box>
    </DashboardCard>
  );
}
