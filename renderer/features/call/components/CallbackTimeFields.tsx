// The time of a call-back or a meeting: the shared date-and-time picker in the lead's own zone,
// quick picks beside it (in 1 hour, tomorrow morning, in 3 days — the lead's morning, inside the
// lead's calling hours), and a warning with a one-click fix when the time is outside those hours.
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  CALLBACK_PRESETS,
  checkCallingHours,
  presetTime,
} from '../../../../shared/domain/callback-presets';
import type { CallingPolicy } from '../../../../shared/domain/calling-window';
import { useFormat } from '../../../i18n/use-format';
import { DateTimeField } from '../../../ui/components/DateTimeField';

export type CallbackTimeFieldsProps = {
  label: string;
  when: number | null;
  setWhen: (at: number | null) => void;
  /** The lead's timezone: the picker shows it, calling hours are checked in it. */
  timeZone: string;
  calling: CallingPolicy;
  /** Offer the quick picks (call-backs). */
  presets?: boolean;
  testId: string;
  autoFocus?: boolean;
};

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export function CallbackTimeFields({
  label,
  when,
  setWhen,
  timeZone,
  calling,
  presets,
  testId,
  autoFocus,
}: CallbackTimeFieldsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const check = when === null ? null : checkCallingHours(timeZone, when, calling);
  return (
    <Stack sx={{ gap: 1.5 }}>
      <DateTimeField
        label={label}
        value={when}
        onChange={setWhen}
        timeZone={timeZone}
        testId={testId}
        autoFocus={autoFocus}
        error={check !== null && !check.ok}
      />
      {presets && (
        <Stack
          direction="row"
          role="group"
          aria-label={t('dates.presets.label')}
          sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}
        >
          <Typography variant="body2" color="text.secondary">
            {t('dates.presets.label')}
          </Typography>
          {CALLBACK_PRESETS.map((p) => (
            <Button
              key={p}
              size="small"
              variant="outlined"
              data-testid={`preset-${p}`}
              onClick={() => setWhen(presetTime(p, timeZone, Date.now(), calling))}
            >
              {t(`dates.presets.${p}`)}
            </Button>
          ))}
        </Stack>
      )}
      {check && !check.ok && when !== null && (
        <Alert
          severity="warning"
          data-testid="outside-hours"
          action={
            <Button
              color="inherit"
              size="small"
              data-testid="outside-hours-fix"
              onClick={() => setWhen(check.next)}
            >
              {t('dates.moveTo', { time: format.dateTime(check.next, timeZone) })}
            </Button>
          }
        >
          {calling.calendar
            ? // Calling rules (hours per day, holidays, special periods): no single range to quote.
              t('callingRules.outsideRules', { time: format.dateTime(when, timeZone) })
            : t('dates.outsideHours', {
                time: format.time(when, timeZone),
                from: hhmm(calling.startMinutes),
                to: hhmm(calling.endMinutes),
              })}
        </Alert>
      )}
    </Stack>
  );
}
