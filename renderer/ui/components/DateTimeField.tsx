// The desk's one date, date-and-time and time-of-day field (pickers/fields.tsx: MUI X pickers in
// the person's language, direction and digits). The pickers load with the first form that shows
// a field, not with the first page: until they arrive (a few milliseconds from the disk, once) a
// disabled field with the same label holds their place, so nothing on the screen moves.
import { lazy, Suspense, type ComponentType, type ReactElement } from 'react';
import TextField from '@mui/material/TextField';
import type { DateFieldProps, DateTimeFieldProps, TimeFieldProps } from './pickers/fields';

export type { DateFieldProps, DateTimeFieldProps, TimeFieldProps };

/** Starts loading the pickers (the app does when it is idle, so a form rarely waits for them). */
export const loadPickers = () => import('./pickers/fields');

type FieldModule = Awaited<ReturnType<typeof loadPickers>>;
type PlaceOf = { label: string; size?: 'small' | 'medium'; minWidth?: number };

/**
 * A field from the pickers' module, with a disabled field of the same label and size in its
 * place while the module loads.
 */
function lazyField<P extends PlaceOf>(
  pick: (m: FieldModule) => ComponentType<P>,
  fullWidth = false,
): (props: P) => ReactElement {
  const Field = lazy(() => loadPickers().then((m) => ({ default: pick(m) })));
  return function PickerField(props: P) {
    return (
      <Suspense
        fallback={
          <Placeholder
            label={props.label}
            size={props.size}
            minWidth={props.minWidth}
            fullWidth={fullWidth}
          />
        }
      >
        <Field {...props} />
      </Suspense>
    );
  };
}

function Placeholder({
  label,
  size,
  minWidth,
  fullWidth,
}: PlaceOf & {
  fullWidth: boolean;
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
export const DateTimeField = lazyField<DateTimeFieldProps>((m) => m.ProvidedDateTimeField, true);

/** A calendar date (no time, no zone): report periods, a file's date. */
export const DateField = lazyField<DateFieldProps>((m) => m.ProvidedDateField);

/** A time of day on a 24-hour clock, typed part by part (hours, minutes) or picked. */
export const TimeField = lazyField<TimeFieldProps>((m) => m.ProvidedTimeField);
