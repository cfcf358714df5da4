import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { attainment, dailyResult, periodTargets, repActuals } from '../../../../shared/domain/kpi';
import type { Activity } from '../../../../shared/domain/lead';
import type { Period } from '../../../../shared/domain/periods';
import { useFormat } from '../../../i18n/use-format';
import { DashboardCard } from './DashboardCard';
import { ExportCsvButton } from './ExportCsvButton';
import { TargetProgress } from './TargetProgress';
import type { Rep } from './use-dashboard-scope';

// Charts are only needed here: loaded on demand, not in the first bundle.
const CallsChart = lazy(() => import('./CallsChart').then((m) => ({ default: m.CallsChart })));

export type DailyCheckProps = {
  reps: readonly Rep[];
  activities: readonly Activity[];
  today: Period;
  currency: string;
  fileDate: string;
};

/**
 * The supervisor's daily check: each rep's calls, results and talk time today against their
 * daily targets.
 */
export function DailyCheck({ reps, activities, today, currency, fileDate }: DailyCheckProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = useMemo(() => {
    const actuals = repActuals(activities, today, currency);
    return reps
      .map((r) => {
        const a = actuals.get(r.id);
        return {
          id: r.id,
          name: r.displayName,
          calls: a?.calls ?? 0,
          target: r.targets.dailyCalls,
          bookings: a?.bookings ?? 0,
          result: a ? dailyResult(r.roles, a) : 0,
          resultTarget: r.targets.dailyBookings,
          talkSec: a?.talkSec ?? 0,
          // Today is one working day of the daily talk target; 0 is no target.
          talkTargetSec: periodTargets(r.targets, 1, 0).talkSec,
        };
      })
      .sort((a, b) => b.calls - a.calls || a.name.localeCompare(b.name));
  }, [reps, activities, today, currency]);
  const header = [
    t('supervisor.agent'),
    t('supervisor.calls'),
    t('supervisor.target'),
    t('supervisor.bookings'),
    t('dashboard.daily.result'),
    t('dashboard.daily.resultTarget'),
    t('dashboard.reps.talkSec'),
    t('dashboard.reps.talkTargetSec'),
  ];
  // The table takes two thirds: with talk time its columns no longer fit in three fifths in
  // Arabic, and the bar chart still reads at a third.
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '2fr 1fr' }, gap: 2 }}>
      <DashboardCard
        title={t('supervisor.callsToday')}
        subtitle={t('dashboard.daily.subtitle')}
        testId="daily-check"
        actions={
          <ExportCsvButton
            testId="export-daily"
            fileName={`calls-today-${fileDate}`}
            header={header}
            rows={() =>
              rows.map((r) => [
                r.name,
                r.calls,
                r.target,
                r.bookings,
                r.result,
                r.resultTarget,
                Math.round(r.talkSec),
                r.talkTargetSec,
              ])
            }
          />
        }
      >
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="calls-per-agent">
            <TableHead>
              <TableRow>
                <TableCell>{header[0]}</TableCell>
                <TableCell align="right">{header[1]}</TableCell>
                <TableCell align="right">{header[2]}</TableCell>
                <TableCell align="right">{header[3]}</TableCell>
                <TableCell align="right">{t('dashboard.daily.result')}</TableCell>
                <TableCell align="right">{t('dashboard.reps.talk')}</TableCell>
                <TableCell sx={{ minWidth: 120 }}>{t('dashboard.daily.progress')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.id} data-agent={r.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <bdi>{r.name}</bdi>
                  </TableCell>
                  <TableCell align="right">{format.number(r.calls)}</TableCell>
                  <TableCell align="right">{format.number(r.target)}</TableCell>
                  <TableCell align="right">{format.number(r.bookings)}</TableCell>
                  {/* "0 من 4" is one value: it never breaks over two lines. */}
                  <TableCell align="right" data-col="result" sx={{ whiteSpace: 'nowrap' }}>
                    {t('dashboard.ofTarget', {
                      value: format.number(r.result),
                      target: format.number(r.resultTarget),
                    })}
                  </TableCell>
                  <TableCell align="right" data-col="talk" sx={{ whiteSpace: 'nowrap' }}>
                    {r.talkTargetSec > 0
                      ? t('dashboard.ofTarget', {
                          value: format.clock(r.talkSec),
                          target: format.clock(r.talkTargetSec),
                        })
                      : format.clock(r.talkSec)}
                  </TableCell>
                  <TableCell>
                    <TargetProgress ratio={attainment(r.calls, r.target)} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      </DashboardCard>
      <DashboardCard title={t('dashboard.daily.chart')} testId="calls-chart">
        <Suspense fallback={<LinearProgress />}>
          <CallsChart
            rows={rows}
            callsLabel={t('supervisor.calls')}
            targetLabel={t('supervisor.target')}
          />
        </Suspense>
      </DashboardCard>
    </Box>
  );
}
