import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { dayOf } from '../../../../shared/domain/periods';
import { useOrganisation } from '../../../ui/desk/use-organisation';
import { useDeskDb } from '../../../db/use-desk-db';
import { useFormat } from '../../../i18n/use-format';
import { useAppStore } from '../../../store/use-app-store';

export type TargetsBarProps = {
  bookingsLabel: 'targets.bookings' | 'targets.deals' | 'targets.upsells';
  bookingDispositions: readonly string[];
};

/**
 * Today's calls and bookings against the agent's daily targets — always in view. Counted from the
 * agent's own activities of the organisation's day, which stay on the desk when a booked meeting
 * or a won deal moves the lead to someone else (sync/apply-pull.ts, server/sync/pull.ts).
 */
export function TargetsBar({ bookingsLabel, bookingDispositions }: TargetsBarProps) {
  const { t } = useTranslation();
  const db = useDeskDb();
  const format = useFormat();
  const user = useAppStore((s) => s.user);
  const timeZone = useOrganisation()?.timezone ?? null;
  const today = useLiveQuery(async () => {
    if (!user || !timeZone) return { calls: 0, bookings: 0 };
    // The organisation's day, as the supervisor's dashboard counts it.
    const acts = await db.activities
      .where('[agentId+at]')
      .between([user.id, dayOf(timeZone, Date.now()).from], [user.id, Infinity])
      .toArray();
    return {
      calls: acts.filter((a) => a.type === 'call').length,
      bookings: acts.filter(
        (a) =>
          bookingDispositions.includes(a.disposition ?? '') ||
          (a.stageTo && bookingDispositions.includes(a.stageTo)),
      ).length,
    };
  }, [db, user, bookingDispositions, timeZone]) ?? { calls: 0, bookings: 0 };
  if (!user) return null;
  const items = [
    { key: 'calls', label: t('targets.calls'), value: today.calls, target: user.dailyCallTarget },
    {
      key: 'bookings',
      label: t(bookingsLabel),
      value: today.bookings,
      target: user.dailyBookingTarget,
    },
  ];
  return (
    <Paper
      sx={{ p: 1.5, mb: 2, display: 'flex', gap: 3, flexWrap: 'wrap' }}
      data-testid="targets-bar"
    >
      {items.map((i) => (
        <Stack
          key={i.key}
          sx={{ minWidth: 200, flex: 1 }}
          data-testid={`target-${i.key}`}
          data-value={i.value}
        >
          <Typography variant="body2">
            {i.label}: <strong>{format.number(i.value)}</strong> / {format.number(i.target)}
          </Typography>
          <LinearProgress
            variant="determinate"
            value={i.target > 0 ? Math.min(100, (i.value / i.target) * 100) : 0}
            color={i.target > 0 && i.value >= i.target ? 'success' : 'primary'}
            sx={{ height: 6, borderRadius: 3, mt: 0.5 }}
          />
        </Stack>
      ))}
    </Paper>
  );
}
