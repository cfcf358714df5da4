// The supervisor's insight: why leads are lost, which objection cards win, which lists and
// products pay, where deals stall, what the month brings, and the alerts — one filter row (period,
// team, rep) above tabs that each explain one question.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import {
  formatLocalDate,
  localDate,
  parseLocalDate,
  periodFor,
} from '../../../shared/domain/periods';
import { useOrganisation } from '../../ui/desk/use-organisation';
import {
  DashboardFilters,
  type DashboardFilterValues,
} from '../supervisor/dashboard/DashboardFilters';
import { useDashboardScope } from '../supervisor/dashboard/use-dashboard-scope';
import { useNow } from '../supervisor/dashboard/use-now';
import { InsightContext, type InsightView } from './insight-context';
import {
  hashForInsightTab,
  INSIGHT_TABS,
  insightTabFromHash,
  type InsightTab,
} from './insight-tabs';

const LossesTab = lazy(() => import('./losses/LossesTab').then((m) => ({ default: m.LossesTab })));
const ObjectionsTab = lazy(() =>
  import('./objections/ObjectionsTab').then((m) => ({ default: m.ObjectionsTab })),
);
const SourcesTab = lazy(() =>
  import('./sources/SourcesTab').then((m) => ({ default: m.SourcesTab })),
);
const StagesTab = lazy(() => import('./stages/StagesTab').then((m) => ({ default: m.StagesTab })));
const ForecastTab = lazy(() =>
  import('./forecast/ForecastTab').then((m) => ({ default: m.ForecastTab })),
);
const AlertsTab = lazy(() => import('./alerts/AlertsTab').then((m) => ({ default: m.AlertsTab })));

const TAB_COMPONENT = {
  losses: LossesTab,
  objections: ObjectionsTab,
  sources: SourcesTab,
  stages: StagesTab,
  forecast: ForecastTab,
  alerts: AlertsTab,
} as const;

function useInsightTab(): [InsightTab, (tab: InsightTab) => void] {
  const [tab, setTab] = useState(() => insightTabFromHash(window.location.hash));
  useEffect(() => {
    const onHash = () => setTab(insightTabFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const open = (next: InsightTab) => {
    window.history.replaceState(null, '', hashForInsightTab(next));
    setTab(next);
  };
  return [tab, open];
}

export function InsightSection() {
  const { t } = useTranslation();
  const org = useOrganisation();
  const now = useNow();
  const tz = org?.timezone ?? 'UTC';
  const todayText = formatLocalDate(localDate(tz, now));
  const [filters, setFilters] = useState<DashboardFilterValues>(() => ({
    kind: 'month',
    customFrom: '',
    customTo: '',
    team: 'all',
    agent: 'all',
  }));
  const scope = useDashboardScope(filters.team, filters.agent);
  const [tab, openTab] = useInsightTab();

  const period = useMemo(() => {
    const from = parseLocalDate(filters.customFrom) ?? localDate(tz, now);
    const to = parseLocalDate(filters.customTo) ?? from;
    return periodFor(filters.kind, tz, now, { from, to });
    // `todayText` stands for `now`: the period changes only when the day does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tz, todayText, filters.kind, filters.customFrom, filters.customTo]);

  const agentIds = useMemo(() => scope.reps.map((r) => r.id), [scope.reps]);
  const view = useMemo<InsightView | null>(
    () =>
      org && scope.ready
        ? { timeZone: tz, currency: org.currency, now, period, scope, agentIds }
        : null,
    [org, scope, tz, now, period, agentIds],
  );

  if (!view) return <LinearProgress />;
  const Current = TAB_COMPONENT[tab];
  return (
    <Stack spacing={2} data-testid="insight">
      <DashboardFilters
        value={filters}
        onChange={setFilters}
        period={period}
        timeZone={tz}
        teams={scope.isAdmin ? scope.teams : null}
        reps={scope.teamReps}
      />
      <Box sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Tabs
          value={tab}
          onChange={(_, v: InsightTab) => openTab(v)}
          variant="scrollable"
          scrollButtons="auto"
          aria-label={t('insight.title')}
        >
          {INSIGHT_TABS.map((k) => (
            <Tab key={k} value={k} label={t(`insight.tab.${k}`)} data-testid={`insight-tab-${k}`} />
          ))}
        </Tabs>
      </Box>
      <InsightContext.Provider value={view}>
        <Suspense fallback={<LinearProgress />}>
          <Current />
        </Suspense>
      </InsightContext.Provider>
    </Stack>
  );
}
