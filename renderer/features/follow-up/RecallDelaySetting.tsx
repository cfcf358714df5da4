// The organisation's re-call delay after a first refusal (3–5 days), set by a supervisor or an
// administrator; every desk syncs it and applies it to the next refusals.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { RECALL_DAYS_MAX, RECALL_DAYS_MIN } from '../../../shared/domain/follow-up';
import { setFollowUpSettings } from '../../../shared/mutations/set-follow-up-settings';
import { run } from '../../db/run';
import { useFormat } from '../../i18n/use-format';
import { useDesk } from '../../ui/desk/use-desk';

const CHOICES = Array.from(
  { length: RECALL_DAYS_MAX - RECALL_DAYS_MIN + 1 },
  (_, i) => RECALL_DAYS_MIN + i,
);

export function RecallDelaySetting({ days }: { days: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const desk = useDesk();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const save = async (recallDays: number) => {
    if (!desk) return;
    const r = await run(desk, setFollowUpSettings, { recallDays });
    setMessage(
      r.ok
        ? {
            ok: true,
            text: t('followUp.setting.saved', { count: recallDays, n: format.number(recallDays) }),
          }
        : { ok: false, text: t('followUp.setting.error') },
    );
  };
  return (
    <Stack sx={{ gap: 1 }} data-testid="fu-setting">
      <Typography variant="subtitle2">{t('followUp.setting.title')}</Typography>
      <Stack direction="row" sx={{ gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField
          select
          size="small"
          label={t('followUp.setting.label')}
          value={days}
          onChange={(e) => void save(Number(e.target.value))}
          sx={{ minWidth: 160 }}
          slotProps={{
            select: { SelectDisplayProps: { 'data-testid': 'fu-recall-days' } as object },
          }}
        >
          {CHOICES.map((d) => (
            <MenuItem key={d} value={d} data-testid={`fu-recall-${d}`}>
              {t('followUp.setting.days', { count: d, n: format.number(d) })}
            </MenuItem>
          ))}
        </TextField>
        <Typography variant="body2" color="text.secondary">
          {t('followUp.setting.hint')}
        </Typography>
      </Stack>
      {message && (
        <Alert severity={message.ok ? 'success' : 'error'} data-testid="fu-setting-message">
          {message.text}
        </Alert>
      )}
    </Stack>
  );
}
