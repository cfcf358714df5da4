import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import type { StoredLead } from '../../../db/schema';
import { useFormat } from '../../../i18n/use-format';
import { followUpDue } from '../closer-reminders';

export type CloserInboxItemProps = {
  lead: StoredLead;
  selected: boolean;
  onOpen: () => void;
  /** Who booked the meeting, by name. */
  bookedByName: string;
  /** The current time, for a proposal whose follow-up is due. */
  now: number;
};

/**
 * One lead in the closer's inbox: who, and when the meeting is — or what was proposed and when
 * to follow it up, marked when that is due.
 */
export function CloserInboxItem({
  lead,
  selected,
  onOpen,
  bookedByName,
  now,
}: CloserInboxItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const due = followUpDue(lead, now);
  const proposal =
    lead.stage === 'proposalSent' && lead.proposal
      ? [
          format.currency(lead.proposal.amount, lead.proposal.currency),
          lead.nextCallAt !== null && lead.nextCallKind === 'followUp'
            ? t('closer.followUpAt', { time: format.dateTime(lead.nextCallAt) })
            : '',
        ]
          .filter(Boolean)
          .join(' · ')
      : null;
  return (
    <ListItemButton
      selected={selected}
      onClick={onOpen}
      data-testid="inbox-item"
      data-due={due ? 'true' : undefined}
      sx={
        due
          ? { borderInlineStart: 4, borderColor: 'warning.main', bgcolor: 'action.hover' }
          : undefined
      }
    >
      <ListItemText
        primary={<bdi>{`${lead.name} · ${lead.company}`}</bdi>}
        secondary={
          proposal ??
          (lead.meeting
            ? t('closer.meetingAt', {
                time: format.dateTime(lead.meeting.at),
                name: bookedByName,
              })
            : '')
        }
      />
      {due && (
        <Chip
          size="small"
          color="warning"
          label={t('closer.followUpDue')}
          data-testid="followup-due"
          sx={{ marginInlineStart: 1 }}
        />
      )}
    </ListItemButton>
  );
}
