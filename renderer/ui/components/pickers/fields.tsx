// The desk's date and date-and-time fields as MUI X pickers, in the person's language and
// direction, with a calendar, 24-hour clock and Latin digits. This module (with MUI X pickers and
// Day.js, ~60 KiB gzipped) is loaded only when a form shows a field: screens import the fields
// from ../DateTimeField, which loads it (the `Provided…` exports, each inside its PickerProvider).
// A date and time is an instant (epoch ms) shown in a given zone — a lead's callback in the
// lead's own time, named under the field with the person's own time beside it when it differs.
// A time of day (opening hours, an alert's deadline) is minutes after midnight on a 24-hour clock.
import { useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { TimePicker } from '@mui/x-date-pickers/TimePicker';
import type { Dayjs } from 'dayjs';
import { useFormat } from '../../../i18n/use-format';
import { dayjs } from './dayjs-setup';
import { PickerProvider } from './PickerProvider';
import { usePickerSettings } from './picker-settings';
import { sameOffset, zoneCity, zoneOffset } from './zone-label';

const OWN_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

export type DateTimeFieldProps = {
  label: string;
  /** Epoch ms; null while empty or incomplete. */
  value: number | null;
  onChange: (at: number | null) => void;
  /** The IANA zone the time is shown and typed in (the lead's). */
  timeZone: string;
  /** On the field's root; its sections are the spin buttons inside. */
  testId?: string;
  error?: boolean;
  /** Shown under the zone line (a warning, a hint). */
  helper?: ReactNode;
  disablePast?: boolean;
  autoFocus?: boolean;
};

/** A date and time in `timeZone`, with that zone named under the field. */
export function DateTimeField({
  label,
  value,
  onChange,
  timeZone,
  testId,
  error,
  helper,
  disablePast,
  autoFocus,
}: DateTimeFieldProps) {
  const { t } = useTranslation();
  const format = useFormat();
  // What the field holds, incomplete dates too: a parent that keeps only complete instants must
  // not wipe what is being typed.
  const [raw, setRaw] = useState<Dayjs | null>(() =>
    value === null ? null : dayjs(value).tz(timeZone),
  );
  const rawAt = raw && raw.isValid() ? raw.valueOf() : null;
  let shown = raw;
  if (value !== rawAt && !(value === null && raw !== null && !raw.isValid())) {
    shown = value === null ? null : dayjs(value).tz(timeZone);
  }
  const at = value ?? Date.now();
  const zoneLine = t('dates.leadTime', {
    zone: zoneCity(timeZone),
    offset: zoneOffset(timeZone, at),
  });
  const ownLine =
    value !== null && !sameOffset(timeZone, OWN_ZONE, value)
      ? t('dates.yourTime', { time: format.dateTime(value, OWN_ZONE) })
      : null;
  return (
    <DateTimePicker
      label={label}
      value={shown}
      timezone={timeZone}
      ampm={false}
      disablePast={disablePast}
      autoFocus={autoFocus}
      onChange={(next) => {
        setRaw(next);
        onChange(next && next.isValid() ? next.valueOf() : null);
      }}
      slotProps={{
        textField: {
          error,
          fullWidth: true,
          helperText: (
            <span data-testid={testId ? `${testId}-zone` : undefined} data-timezone={timeZone}>
              <bdi>{zoneLine}</bdi>
              {ownLine && (
                <>
                  {' · '}
                  <bdi>{ownLine}</bdi>
                </>
              )}
              {helper}
            </span>
          ),
          ...(testId ? { 'data-testid': testId } : {}),
        },
      }}
    />
  );
}

export type DateFieldProps = {
  label: string;
  /** A calendar date, YYYY-MM-DD; '' while empty or incomplete. */
  value: string;
  onChange: (date: string) => void;
  testId?: string;
  required?: boolean;
  error?: boolean;
  helperText?: ReactNode;
  disableFuture?: boolean;
  size?: 'small' | 'medium';
  minWidth?: number;
};

const ISO_DATE = 'YYYY-MM-DD';

/** A calendar date (no time, no zone): report periods, a file's date. */
export function DateField({
  label,
  value,
  onChange,
  testId,
  required,
  error,
  helperText,
  disableFuture,
  size,
  minWidth,
}: DateFieldProps) {
  const [raw, setRaw] = useState<Dayjs | null>(() => (value ? dayjs(value, ISO_DATE) : null));
  const rawDate = raw && raw.isValid() ? raw.format(ISO_DATE) : '';
  let shown = raw;
  if (value !== rawDate && !(value === '' && raw !== null && !raw.isValid())) {
    shown = value ? dayjs(value, ISO_DATE) : null;
  }
  return (
    <DatePicker
      label={label}
      value={shown}
      disableFuture={disableFuture}
      onChange={(next) => {
        setRaw(next);
        // The ISO date in Latin digits whatever the locale writes.
        onChange(next && next.isValid() ? next.locale('en').format(ISO_DATE) : '');
      }}
      slotProps={{
        textField: {
          size,
          required,
          error,
          helperText,
          sx: minWidth ? { minWidth } : undefined,
          ...(testId ? { 'data-testid': testId } : {}),
        },
      }}
    />
  );
}

export type TimeFieldProps = {
  label: string;
  /** Minutes after midnight, 0–1439 (1440, the end of the day, with `endOfDay`); null while empty. */
  value: number | null;
  /** Null while the field is empty or incomplete. */
  onChange: (minutes: number | null) => void;
  /** An end of the day: 00:00 is midnight at the day's end (1440), and 1440 shows as 00:00. */
  endOfDay?: boolean;
  /** On the field's root; its sections are the spin buttons inside. */
  testId?: string;
  error?: boolean;
  helperText?: ReactNode;
  disabled?: boolean;
  size?: 'small' | 'medium';
  minWidth?: number;
};

const MINUTES_PER_DAY = 1440;
/** The clock is read on a fixed UTC day: a time of day has no date, no zone and no DST. */
const CLOCK_DAY = dayjs.utc('2000-01-01T00:00:00Z');

/** 570 → 09:30 on the clock's day; 1440 → 00:00. */
export function clockOf(minutes: number): Dayjs {
  return CLOCK_DAY.add(minutes % MINUTES_PER_DAY, 'minute');
}

/** The clock's minutes after midnight; 00:00 is 1440 for an end of the day. */
export function minutesOfClock(clock: Dayjs, endOfDay = false): number {
  const utc = clock.utc();
  const minutes = utc.hour() * 60 + utc.minute();
  return endOfDay && minutes === 0 ? MINUTES_PER_DAY : minutes;
}

type TimeDraft = { raw: Dayjs | null; emitted: number | null; before: number | null };

/** A time of day on a 24-hour clock, typed part by part (hours, minutes) or picked. */
export function TimeField({
  label,
  value,
  onChange,
  endOfDay,
  testId,
  error,
  helperText,
  disabled,
  size,
  minWidth,
}: TimeFieldProps) {
  // What the field holds, an incomplete time too: a parent that keeps only complete times (or
  // keeps its last one) must not wipe what is being typed; any other change of `value` shows.
  const [draft, setDraft] = useState<TimeDraft | null>(null);
  const own =
    draft !== null &&
    (value === draft.emitted || (draft.emitted === null && value === draft.before));
  const shown = own ? draft.raw : value === null ? null : clockOf(value);
  // Emptied or part-typed: marked, whatever the parent keeps meanwhile.
  const incomplete = own && draft.emitted === null;
  return (
    <TimePicker
      label={label}
      value={shown}
      timezone="UTC"
      ampm={false}
      disabled={disabled}
      onChange={(next) => {
        const minutes = next && next.isValid() ? minutesOfClock(next, endOfDay) : null;
        setDraft({ raw: next, emitted: minutes, before: value });
        onChange(minutes);
      }}
      slotProps={{
        textField: {
          size,
          error: error || incomplete,
          helperText,
          sx: minWidth ? { minWidth } : undefined,
          ...(testId ? { 'data-testid': testId } : {}),
        },
      }}
    />
  );
}

/** A field in the desk's language and digits (picker-settings.ts), as ../DateTimeField loads it. */
function localised<P extends object>(Field: ComponentType<P>): ComponentType<P> {
  return function Localised(props: P) {
    const { language, digits } = usePickerSettings();
    return (
      <PickerProvider language={language} digits={digits}>
        <Field {...props} />
      </PickerProvider>
    );
  };
}

export const ProvidedDateTimeField = localised(DateTimeField);
export const ProvidedDateField = localised(DateField);
export const ProvidedTimeField = localised(TimeField);
