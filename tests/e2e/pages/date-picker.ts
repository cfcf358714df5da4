// Typing into the desk's date pickers (MUI X, one spin button per part, in the order the
// language writes them): each part is found by its range, so the same call works in English,
// Turkish and Arabic.
import { expect, type Locator } from '@playwright/test';

export type DateParts = { year: number; month: number; day: number };
export type TimeParts = { hour: number; minute: number };
export type DateTimeParts = DateParts & TimeParts;

/** "2026-11-30" → its parts. */
export function dateParts(isoDate: string): DateParts {
  const [year = 0, month = 0, day = 0] = isoDate.split('-').map(Number);
  return { year, month, day };
}

/** "14:05" → its parts. */
export function timeParts(clock: string): TimeParts {
  const [hour = 0, minute = 0] = clock.split(':').map(Number);
  return { hour, minute };
}

/** What the picker whose root is `field` holds, as its format writes it ("14:00", …). */
export function pickerValue(field: Locator): Locator {
  return field.locator('input');
}

function partOf(max: number): keyof DateTimeParts {
  if (max === 12) return 'month';
  if (max >= 28 && max <= 31) return 'day';
  if (max === 23) return 'hour';
  if (max === 59) return 'minute';
  return 'year';
}

/** Types `value` into the picker whose root is `field`, part by part. */
export async function typeIntoPicker(
  field: Locator,
  value: DateParts | TimeParts | DateTimeParts,
): Promise<void> {
  const parts = field.getByRole('spinbutton');
  await expect(parts.first()).toBeVisible();
  const count = await parts.count();
  for (let i = 0; i < count; i++) {
    const part = parts.nth(i);
    const name = partOf(Number(await part.getAttribute('aria-valuemax')));
    const v = (value as Partial<DateTimeParts>)[name];
    if (v === undefined) continue;
    await part.click();
    await part.pressSequentially(String(v).padStart(name === 'year' ? 4 : 2, '0'));
  }
}

/** The wall-clock parts of `at` in `timeZone`. */
export function partsIn(timeZone: string, at: number): DateTimeParts {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const p: Record<string, number> = {};
  for (const x of f.formatToParts(at)) if (x.type !== 'literal') p[x.type] = Number(x.value);
  return {
    year: p.year ?? 0,
    month: p.month ?? 0,
    day: p.day ?? 0,
    hour: p.hour ?? 0,
    minute: p.minute ?? 0,
  };
}
