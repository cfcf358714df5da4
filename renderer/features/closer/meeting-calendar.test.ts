// Proves the closer's calendar shows the day or the week around a date (starting Sunday or
// Monday), groups meetings on the closer's own days earliest first across midnight and DST, and
// leaves out meetings outside the view.
import { describe, expect, it } from 'vitest';
import { calendarDayAt, calendarDays, meetingsByDay, shiftDay } from './meeting-calendar';

const at = (iso: string) => Date.parse(iso);
const lead = (id: string, iso: string | null) => ({
  id,
  meeting: iso === null ? null : { at: at(iso) },
});

describe('meeting calendar', () => {
  it('lists the week holding a day, from the week’s first day, across a month end', () => {
    // Wednesday 2 December 2026.
    const wed = calendarDayAt(at('2026-12-02T10:00:00Z'), 'UTC');
    expect(wed).toMatchObject({ key: '2026-12-02', weekday: 3 });
    expect(calendarDays('week', wed, 1).map((d) => d.key)).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(calendarDays('week', wed, 0)[0]?.key).toBe('2026-11-29');
    expect(calendarDays('day', wed).map((d) => d.key)).toEqual(['2026-12-02']);
    expect(shiftDay(wed, 30).key).toBe('2027-01-01');
  });

  it('puts each meeting on the closer’s own day, earliest first, and leaves out other days', () => {
    const days = calendarDays('week', calendarDayAt(at('2026-12-02T10:00:00Z'), 'Asia/Riyadh'), 0);
    const grouped = meetingsByDay(
      [
        lead('late', '2026-12-02T15:00:00Z'), // 18:00 Wednesday in Riyadh
        lead('early', '2026-12-02T06:00:00Z'), // 09:00 Wednesday
        lead('midnight', '2026-12-02T21:30:00Z'), // 00:30 Thursday in Riyadh, still Wednesday in UTC
        lead('nextWeek', '2026-12-07T09:00:00Z'),
        lead('none', null),
      ],
      days,
      'Asia/Riyadh',
    );
    expect(grouped.get('2026-12-02')?.map((l) => l.id)).toEqual(['early', 'late']);
    expect(grouped.get('2026-12-03')?.map((l) => l.id)).toEqual(['midnight']);
    expect([...grouped.keys()]).toHaveLength(7);
    expect([...grouped.values()].flat().map((l) => l.id)).not.toContain('nextWeek');
  });

  it('keeps a meeting on its day on the night the clocks change', () => {
    // Europe/Istanbul has no DST; Europe/London goes back on 25 October 2026 at 02:00.
    const day = calendarDayAt(at('2026-10-25T12:00:00Z'), 'Europe/London');
    const grouped = meetingsByDay(
      [lead('a', '2026-10-25T23:30:00Z'), lead('b', '2026-10-24T23:30:00Z')],
      calendarDays('day', day),
      'Europe/London',
    );
    // 23:30 UTC on the 24th is 00:30 BST on the 25th; on the 25th it is 23:30 GMT, same day.
    expect(grouped.get('2026-10-25')?.map((l) => l.id)).toEqual(['b', 'a']);
  });
});
