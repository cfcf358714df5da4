import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { StoredLead } from '../../../db/schema';
import { useFormat } from '../../../i18n/use-format';
import { notesBesideHandOff } from '../closer-reminders';

const BANT_KEYS = ['budget', 'authority', 'need', 'timeline'] as const;

export type HandOffNotesProps = {
  lead: StoredLead;
  /** Who booked the meeting, by name. */
  bookedByName: string;
};

/** What the hunter handed over: the meeting, their notes, the lead's notes and the BANT answers. */
export function HandOffNotes({ lead, bookedByName }: HandOffNotesProps) {
  const { t } = useTranslation();
  const format = useFormat();
  // The hand-off appended the hunter's note to the lead's notes too: shown once, above.
  const earlier = notesBesideHandOff(lead.notes, lead.meeting?.note);
  return (
    <Paper sx={{ p: 2 }} data-testid="handoff-notes">
      <Typography variant="subtitle2" component="h3">
        {t('closer.handOff')}
      </Typography>
      {lead.meeting && (
        <Typography variant="body2" sx={{ mb: 1 }}>
          {t('closer.meetingAt', {
            time: format.dateTime(lead.meeting.at),
            name: bookedByName,
          })}
        </Typography>
      )}
      {lead.meeting?.note && (
        <Typography dir="auto" sx={{ whiteSpace: 'pre-line' }}>
          {lead.meeting.note}
        </Typography>
      )}
      {earlier && (
        <Typography
          dir="auto"
          variant="body2"
          color="text.secondary"
          sx={{ whiteSpace: 'pre-line', mt: 1 }}
        >
          {earlier}
        </Typography>
      )}
      {lead.bant && (
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', mt: 1 }} data-testid="handoff-bant">
          {BANT_KEYS.map((k) => (
            <Chip
              key={k}
              size="small"
              color={
                lead.bant?.[k].met ? 'success' : lead.bant?.[k].met === false ? 'error' : 'default'
              }
              label={`${t(`bant.${k}`)}${lead.bant?.[k].note ? `: ${lead.bant[k].note}` : ''}`}
            />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
