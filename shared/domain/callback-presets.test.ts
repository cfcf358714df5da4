import { describe, expect, it } from 'vitest';
import { checkCallingHours, presetTime } from './callback-presets';
import { localTime } from './calling-window';

const window = { startMinutes: 9 * 60, endMinutes: 20 * 60 };
const at = (iso: string) => Date.parse(iso);
const wall = (zone: string, ms: number) => {
  const t = localTime(zone, ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${t.year}-${p(t.month)}-${p(t.day)} ${p(Math.floor(t.minutes / 60))}:${p(t.minutes % 60)}`;
};

describe('callback presets', () => {
  it('in 1 hour: an hour on, rounded up to five minutes, when the lead can take it', () => {
    // 10:03 in Istanbul (UTC+3).
    const now = at('2026-12-03T07:03:00Z');
    expect(wall('Europe/Istanbul', presetTime('inAnHour', 'Europe/Istanbul', now, window))).toBe(
      '2026-12-03 11:05',
    );
  });

  it('in 1 hour at 19:30 the lead’s time moves to their next morning', () => {
    const now = at('2026-12-03T16:30:00Z'); // 19:30 Riyadh
    expect(wall('Asia/Riyadh', presetTime('inAnHour', 'Asia/Riyadh', now, window))).toBe(
      '2026-12-04 09:00',
    );
  });

  it('tomorrow morning is the lead’s morning, not the agent’s', () => {
    // 23:30 UTC on 3 Dec is already 4 Dec 02:30 in Riyadh: "tomorrow" there is 5 Dec.
    const now = at('2026-12-03T23:30:00Z');
    expect(wall('Asia/Riyadh', presetTime('tomorrowMorning', 'Asia/Riyadh', now, window))).toBe(
      '2026-12-05 09:00',
    );
    expect(
      wall('America/New_York', presetTime('tomorrowMorning', 'America/New_York', now, window)),
    ).toBe('2026-12-04 09:00');
  });

  it('tomorrow morning skips days the organisation does not call', () => {
    // Thursday 3 Dec 2026; Friday is closed.
    const now = at('2026-12-03T08:00:00Z');
    const closedFriday = { ...window, days: [0, 1, 2, 3, 4, 6] };
    expect(
      wall('Asia/Riyadh', presetTime('tomorrowMorning', 'Asia/Riyadh', now, closedFriday)),
    ).toBe('2026-12-05 09:00');
  });

  it('in 3 days keeps the time of day inside calling hours, else that day’s opening', () => {
    const inside = at('2026-12-03T11:00:00Z'); // 14:00 Istanbul
    expect(
      wall('Europe/Istanbul', presetTime('inThreeDays', 'Europe/Istanbul', inside, window)),
    ).toBe('2026-12-06 14:00');
    const night = at('2026-12-03T19:10:00Z'); // 22:10 Istanbul
    expect(
      wall('Europe/Istanbul', presetTime('inThreeDays', 'Europe/Istanbul', night, window)),
    ).toBe('2026-12-06 09:00');
  });

  it('every preset lands inside calling hours and in the future, in any zone and hour', () => {
    const zones = ['Asia/Riyadh', 'Europe/Istanbul', 'Europe/London', 'America/Los_Angeles'];
    for (const zone of zones) {
      for (let h = 0; h < 24; h++) {
        const now = at('2026-03-27T00:17:00Z') + h * 3_600_000; // around a DST change
        for (const p of ['inAnHour', 'tomorrowMorning', 'inThreeDays'] as const) {
          const t = presetTime(p, zone, now, window);
          expect(t).toBeGreaterThan(now);
          expect(checkCallingHours(zone, t, window)).toEqual({ ok: true });
        }
      }
    }
  });
});

describe('calling hours check', () => {
  it('a call-back at night warns and offers the lead’s next opening', () => {
    const night = at('2026-12-03T20:00:00Z'); // 23:00 Istanbul
    const r = checkCallingHours('Europe/Istanbul', night, window);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(wall('Europe/Istanbul', r.next)).toBe('2026-12-04 09:00');
  });

  it('early morning moves to the same day’s opening; inside hours is fine', () => {
    const early = at('2026-12-03T04:00:00Z'); // 07:00 Istanbul
    const r = checkCallingHours('Europe/Istanbul', early, window);
    expect(r.ok ? null : wall('Europe/Istanbul', r.next)).toBe('2026-12-03 09:00');
    expect(checkCallingHours('Europe/Istanbul', at('2026-12-03T16:59:00Z'), window)).toEqual({
      ok: true,
    });
    expect(checkCallingHours('Europe/Istanbul', at('2026-12-03T17:00:00Z'), window).ok).toBe(false);
  });
});
