import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { SxProps, Theme } from '@mui/material/styles';
import type { Bant, BantAnswer } from '../../../../shared/domain/lead';
import { BANT_FIRST_ID } from '../hooks/use-call-shortcuts';

const KEYS = ['budget', 'authority', 'need', 'timeline'] as const;
const ANSWERS = ['yes', 'no', 'unknown'] as const;
type Answer = (typeof ANSWERS)[number];

function answerOf(met: boolean | null): Answer {
  return met === null ? 'unknown' : met ? 'yes' : 'no';
}

/** The answer B focuses: the one given, else Yes. */
function focusFirst(met: boolean | null): Answer {
  return met === null ? 'yes' : answerOf(met);
}

// A chosen answer is filled in its colour with white text (each at least 5:1), not the theme's
// faint 8 % tint, so the agent sees at a glance which of the four are met.
const SELECTED_COLOUR: Record<Answer, string> = {
  yes: 'success',
  no: 'error',
  unknown: 'grey.700',
};

function selectedStyle(answer: Answer): SxProps<Theme> {
  const colour = SELECTED_COLOUR[answer];
  const main = colour.includes('.') ? colour : `${colour}.main`;
  const dark = colour.includes('.') ? 'grey.800' : `${colour}.dark`;
  return {
    minWidth: 44,
    '&.Mui-selected': { bgcolor: main, color: 'common.white', fontWeight: 700, borderColor: main },
    '&.Mui-selected:hover': { bgcolor: dark },
  };
}
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
              value={answerOf(bant[key].met)}
              onChange={(_e, v: string | null) =>
                v && set(key, { met: v === 'unknown' ? null : v === 'yes' })
              }
              aria-label={t(`bant.${key}`)}
            >
              {ANSWERS.map((answer) => (
                <ToggleButton
                  key={answer}
                  value={answer}
                  // B lands on the first question's answer (the one given, else Yes): Tab then
                  // walks its buttons before the note.
                  id={i === 0 && answer === focusFirst(bant[key].met) ? BANT_FIRST_ID : undefined}
                  data-testid={`bant-${key}-${answer}`}
                  sx={selectedStyle(answer)}
                >
                  {t(`bant.${answer}`)}
                </ToggleButton>
              ))}
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
