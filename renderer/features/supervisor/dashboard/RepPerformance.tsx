import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableFooter from '@mui/material/TableFooter';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import {
  averageHandleSec,
  connectRate,
  showRate,
  sumActuals,
  type PeriodTargets,
  type RepActuals,
} from '../../../../shared/domain/kpi';
import { useFormat } from '../../../i18n/use-format';
import { DashboardCard } from './DashboardCard';
import { ExportCsvButton } from './ExportCsvButton';
import { TargetProgress } from './TargetProgress';
import type { RepRow } from './rep-rows';

export type RepPerformanceProps = {
  rows: readonly RepRow[];
  currency: string;
  days: number;
  fileName: string;
};

/**
 * Per rep over the period: calls against target, bookings, wins and revenue, retention calls,
 * and the phone's figures with talk time against target.
 */
export function RepPerformance({ rows, currency, days, fileName }: RepPerformanceProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (n: number) => format.currency(n, currency);
  const total = sumActuals(rows.map((r) => r.actual));
  const sum = (k: keyof PeriodTargets) => rows.reduce((s, r) => s + r.target[k], 0);
  const header = [
    t('supervisor.agent'),
    t('dashboard.reps.roles'),
    t('dashboard.reps.calls'),
    t('dashboard.reps.callTarget'),
    t('dashboard.reps.bookings'),
    t('dashboard.reps.wins'),
    t('dashboard.reps.winTarget'),
    t('dashboard.reps.revenue', { currency }),
    t('dashboard.reps.revenueTarget', { currency }),
    t('dashboard.reps.retention'),
    t('dashboard.reps.upsells'),
    t('dashboard.reps.connectRate'),
    t('dashboard.reps.talkSec'),
    t('dashboard.reps.talkTargetSec'),
    t('dashboard.reps.ahtSec'),
    t('dashboard.reps.meetingsDue'),
    t('dashboard.reps.meetingsHeld'),
    t('dashboard.reps.showRate'),
  ];
  const rate = (a: RepActuals) => {
    const r = connectRate(a);
    return r === null ? '—' : format.percent(r);
  };
  // A hunter's quality (seed 002): meetings held of those that fell due.
  const shows = (a: RepActuals) => {
    const r = showRate(a);
    return r === null
      ? '—'
      : t('dashboard.reps.showRateOf', {
          rate: format.percent(r),
          held: format.number(a.meetingsHeld),
          due: format.number(a.meetingsDue),
        });
  };
  const aht = (a: RepActuals) => {
    const s = averageHandleSec(a);
    return s === null ? '—' : format.clock(s);
  };
  const ofTarget = (value: string, target: number, shown: string) =>
    target > 0 ? t('dashboard.ofTarget', { value, target: shown }) : value;
  // The phone's figures: connect rate, talk time (against its target) and average handle time.
  const phoneCells = (a: RepActuals, talkTarget: number) => (
    <>
      <TableCell align="right" data-col="connectRate">
        {rate(a)}
      </TableCell>
      <TableCell align="right" data-col="talk">
        {ofTarget(format.clock(a.talkSec), talkTarget, format.clock(talkTarget))}
      </TableCell>
      <TableCell align="right" data-col="aht">
        {aht(a)}
      </TableCell>
    </>
  );
  return (
    <DashboardCard
      title={t('dashboard.reps.title')}
      subtitle={t('dashboard.reps.subtitle', { count: days, n: format.number(days) })}
      testId="rep-performance"
      actions={
        <ExportCsvButton
          testId="export-reps"
          fileName={fileName}
          header={header}
          rows={() =>
            rows.map((r) => [
              r.rep.displayName,
              r.rep.roles.map((role) => t(`roles.${role}`)).join(' + '),
              r.actual.calls,
              r.target.calls,
              r.actual.bookings,
              r.actual.wins,
              Math.round(r.target.wins * 10) / 10,
              r.actual.revenue,
              Math.round(r.target.revenue),
              r.actual.retention,
              r.actual.upsells,
              ...csvPhone(r.actual, r.target.talkSec),
              ...csvShows(r.actual),
            ])
          }
        />
      }
    >
      <Box sx={{ overflowX: 'auto' }}>
        {/* A figure and its target ("3 من 60") are one value: never broken over two lines. */}
        <Table
          size="small"
          data-testid="rep-table"
          sx={{ '& td[data-col]': { whiteSpace: 'nowrap' } }}
        >
          <TableHead>
            <TableRow>
              <TableCell>{header[0]}</TableCell>
              <TableCell align="right">{header[2]}</TableCell>
              <TableCell sx={{ minWidth: 120 }}>{t('dashboard.daily.progress')}</TableCell>
              <TableCell align="right">{header[4]}</TableCell>
              <TableCell align="right" title={t('dashboard.reps.showRateHint')}>
                {t('dashboard.reps.showRate')}
              </TableCell>
              <TableCell align="right">{header[5]}</TableCell>
              <TableCell align="right">{t('dashboard.reps.revenue', { currency })}</TableCell>
              <TableCell align="right">{header[9]}</TableCell>
              <TableCell align="right">{header[10]}</TableCell>
              <TableCell align="right">{header[11]}</TableCell>
              <TableCell align="right">{t('dashboard.reps.talk')}</TableCell>
              <TableCell align="right">{t('dashboard.reps.aht')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.rep.id} data-agent={r.rep.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <bdi>{r.rep.displayName}</bdi>
                  <Box
                    component="span"
                    sx={{ display: 'block', color: 'text.secondary', fontSize: 12 }}
                  >
                    {r.rep.roles.map((role) => t(`roles.${role}`)).join(' · ')}
                  </Box>
                </TableCell>
                <TableCell align="right" data-col="calls">
                  {ofTarget(
                    format.number(r.actual.calls),
                    r.target.calls,
                    format.number(r.target.calls),
                  )}
                </TableCell>
                <TableCell>
                  <TargetProgress ratio={r.callAttainment} />
                </TableCell>
                <TableCell align="right" data-col="bookings">
                  {format.number(r.actual.bookings)}
                </TableCell>
                <TableCell align="right" data-col="showRate">
                  {shows(r.actual)}
                </TableCell>
                <TableCell align="right" data-col="wins">
                  {ofTarget(
                    format.number(r.actual.wins),
                    r.target.wins,
                    format.number(Math.round(r.target.wins * 10) / 10),
                  )}
                </TableCell>
                <TableCell align="right" data-col="revenue">
                  {ofTarget(
                    money(r.actual.revenue),
                    r.target.revenue,
                    money(Math.round(r.target.revenue)),
                  )}
                </TableCell>
                <TableCell align="right" data-col="retention">
                  {format.number(r.actual.retention)}
                </TableCell>
                <TableCell align="right" data-col="upsells">
                  {format.number(r.actual.upsells)}
                </TableCell>
                {phoneCells(r.actual, r.target.talkSec)}
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow
              data-testid="rep-total"
              sx={{ '& td': { color: 'text.primary', fontSize: 14, fontWeight: 700 } }}
            >
              <TableCell>{t('dashboard.total')}</TableCell>
              <TableCell align="right" data-col="calls">
                {ofTarget(format.number(total.calls), sum('calls'), format.number(sum('calls')))}
              </TableCell>
              <TableCell>
                <TargetProgress ratio={sum('calls') > 0 ? total.calls / sum('calls') : null} />
              </TableCell>
              <TableCell align="right" data-col="bookings">
                {format.number(total.bookings)}
              </TableCell>
              <TableCell align="right" data-col="showRate">
                {shows(total)}
              </TableCell>
              <TableCell align="right" data-col="wins">
                {format.number(total.wins)}
              </TableCell>
              <TableCell align="right" data-col="revenue">
                {money(total.revenue)}
              </TableCell>
              <TableCell align="right" data-col="retention">
                {format.number(total.retention)}
              </TableCell>
              <TableCell align="right" data-col="upsells">
                {format.number(total.upsells)}
              </TableCell>
              {phoneCells(total, sum('talkSec'))}
            </TableRow>
          </TableFooter>
        </Table>
      </Box>
    </DashboardCard>
  );
}

/** CSV cells of the phone's figures: a ratio and whole seconds, for spreadsheets. */
function csvPhone(a: RepActuals, talkTarget: number): (number | string)[] {
  const rate = connectRate(a);
  const aht = averageHandleSec(a);
  return [
    rate === null ? '' : Math.round(rate * 1000) / 1000,
    Math.round(a.talkSec),
    Math.round(talkTarget),
    aht === null ? '' : Math.round(aht),
  ];
}

/** CSV cells of the show rate: meetings due, held, and the ratio (empty when none fell due). */
function csvShows(a: RepActuals): (number | string)[] {
  const rate = showRate(a);
  return [a.meetingsDue, a.meetingsHeld, rate === null ? '' : Math.round(rate * 1000) / 1000];
}
