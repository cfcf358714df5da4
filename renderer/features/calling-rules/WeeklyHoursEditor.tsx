// Hours per weekday: each day open (from–to) or closed; the weekend presets close Friday–Saturday
// (the Gulf) or Saturday–Sunday in one click.
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import {
  WEEKEND_PRESETS,
  weekendOf,
  withWeekend,
  type WeekendPreset,
  type WeeklyHours,
} from '../../../shared/domain/calling-rules';
import { useAppStore } from '../../store/use-app-store';
import { languageInfo } from '../../i18n/languages';
import { TimeField } from '../../ui/components/DateTimeField';
import { DAY_ORDER, type IssueAt } from './rules-editing';

export type WeeklyHoursEditorProps = {
  weekly: WeeklyHours;
  onChange: (weekly: WeeklyHours) => void;
  /** Where this week sits in the rules (for its validation issues). */
  path: readonly (string | number)[];
  issueAt: IssueAt;
  testId: string;
};

const DEFAULT_HOURS = { startMinutes: 9 * 60, endMinutes: 20 * 60 };

/** The weekday's name in the user's language (0 = Sunday). */
function useDayName(): (day: number) => string {
  const language = useAppStore((s) => s.language);
  const f = new Intl.DateTimeFormat(languageInfo(language).intl, {
    weekday: 'long',
    timeZone: 'UTC',
  });
  // 4 January 2026 was a Sunday.
  return (day) => f.format(Date.UTC(2026, 0, 4 + day));
}

export function WeeklyHoursEditor({
  weekly,
  onChange,
  path,
  issueAt,
  testId,
}: WeeklyHoursEditorProps) {
  const { t } = useTranslation();
  const dayName = useDayName();
  const weekend = weekendOf(weekly);
  const setDay = (day: number, hours: WeeklyHours[number]) =>
    onChange(weekly.map((h, d) => (d === day ? hours : h)));
  const firstOpen = weekly.find((h) => h !== null) ?? DEFAULT_HOURS;
  return (
    <Stack sx={{ gap: 1 }} data-testid={testId}>
      <Stack
        direction="row"
        role="group"
        aria-label={t('callingRules.weekend.label')}
        sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}
      >
        <Typography variant="body2" color="text.secondary">
          {t('callingRules.weekend.label')}
        </Typography>
        {(Object.keys(WEEKEND_PRESETS) as WeekendPreset[]).map((p) => (
          <Button
            key={p}
            size="small"
            variant={weekend === p ? 'contained' : 'outlined'}
            aria-pressed={weekend === p}
            data-testid={`${testId}-weekend-${p}`}
            onClick={() => onChange(withWeekend(weekly, p, firstOpen))}
          >
            {t(`callingRules.weekend.${p}`)}
          </Button>
        ))}
      </Stack>
      {DAY_ORDER.map((day) => {
        const hours = weekly[day] ?? null;
        const issue = issueAt([...path, day]);
        const name = dayName(day);
        return (
          <Stack
            key={day}
            direction="row"
            sx={{ gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}
            data-testid={`${testId}-day-${day}`}
          >
            <FormControlLabel
              sx={{ minWidth: 170, m: 0 }}
              control={
                <Switch
                  checked={hours !== null}
                  onChange={(e) => setDay(day, e.target.checked ? { ...firstOpen } : null)}
                  slotProps={{ input: { 'aria-label': t('callingRules.dayOpen', { day: name }) } }}
                />
              }
              label={name}
            />
            {hours ? (
              <>
                <TimeField
                  size="small"
                  label={t('callingRules.from')}
                  value={hours.startMinutes}
                  onChange={(m) => {
                    if (m !== null) setDay(day, { ...hours, startMinutes: m });
                  }}
                  testId={`${testId}-from-${day}`}
                  minWidth={150}
                />
                <TimeField
                  size="small"
                  endOfDay
                  label={t('callingRules.to')}
                  value={hours.endMinutes}
                  error={issue !== undefined}
                  helperText={issue ? t(`callingRules.issue.${issue}`) : undefined}
                  onChange={(m) => {
                    if (m !== null) setDay(day, { ...hours, endMinutes: m });
                  }}
                  testId={`${testId}-to-${day}`}
                  minWidth={150}
                />
              </>
            ) : (
              <Typography variant="body2" color="text.secondary">
                {t('callingRules.closed')}
              </Typography>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
