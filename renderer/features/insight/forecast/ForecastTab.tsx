// The insight tab "forecast": open pipeline × stage win probability for this month and this
// quarter against the sales target, per rep and for the scope (shared/domain/insight/forecast.ts
// defines every figure), and the probabilities with their manual overrides.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  averageDeal,
  forecastDeals,
  forecastWindow,
  stageMedianSeconds,
  stageProbabilities,
  timeToWinSeconds,
} from '../../../../shared/domain/insight/forecast';
import { salesTargetFor } from '../../../../shared/domain/kpi';
import { formatLocalDate, localDate } from '../../../../shared/domain/periods';
import { useInsightView } from '../insight-context';
import { usePipelineInsight } from '../stages/use-pipeline-insight';
import { ForecastCard, type ForecastWindowView } from './ForecastCard';
import { ProbabilitiesCard } from './ProbabilitiesCard';
import { useForecastInputs } from './use-forecast';

export function ForecastTab() {
  const { t } = useTranslation();
  const view = useInsightView();
  const settings = usePipelineInsight();
  const inputs = useForecastInputs(view);
  const { learning, won, deals, prices, salesTargets, month, quarter } = inputs;
  const today = formatLocalDate(localDate(view.timeZone, view.now));

  const probabilities = useMemo(
    () => (learning && settings ? stageProbabilities(learning, settings.probabilities) : null),
    [learning, settings],
  );

  const figures = useMemo(() => {
    if (!learning || !won || !deals || !prices || !salesTargets || !probabilities) return null;
    const currency = view.currency;
    const average = averageDeal(learning, currency);
    const toWin = timeToWinSeconds(stageMedianSeconds(learning));
    const weighed = forecastDeals(deals, prices, average, currency, toWin, view.now);
    const p = Object.fromEntries(probabilities.map((x) => [x.stage, x.p])) as Record<
      (typeof probabilities)[number]['stage'],
      number
    >;
    const teamTarget = (key: string) =>
      view.scope.agentId
        ? (view.scope.reps[0]?.targets.monthlyRevenue ?? 0) || null
        : (salesTargetFor(salesTargets, view.scope.teamId, key)?.revenue ?? null);
    const windowView = (
      w: { from: number; to: number },
      inWindow: (day: string) => boolean,
      months: readonly string[],
    ): ForecastWindowView => {
      const r = forecastWindow({
        deals: weighed,
        wonFacts: won,
        inWindow,
        window: w,
        probabilities: p,
        currency,
        agentIds: view.agentIds,
      });
      const targets = months.map(teamTarget);
      return {
        total: r.total,
        target: targets.some((x) => x !== null)
          ? targets.reduce<number>((s, x) => s + (x ?? 0), 0)
          : null,
        // A rep's target for a window is their monthly revenue target for each of its months.
        reps: view.scope.reps.map((rep) => ({
          id: rep.id,
          name: rep.displayName,
          figures: r.byRep[rep.id] ?? r.total,
          target:
            rep.targets.monthlyRevenue > 0 ? rep.targets.monthlyRevenue * months.length : null,
        })),
      };
    };
    return {
      month: windowView(month, (d) => d.startsWith(month.key), [month.key]),
      quarter: windowView(
        quarter,
        (d) => quarter.months.some((m) => d.startsWith(m)),
        quarter.months,
      ),
      dealCount: deals.reduce((n, g) => n + g.n, 0),
    };
  }, [learning, won, deals, prices, salesTargets, probabilities, view, month, quarter]);

  return (
    <Stack spacing={2} data-testid="insight-forecast" aria-label={t('insight.tab.forecast')}>
      {!figures ? (
        <LinearProgress aria-label={t('insightStages.loading')} />
      ) : figures.dealCount === 0 && figures.quarter.total.won === 0 ? (
        <Typography color="text.secondary" data-testid="forecast-empty">
          {t('insightStages.forecastEmpty')}
        </Typography>
      ) : (
        <ForecastCard
          month={figures.month}
          quarter={figures.quarter}
          currency={view.currency}
          fileName={`forecast-${today}`}
        />
      )}
      {settings && probabilities && (
        <ProbabilitiesCard
          settings={settings}
          probabilities={probabilities}
          fileName={`stage-probabilities-${today}`}
        />
      )}
    </Stack>
  );
}
