import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { StoredLead } from '../../../db/schema';
import { useFormat } from '../../../i18n/use-format';
import { OutcomeDialog } from '../../../ui/components/OutcomeDialog';
import { useMeetingOutcome } from '../hooks/use-meeting-outcome';
import { MeetingTime } from './MeetingTime';
import { leadTimezone } from '../../../../shared/domain/phone-timezone';
import { useOrganisation } from '../../../ui/desk/use-organisation';
import { useLeadCallingPolicy } from '../../calling-rules/use-calling-rules';
import { CallbackTimeFields } from '../../call/components/CallbackTimeFields';

export type MeetingOutcomePanelProps = { lead: StoredLead; orgTimezone: string };

/** The meeting's time (the closer's and the lead's), what became of it, and the three outcomes. */
export function MeetingOutcomePanel({ lead, orgTimezone }: MeetingOutcomePanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const state = useMeetingOutcome(lead);
  const organisation = useOrganisation();
  const calling = useLeadCallingPolicy(organisation, lead.country);
  const meeting = lead.meeting;
  if (!meeting || lead.stage !== 'meetingScheduled') return null;
  const recorded = meeting.outcome;
  return (
    <Paper sx={{ p: 2 }} data-testid="meeting-outcome">
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="subtitle2" component="h3" sx={{ flexGrow: 1 }}>
          {t('closer.meeting.title')}
        </Typography>
        <Chip
          size="small"
          data-testid="meeting-status"
          color={recorded === 'held' ? 'success' : recorded === 'noShow' ? 'warning' : 'default'}
          label={
            recorded
              ? t(`closer.meeting.status.${recorded}`, {
                  time: format.dateTime(meeting.outcomeAt ?? meeting.at),
                })
              : t('closer.meeting.pending')
          }
        />
      </Stack>
      <MeetingTime lead={lead} orgTimezone={orgTimezone} />
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', mt: 1.5 }}>
        <Button
          variant="outlined"
          color="success"
          disabled={state.busy || recorded !== undefined}
          onClick={() => void state.record('held')}
          data-testid="meeting-held"
        >
          {t('closer.meeting.held')}
        </Button>
        <Button
          variant="outlined"
          color="warning"
          disabled={state.busy || recorded !== undefined}
          onClick={() => void state.record('noShow')}
          data-testid="meeting-noShow"
        >
          {t('closer.meeting.noShow')}
        </Button>
        <Button
          variant="outlined"
          disabled={state.busy}
          onClick={state.openReschedule}
          data-testid="meeting-reschedule"
        >
          {t('closer.meeting.reschedule')}
        </Button>
      </Stack>
      {state.error && !state.rescheduling && (
        <Alert severity="error" sx={{ mt: 1.5 }} data-testid="meeting-error">
          {state.error}
        </Alert>
      )}
      <OutcomeDialog
        open={state.rescheduling}
        testId="dialog-reschedule"
        title={t('closer.meeting.rescheduleTitle')}
        confirmLabel={t('closer.meeting.rescheduleConfirm')}
        error={state.error}
        onCancel={state.cancel}
        onConfirm={() => void state.confirmReschedule()}
      >
        <CallbackTimeFields
          label={t('closer.meeting.newTime')}
          when={state.when}
          setWhen={state.setWhen}
          timeZone={leadTimezone(lead, orgTimezone)}
          calling={calling}
          testId="dialog-when"
          autoFocus
        />
      </OutcomeDialog>
    </Paper>
  );
}
