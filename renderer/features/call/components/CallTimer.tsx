import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import TimerOutlinedIcon from '@mui/icons-material/TimerOutlined';
import { useFormat } from '../../../i18n/use-format';

export type CallTimerProps = { startedAt: number | null; endedAt?: number | null };

/** The running length of the call, in the user's digits; stops when the call ends. */
export function CallTimer({ startedAt, endedAt = null }: CallTimerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (startedAt === null || endedAt !== null) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [startedAt, endedAt]);
  const seconds = startedAt === null ? 0 : ((endedAt ?? now) - startedAt) / 1000;
  return (
    <Stack
      direction="row"
      spacing={0.75}
      sx={{ alignItems: 'center' }}
      aria-label={t('call.timer')}
    >
      <TimerOutlinedIcon fontSize="small" color={startedAt && !endedAt ? 'error' : 'disabled'} />
      <Typography
        component="span"
        data-testid="call-timer"
        sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600, unicodeBidi: 'isolate' }}
      >
        {format.clock(seconds)}
      </Typography>
    </Stack>
  );
}
