import { useTranslation } from 'react-i18next';
import List from '@mui/material/List';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { LeadId, UserId } from '../../../../shared/domain/ids';
import type { StoredLead } from '../../../db/schema';
import { useFormat } from '../../../i18n/use-format';
import { useNow } from '../../supervisor/dashboard/use-now';
import { CloserInboxItem } from './CloserInboxItem';

export type CloserInboxProps = {
  inbox: StoredLead[];
  proposals: StoredLead[];
  selected: string | null;
  onOpen: (leadId: LeadId) => void;
  nameOf: (id: UserId | undefined) => string;
};

/**
 * The hand-offs waiting for this closer by meeting time, soonest first, then the proposals out by
 * follow-up date, the due ones marked.
 */
export function CloserInbox({ inbox, proposals, selected, onOpen, nameOf }: CloserInboxProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const now = useNow(30_000);
  const item = (l: StoredLead) => (
    <CloserInboxItem
      key={l.id}
      lead={l}
      selected={l.id === selected}
      onOpen={() => onOpen(l.id)}
      bookedByName={nameOf(l.meeting?.bookedBy)}
      now={now}
    />
  );
  return (
    <Paper sx={{ p: 1, alignSelf: 'start' }}>
      <Typography variant="overline" sx={{ px: 1 }}>
        {t('closer.inbox')} ({format.number(inbox.length)})
      </Typography>
      <List dense data-testid="closer-inbox">
        {inbox.map(item)}
      </List>
      {inbox.length === 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ px: 1, pb: 1 }}>
          {t('closer.empty')}
        </Typography>
      )}
      <Typography variant="overline" sx={{ px: 1 }}>
        {t('closer.proposals')} ({format.number(proposals.length)})
      </Typography>
      <List dense data-testid="closer-proposals">
        {proposals.map(item)}
      </List>
    </Paper>
  );
}
