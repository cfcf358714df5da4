import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ButtonBase from '@mui/material/ButtonBase';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { LeadId } from '../../../../shared/domain/ids';
import type { StoredLead } from '../../../db/schema';
import { intlLocale } from '../../../i18n/format';
import { useAppStore } from '../../../store/use-app-store';
import { useNow } from '../../supervisor/dashboard/use-now';
import {
  calendarDayAt,
  calendarDays,
  labelInstant,
  meetingsByDay,
  shiftDay,
  weekStartFor,
  type CalendarDay,
  type CalendarView,
} from '../meeting-calendar';
import { MeetingTime } from './MeetingTime';

export type MeetingCalendarProps = {
  /** The closer's booked meetings. */
  leads: readonly StoredLead[];
  orgTimezone: string;
  onOpen: (leadId: LeadId) => void;
};

/** The closer's own timezone: the desk's. */
const closerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The closer's meetings on a day or a week, on their own clock; a meeting opens its lead. */
export function MeetingCalendar({ leads, orgTimezone, onOpen }: MeetingCalendarProps) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const digits = useAppStore((s) => s.digits);
  const zone = closerZone();
  const now = useNow();
  const today = calendarDayAt(now, zone);
  const [view, setView] = useState<CalendarView>('week');
  const [anchor, setAnchor] = useState<CalendarDay>(today);
  const days = calendarDays(view, anchor, weekStartFor(language));
  const grouped = meetingsByDay(leads, days, zone);
  const label = useMemo(() => {
    const f = new Intl.DateTimeFormat(intlLocale({ language, digits }), {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    return (d: CalendarDay) => f.format(labelInstant(d));
  }, [language, digits]);
  const step = view === 'day' ? 1 : 7;
  const first = days[0] ?? anchor;
  const last = days.at(-1) ?? anchor;

  return (
    <Paper sx={{ p: 2 }} data-testid="closer-calendar" data-view={view}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 2 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, flexGrow: 1 }}>
          {view === 'day'
            ? label(first)
            : t('closer.calendar.range', { from: label(first), to: label(last) })}
        </Typography>
        <Button size="small" onClick={() => setAnchor(shiftDay(anchor, -step))}>
          {t('closer.calendar.previous')}
        </Button>
        <Button size="small" variant="outlined" onClick={() => setAnchor(today)}>
          {t('closer.calendar.today')}
        </Button>
        <Button
          size="small"
          onClick={() => setAnchor(shiftDay(anchor, step))}
          data-testid="calendar-next"
        >
          {t('closer.calendar.next')}
        </Button>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={view}
          onChange={(_e, v: CalendarView | null) => v && setView(v)}
        >
          <ToggleButton value="day" data-testid="calendar-day">
            {t('closer.calendar.day')}
          </ToggleButton>
          <ToggleButton value="week" data-testid="calendar-week">
            {t('closer.calendar.week')}
          </ToggleButton>
        </ToggleButtonGroup>
      </Stack>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: {
            xs: '1fr',
            md: view === 'day' ? '1fr' : 'repeat(7, minmax(0, 1fr))',
          },
          gap: 1,
        }}
      >
        {days.map((d) => {
          const list = grouped.get(d.key) ?? [];
          const isToday = d.key === today.key;
          return (
            <Box
              key={d.key}
              data-testid="calendar-day-column"
              data-day={d.key}
              sx={{
                border: 1,
                borderColor: isToday ? 'primary.main' : 'divider',
                borderRadius: 1,
                p: 1,
                minHeight: 120,
              }}
            >
              <Typography
                variant="caption"
                component="h3"
                sx={{ fontWeight: 700, color: isToday ? 'primary.main' : 'text.secondary' }}
              >
                {label(d)}
              </Typography>
              <Stack sx={{ gap: 0.75, mt: 0.5 }}>
                {list.map((l) => (
                  <ButtonBase
                    key={l.id}
                    onClick={() => onOpen(l.id)}
                    data-testid="calendar-meeting"
                    sx={{
                      display: 'block',
                      textAlign: 'start',
                      width: '100%',
                      p: 0.75,
                      borderRadius: 1,
                      bgcolor: 'action.hover',
                      borderInlineStart: 3,
                      borderColor:
                        l.meeting?.outcome === 'held'
                          ? 'success.main'
                          : l.meeting?.outcome === 'noShow'
                            ? 'warning.main'
                            : 'primary.main',
                    }}
                  >
                    <MeetingTime lead={l} orgTimezone={orgTimezone} timeOnly />
                    <Typography
                      variant="body2"
                      sx={{ fontWeight: 600 }}
                      noWrap
                      data-testid="calendar-meeting-name"
                    >
                      <bdi>{l.name}</bdi>
                    </Typography>
                    {l.company && (
                      <Typography variant="caption" color="text.secondary" noWrap component="div">
                        <bdi>{l.company}</bdi>
                      </Typography>
                    )}
                    {l.meeting?.outcome && (
                      <Chip
                        size="small"
                        sx={{ mt: 0.5 }}
                        label={t(`closer.meeting.outcome.${l.meeting.outcome}`)}
                      />
                    )}
                  </ButtonBase>
                ))}
                {list.length === 0 && view === 'day' && (
                  <Typography variant="body2" color="text.secondary">
                    {t('closer.calendar.empty')}
                  </Typography>
                )}
              </Stack>
            </Box>
          );
        })}
      </Box>
    </Paper>
  );
}
