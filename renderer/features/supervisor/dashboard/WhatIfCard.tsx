import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Paper from '@mui/material/Paper';
import Slider from '@mui/material/Slider';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import {
  additiveEffect,
  compoundMultiplier,
  profit,
  whatIf,
  type ProfitFactors,
} from '../../../../shared/domain/kpi';
import { useFormat } from '../../../i18n/use-format';
import { DashboardCard } from './DashboardCard';

const FACTORS = ['leads', 'conversion', 'averageCheck', 'purchasesPerPeriod', 'margin'] as const;
type Factor = (typeof FACTORS)[number];
type Percents = Record<Factor, number>;
const NONE: Percents = {
  leads: 0,
  conversion: 0,
  averageCheck: 0,
  purchasesPerPeriod: 0,
  margin: 0,
};
const ALL_15: Percents = {
  leads: 15,
  conversion: 15,
  averageCheck: 15,
  purchasesPerPeriod: 15,
  margin: 15,
};
const MIN = -50;
const MAX = 100;

export type WhatIfCardProps = {
  /** The team's real factors for the period, margin excepted (the supervisor states it). */
  base: Omit<ProfitFactors, 'margin'>;
  currency: string;
};

/**
 * DOMAIN.md's profit formula over the team's real numbers: move any of the five factors by a
 * percentage and see the profit — and how small gains compound (five × 15% ≈ ×2.01).
 */
export function WhatIfCard({ base, currency }: WhatIfCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [marginPercent, setMarginPercent] = useState(30);
  const [percent, setPercent] = useState<Percents>(NONE);
  const factors: ProfitFactors = { ...base, margin: marginPercent / 100 };
  const result = whatIf(factors, percent);
  const multiplier = compoundMultiplier(percent);
  const added = additiveEffect(percent);
  const show = (f: Factor, v: number) =>
    f === 'conversion' || f === 'margin'
      ? format.percent(v)
      : f === 'averageCheck'
        ? format.currency(v, currency)
        : f === 'purchasesPerPeriod'
          ? format.number(Math.round(v * 100) / 100)
          : format.number(Math.round(v));
  const setOne = (f: Factor, v: number) =>
    setPercent((p) => ({ ...p, [f]: Math.max(MIN, Math.min(MAX, Math.round(v))) }));
  const signed = (ratio: number) => `${ratio > 0 ? '+' : ''}${format.percent(ratio)}`;
  return (
    <DashboardCard
      title={t('dashboard.whatIf.title')}
      subtitle={t('dashboard.whatIf.subtitle')}
      testId="what-if"
      actions={
        <Stack direction="row" spacing={1}>
          <Button
            size="small"
            variant="outlined"
            onClick={() => setPercent(ALL_15)}
            sx={{ whiteSpace: 'nowrap' }}
            data-testid="whatif-all-15"
          >
            {t('dashboard.whatIf.all15')}
          </Button>
          <Button
            size="small"
            onClick={() => setPercent(NONE)}
            sx={{ whiteSpace: 'nowrap' }}
            data-testid="whatif-reset"
          >
            {t('dashboard.whatIf.reset')}
          </Button>
        </Stack>
      }
    >
      <TextField
        type="number"
        size="small"
        label={t('dashboard.whatIf.marginInput')}
        value={marginPercent}
        onChange={(e) => {
          const v = Number(e.target.value);
          if (Number.isFinite(v)) setMarginPercent(Math.max(0, Math.min(100, v)));
        }}
        sx={{ width: 200, mb: 2 }}
        slotProps={{
          input: { endAdornment: <InputAdornment position="end">{'%'}</InputAdornment> },
          htmlInput: { min: 0, max: 100, 'data-testid': 'whatif-margin-rate' },
        }}
      />
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: 'minmax(140px, 1.2fr) 1fr 2fr 96px 1fr' },
          columnGap: 2,
          rowGap: { xs: 0.5, sm: 1 },
          alignItems: 'center',
        }}
      >
        {FACTORS.map((f) => (
          <Box key={f} sx={{ display: 'contents' }} data-factor={f}>
            <Typography variant="body2" sx={{ fontWeight: 600, mt: { xs: 1.5, sm: 0 } }}>
              {t(`dashboard.whatIf.factor.${f}`)}
            </Typography>
            <Typography variant="body2" color="text.secondary" data-col="base">
              <bdi>{show(f, factors[f])}</bdi>
            </Typography>
            <Slider
              size="small"
              min={MIN}
              max={MAX}
              value={percent[f]}
              onChange={(_, v) => setOne(f, v as number)}
              // A change either way from zero: no filled track, a mark at zero.
              track={false}
              marks={[{ value: 0 }]}
              valueLabelDisplay="auto"
              valueLabelFormat={(v) => signed(v / 100)}
              aria-label={t(`dashboard.whatIf.factor.${f}`)}
            />
            <TextField
              type="number"
              size="small"
              value={percent[f]}
              onChange={(e) => setOne(f, Number(e.target.value) || 0)}
              slotProps={{
                input: { endAdornment: <InputAdornment position="end">{'%'}</InputAdornment> },
                htmlInput: {
                  min: MIN,
                  max: MAX,
                  'data-testid': `whatif-change-${f}`,
                  'aria-label': t('dashboard.whatIf.change', {
                    factor: t(`dashboard.whatIf.factor.${f}`),
                  }),
                },
              }}
            />
            <Typography variant="body2" data-col="adjusted">
              <bdi>{show(f, factors[f] * (1 + percent[f] / 100))}</bdi>
            </Typography>
          </Box>
        ))}
      </Box>
      <Paper variant="outlined" sx={{ p: 2, mt: 2, display: 'flex', flexWrap: 'wrap', gap: 3 }}>
        <Box>
          <Typography variant="caption" color="text.secondary">
            {t('dashboard.whatIf.profitNow')}
          </Typography>
          <Typography variant="h6" data-testid="whatif-base-profit">
            <bdi>{format.currency(profit(factors), currency)}</bdi>
          </Typography>
        </Box>
        <Box>
          <Typography variant="caption" color="text.secondary">
            {t('dashboard.whatIf.profitThen')}
          </Typography>
          <Typography variant="h6" color="success.main" data-testid="whatif-profit">
            <bdi>{format.currency(result.profit, currency)}</bdi>
          </Typography>
        </Box>
        <Box>
          <Typography variant="caption" color="text.secondary">
            {t('dashboard.whatIf.multiplier')}
          </Typography>
          <Typography variant="h6" data-testid="whatif-multiplier">
            <bdi dir="ltr">
              {t('dashboard.whatIf.times', {
                n: format.number(Math.round(multiplier * 100) / 100),
              })}
            </bdi>
          </Typography>
        </Box>
        <Typography
          variant="body2"
          color="text.secondary"
          sx={{ flexBasis: '100%' }}
          data-testid="whatif-compound"
        >
          {t('dashboard.whatIf.compound', {
            added: signed(added),
            compound: signed(multiplier - 1),
          })}
        </Typography>
      </Paper>
    </DashboardCard>
  );
}
