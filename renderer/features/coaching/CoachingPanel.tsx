// The supervisor's coaching panel on the wallboard while a session runs: whom they coach, the
// mode (switchable), whether their microphone is on, End; the conversation plays through an
// <audio> element. After a session ends on its own, why — in the supervisor's language.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import MicIcon from '@mui/icons-material/Mic';
import MicOffIcon from '@mui/icons-material/MicOff';
import { COACHING_MODES, type CoachingMode } from '../../../shared/recordings/protocol';
import { useCoaching } from './use-coaching';

export type CoachingPanelProps = { nameOf: (userId: string) => string };

export function CoachingPanel({ nameOf }: CoachingPanelProps) {
  const { t } = useTranslation();
  const { desk, view } = useCoaching();
  const s = view.supervisor;
  const audio = useRef<HTMLAudioElement>(null);
  useEffect(() => {
    const el = audio.current;
    if (!el) return;
    el.srcObject = s.remote;
    if (s.remote) void el.play().catch(() => undefined);
  }, [s.remote]);

  if (s.phase === 'idle' && !s.problem) return null;
  const name = s.agentId ? nameOf(s.agentId) : '';
  if (s.phase === 'idle')
    return (
      <Alert
        severity="warning"
        sx={{ mb: 1 }}
        data-testid="coaching-problem"
        data-problem={s.problem}
        onClose={() => void desk.stop()}
        slotProps={{ closeButton: { title: t('coaching.panel.dismiss') } }}
      >
        {t(`coaching.problem.${s.problem ?? 'unreachable'}`)}
      </Alert>
    );
  return (
    <Paper
      variant="outlined"
      sx={{ p: 1.5, mb: 1 }}
      data-testid="coaching-panel"
      data-phase={s.phase}
      data-mode={s.mode}
    >
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography sx={{ fontWeight: 700 }}>{t('coaching.panel.title', { name })}</Typography>
        <Chip
          size="small"
          color={s.phase === 'connected' ? 'success' : 'default'}
          label={t(`coaching.panel.${s.phase}`)}
          data-testid="coaching-phase"
        />
        <ToggleButtonGroup
          size="small"
          exclusive
          value={s.mode}
          aria-label={t('coaching.panel.modeLabel')}
          onChange={(_, mode: CoachingMode | null) => mode && void desk.setMode(mode)}
        >
          {COACHING_MODES.map((mode) => (
            <ToggleButton key={mode} value={mode} data-testid={`coaching-mode-${mode}`}>
              {t(`coaching.${mode}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <Chip
          size="small"
          variant="outlined"
          icon={s.micOn ? <MicIcon /> : <MicOffIcon />}
          label={t(s.micOn ? 'coaching.panel.micOn' : 'coaching.panel.micOff')}
          data-testid="coaching-mic"
          data-on={s.micOn}
        />
        <Button
          size="small"
          color="error"
          variant="contained"
          onClick={() => void desk.stop()}
          data-testid="coaching-end"
        >
          {t('coaching.panel.end')}
        </Button>
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {t(`coaching.panel.hint.${s.mode}`)}
      </Typography>
      <audio ref={audio} autoPlay data-testid="coaching-audio" />
    </Paper>
  );
}
