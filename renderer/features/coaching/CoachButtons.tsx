// Listen / Whisper / Barge for one agent's call on the wallboard.
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import ButtonGroup from '@mui/material/ButtonGroup';
import { COACHING_MODES } from '../../../shared/recordings/protocol';
import { useCoaching } from './use-coaching';

export type CoachButtonsProps = { agentId: string; name: string };

export function CoachButtons({ agentId, name }: CoachButtonsProps) {
  const { t } = useTranslation();
  const { desk, view } = useCoaching();
  const busy = view.supervisor.phase !== 'idle';
  return (
    <ButtonGroup
      size="small"
      variant="outlined"
      sx={{ ms: 1, verticalAlign: 'middle' }}
      aria-label={t('coaching.actions', { name })}
    >
      {COACHING_MODES.map((mode) => (
        <Button
          key={mode}
          disabled={busy}
          onClick={() => void desk.start(agentId, mode)}
          data-testid={`coach-${mode}`}
        >
          {t(`coaching.${mode}`)}
        </Button>
      ))}
    </ButtonGroup>
  );
}
