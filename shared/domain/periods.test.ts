import { describe, expect, it } from 'vitest';
import {
  daysIn,
  dayOf,
  monthOf,
  parseLocalDate,
  periodFor,
  prorateMonthly,
  quarterOf,
  recentMonths,
  startOfLocalDate,
  weekStartFor,
} from './periods';

const iso = (ms: number) => new Date(ms).toISOString();
// Monday 23 Nov 2026, 10:00 in Riyadh (the e2e tests' pinned morning).
const MORNING = Date.UTC(2026, 10, 23, 7);

describe('reporting periods in the organisation’s timezone', () => {
  it('starts "today" at local midnight, not the browser’s or UTC’s', () => {
    expect(iso(dayOf('Asia/Riyadh', MORNING).from)).toBe('2026-11-22T21:00:00.000Z');
    expect(iso(dayOf('Asia/Riyadh', MORNING).to)).toBe('2026-11-23T21:00:00.000Z');
    // 23:30 UTC is already the next day in Riyadh.
    expect(iso(dayOf('Asia/Riyadh', Date.UTC(2026, 10, 23, 23, 30)).from)).toBe(
      '2026-11-23T21:00:00.000Z',
    );
    expect(iso(dayOf('America/New_York', MORNING).from)).toBe('2026-11-23T05:00:00.000Z');
  });

  it('gives a DST day its real length (23 h in spring, 25 h in autumn)', () => {
    const spring = dayOf('Europe/Berlin', Date.UTC(2026, 2, 29, 12));
    expect((spring.to - spring.from) / 3_600_000).toBe(23);
    const autumn = dayOf('Europe/Berlin', Date.UTC(2026, 9, 25, 12));
    expect((autumn.to - autumn.from) / 3_600_000).toBe(25);
  });

  it('finds the first instant of a day whose midnight is skipped', () => {
    // Santiago skips 00:00 → 01:00 on 6 Sep 2026: the day starts at 04:00 UTC (01:00 -03).
    expect(iso(startOfLocalDate('America/Santiago', { year: 2026, month: 9, day: 6 }))).toBe(
      '2026-09-06T04:00:00.000Z',
    );
  });

  it('starts the week on the local first day of the week', () => {
    expect(weekStartFor('Asia/Riyadh')).toBe(0);
    expect(weekStartFor('Africa/Cairo')).toBe(6);
    expect(weekStartFor('Europe/Istanbul')).toBe(1);
    // Monday 23 Nov: Riyadh's week began on Sunday the 22nd, Istanbul's on Monday the 23rd,
    // Cairo's on Saturday the 21st.
    expect(iso(periodFor('week', 'Asia/Riyadh', MORNING).from)).toBe('2026-11-21T21:00:00.000Z');
    expect(iso(periodFor('week', 'Europe/Istanbul', MORNING).from)).toBe(
      '2026-11-22T21:00:00.000Z',
    );
    expect(iso(periodFor('week', 'Africa/Cairo', MORNING).from)).toBe('2026-11-20T22:00:00.000Z');
    const week = periodFor('week', 'Asia/Riyadh', MORNING);
    expect(daysIn('Asia/Riyadh', week)).toBe(7);
  });

  it('gives calendar months and quarters, across a year end', () => {
    const m = monthOf('Asia/Riyadh', MORNING);
    expect(m.key).toBe('2026-11');
    expect(iso(m.from)).toBe('2026-10-31T21:00:00.000Z');
    expect(iso(m.to)).toBe('2026-11-30T21:00:00.000Z');
    expect(recentMonths('Asia/Riyadh', Date.UTC(2026, 1, 10), 4).map((x) => x.key)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    const q = quarterOf('Asia/Riyadh', MORNING);
    expect(q.months).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(iso(q.from)).toBe('2026-09-30T21:00:00.000Z');
    expect(iso(q.to)).toBe('2026-12-31T21:00:00.000Z');
    expect(daysIn('Asia/Riyadh', q)).toBe(92);
  });

  it('takes a custom run of days, both ends included, in either order', () => {
    const from = parseLocalDate('2026-11-01')!;
    const to = parseLocalDate('2026-11-10')!;
    const p = periodFor('custom', 'Asia/Riyadh', MORNING, { from: to, to: from });
    expect(iso(p.from)).toBe('2026-10-31T21:00:00.000Z');
    expect(iso(p.to)).toBe('2026-11-10T21:00:00.000Z');
    expect(daysIn('Asia/Riyadh', p)).toBe(10);
    expect(parseLocalDate('2026-02-30')).toBeNull();
    expect(parseLocalDate('2026-2-3')).toBeNull();
  });

  it('spreads monthly targets over the days a period covers', () => {
    const target = (key: string) => ({ '2026-10': 310, '2026-11': 300, '2026-12': 62 })[key] ?? 0;
    const tz = 'Asia/Riyadh';
    expect(prorateMonthly(tz, monthOf(tz, MORNING), target)).toBeCloseTo(300);
    expect(prorateMonthly(tz, dayOf(tz, MORNING), target)).toBeCloseTo(10);
    expect(prorateMonthly(tz, quarterOf(tz, MORNING), target)).toBeCloseTo(672);
    // 30 Nov – 1 Dec: a thirtieth of November and a thirty-first of December.
    const span = periodFor('custom', tz, MORNING, {
      from: { year: 2026, month: 11, day: 30 },
      to: { year: 2026, month: 12, day: 1 },
    });
    expect(prorateMonthly(tz, span, target)).toBeCloseTo(12);
  });
});
