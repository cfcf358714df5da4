// Call scores on the dashboard: each rep's average review score per week of the chosen period
// (the organisation's weeks) and the criteria each misses most, for the teams and rep the
// dashboard's filters show; read from the server (reviews are not synced to desks).
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import Box from '@mui/material/Box';
import type { Period } from '../../../../shared/domain/periods';
import type { ReviewSummary } from '../../../../shared/recordings/protocol';
import { useFormat } from '../../../i18n/use-format';
import { useCallsApi } from '../../calls/use-calls-api';
import { useCriterionLabel } from '../../calls/use-criterion-label';
import { useErrorText } from '../../calls/use-error-text';
import { DashboardCard } from './DashboardCard';
import { ExportCsvButton } from './ExportCsvButton';

export type CallScoresCardProps = {
  period: Period;
  /** The team the dashboard shows; null: every team the viewer leads. */
  teamId: string | null;
  /** The rep the dashboard shows; null: all. */
  agentId: string | null;
  fileName: string;
};

export function CallScoresCard({ period, teamId, agentId, fileName }: CallScoresCardProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const api = useCallsApi();
  const labelOf = useCriterionLabel();
  const errorText = useErrorText();
  const [summary, setSummary] = useState<ReviewSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!api) return;
    let live = true;
    setSummary(null);
    setError(null);
    api
      .summary(period.from, period.to, teamId ?? undefined)
      .then((s) => live && setSummary(s))
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
    // errorText follows the language only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, period.from, period.to, teamId]);

  const reps = useMemo(
    () => (summary?.reps ?? []).filter((r) => agentId === null || r.agentId === agentId),
    [summary, agentId],
  );
  const weeks = useMemo(
    () => [...new Set(reps.flatMap((r) => r.weeks.map((w) => w.week)))].sort(),
    [reps],
  );
  const pct = (v: number | null | undefined) =>
    v === null || v === undefined ? '—' : t('callReview.score', { value: fmt.number(v) });
  const missedText = (r: ReviewSummary['reps'][number]) =>
    r.missed.length === 0
      ? t('callReview.dashboard.none')
      : r.missed
          .map((m) =>
            t('callReview.dashboard.missedItem', {
              label: labelOf(m),
              misses: m.misses,
              scored: m.scored,
            }),
          )
          .join(' · ');
  const weekLabel = (w: string) =>
    t('callReview.dashboard.week', { date: fmt.date(Date.parse(`${w}T12:00:00Z`), 'UTC') });

  return (
    <DashboardCard
      title={t('callReview.dashboard.title')}
      subtitle={t('callReview.dashboard.subtitle')}
      testId="call-scores"
      actions={
        reps.length > 0 && (
          <ExportCsvButton
            fileName={fileName}
            testId="call-scores-csv"
            header={[
              t('callReview.dashboard.rep'),
              t('callReview.dashboard.average'),
              t('callReview.dashboard.reviews'),
              ...weeks.map(weekLabel),
              t('callReview.dashboard.missed'),
            ]}
            rows={() =>
              reps.map((r) => [
                r.agentName ?? r.agentId,
                r.average,
                r.reviews,
                ...weeks.map((w) => r.weeks.find((x) => x.week === w)?.average ?? null),
                missedText(r),
              ])
            }
          />
        )
      }
    >
      {!api ? (
        <Typography color="text.secondary">{t('callReview.dashboard.offline')}</Typography>
      ) : error ? (
        <Alert severity="error">{error}</Alert>
      ) : !summary ? (
        <LinearProgress />
      ) : reps.length === 0 ? (
        <Typography color="text.secondary" data-testid="call-scores-empty">
          {t('callReview.dashboard.empty')}
        </Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('callReview.dashboard.rep')}</TableCell>
                <TableCell align="right">{t('callReview.dashboard.average')}</TableCell>
                <TableCell align="right">{t('callReview.dashboard.reviews')}</TableCell>
                {weeks.map((w) => (
                  <TableCell key={w} align="right">
                    {weekLabel(w)}
                  </TableCell>
                ))}
                <TableCell>{t('callReview.dashboard.missed')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {reps.map((r) => (
                <TableRow key={r.agentId} data-testid="call-scores-row" data-agent={r.agentId}>
                  <TableCell>
                    <bdi>{r.agentName ?? r.agentId}</bdi>
                  </TableCell>
                  <TableCell align="right" data-testid="call-scores-average">
                    {pct(r.average)}
                  </TableCell>
                  <TableCell align="right">{fmt.number(r.reviews)}</TableCell>
                  {weeks.map((w) => (
                    <TableCell key={w} align="right">
                      {pct(r.weeks.find((x) => x.week === w)?.average)}
                    </TableCell>
                  ))}
                  <TableCell data-testid="call-scores-missed">{missedText(r)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </DashboardCard>
  );
}
