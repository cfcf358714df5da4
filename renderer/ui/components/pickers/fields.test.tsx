import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { TimeField, clockOf, minutesOfClock } from './fields';
import { dayjsLocale } from './dayjs-setup';

afterEach(cleanup);

function renderTime(
  props: { value: number | null; endOfDay?: boolean; onChange?: (m: number | null) => void },
  language: 'en' | 'ar' = 'en',
) {
  return render(
    <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale={dayjsLocale(language)}>
      <TimeField
        label="From"
        value={props.value}
        endOfDay={props.endOfDay}
        onChange={props.onChange ?? (() => {})}
        testId="t"
      />
    </LocalizationProvider>,
  );
}

const field = () => screen.getByTestId('t');
const shown = () => (field().querySelector('input') as HTMLInputElement).value;
const part = (max: string) =>
  within(field())
    .getAllByRole('spinbutton')
    .find((s) => s.getAttribute('aria-valuemax') === max) as HTMLElement;
/** A key on a part of the field, once that part is selected (as a click selects it). */
function press(max: string, key: string) {
  const section = part(max);
  act(() => section.focus());
  fireEvent.click(section);
  fireEvent.keyDown(section, { key });
}

describe('clockOf / minutesOfClock', () => {
  it('reads minutes after midnight on a 24-hour clock, 1440 as 00:00', () => {
    expect(clockOf(570).format('HH:mm')).toBe('09:30');
    expect(clockOf(0).format('HH:mm')).toBe('00:00');
    expect(clockOf(1439).format('HH:mm')).toBe('23:59');
    expect(clockOf(1440).format('HH:mm')).toBe('00:00');
    expect(minutesOfClock(clockOf(570))).toBe(570);
    expect(minutesOfClock(clockOf(1439))).toBe(1439);
    expect(minutesOfClock(clockOf(0))).toBe(0);
    expect(minutesOfClock(clockOf(0), true)).toBe(1440);
    expect(minutesOfClock(clockOf(1440), true)).toBe(1440);
  });
});

describe('TimeField', () => {
  it('shows a time on a 24-hour clock with Latin digits and no AM/PM, in Arabic too', () => {
    renderTime({ value: 20 * 60 + 5 }, 'ar');
    expect(shown()).toBe('20:05');
    const parts = within(field()).getAllByRole('spinbutton');
    expect(parts.map((p) => p.getAttribute('aria-valuemax'))).toEqual(['23', '59']);
  });

  it('reports minutes after midnight as the hours change', () => {
    const onChange = vi.fn();
    renderTime({ value: 9 * 60 + 30, onChange });
    press('23', 'ArrowUp');
    expect(onChange).toHaveBeenLastCalledWith(10 * 60 + 30);
  });

  it('is midnight at the end of the day (1440) for an end, and shows 1440 as 00:00', () => {
    const onChange = vi.fn();
    renderTime({ value: 23 * 60, endOfDay: true, onChange });
    press('23', 'ArrowUp');
    expect(onChange).toHaveBeenLastCalledWith(1440);
    cleanup();
    renderTime({ value: 1440, endOfDay: true });
    expect(shown()).toBe('00:00');
  });

  it('keeps what is being typed when its parent keeps the last complete time, and shows a change from outside', () => {
    function Parent() {
      const [minutes, setMinutes] = useState(9 * 60);
      return (
        <>
          <button type="button" onClick={() => setMinutes(17 * 60)}>
            outside
          </button>
          <TimeField
            label="From"
            value={minutes}
            onChange={(m) => {
              if (m !== null) setMinutes(m);
            }}
            testId="t"
          />
        </>
      );
    }
    render(
      <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale="en-gb">
        <Parent />
      </LocalizationProvider>,
    );
    expect(field().querySelector('.Mui-error')).toBeNull();
    // Clearing the hours leaves an incomplete time: the field keeps it and marks it.
    press('23', 'Delete');
    expect(shown()).not.toBe('09:00');
    expect(field().querySelector('.Mui-error')).not.toBeNull();
    // A change from elsewhere (undo, another desk) shows.
    fireEvent.click(screen.getByText('outside'));
    expect(shown()).toBe('17:00');
  });
});
