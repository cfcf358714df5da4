// An answered call still waiting for its outcome (kept across a restart, use-pending-call.ts),
// while its lead is not on screen: one click opens it on the agent's own desk.
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useAppStore } from '../../store/use-app-store';
import { agentAreaFor } from './agent-area';

export function PendingCallBanner() {
  const { t } = useTranslation();
  const ended = useAppStore((s) => s.endedCall);
  const openLead = useAppStore((s) => s.openLead);
  const openLeadIn = useAppStore((s) => s.openLeadIn);
  const roles = useAppStore((s) => s.user?.roles);
  if (!roles || !ended || ended.logged || !ended.leadId) return null;
  if (ended.record.result !== 'answered') return null;
  const area = agentAreaFor(roles);
  const leadId = ended.leadId;
  if (openLead[area] === leadId) return null;
  return (
    <Alert
      severity="info"
      sx={{ m: 2, mb: 0 }}
      data-testid="pending-call"
      action={
        <Button
          color="inherit"
          size="small"
          onClick={() => {
            openLeadIn(area, leadId);
            window.location.hash = `#/${area}`;
          }}
          data-testid="pending-call-open"
        >
          {t('phone.pending.open')}
        </Button>
      }
    >
      {t('phone.pending.text')}
    </Alert>
  );
}
