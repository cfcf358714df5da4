// A colleague calls to hand over a customer (attended transfer): the closer sees who is calling
// and about whom, answers to be briefed, and the customer joins in that call's place when the
// colleague completes the transfer. The call is internal: it is logged on no lead.
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import type { Handover, LiveCall } from '../../store/phone-slice';
import { usePhone } from './phone-context';

export type ColleagueCallPanelProps = { call: LiveCall; handover: Handover };

export function ColleagueCallPanel({ call, handover }: ColleagueCallPanelProps) {
  const { t } = useTranslation();
  const handle = usePhone();
  const talking = call.phase === 'talking';
  return (
    <Paper
      elevation={6}
      sx={{ m: 2, p: 2, borderInlineStart: 6, borderColor: 'info.main' }}
      data-testid="colleague-call"
      data-phase={call.phase}
      role="alertdialog"
      aria-label={t('phone.handover.title', { name: handover.from })}
    >
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5, mb: 1 }}>
        <SupportAgentIcon color="info" />
        <Typography variant="h6" component="h2" sx={{ fontWeight: 700 }}>
          {t('phone.handover.title', { name: handover.from })}
        </Typography>
      </Stack>
      {handover.summary && (
        <Typography sx={{ mb: 1 }} data-testid="colleague-call-summary">
          {t('phone.handover.about')} <bdi>{handover.summary}</bdi>
        </Typography>
      )}
      <Typography color="text.secondary">
        {t(talking ? 'phone.handover.briefing' : 'phone.handover.ringing')}
      </Typography>
      {!talking && (
        <Stack direction="row" sx={{ gap: 1, mt: 1 }}>
          <Button
            variant="contained"
            color="success"
            onClick={() => handle?.softphone.answer()}
            data-testid="colleague-answer"
          >
            {t('phone.answer')}
          </Button>
          <Button
            color="error"
            onClick={() => handle?.softphone.decline()}
            data-testid="colleague-decline"
          >
            {t('phone.inbound.decline')}
          </Button>
        </Stack>
      )}
    </Paper>
  );
}
