// The desk's one date, date-and-time and time-of-day field (pickers/fields.tsx: MUI X pickers in
// the person's language, direction and digits). The pickers load with the first form that shows
// a field, not with the first page: until they arrive (a few milliseconds from the disk, once) a
// disabled field with the same label holds their place, so nothing on the screen moves.
import { lazy, Suspense } from 'react';
import TextField from '@mui/material/TextField';
import type { DateFieldProps, DateTimeFieldProps, TimeFieldProps } from './pickers/fields';

export type { DateFieldProps, DateTimeFieldProps, TimeFieldProps };

/** Starts loading the pickers (the app does when it is idle, so a form rarely waits for them). */
export const loadPickers = () => import('./pickers/fields');

const LazyDateTimeField = lazy(() =>
  loadPickers().then((m) => ({ default: m.ProvidedDateTimeField })),
);
const LazyDateField = lazy(() => loadPickers().then((m) => ({ default: m.ProvidedDateField })));
const LazyTimeField = lazy(() => loadPickers().then((m) => ({ default: m.ProvidedTimeField })));

function Placeholder({
  label,
  size,
  minWidth,
  fullWidth,
}: {
  label: string;
  size?: 'small' | 'medium';
  minWidth?: number;
  fullWidth?: boolean;
}) {
  return (
    <TextField
      label={label}
      size={size}
      fullWidth={fullWidth}
      disabled
      aria-busy
      sx={minWidth ? { minWidth } : undefined}
    />
  );
}

/** A date and time in `timeZone`, with that zone named under the field. */
export function DateTimeField(props: DateTimeFieldProps) {
  return (
    <Suspense fallback={<Placeholder label={props.label} fullWidth />}>
      <LazyDateTimeField {...props} />
    </Suspense>
  );
}

/** A calendar date (no time, no zone): report periods, a file's date. */
export function DateField(props: DateFieldProps) {
  return (
    <Suspense
      fallback={<Placeholder label={props.label} size={props.size} minWidth={props.minWidth} />}
    >
      <LazyDateField {...props} />
    </Suspense>
  );
}

/** A time of day on a 24-hour clock, typed part by part (hours, minutes) or picked. */
export function TimeField(props: TimeFieldProps) {
  return (
    <Suspense
      fallback={<Placeholder label={props.label} size={props.size} minWidth={props.minWidth} />}
    >
      <LazyTimeField {...props} />
    </Suspense>
  );
}
