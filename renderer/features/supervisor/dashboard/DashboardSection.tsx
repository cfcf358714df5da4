import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import {
  biggestLeak,
  monthlyTotals,
  periodFunnel,
  pipelineReach,
  profitFactorsFrom,
  salesTargetFor,
  sumActuals,
  workedDays,
} from '../../../../shared/domain/kpi';
import {
  dayOf,
  formatLocalDate,
  localDate,
  monthOf,
  parseLocalDate,
  periodFor,
  prorateMonthly,
  quarterOf,
  recentMonths,
} from '../../../../shared/domain/periods';
import { useOrganisation } from '../../../ui/desk/use-organisation';
import type { TeamId, UserId } from '../../../../shared/domain/ids';
import { useDeskDb } from '../../../db/use-desk-db';
import { useAppStore } from '../../../store/use-app-store';
import { parseDashboardHash, type DashboardLink } from './dashboard-link';
import { DailyCheck } from './DailyCheck';
import { DashboardFilters, type DashboardFilterValues } from './DashboardFilters';
import { FunnelCard } from './FunnelCard';
import { GrowthCard } from './GrowthCard';
import { KpiTiles } from './KpiTiles';
import { Leaderboard } from './Leaderboard';
import { RepPerformance } from './RepPerformance';
import { repRows } from './rep-rows';
import { SalesTargetCard } from './SalesTargetCard';
import { SpanOfControlAlert } from './SpanOfControlAlert';
import { useActivities } from './use-activities';
import { useDashboardScope } from './use-dashboard-scope';
import { useNow } from './use-now';
import { useStageCounts } from './use-stage-counts';
import { WhatIfCard } from './WhatIfCard';
import { CallScoresCard } from './CallScoresCard';

function withLink(f: DashboardFilterValues, link: DashboardLink): DashboardFilterValues {
  return {
    ...f,
    ...(link.period ? { kind: link.period } : {}),
    // A rep or a team named: the other filter opens wide, so the rep is never hidden by a team.
    ...(link.team || link.agent
      ? {
          team: (link.team ?? 'all') as TeamId | 'all',
          agent: (link.agent ?? 'all') as UserId | 'all',
        }
      : {}),
  };
}

/** Months the growth and sales-target blocks look back over, this one included. */
const HISTORY_MONTHS = 6;

/**
 * The supervisor's dashboard, live from the local database: today's calls per rep, the chosen
 * period's results against targets, the funnel and its leak, monthly growth, sales targets, a
 * leaderboard and the profit what-if. Every day boundary is the organisation's, not the PC's.
 */
export function DashboardSection() {
  const { t } = useTranslation();
  const db = useDeskDb();
  const org = useOrganisation();
  const now = useNow();
  const tz = org?.timezone ?? 'UTC';
  const currency = org?.currency ?? 'USD';
  const todayText = formatLocalDate(localDate(tz, now));
  const [filters, setFilters] = useState<DashboardFilterValues>(() =>
    withLink(
      { kind: 'month', customFrom: '', customTo: '', team: 'all', agent: 'all' },
      parseDashboardHash(window.location.hash),
    ),
  );
  // An alert's link opens this rep, team or period, also when the dashboard is already open.
  useEffect(() => {
    const onHash = () => {
      const link = parseDashboardHash(window.location.hash);
      if (Object.keys(link).length > 0) setFilters((f) => withLink(f, link));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const scope = useDashboardScope(filters.team, filters.agent);
  const leads = useAppStore(
    (s) => !!s.user?.roles.some((r) => r === 'supervisor' || r === 'admin'),
  );

  // Periods: recomputed when the local day changes, not every minute.
  const { today, period, months, pastMonths, currentMonth, quarter } = useMemo(() => {
    const at = now;
    const from = parseLocalDate(filters.customFrom) ?? localDate(tz, at);
    const to = parseLocalDate(filters.customTo) ?? from;
    const list = recentMonths(tz, at, HISTORY_MONTHS);
    const current = monthOf(tz, at);
    return {
      today: dayOf(tz, at),
      period: periodFor(filters.kind, tz, at, { from, to }),
      months: list,
      pastMonths: { from: monthOf(tz, at, 1 - HISTORY_MONTHS).from, to: current.from },
      currentMonth: { from: current.from, to: current.to },
      quarter: quarterOf(tz, at),
    };
    // `todayText` stands for `now`: the periods change only when the day does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tz, todayText, filters.kind, filters.customFrom, filters.customTo]);

  const ids = useMemo(() => scope.reps.map((r) => r.id), [scope.reps]);
  const todayActs = useActivities(ids, today);
  const periodActs = useActivities(ids, period);
  // Past months never change with a new call, so they are read apart from the current one.
  const pastActs = useActivities(ids, pastMonths);
  const currentActs = useActivities(ids, currentMonth);
  const stageCounts = useStageCounts(scope.teamId, scope.agentId);
  const salesTargets = useLiveQuery(() => db.salesTargets.toArray(), [db]);

  const view = useMemo(() => {
    if (!periodActs) return null;
    const days = workedDays(periodActs, tz, period);
    const monthShare = prorateMonthly(tz, period, () => 1);
    const rows = repRows(scope.reps, periodActs, period, currency, days, monthShare);
    const total = sumActuals(rows.map((r) => r.actual));
    const targets = {
      calls: rows.reduce((s, r) => s + r.target.calls, 0),
      wins: rows.reduce((s, r) => s + r.target.wins, 0),
      revenue: rows.reduce((s, r) => s + r.target.revenue, 0),
      talkSec: rows.reduce((s, r) => s + r.target.talkSec, 0),
    };
    const funnel = periodFunnel(periodActs, period);
    const worked = funnel[0]?.count ?? 0;
    const won = funnel[funnel.length - 1]?.count ?? 0;
    return { days, rows, total, targets, funnel, worked, closeRate: worked ? won / worked : 0 };
  }, [periodActs, tz, period, scope.reps, currency]);

  const history = useMemo(() => {
    if (!pastActs || !currentActs) return null;
    const totals = monthlyTotals([...pastActs, ...currentActs], months, currency);
    const rep = scope.agentId ? scope.reps[0] : undefined;
    return totals.map((m) => ({
      ...m,
      target: rep
        ? rep.targets.monthlyRevenue > 0 || rep.targets.monthlyWins > 0
          ? { revenue: rep.targets.monthlyRevenue, wins: rep.targets.monthlyWins }
          : null
        : salesTargetFor(salesTargets ?? [], scope.teamId, m.key),
    }));
  }, [
    pastActs,
    currentActs,
    months,
    currency,
    scope.agentId,
    scope.reps,
    scope.teamId,
    salesTargets,
  ]);

  const pipeline = useMemo(() => (stageCounts ? pipelineReach(stageCounts) : null), [stageCounts]);

  if (!org || !scope.ready) return <LinearProgress />;
  const range = `${formatLocalDate(localDate(tz, period.from))}_${formatLocalDate(localDate(tz, period.to - 1))}`;
  return (
    <Stack spacing={2} data-testid="dashboard">
      <DashboardFilters
        value={filters}
        onChange={setFilters}
        period={period}
        timeZone={tz}
        teams={scope.isAdmin ? scope.teams : null}
        reps={scope.teamReps}
      />
      <SpanOfControlAlert users={scope.users} teams={scope.teams} />
      {todayActs && (
        <DailyCheck
          reps={scope.reps}
          activities={todayActs}
          today={today}
          currency={currency}
          fileDate={todayText}
        />
      )}
      {view ? (
        <>
          <KpiTiles
            total={view.total}
            targets={view.targets}
            closeRate={view.closeRate}
            currency={currency}
          />
          <RepPerformance
            rows={view.rows}
            currency={currency}
            days={view.days}
            fileName={`rep-results-${range}`}
          />
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
            <FunnelCard
              title={t('dashboard.funnel.title')}
              subtitle={t('dashboard.funnel.subtitle')}
              steps={view.funnel}
              leak={biggestLeak(view.funnel)}
              testId="funnel"
              fileName={`funnel-${range}`}
            />
            {pipeline && (
              <FunnelCard
                title={t('dashboard.pipeline.title')}
                subtitle={t('dashboard.pipeline.subtitle')}
                steps={pipeline.steps}
                leak={biggestLeak(pipeline.steps)}
                lost={pipeline.lost}
                testId="pipeline"
                fileName={`pipeline-${todayText}`}
              />
            )}
          </Box>
        </>
      ) : (
        <LinearProgress />
      )}
      {history && (
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
          <GrowthCard
            months={history}
            currency={currency}
            fileName={`monthly-growth-${todayText}`}
          />
          <SalesTargetCard
            months={history}
            quarter={quarter.months}
            currency={currency}
            fileName={`sales-targets-${todayText}`}
          />
        </Box>
      )}
      {view && (
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '2fr 3fr' }, gap: 2 }}>
          <Leaderboard rows={view.rows} currency={currency} fileName={`leaderboard-${range}`} />
          <WhatIfCard
            base={(() => {
              const f = profitFactorsFrom({
                leads: view.worked,
                wins: view.total.wins,
                revenue: view.total.revenue,
                upsells: view.total.upsells,
                margin: 0,
              });
              return {
                leads: f.leads,
                conversion: f.conversion,
                averageCheck: f.averageCheck,
                purchasesPerPeriod: f.purchasesPerPeriod,
              };
            })()}
            currency={currency}
          />
        </Box>
      )}
      {leads && (
        <CallScoresCard
          period={period}
          teamId={scope.teamId}
          agentId={scope.agentId}
          fileName={`call-scores-${range}`}
        />
      )}
    </Stack>
  );
}
