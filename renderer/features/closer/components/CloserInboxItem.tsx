import { useTranslation } from 'react-i18next';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import type { StoredLead } from '../../../db/schema';
import { useFormat } from '../../../i18n/use-format';

export type CloserInboxItemProps = {
  lead: StoredLead;
  selected: boolean;
  onOpen: () => void;
  /** Who booked the meeting, by name. */
  bookedByName: string;
};

/** One lead in the closer's inbox: who, and when the meeting is (or what was proposed). */
export function CloserInboxItem({ lead, selected, onOpen, bookedByName }: CloserInboxItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ListItemButton selected={selected} onClick={onOpen} data-testid="inbox-item">
      <ListItemText
        primary={<bdi>{`${lead.name} · ${lead.company}`}</bdi>}
        secondary={
          lead.meeting
            ? t('closer.meetingAt', {
                time: format.dateTime(lead.meeting.at),
                name: bookedByName,
              })
            : lead.proposal
              ? format.currency(lead.proposal.amount, lead.proposal.currency)
              : ''
        }
      />
    </ListItemButton>
  );
}
