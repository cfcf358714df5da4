import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { rankBy } from '../../../../shared/domain/kpi';
import { useFormat } from '../../../i18n/use-format';
import { DashboardCard } from './DashboardCard';
import { ExportCsvButton } from './ExportCsvButton';
import type { RepRow } from './rep-rows';

const METRICS = ['attainment', 'calls', 'bookings', 'wins', 'revenue', 'retention'] as const;
type Metric = (typeof METRICS)[number];

function valueOf(row: RepRow, metric: Metric): number {
  return metric === 'attainment' ? (row.callAttainment ?? 0) : row.actual[metric];
}

export type LeaderboardProps = { rows: readonly RepRow[]; currency: string; fileName: string };

/** Reps ranked over the period by the measure the supervisor picks; equal results share a place. */
export function Leaderboard({ rows, currency, fileName }: LeaderboardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [metric, setMetric] = useState<Metric>('attainment');
  const ranked = useMemo(() => rankBy(rows, (r) => valueOf(r, metric)), [rows, metric]);
  const top = Math.max(...ranked.map((r) => r.value), 0);
  const show = (v: number) =>
    metric === 'attainment'
      ? format.percent(v)
      : metric === 'revenue'
        ? format.currency(v, currency)
        : format.number(v);
  const label = (m: Metric) => t(`dashboard.metric.${m}`, { currency });
  return (
    <DashboardCard
      title={t('dashboard.leaderboard.title')}
      testId="leaderboard"
      actions={
        <ExportCsvButton
          testId="export-leaderboard"
          fileName={fileName}
          header={[t('dashboard.leaderboard.rank'), t('supervisor.agent'), label(metric)]}
          rows={() =>
            ranked.map((r) => [
              r.rank,
              r.row.rep.displayName,
              metric === 'attainment' ? Math.round(r.value * 1000) / 10 : r.value,
            ])
          }
        />
      }
    >
      <TextField
        select
        size="small"
        label={t('dashboard.leaderboard.by')}
        value={metric}
        onChange={(e) => setMetric(e.target.value as Metric)}
        sx={{ minWidth: 220, mb: 1 }}
        slotProps={{
          select: { SelectDisplayProps: { 'data-testid': 'leaderboard-metric' } as object },
        }}
      >
        {METRICS.map((m) => (
          <MenuItem key={m} value={m}>
            {label(m)}
          </MenuItem>
        ))}
      </TextField>
      <List dense data-testid="leaderboard-list">
        {ranked.map((r) => (
          <ListItem key={r.row.rep.id} disableGutters data-agent={r.row.rep.id} data-rank={r.rank}>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, width: '100%' }}>
              <Typography
                variant="h6"
                component="span"
                sx={{
                  minWidth: 32,
                  textAlign: 'center',
                  color: r.rank === 1 ? 'warning.main' : 'text.secondary',
                }}
              >
                {format.number(r.rank)}
              </Typography>
              <Box sx={{ flex: 1, minWidth: 0 }}>
                <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}>
                  <Typography variant="body2" noWrap>
                    <bdi>{r.row.rep.displayName}</bdi>
                  </Typography>
                  <Typography variant="body2" sx={{ fontWeight: 700 }} data-col="value">
                    {show(r.value)}
                  </Typography>
                </Box>
                <LinearProgress
                  variant="determinate"
                  value={top > 0 ? (r.value / top) * 100 : 0}
                  color={r.rank === 1 ? 'success' : 'primary'}
                  sx={{ height: 5, borderRadius: 3, mt: 0.5 }}
                />
              </Box>
            </Box>
          </ListItem>
        ))}
      </List>
    </DashboardCard>
  );
}
