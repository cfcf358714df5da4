import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import {
  checkTouchGoal,
  TOUCH_GOAL_MAX,
  TOUCH_GOAL_MIN,
  WHATSAPP_MODES,
  type WhatsAppMode,
} from '../../../shared/domain/messages';
import { setTouchSettings } from '../../../shared/mutations/set-touch-settings';
import { run } from '../../db/run';
import { useDesk } from '../../ui/desk/use-desk';
import { useTouchSettings } from './use-touch-settings';

/** The organisation's touch goal (7–12) and how WhatsApp messages open, for supervisors. */
export function TouchSettingsPanel() {
  const { t } = useTranslation();
  const desk = useDesk();
  const settings = useTouchSettings();
  const [goal, setGoal] = useState(String(settings.goal));
  const [whatsApp, setWhatsApp] = useState<WhatsAppMode>(settings.whatsApp);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    setGoal(String(settings.goal));
    setWhatsApp(settings.whatsApp);
  }, [settings.goal, settings.whatsApp]);
  const checked = checkTouchGoal(goal);
  const dirty = goal !== String(settings.goal) || whatsApp !== settings.whatsApp;
  const save = async () => {
    if (!desk || !checked.ok) return;
    const r = await run(desk, setTouchSettings, { goal: checked.goal, whatsApp });
    setMessage(
      r.ok
        ? { ok: true, text: t('messages.settings.saved') }
        : { ok: false, text: t(`errors.${r.error.code}`) },
    );
  };
  return (
    <Paper sx={{ p: 2, mb: 2 }} data-testid="touch-settings">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        {t('messages.settings.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('messages.settings.intro')}
      </Typography>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        sx={{ gap: 2, alignItems: { md: 'flex-start' } }}
      >
        <TextField
          size="small"
          label={t('messages.settings.goal')}
          value={goal}
          onChange={(e) => {
            setGoal(e.target.value);
            setMessage(null);
          }}
          error={!checked.ok}
          helperText={
            checked.ok ? t('messages.settings.goalHint') : t('messages.settings.goalRange')
          }
          slotProps={{
            htmlInput: {
              inputMode: 'numeric',
              dir: 'ltr',
              min: TOUCH_GOAL_MIN,
              max: TOUCH_GOAL_MAX,
              'data-testid': 'touch-goal',
            },
          }}
          sx={{ width: { md: 240 } }}
        />
        <TextField
          select
          size="small"
          label={t('messages.settings.whatsApp')}
          value={whatsApp}
          onChange={(e) => {
            setWhatsApp(e.target.value as WhatsAppMode);
            setMessage(null);
          }}
          sx={{ minWidth: 280 }}
          data-testid="touch-whatsapp"
        >
          {WHATSAPP_MODES.map((m) => (
            <MenuItem key={m} value={m}>
              {t(`messages.settings.${m}`)}
            </MenuItem>
          ))}
        </TextField>
        <Button
          variant="contained"
          disabled={!dirty || !checked.ok || !desk}
          onClick={() => void save()}
          data-testid="touch-settings-save"
        >
          {t('messages.settings.save')}
        </Button>
      </Stack>
      {message && (
        <Alert
          severity={message.ok ? 'success' : 'error'}
          sx={{ mt: 1 }}
          data-testid="touch-settings-result"
        >
          {message.text}
        </Alert>
      )}
    </Paper>
  );
}
