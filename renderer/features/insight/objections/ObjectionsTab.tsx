// Objection analytics: per objection card, the calls it was opened on and what they ended in,
// its success rate (booked or sold) against the conversations without it, the cards that precede
// wins, and each rep's use of the cards. Each chart has its table and CSV export.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import { localDay } from '../../../../shared/domain/insight/facts';
import {
  cardsBeforeWins,
  cardsByRep,
  cardStats,
} from '../../../../shared/domain/insight/objections';
import { useFormat } from '../../../i18n/use-format';
import { DashboardCard } from '../../supervisor/dashboard/DashboardCard';
import { ExportCsvButton } from '../../supervisor/dashboard/ExportCsvButton';
import { useInsightView } from '../insight-context';
import { FigureTable } from '../losses/FigureTable';
import { StackedBars } from '../losses/StackedBars';
import { Summary } from '../losses/Summary';
import { useInsightLabels } from '../losses/use-insight-labels';
import { SCREEN_READS } from '../screen-reads';
import { useInsightFacts } from '../use-insight-facts';

const pct = (share: number | null) => (share === null ? '' : Math.round(share * 1000) / 10);

export function ObjectionsTab() {
  const { t } = useTranslation();
  const format = useFormat();
  const view = useInsightView();
  const labels = useInsightLabels();
  const facts = useInsightFacts(
    view.agentIds,
    view.period,
    view.timeZone,
    SCREEN_READS.objections.metrics,
    SCREEN_READS.objections.grain,
  );
  const first = localDay(view.timeZone, view.period.from);
  const last = localDay(view.timeZone, view.period.to - 1);
  const range = first === last ? first : `${first}_${last}`;
  const figures = useMemo(() => {
    if (!facts) return null;
    const analysis = cardStats(facts);
    return { analysis, wins: cardsBeforeWins(analysis), reps: cardsByRep(facts) };
  }, [facts]);

  if (!figures) return <LinearProgress aria-label={t('insight.tab.objections')} />;
  const { analysis, wins, reps } = figures;
  const rate = (r: number | null) => (r === null ? '–' : format.percent(r));
  const points = (lift: number | null) =>
    lift === null
      ? '–'
      : t('insightLosses.objections.cards.points', {
          value: `${lift > 0 ? '+' : ''}${format.number(Math.round(lift * 1000) / 10)}`,
        });
  const outcomes = [
    ...new Set(analysis.cards.flatMap((c) => c.outcomes.map((o) => o.disposition))),
  ];
  const cardNames = analysis.cards.map((c) => labels.card(c.cardId));

  return (
    <Stack spacing={2} data-testid="insight-objections">
      <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
        <Summary
          label={t('insightLosses.objections.summary.openings')}
          value={analysis.openings}
          testId="objections-openings"
        />
        <Summary
          label={t('insightLosses.objections.summary.conversations')}
          value={analysis.conversations}
          testId="objections-conversations"
        />
        {analysis.conversations > 0 && (
          <Summary
            percent
            label={t('insightLosses.objections.summary.successRate')}
            value={analysis.successes / analysis.conversations}
            testId="objections-success-rate"
          />
        )}
      </Stack>
      {analysis.cards.length === 0 ? (
        <Alert severity="info" data-testid="objections-empty">
          {t('insightLosses.objections.empty')}
        </Alert>
      ) : (
        <Box
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 1fr)' },
          }}
        >
          <Box sx={{ gridColumn: { lg: '1 / -1' } }}>
            <DashboardCard
              title={t('insightLosses.objections.cards.title')}
              subtitle={t('insightLosses.objections.cards.subtitle')}
              testId="objections-cards"
              actions={
                <ExportCsvButton
                  testId="export-objections-cards"
                  fileName={`objection-cards-${range}`}
                  header={[
                    t('insightLosses.objections.cards.card'),
                    t('insightLosses.objections.cards.category'),
                    t('insightLosses.objections.cards.calls'),
                    t('insightLosses.objections.cards.successes'),
                    `${t('insightLosses.objections.cards.rate')} %`,
                    `${t('insightLosses.objections.cards.without')} %`,
                    ...outcomes.map(labels.disposition),
                  ]}
                  rows={() =>
                    analysis.cards.map((c) => [
                      labels.card(c.cardId),
                      labels.cardCategory(c.cardId),
                      c.calls,
                      c.successes,
                      pct(c.rate),
                      pct(c.withoutRate),
                      ...outcomes.map((d) => c.outcomes.find((o) => o.disposition === d)?.n ?? 0),
                    ])
                  }
                />
              }
            >
              <StackedBars
                testId="objections-cards-chart"
                layout="horizontal"
                stacked={false}
                max={1}
                categories={cardNames}
                series={[
                  {
                    key: 'with',
                    label: t('insightLosses.objections.cards.rate'),
                    data: analysis.cards.map((c) => c.rate ?? 0),
                  },
                  {
                    key: 'without',
                    label: t('insightLosses.objections.cards.without'),
                    data: analysis.cards.map((c) => c.withoutRate ?? 0),
                  },
                ]}
                valueFormatter={format.percent}
              />
              <FigureTable
                testId="objections-cards-table"
                caption={t('insightLosses.objections.cards.title')}
                columns={[
                  { key: 'card', label: t('insightLosses.objections.cards.card') },
                  { key: 'category', label: t('insightLosses.objections.cards.category') },
                  { key: 'calls', label: t('insightLosses.objections.cards.calls'), numeric: true },
                  {
                    key: 'successes',
                    label: t('insightLosses.objections.cards.successes'),
                    numeric: true,
                  },
                  { key: 'rate', label: t('insightLosses.objections.cards.rate'), numeric: true },
                  {
                    key: 'without',
                    label: t('insightLosses.objections.cards.without'),
                    numeric: true,
                  },
                  { key: 'lift', label: t('insightLosses.objections.cards.lift'), numeric: true },
                ]}
                rows={analysis.cards.map((c) => ({
                  key: c.cardId,
                  cells: [
                    <bdi key="c">{labels.card(c.cardId)}</bdi>,
                    labels.cardCategory(c.cardId),
                    format.number(c.calls),
                    format.number(c.successes),
                    rate(c.rate),
                    rate(c.withoutRate),
                    points(c.lift),
                  ],
                }))}
              />
            </DashboardCard>
          </Box>

          <DashboardCard
            title={t('insightLosses.objections.outcomes.title')}
            subtitle={t('insightLosses.objections.outcomes.subtitle')}
            testId="objections-outcomes"
            actions={
              <ExportCsvButton
                testId="export-objections-outcomes"
                fileName={`objection-card-outcomes-${range}`}
                header={[
                  t('insightLosses.objections.cards.card'),
                  ...outcomes.map((d) => `${labels.disposition(d)} %`),
                ]}
                rows={() =>
                  analysis.cards.map((c) => [
                    labels.card(c.cardId),
                    ...outcomes.map((d) =>
                      pct(c.outcomes.find((o) => o.disposition === d)?.share ?? 0),
                    ),
                  ])
                }
              />
            }
          >
            <StackedBars
              testId="objections-outcomes-chart"
              layout="horizontal"
              max={1}
              categories={cardNames}
              series={outcomes.map((d) => ({
                key: d || 'none',
                label: labels.disposition(d),
                data: analysis.cards.map(
                  (c) => c.outcomes.find((o) => o.disposition === d)?.share ?? 0,
                ),
              }))}
              valueFormatter={format.percent}
            />
            <FigureTable
              testId="objections-outcomes-table"
              caption={t('insightLosses.objections.outcomes.title')}
              columns={[
                { key: 'card', label: t('insightLosses.objections.cards.card') },
                ...outcomes.map((d) => ({
                  key: d || 'none',
                  label: labels.disposition(d),
                  numeric: true,
                })),
              ]}
              rows={analysis.cards.map((c) => ({
                key: c.cardId,
                cells: [
                  <bdi key="c">{labels.card(c.cardId)}</bdi>,
                  ...outcomes.map((d) => {
                    const o = c.outcomes.find((x) => x.disposition === d);
                    return o ? `${format.number(o.n)} (${format.percent(o.share)})` : '–';
                  }),
                ],
              }))}
            />
          </DashboardCard>

          <DashboardCard
            title={t('insightLosses.objections.wins.title')}
            subtitle={t('insightLosses.objections.wins.subtitle')}
            testId="objections-wins"
            actions={
              wins.length > 0 && (
                <ExportCsvButton
                  testId="export-objections-wins"
                  fileName={`cards-before-wins-${range}`}
                  header={[
                    t('insightLosses.objections.wins.rank'),
                    t('insightLosses.objections.cards.card'),
                    t('insightLosses.objections.cards.successes'),
                    `${t('insightLosses.objections.cards.rate')} %`,
                    `${t('insightLosses.objections.cards.lift')} %`,
                  ]}
                  rows={() =>
                    wins.map((c, i) => [
                      i + 1,
                      labels.card(c.cardId),
                      c.successes,
                      pct(c.rate),
                      pct(c.lift),
                    ])
                  }
                />
              )
            }
          >
            {wins.length === 0 ? (
              <Alert severity="info" data-testid="objections-wins-empty">
                {t('insightLosses.objections.wins.empty')}
              </Alert>
            ) : (
              <FigureTable
                testId="objections-wins-table"
                caption={t('insightLosses.objections.wins.title')}
                columns={[
                  { key: 'rank', label: t('insightLosses.objections.wins.rank'), numeric: true },
                  { key: 'card', label: t('insightLosses.objections.cards.card') },
                  {
                    key: 'successes',
                    label: t('insightLosses.objections.cards.successes'),
                    numeric: true,
                  },
                  { key: 'rate', label: t('insightLosses.objections.cards.rate'), numeric: true },
                  { key: 'lift', label: t('insightLosses.objections.cards.lift'), numeric: true },
                ]}
                rows={wins.map((c, i) => ({
                  key: c.cardId,
                  cells: [
                    format.number(i + 1),
                    <bdi key="c">{labels.card(c.cardId)}</bdi>,
                    format.number(c.successes),
                    rate(c.rate),
                    points(c.lift),
                  ],
                }))}
              />
            )}
          </DashboardCard>

          <Box sx={{ gridColumn: { lg: '1 / -1' } }}>
            <DashboardCard
              title={t('insightLosses.objections.reps.title')}
              testId="objections-reps"
              actions={
                <ExportCsvButton
                  testId="export-objections-reps"
                  fileName={`objection-cards-per-rep-${range}`}
                  header={[
                    t('insightLosses.objections.reps.rep'),
                    t('insightLosses.objections.reps.openings'),
                    t('insightLosses.objections.reps.cards'),
                    `${t('insightLosses.objections.reps.rate')} %`,
                    t('insightLosses.objections.reps.topCard'),
                    `${t('insightLosses.objections.reps.conversationRate')} %`,
                  ]}
                  rows={() =>
                    reps.map((r) => [
                      labels.rep(r.agentId),
                      r.openings,
                      r.cards,
                      pct(r.rate),
                      labels.card(r.topCard),
                      pct(r.conversationRate),
                    ])
                  }
                />
              }
            >
              <StackedBars
                testId="objections-reps-chart"
                layout="horizontal"
                stacked={false}
                max={1}
                categories={reps.map((r) => labels.rep(r.agentId))}
                series={[
                  {
                    key: 'rate',
                    label: t('insightLosses.objections.reps.rate'),
                    data: reps.map((r) => r.rate ?? 0),
                  },
                  {
                    key: 'conversationRate',
                    label: t('insightLosses.objections.reps.conversationRate'),
                    data: reps.map((r) => r.conversationRate ?? 0),
                  },
                ]}
                valueFormatter={format.percent}
              />
              <FigureTable
                testId="objections-reps-table"
                caption={t('insightLosses.objections.reps.title')}
                columns={[
                  { key: 'rep', label: t('insightLosses.objections.reps.rep') },
                  {
                    key: 'openings',
                    label: t('insightLosses.objections.reps.openings'),
                    numeric: true,
                  },
                  { key: 'cards', label: t('insightLosses.objections.reps.cards'), numeric: true },
                  { key: 'rate', label: t('insightLosses.objections.reps.rate'), numeric: true },
                  { key: 'top', label: t('insightLosses.objections.reps.topCard') },
                  {
                    key: 'conv',
                    label: t('insightLosses.objections.reps.conversationRate'),
                    numeric: true,
                  },
                ]}
                rows={reps.map((r) => ({
                  key: r.agentId,
                  cells: [
                    <bdi key="r">{labels.rep(r.agentId)}</bdi>,
                    format.number(r.openings),
                    format.number(r.cards),
                    rate(r.rate),
                    <bdi key="t">{labels.card(r.topCard)}</bdi>,
                    rate(r.conversationRate),
                  ],
                }))}
              />
            </DashboardCard>
          </Box>
        </Box>
      )}
    </Stack>
  );
}
