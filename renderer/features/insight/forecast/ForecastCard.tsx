// This month's and this quarter's forecast against the sales target: sales so far plus the open
// pipeline weighted by stage probability, for the scope and per rep, with the other currencies
// and the deals without a value said apart.
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableFooter from '@mui/material/TableFooter';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { ForecastFigures } from '../../../../shared/domain/insight/forecast';
import { attainment } from '../../../../shared/domain/kpi';
import { useFormat } from '../../../i18n/use-format';
import { DashboardCard } from '../../supervisor/dashboard/DashboardCard';
import { ExportCsvButton } from '../../supervisor/dashboard/ExportCsvButton';
import { TargetProgress } from '../../supervisor/dashboard/TargetProgress';
import { useCompactFormat } from '../../supervisor/dashboard/use-compact-format';

const BarsChart = lazy(() =>
  import('../../supervisor/dashboard/BarsChart').then((m) => ({ default: m.BarsChart })),
);

const FOOTER = { '& td': { color: 'text.primary', fontSize: 14, fontWeight: 700 } } as const;

export type ForecastWindowView = {
  total: ForecastFigures;
  target: number | null;
  reps: { id: string; name: string; figures: ForecastFigures; target: number | null }[];
};

export type ForecastCardProps = {
  month: ForecastWindowView;
  quarter: ForecastWindowView;
  currency: string;
  fileName: string;
};

export function ForecastCard({ month, quarter, currency, fileName }: ForecastCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const compact = useCompactFormat();
  const [which, setWhich] = useState<'month' | 'quarter'>('month');
  const shown = which === 'month' ? month : quarter;
  const money = (n: number) => format.currency(n, currency);
  const expected = (f: ForecastFigures) => f.won + f.weighted;
  const header = [
    t('insightStages.rep'),
    t('insightStages.wonSoFar', { currency }),
    t('insightStages.weighted', { currency }),
    t('insightStages.expected', { currency }),
    t('insightStages.target', { currency }),
  ];
  const others = Object.entries(shown.total.other);
  const windows = [
    { key: 'month', label: t('insightStages.thisMonth'), v: month },
    { key: 'quarter', label: t('insightStages.thisQuarter'), v: quarter },
  ];
  return (
    <DashboardCard
      title={t('insightStages.forecastTitle')}
      subtitle={t('insightStages.forecastSubtitle')}
      testId="forecast"
      actions={
        <ExportCsvButton
          testId="export-forecast"
          fileName={fileName}
          header={[t('insightStages.window'), ...header]}
          rows={() =>
            windows.flatMap(({ label, v }) => [
              ...v.reps.map((r) => [
                label,
                r.name,
                r.figures.won,
                r.figures.weighted,
                expected(r.figures),
                r.target ?? '',
              ]),
              [
                label,
                t('insightStages.everyone'),
                v.total.won,
                v.total.weighted,
                expected(v.total),
                v.target ?? '',
              ],
            ])
          }
        />
      }
    >
      <Stack spacing={2}>
        <Suspense fallback={<LinearProgress />}>
          <BarsChart
            layout="vertical"
            categories={windows.map((w) => w.label)}
            series={[
              ...(windows.some((w) => w.v.target !== null)
                ? [
                    {
                      label: t('insightStages.target', { currency }),
                      data: windows.map((w) => w.v.target ?? 0),
                      tone: 'muted' as const,
                    },
                  ]
                : []),
              {
                label: t('insightStages.wonSoFar', { currency }),
                data: windows.map((w) => w.v.total.won),
                tone: 'success',
              },
              {
                label: t('insightStages.expected', { currency }),
                data: windows.map((w) => expected(w.v.total)),
                tone: 'primary',
              },
            ]}
            valueFormatter={money}
            axisFormatter={compact.number}
            height={240}
          />
        </Suspense>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={which}
          onChange={(_, v: 'month' | 'quarter' | null) => v && setWhich(v)}
          aria-label={t('insightStages.window')}
        >
          <ToggleButton value="month" data-testid="forecast-month">
            {t('insightStages.thisMonth')}
          </ToggleButton>
          <ToggleButton value="quarter" data-testid="forecast-quarter">
            {t('insightStages.thisQuarter')}
          </ToggleButton>
        </ToggleButtonGroup>
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="forecast-table">
            <TableHead>
              <TableRow>
                {header.map((h, i) => (
                  <TableCell key={h} align={i === 0 ? 'left' : 'right'}>
                    {h}
                  </TableCell>
                ))}
                <TableCell sx={{ minWidth: 120 }}>{t('insightStages.ofTarget')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.reps.map((r) => (
                <TableRow key={r.id} data-rep={r.id}>
                  <TableCell>
                    <bdi>{r.name}</bdi>
                  </TableCell>
                  <TableCell align="right">{money(r.figures.won)}</TableCell>
                  <TableCell align="right">{money(r.figures.weighted)}</TableCell>
                  <TableCell align="right">{money(expected(r.figures))}</TableCell>
                  <TableCell align="right">{r.target === null ? '—' : money(r.target)}</TableCell>
                  <TableCell>
                    <TargetProgress
                      ratio={r.target ? attainment(expected(r.figures), r.target) : null}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
            <TableFooter>
              <TableRow sx={FOOTER} data-testid="forecast-total">
                <TableCell>{t('insightStages.everyone')}</TableCell>
                <TableCell align="right" data-testid="forecast-won">
                  {money(shown.total.won)}
                </TableCell>
                <TableCell align="right" data-testid="forecast-weighted">
                  {money(shown.total.weighted)}
                </TableCell>
                <TableCell align="right" data-testid="forecast-expected">
                  {money(expected(shown.total))}
                </TableCell>
                <TableCell align="right">
                  {shown.target === null ? '—' : money(shown.target)}
                </TableCell>
                <TableCell>
                  <TargetProgress
                    ratio={shown.target ? attainment(expected(shown.total), shown.target) : null}
                  />
                </TableCell>
              </TableRow>
            </TableFooter>
          </Table>
        </Box>
        <Typography variant="body2" color="text.secondary">
          {t('insightStages.dealsCounted', {
            count: shown.total.deals,
            n: format.number(shown.total.deals),
            pipeline: money(shown.total.pipeline),
          })}
          {shown.total.unvalued > 0 &&
            ` ${t('insightStages.unvalued', { count: shown.total.unvalued, n: format.number(shown.total.unvalued) })}`}
        </Typography>
        {others.length > 0 && (
          <Typography variant="body2" color="text.secondary" data-testid="forecast-other">
            {t('insightStages.otherCurrencies')}{' '}
            {others
              .map(([c, o]) =>
                t('insightStages.otherCurrency', {
                  won: format.currency(o.won, c),
                  weighted: format.currency(o.weighted, c),
                }),
              )
              .join(' · ')}
          </Typography>
        )}
      </Stack>
    </DashboardCard>
  );
}
