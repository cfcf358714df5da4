import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { LeadId } from '../../../../shared/domain/ids';
import { MEETING_OUTCOMES, type MeetingOutcome } from '../../../../shared/domain/lead';
import { useDeskDb } from '../../../db/use-desk-db';
import { useFormat } from '../../../i18n/use-format';
import { isKnownDisposition } from './disposition-labels';

export type ActivityHistoryProps = { leadId: LeadId; limit?: number };

/** The lead's calls, notes and stage changes, newest first (from the [leadId+at] index). */
function isMeetingOutcome(d: string | null): d is MeetingOutcome {
  return (MEETING_OUTCOMES as readonly (string | null)[]).includes(d);
}

export function ActivityHistory({ leadId, limit = 30 }: ActivityHistoryProps) {
  const { t } = useTranslation();
  const db = useDeskDb();
  const format = useFormat();
  const items = useLiveQuery(
    () =>
      db.activities
        .where('[leadId+at]')
        .between([leadId, -Infinity], [leadId, Infinity])
        .reverse()
        .limit(limit)
        .toArray(),
    [db, leadId, limit],
  );
  return (
    <Paper sx={{ p: 2 }} data-testid="activity-history">
      <Typography variant="subtitle2" component="h3">
        {t('history.title')}
      </Typography>
      {items?.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('history.empty')}
        </Typography>
      )}
      <List dense disablePadding>
        {(items ?? []).map((a) => (
          <ListItem key={a.id} disableGutters alignItems="flex-start">
            <ListItemText
              primary={
                a.type === 'stageChange' && a.stageTo
                  ? t('history.stageChange', { stage: t(`stage.${a.stageTo}`) })
                  : a.type === 'message' && a.channel
                    ? t(`messages.sentBy.${a.channel}`)
                    : a.type === 'meeting' && isMeetingOutcome(a.disposition)
                      ? t(`history.meeting.${a.disposition}`)
                      : a.referralLeadId
                        ? t('history.referral')
                        : a.disposition && isKnownDisposition(a.disposition)
                          ? t(`disposition.${a.disposition}`)
                          : t(`history.type.${a.type}`)
              }
              secondary={
                <>
                  {format.dateTime(a.at)}
                  {a.subject && (
                    <>
                      {' — '}
                      <bdi dir="auto">{a.subject}</bdi>
                    </>
                  )}
                  {/* Older records carry a machine note such as "lead → qualified"; the stage says it. */}
                  {a.note && !(a.type === 'stageChange' && /^\w+ → \w+/.test(a.note)) && (
                    <>
                      {' — '}
                      <bdi dir="auto">{a.note}</bdi>
                    </>
                  )}
                </>
              }
            />
          </ListItem>
        ))}
      </List>
    </Paper>
  );
}
