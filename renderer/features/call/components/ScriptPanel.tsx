import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import UndoIcon from '@mui/icons-material/Undo';
import {
  SCRIPT_PHASES,
  fillPlaceholders,
  type CallScript,
  type ObjectionCategory,
  type PlaceholderValues,
} from '../../../../shared/domain/content';
import { greetingFor } from '../../../../shared/domain/greeting';
import type { ContentLanguage } from '../../../../shared/domain/localized-content';
import { isInboundScript } from '../../../../shared/domain/script-choice';
import { KeyCap } from '../../../ui/shortcuts/KeyCap';
import { SCRIPT_CHOICE_ID } from '../hooks/use-call-shortcuts';
import { DirectionalIcon } from '../../../ui/components/DirectionalIcon';
import { FallbackMarker } from '../../../ui/components/FallbackMarker';
import { useShortcuts } from '../../../ui/shortcuts/use-shortcuts';
import { useLocalized } from '../../../i18n/use-localized';

export type ScriptPanelProps = {
  script: CallScript;
  values: PlaceholderValues;
  orgDefault: ContentLanguage;
  /** Tells the call screen which objection categories fit the step on screen. */
  onStepChange?: (categories: readonly ObjectionCategory[]) => void;
  /** The scripts the agent can switch to (the selector shows when there are two or more). */
  options?: readonly CallScript[];
  onPick?: (scriptId: string) => void;
  /** The lead's timezone: {greeting} follows their clock, in the language of each line. */
  leadTimeZone?: string;
};

/** The role's call script, one step at a time, with branches and the lead's details filled in. */
export function ScriptPanel({
  script,
  values,
  orgDefault,
  onStepChange,
  options = [],
  onPick,
  leadTimeZone,
}: ScriptPanelProps) {
  const { t } = useTranslation();
  const localize = useLocalized(orgDefault);
  const [openedAt] = useState(() => Date.now());
  const first = script.steps[0]?.id ?? '';
  const [trail, setTrail] = useState<string[]>([first]);
  const current = script.steps.find((s) => s.id === trail[trail.length - 1]) ?? script.steps[0];

  const go = (next: string) => {
    const step = script.steps.find((s) => s.id === next);
    if (!step) return;
    setTrail((tr) => [...tr, next]);
    onStepChange?.(step.objectionCategories ?? []);
  };
  const back = () => {
    if (trail.length < 2) return;
    const previous = trail.slice(0, -1);
    setTrail(previous);
    const step = script.steps.find((s) => s.id === previous[previous.length - 1]);
    onStepChange?.(step?.objectionCategories ?? []);
  };
  const firstBranch = current?.branches[0];
  useShortcuts([
    {
      key: 'j',
      label: 'script.nextStep',
      group: 'call',
      run: () => firstBranch && go(firstBranch.next),
    },
    { key: 'k', label: 'script.previousStep', group: 'call', run: back },
  ]);

  if (!current) return null;
  const title = localize(current.title);
  const lines = localize(current.lines);
  const coaching = current.coaching ? localize(current.coaching) : null;
  const name = localize(script.name);
  // A line shown in a fallback language greets in that language.
  const lineValues =
    leadTimeZone && lines
      ? { ...values, greeting: greetingFor(lines.language, leadTimeZone, openedAt) }
      : values;
  return (
    <Paper sx={{ p: 2 }} data-testid="script-panel" data-script-id={script.id}>
      {options.length > 1 && onPick ? (
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
          <TextField
            select
            size="small"
            fullWidth
            id={SCRIPT_CHOICE_ID}
            label={t('script.title')}
            value={script.id}
            onChange={(e) => onPick(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'script-choice' } }}
          >
            {options.map((s) => (
              <MenuItem key={s.id} value={s.id} data-testid={`script-option-${s.id}`}>
                <bdi>{localize(s.name)?.value}</bdi>
                {isInboundScript(s) && (
                  <Typography component="span" variant="body2" color="text.secondary">
                    &nbsp;· {t('script.forCallers')}
                  </Typography>
                )}
              </MenuItem>
            ))}
          </TextField>
          <KeyCap keyName="s" />
        </Stack>
      ) : (
        <Typography variant="overline" color="text.secondary">
          {t('script.title')} · {name?.value}
        </Typography>
      )}
      <Stepper
        activeStep={SCRIPT_PHASES.indexOf(current.phase)}
        alternativeLabel
        sx={{ my: 1.5 }}
        data-testid="script-phases"
      >
        {SCRIPT_PHASES.map((phase) => (
          <Step key={phase}>
            <StepLabel>{t(`script.phase.${phase}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <Typography variant="subtitle1" sx={{ fontWeight: 700 }} data-testid="script-step-title">
        {title?.value}
        {title?.isFallback && <FallbackMarker language={title.language} />}
      </Typography>
      <Box component="ul" sx={{ paddingInlineStart: 2.5, my: 1 }} data-testid="script-lines">
        {(lines?.value ?? []).map((line, i) => (
          <Typography component="li" key={i} variant="body1" sx={{ mb: 0.75, lineHeight: 1.6 }}>
            {fillPlaceholders(line, lineValues)}
          </Typography>
        ))}
      </Box>
      {coaching && (
        <Alert severity="info" variant="outlined" sx={{ mb: 1 }}>
          {coaching.value}
        </Alert>
      )}
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
        {current.branches.map((b, i) => (
          <Button
            key={`${b.next}-${i}`}
            variant={i === 0 ? 'contained' : 'outlined'}
            size="small"
            endIcon={
              <DirectionalIcon>
                <ArrowForwardIcon fontSize="small" />
              </DirectionalIcon>
            }
            onClick={() => go(b.next)}
            data-testid="script-branch"
          >
            {localize(b.label)?.value}
          </Button>
        ))}
        {current.branches.length === 0 && (
          <Typography color="text.secondary" variant="body2">
            {t('script.end')}
          </Typography>
        )}
        {trail.length > 1 && (
          <Button size="small" startIcon={<UndoIcon fontSize="small" />} onClick={back}>
            {t('script.back')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
