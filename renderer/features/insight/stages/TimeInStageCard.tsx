// How long leads sit in each stage, for the scope and per rep: the stays that ended in the period
// and the leads still waiting (stages.ts explains the median), as charts with their tables.
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { PIPELINE_STAGES } from '../../../../shared/domain/insight/pipeline-settings';
import { timeInStage, type TimeInStageRow } from '../../../../shared/domain/insight/stages';
import { useFormat } from '../../../i18n/use-format';
import { DashboardCard } from '../../supervisor/dashboard/DashboardCard';
import { ExportCsvButton } from '../../supervisor/dashboard/ExportCsvButton';
import { useInsightView } from '../insight-context';
import { SCREEN_READS } from '../screen-reads';
import { useInsightFacts } from '../use-insight-facts';
import { toDays, useDuration } from './use-duration';
import { useOngoingStays } from './use-ongoing-stays';

const BarsChart = lazy(() =>
  import('../../supervisor/dashboard/BarsChart').then((m) => ({ default: m.BarsChart })),
);

const TONES = ['primary', 'muted', 'success'] as const;

export function TimeInStageCard({ fileName }: { fileName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const duration = useDuration();
  const view = useInsightView();
  const facts = useInsightFacts(
    view.agentIds,
    view.period,
    view.timeZone,
    SCREEN_READS.stages.metrics,
    SCREEN_READS.stages.grain,
  );
  const ongoing = useOngoingStays(view.agentIds);
  const repName = useMemo(
    () => new Map(view.scope.reps.map((r) => [r.id as string, r.displayName])),
    [view.scope.reps],
  );
  // The first figures come from whichever read answers first: the kept running stays at once,
  // the period's ended stays as soon as they are read.
  const figures = useMemo(
    () =>
      facts || ongoing ? timeInStage(facts ?? [], ongoing?.tallies ?? {}, view.agentIds) : null,
    [facts, ongoing, view.agentIds],
  );
  const partial = !facts || !ongoing;
  const header = [
    t('insightStages.rep'),
    t('insightStages.stage'),
    t('insightStages.medianDays'),
    t('insightStages.meanDays'),
    t('insightStages.left'),
    t('insightStages.ongoing'),
  ];
  const csvRow = (r: TimeInStageRow) => [
    r.agentId ? (repName.get(r.agentId) ?? r.agentId) : t('insightStages.everyone'),
    t(`stage.${r.stage}`),
    r.median ? toDays(r.median.seconds) : '',
    r.meanSeconds === null ? '' : toDays(r.meanSeconds),
    r.left,
    r.ongoing,
  ];
  const empty = figures !== null && figures.byStage.every((r) => r.left + r.ongoing === 0);
  const reps = figures
    ? [...new Set(figures.byRep.map((r) => r.agentId ?? ''))].filter((id) =>
        figures.byRep.some((r) => r.agentId === id && r.stage !== 'lead'),
      )
    : [];
  const daysLabel = (d: number) => t('insightStages.days', { n: format.number(d) });

  return (
    <DashboardCard
      title={t('insightStages.timeTitle')}
      subtitle={t('insightStages.timeSubtitle')}
      testId="stage-time"
      actions={
        figures && !empty ? (
          <ExportCsvButton
            testId="export-stage-time"
            fileName={fileName}
            header={header}
            rows={() => [...figures.byStage.map(csvRow), ...figures.byRep.map(csvRow)]}
          />
        ) : undefined
      }
    >
      {!figures ? (
        <LinearProgress aria-label={t('insightStages.loading')} />
      ) : empty ? (
        <Typography color="text.secondary" data-testid="stage-time-empty">
          {partial
            ? t(ongoing ? 'insightStages.readingEnded' : 'insightStages.counting')
            : t('insightStages.timeEmpty')}
        </Typography>
      ) : (
        <Stack spacing={2}>
          {partial && (
            <Typography variant="caption" color="text.secondary" data-testid="stage-time-partial">
              {t(ongoing ? 'insightStages.readingEnded' : 'insightStages.counting')}
            </Typography>
          )}
          <Suspense fallback={<LinearProgress />}>
            <BarsChart
              layout="horizontal"
              categories={figures.byStage.map((r) => t(`stage.${r.stage}`))}
              series={[
                {
                  label: t('insightStages.medianDays'),
                  data: figures.byStage.map((r) => toDays(r.median?.seconds)),
                  tone: 'primary',
                },
                {
                  label: t('insightStages.meanDays'),
                  data: figures.byStage.map((r) => toDays(r.meanSeconds)),
                  tone: 'muted',
                },
              ]}
              valueFormatter={daysLabel}
            />
          </Suspense>
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" data-testid="stage-time-table">
              <TableHead>
                <TableRow>
                  {header.slice(1).map((h, i) => (
                    <TableCell key={h} align={i === 0 ? 'left' : 'right'}>
                      {h}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {figures.byStage.map((r) => (
                  <TableRow key={r.stage} data-stage={r.stage}>
                    <TableCell>{t(`stage.${r.stage}`)}</TableCell>
                    <TableCell align="right">{duration.median(r.median)}</TableCell>
                    <TableCell align="right">{duration.seconds(r.meanSeconds)}</TableCell>
                    <TableCell align="right">{format.number(r.left)}</TableCell>
                    <TableCell align="right">{format.number(r.ongoing)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
          {reps.length > 0 && (
            <>
              <Typography variant="subtitle2" component="h3">
                {t('insightStages.perRep')}
              </Typography>
              <Suspense fallback={<LinearProgress />}>
                <BarsChart
                  layout="horizontal"
                  categories={reps.map((id) => repName.get(id) ?? id)}
                  series={PIPELINE_STAGES.map((stage, i) => ({
                    label: t(`stage.${stage}`),
                    data: reps.map((id) =>
                      toDays(
                        figures.byRep.find((r) => r.agentId === id && r.stage === stage)?.median
                          ?.seconds,
                      ),
                    ),
                    tone: TONES[i] ?? 'primary',
                  }))}
                  valueFormatter={daysLabel}
                />
              </Suspense>
              <Box sx={{ overflowX: 'auto' }}>
                <Table size="small" data-testid="stage-time-reps">
                  <TableHead>
                    <TableRow>
                      {header.map((h, i) => (
                        <TableCell key={h} align={i < 2 ? 'left' : 'right'}>
                          {h}
                        </TableCell>
                      ))}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {figures.byRep.map((r) => (
                      <TableRow key={`${r.agentId}|${r.stage}`}>
                        <TableCell>
                          <bdi>{repName.get(r.agentId ?? '') ?? r.agentId}</bdi>
                        </TableCell>
                        <TableCell>{t(`stage.${r.stage}`)}</TableCell>
                        <TableCell align="right">{duration.median(r.median)}</TableCell>
                        <TableCell align="right">{duration.seconds(r.meanSeconds)}</TableCell>
                        <TableCell align="right">{format.number(r.left)}</TableCell>
                        <TableCell align="right">{format.number(r.ongoing)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Box>
            </>
          )}
        </Stack>
      )}
    </DashboardCard>
  );
}
