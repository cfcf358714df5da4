import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { Bant, BantAnswer } from '../../../../shared/domain/lead';

const KEYS = ['budget', 'authority', 'need', 'timeline'] as const;
const EMPTY: Bant = {
  budget: { met: null, note: '' },
  authority: { met: null, note: '' },
  need: { met: null, note: '' },
  timeline: { met: null, note: '' },
};

export type BantFormProps = { value: Bant | null; onSave: (bant: Bant) => void; saving?: boolean };

/** Budget, Authority, Need, Timeline: four yes/no answers with a note each; four yeses qualify. */
export function BantForm({ value, onSave, saving = false }: BantFormProps) {
  const { t } = useTranslation();
  const [bant, setBant] = useState<Bant>(value ?? EMPTY);
  useEffect(() => setBant(value ?? EMPTY), [value]);
  const set = (key: (typeof KEYS)[number], patch: Partial<BantAnswer>) =>
    setBant((b) => ({ ...b, [key]: { ...b[key], ...patch } }));
  return (
    <Paper sx={{ p: 2 }} data-testid="bant-form">
      <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
        {t('bant.title')}
      </Typography>
      <Stack sx={{ gap: 1 }}>
        {KEYS.map((key, i) => (
          <Stack key={key} direction="row" sx={{ gap: 1, alignItems: 'center' }}>
            <Typography sx={{ width: 110, flexShrink: 0, fontWeight: 600 }} variant="body2">
              {t(`bant.${key}`)}
            </Typography>
            <ToggleButtonGroup
              size="small"
              exclusive
              value={bant[key].met === null ? 'unknown' : bant[key].met ? 'yes' : 'no'}
              onChange={(_e, v: string | null) =>
                v && set(key, { met: v === 'unknown' ? null : v === 'yes' })
              }
              aria-label={t(`bant.${key}`)}
            >
              <ToggleButton value="yes" data-testid={`bant-${key}-yes`}>
                {t('bant.yes')}
              </ToggleButton>
              <ToggleButton value="no">{t('bant.no')}</ToggleButton>
              <ToggleButton value="unknown">{t('bant.unknown')}</ToggleButton>
            </ToggleButtonGroup>
            <TextField
              size="small"
              fullWidth
              value={bant[key].note}
              onChange={(e) => set(key, { note: e.target.value })}
              placeholder={t(`bant.${key}Hint`)}
              slotProps={{
                htmlInput: {
                  'aria-label': t(`bant.${key}`),
                  'data-testid': `bant-${key}-note`,
                  ...(i === 0 ? { id: 'bant-first' } : {}),
                },
              }}
            />
          </Stack>
        ))}
      </Stack>
      <Button
        sx={{ mt: 1.5 }}
        variant="outlined"
        size="small"
        disabled={saving}
        onClick={() => onSave(bant)}
        data-testid="bant-save"
      >
        {t('bant.save')}
      </Button>
    </Paper>
  );
}
