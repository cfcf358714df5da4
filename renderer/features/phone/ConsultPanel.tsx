// Attended transfer in progress: the customer waits on hold while the agent talks to the closer.
// The agent hands the customer over, or goes back to them.
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { User } from '../../../shared/domain/content';
import type { ConsultLeg } from '../../store/phone-slice';

export type ConsultPanelProps = {
  closer: User;
  leg: ConsultLeg;
  onComplete: () => void;
  onCancel: () => void;
};

export function ConsultPanel({ closer, leg, onComplete, onCancel }: ConsultPanelProps) {
  const { t } = useTranslation();
  const name = closer.displayName;
  return (
    <Paper
      variant="outlined"
      sx={{ p: 1.5, borderInlineStart: 6, borderColor: 'info.main' }}
      data-testid="consult-panel"
      data-phase={leg.phase}
      role="status"
    >
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <Stack sx={{ flex: 1, minWidth: 0 }}>
          <Typography sx={{ fontWeight: 600 }}>
            {t(leg.phase === 'talking' ? 'phone.transfer.talkingTo' : 'phone.transfer.calling', {
              name,
            })}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('phone.transfer.customerOnHold')}
          </Typography>
        </Stack>
        <Button
          variant="contained"
          color="success"
          disabled={leg.phase !== 'talking'}
          onClick={onComplete}
          data-testid="consult-complete"
        >
          {t('phone.transfer.complete', { name })}
        </Button>
        <Button variant="outlined" onClick={onCancel} data-testid="consult-cancel">
          {t('phone.transfer.back')}
        </Button>
      </Stack>
    </Paper>
  );
}
