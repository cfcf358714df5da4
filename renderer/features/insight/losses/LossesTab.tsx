// Loss and refusal analysis: why leads were lost (or refused), their shares, the trend per day or
// week as stacked bars, the breakdown by rep, list or product, and the competitors lost deals
// went to. Each chart has its table and CSV export.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { localDay } from '../../../../shared/domain/insight/facts';
import {
  competitorBreakdown,
  LOSS_GROUPS,
  reasonBreakdown,
  reasonsBy,
  type LossGroup,
  type ReasonMetric,
} from '../../../../shared/domain/insight/losses';
import { useFormat } from '../../../i18n/use-format';
import { DashboardCard } from '../../supervisor/dashboard/DashboardCard';
import { ExportCsvButton } from '../../supervisor/dashboard/ExportCsvButton';
import { useInsightView } from '../insight-context';
import { SCREEN_READS } from '../screen-reads';
import { useInsightFacts } from '../use-insight-facts';
import { FigureTable } from './FigureTable';
import { LossTrendCard } from './LossTrendCard';
import { StackedBars } from './StackedBars';
import { Summary } from './Summary';
import { useInsightLabels } from './use-insight-labels';

const METRICS = ['lost', 'refusal'] as const;
const pct = (share: number) => Math.round(share * 1000) / 10;

export function LossesTab() {
  const { t } = useTranslation();
  const format = useFormat();
  const view = useInsightView();
  const labels = useInsightLabels();
  const [metric, setMetric] = useState<ReasonMetric>('lost');
  const [by, setBy] = useState<LossGroup>('agentId');
  // Shares, groups and competitors need no day: whole months come off the month rows.
  const facts = useInsightFacts(
    view.agentIds,
    view.period,
    view.timeZone,
    SCREEN_READS.losses.metrics,
    SCREEN_READS.losses.grain,
  );
  const first = localDay(view.timeZone, view.period.from);
  const last = localDay(view.timeZone, view.period.to - 1);
  const range = first === last ? first : `${first}_${last}`;
  const figures = useMemo(() => {
    if (!facts) return null;
    return {
      lost: reasonBreakdown(facts, 'lost'),
      refusal: reasonBreakdown(facts, 'refusal'),
      groups: reasonsBy(facts, metric, by),
      competitors: competitorBreakdown(facts),
    };
  }, [facts, metric, by]);

  if (!figures) return <LinearProgress aria-label={t('insightLosses.title')} />;
  const reasons = figures[metric];
  const reasonLabel = metric === 'lost' ? labels.lostReason : labels.category;
  const competitorName = (name: string | null) => name ?? t('insightLosses.competitors.unnamed');

  return (
    <Stack spacing={2} data-testid="insight-losses">
      <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={metric}
          onChange={(_, v: ReasonMetric | null) => v && setMetric(v)}
          aria-label={t('insightLosses.show.label')}
        >
          {METRICS.map((m) => (
            <ToggleButton key={m} value={m} data-testid={`losses-show-${m}`}>
              {t(`insightLosses.show.${m}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <Summary
          label={t('insightLosses.summary.lost')}
          value={figures.lost.total}
          testId="losses-total-lost"
        />
        <Summary
          label={t('insightLosses.summary.refusal')}
          value={figures.refusal.total}
          testId="losses-total-refusal"
        />
        <Summary
          label={t('insightLosses.summary.competitor')}
          value={figures.competitors.total}
          testId="losses-total-competitor"
        />
      </Stack>

      {reasons.total === 0 ? (
        <Alert severity="info" data-testid="losses-empty">
          {t(`insightLosses.empty.${metric}`)}
        </Alert>
      ) : (
        <Box
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 2fr) minmax(0, 3fr)' },
          }}
        >
          <DashboardCard
            title={t(
              metric === 'lost'
                ? 'insightLosses.reasons.titleLost'
                : 'insightLosses.reasons.titleRefusal',
            )}
            testId="losses-reasons"
            actions={
              <ExportCsvButton
                testId="export-losses-reasons"
                fileName={`${metric}-reasons-${range}`}
                header={[
                  t('insightLosses.reasons.reason'),
                  t('insightLosses.reasons.count'),
                  `${t('insightLosses.reasons.share')} %`,
                ]}
                rows={() => reasons.reasons.map((r) => [reasonLabel(r.reason), r.n, pct(r.share)])}
              />
            }
          >
            <StackedBars
              testId="losses-reasons-chart"
              layout="horizontal"
              stacked={false}
              categories={reasons.reasons.map((r) => reasonLabel(r.reason))}
              series={[
                {
                  key: 'n',
                  label: t('insightLosses.reasons.count'),
                  data: reasons.reasons.map((r) => r.n),
                },
              ]}
              valueFormatter={format.number}
            />
            <FigureTable
              testId="losses-reasons-table"
              caption={t(
                metric === 'lost'
                  ? 'insightLosses.reasons.titleLost'
                  : 'insightLosses.reasons.titleRefusal',
              )}
              columns={[
                { key: 'reason', label: t('insightLosses.reasons.reason') },
                { key: 'n', label: t('insightLosses.reasons.count'), numeric: true },
                { key: 'share', label: t('insightLosses.reasons.share'), numeric: true },
              ]}
              rows={reasons.reasons.map((r) => ({
                key: r.reason,
                cells: [reasonLabel(r.reason), format.number(r.n), format.percent(r.share)],
              }))}
            />
          </DashboardCard>

          <LossTrendCard metric={metric} reasonLabel={reasonLabel} range={range} />

          <Box sx={{ gridColumn: { lg: '1 / -1' } }}>
            <DashboardCard
              title={t('insightLosses.groups.title')}
              testId="losses-groups"
              actions={
                <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
                  <TextField
                    select
                    size="small"
                    label={t('insightLosses.by.label')}
                    value={by}
                    onChange={(e) => setBy(e.target.value as LossGroup)}
                    sx={{ minWidth: 140 }}
                    slotProps={{ htmlInput: { 'data-testid': 'losses-by' } }}
                  >
                    {LOSS_GROUPS.map((g) => (
                      <MenuItem key={g} value={g}>
                        {t(`insightLosses.by.${g}`)}
                      </MenuItem>
                    ))}
                  </TextField>
                  <ExportCsvButton
                    testId="export-losses-groups"
                    fileName={`${metric}-by-${by}-${range}`}
                    header={[
                      t(`insightLosses.by.${by}`),
                      t('insightLosses.groups.total'),
                      `${t('insightLosses.groups.share')} %`,
                      ...figures.groups.reasons.map(reasonLabel),
                    ]}
                    rows={() =>
                      figures.groups.rows.map((g) => [
                        labels.group(by, g.key),
                        g.total,
                        pct(g.share),
                        ...figures.groups.reasons.map((r) => g.counts[r] ?? 0),
                      ])
                    }
                  />
                </Stack>
              }
            >
              <StackedBars
                testId="losses-groups-chart"
                layout="horizontal"
                categories={figures.groups.rows.map((g) => labels.group(by, g.key))}
                series={figures.groups.reasons.map((r) => ({
                  key: r,
                  label: reasonLabel(r),
                  data: figures.groups.rows.map((g) => g.counts[r] ?? 0),
                }))}
                valueFormatter={format.number}
              />
              <FigureTable
                testId="losses-groups-table"
                caption={t('insightLosses.groups.title')}
                columns={[
                  { key: 'group', label: t(`insightLosses.by.${by}`) },
                  { key: 'total', label: t('insightLosses.groups.total'), numeric: true },
                  { key: 'share', label: t('insightLosses.groups.share'), numeric: true },
                  { key: 'top', label: t('insightLosses.groups.top') },
                  ...figures.groups.reasons.map((r) => ({
                    key: r,
                    label: reasonLabel(r),
                    numeric: true,
                  })),
                ]}
                rows={figures.groups.rows.map((g) => ({
                  key: g.key,
                  cells: [
                    <bdi key="g">{labels.group(by, g.key)}</bdi>,
                    format.number(g.total),
                    format.percent(g.share),
                    reasonLabel(g.top),
                    ...figures.groups.reasons.map((r) => format.number(g.counts[r] ?? 0)),
                  ],
                }))}
              />
            </DashboardCard>
          </Box>
        </Box>
      )}

      <DashboardCard
        title={t('insightLosses.competitors.title')}
        subtitle={t('insightLosses.competitors.subtitle')}
        testId="losses-competitors"
        actions={
          figures.competitors.total > 0 && (
            <ExportCsvButton
              testId="export-losses-competitors"
              fileName={`lost-to-competitors-${range}`}
              header={[
                t('insightLosses.competitors.name'),
                t('insightLosses.competitors.leads'),
                `${t('insightLosses.competitors.share')} %`,
                t('insightLosses.competitors.spellings'),
              ]}
              rows={() =>
                figures.competitors.rows.map((c) => [
                  competitorName(c.name),
                  c.n,
                  pct(c.share),
                  c.name === null ? '' : c.spellings.join(' | '),
                ])
              }
            />
          )
        }
      >
        {figures.competitors.total === 0 ? (
          <Typography color="text.secondary" data-testid="losses-competitors-empty">
            {t('insightLosses.competitors.empty')}
          </Typography>
        ) : (
          <>
            <StackedBars
              testId="losses-competitors-chart"
              layout="horizontal"
              stacked={false}
              categories={figures.competitors.rows.map((c) => competitorName(c.name))}
              series={[
                {
                  key: 'n',
                  label: t('insightLosses.competitors.leads'),
                  data: figures.competitors.rows.map((c) => c.n),
                },
              ]}
              valueFormatter={format.number}
            />
            <FigureTable
              testId="losses-competitors-table"
              caption={t('insightLosses.competitors.title')}
              columns={[
                { key: 'name', label: t('insightLosses.competitors.name') },
                { key: 'n', label: t('insightLosses.competitors.leads'), numeric: true },
                { key: 'share', label: t('insightLosses.competitors.share'), numeric: true },
                { key: 'spellings', label: t('insightLosses.competitors.spellings') },
              ]}
              rows={figures.competitors.rows.map((c) => ({
                key: c.name ?? '',
                cells: [
                  <bdi key="n">{competitorName(c.name)}</bdi>,
                  format.number(c.n),
                  format.percent(c.share),
                  c.name === null ? '' : <bdi key="s">{c.spellings.join(' · ')}</bdi>,
                ],
              }))}
            />
          </>
        )}
      </DashboardCard>
    </Stack>
  );
}
