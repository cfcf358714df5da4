import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { attainment, connectRate, type RepActuals } from '../../../../shared/domain/kpi';
import { useFormat } from '../../../i18n/use-format';
import { TargetProgress } from './TargetProgress';

export type KpiTilesProps = {
  total: RepActuals;
  targets: { calls: number; wins: number; revenue: number; talkSec: number };
  /** Leads worked and won in the period (the funnel's ends). */
  closeRate: number;
  currency: string;
};

/** The period at a glance: totals of the team (or the rep) against their targets. */
export function KpiTiles({ total, targets, closeRate, currency }: KpiTilesProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const connects = connectRate(total);
  // Two rows of four: the work on the phone first, then what it won.
  const tiles = [
    {
      key: 'calls',
      value: format.number(total.calls),
      ratio: attainment(total.calls, targets.calls),
    },
    {
      key: 'connectRate',
      value: connects === null ? '—' : format.percent(connects),
      ratio: undefined,
    },
    {
      key: 'talk',
      value: format.clock(total.talkSec),
      ratio: attainment(total.talkSec, targets.talkSec),
    },
    { key: 'bookings', value: format.number(total.bookings), ratio: undefined },
    { key: 'wins', value: format.number(total.wins), ratio: attainment(total.wins, targets.wins) },
    {
      key: 'revenue',
      value: format.currency(total.revenue, currency),
      ratio: attainment(total.revenue, targets.revenue),
    },
    { key: 'retention', value: format.number(total.retention), ratio: undefined },
    { key: 'closeRate', value: format.percent(closeRate), ratio: undefined },
  ] as const;
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: 'repeat(2, 1fr)', md: 'repeat(4, 1fr)' },
        gap: 2,
      }}
      data-testid="kpi-tiles"
    >
      {tiles.map((tile) => (
        <Paper key={tile.key} sx={{ p: 1.5 }} data-testid={`kpi-${tile.key}`}>
          <Typography variant="caption" color="text.secondary">
            {t(`dashboard.tile.${tile.key}`)}
          </Typography>
          <Typography variant="h6" data-col="value" noWrap>
            <bdi>{tile.value}</bdi>
          </Typography>
          {tile.ratio !== undefined && tile.ratio !== null && <TargetProgress ratio={tile.ratio} />}
        </Paper>
      ))}
    </Box>
  );
}
