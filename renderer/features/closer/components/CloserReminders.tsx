// The closer's reminders while the app is open: a meeting starting within ten minutes and a
// proposal whose follow-up call is due, each once, in the app (bottom corner) and as a desktop
// notification; either opens the lead on the closer's desk.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import CloseIcon from '@mui/icons-material/Close';
import type { LeadId } from '../../../../shared/domain/ids';
import { closerInbox, closerProposals } from '../../../db/leads-repo';
import { useDeskDb } from '../../../db/use-desk-db';
import { useFormat } from '../../../i18n/use-format';
import { useAppStore } from '../../../store/use-app-store';
import { useNow } from '../../supervisor/dashboard/use-now';
import {
  dueReminders,
  groupReminders,
  MEETING_REMINDER_MINUTES,
  type CloserReminder,
} from '../closer-reminders';

const SHOWN_AT_ONCE = 3;

export function CloserReminders() {
  const { t } = useTranslation();
  const format = useFormat();
  const db = useDeskDb();
  const user = useAppStore((s) => s.user);
  const setArea = useAppStore((s) => s.setArea);
  const openLeadIn = useAppStore((s) => s.openLeadIn);
  const isCloser = user?.roles.includes('closer') ?? false;
  const now = useNow(15_000);
  const leads = useLiveQuery(
    async () =>
      user && isCloser
        ? [...(await closerInbox(db, user.id)), ...(await closerProposals(db, user.id))]
        : [],
    [db, user, isCloser],
  );
  const raised = useRef(new Set<string>());
  const [shown, setShown] = useState<CloserReminder[]>([]);

  const open = (leadId: LeadId) => {
    setArea('closer');
    openLeadIn('closer', leadId);
    window.focus();
  };

  const textOf = (r: CloserReminder) =>
    r.kind === 'meeting'
      ? {
          title: t('closer.reminder.meetingTitle', { n: MEETING_REMINDER_MINUTES }),
          body: t('closer.reminder.meetingBody', { name: r.name, time: format.time(r.at) }),
        }
      : {
          title: t('closer.reminder.followUpTitle'),
          body: t('closer.reminder.followUpBody', { name: r.name }),
        };

  const manyText = (n: number, first: CloserReminder) => ({
    title: t('closer.reminder.followUpsTitle', { n: format.number(n) }),
    body: t('closer.reminder.followUpsBody', { name: first.name }),
  });

  useEffect(() => {
    if (!leads) return;
    const fresh = dueReminders(leads, now).filter((r) => !raised.current.has(r.key));
    if (fresh.length === 0) return;
    for (const r of fresh) raised.current.add(r.key);
    if (typeof Notification !== 'undefined' && Notification.permission === 'granted') {
      // Several follow-ups falling due together make one notification, like the in-app line.
      const { meetings, followUps, followUpCount } = groupReminders(fresh);
      const notes = [...meetings, ...followUps].map((r) => ({ ...textOf(r), r }));
      const firstFollowUp = fresh.find((r) => r.kind === 'followUp');
      if (followUps.length === 0 && firstFollowUp)
        notes.push({ ...manyText(followUpCount, firstFollowUp), r: firstFollowUp });
      for (const { title, body, r } of notes) {
        const n = new Notification(title, { body, tag: r.key });
        n.onclick = () => open(r.leadId);
      }
    }
    setShown((s) => [...s, ...fresh]);
    // textOf and open read only stable store setters and the language of this render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [leads, now]);

  if (shown.length === 0) return null;
  const dismiss = (keys: readonly string[]) =>
    setShown((s) => s.filter((r) => !keys.includes(r.key)));
  const { meetings, followUps, followUpCount } = groupReminders(shown);
  const allFollowUps = shown.filter((r) => r.kind === 'followUp');
  // Meetings first (they are minutes away), then the follow-ups, one line when several.
  const lines = [
    ...meetings.slice(-SHOWN_AT_ONCE).map((r) => ({ r, keys: [r.key], ...textOf(r) })),
    ...followUps.map((r) => ({ r, keys: [r.key], ...textOf(r) })),
    ...(followUps.length === 0 && allFollowUps[0]
      ? [
          {
            r: allFollowUps[0],
            keys: allFollowUps.map((r) => r.key),
            ...manyText(followUpCount, allFollowUps[0]),
          },
        ]
      : []),
  ];
  return (
    <Stack
      sx={{
        position: 'fixed',
        bottom: 16,
        insetInlineEnd: 16,
        gap: 1,
        zIndex: (theme) => theme.zIndex.snackbar,
        maxWidth: 420,
      }}
      data-testid="closer-reminders"
    >
      {lines.map(({ r, keys, title, body }) => {
        return (
          <Alert
            key={keys.join(',')}
            severity={r.kind === 'meeting' ? 'info' : 'warning'}
            variant="filled"
            data-testid="closer-reminder"
            data-kind={r.kind}
            action={
              <>
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => {
                    dismiss(keys);
                    open(r.leadId);
                  }}
                  data-testid="closer-reminder-open"
                >
                  {t('closer.reminder.open')}
                </Button>
                <IconButton
                  color="inherit"
                  size="small"
                  aria-label={t('closer.reminder.dismiss')}
                  onClick={() => dismiss(keys)}
                >
                  <CloseIcon fontSize="small" />
                </IconButton>
              </>
            }
          >
            <strong>{title}</strong> <bdi>{body}</bdi>
          </Alert>
        );
      })}
    </Stack>
  );
}
