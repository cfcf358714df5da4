import { describe, expect, it } from 'vitest';
import { checkCallingHours, presetTime } from './callback-presets';
import {
  callingPolicyFor,
  callingPolicyOf,
  callingRulesFrom,
  callingRulesSchema,
  everyCallingPolicy,
  isLocalDate,
  rulesFromWindow,
  validateCallingRules,
  weekendOf,
  withWeekend,
  type CallingRules,
} from './calling-rules';
import { closedWhy, isWithinCallingWindow, localTime, nextWindowStart } from './calling-window';
import { dialRefusal } from './dial-check';
import { pickNext, type QueueCandidate } from './dial-queue';
import { proposalFollowUp, DEFAULT_FOLLOW_UP_POLICY } from './follow-up';

const WINDOW = { startMinutes: 9 * 60, endMinutes: 20 * 60 };
const h = (from: number, to: number) => ({ startMinutes: from * 60, endMinutes: to * 60 });
const RAMADAN_HOURS = withWeekend(rulesFromWindow(WINDOW).weekly, 'friSat', h(10, 15)).map((d) =>
  d ? h(10, 15) : null,
);

/** A Gulf floor: Friday–Saturday weekend, 09:00–20:00, National Day, Ramadan 10:00–15:00. */
const GULF: CallingRules = {
  weekly: withWeekend(rulesFromWindow(WINDOW).weekly, 'friSat', WINDOW),
  holidays: [{ date: '2026-12-06', name: 'Founding test day' }],
  periods: [{ name: 'Ramadan', from: '2027-02-08', to: '2027-03-09', weekly: RAMADAN_HOURS }],
  countries: [
    {
      country: 'TR',
      weekly: withWeekend(rulesFromWindow(WINDOW).weekly, 'satSun', WINDOW),
      holidays: [{ date: '2026-10-29', name: 'Cumhuriyet Bayramı' }],
    },
  ],
};
const SA = callingPolicyFor(WINDOW, GULF, 'SA');
const TR = callingPolicyFor(WINDOW, GULF, 'TR');
const RIYADH = 'Asia/Riyadh'; // UTC+3 all year
const ISTANBUL = 'Europe/Istanbul'; // UTC+3 all year

describe('calling rules: weekly hours and the weekend', () => {
  it('closes Friday and Saturday on a Gulf floor, in the lead’s local time', () => {
    // Thursday 3 December 2026, 10:00 in Riyadh = 07:00 UTC: open.
    expect(isWithinCallingWindow(RIYADH, Date.UTC(2026, 11, 3, 7), SA)).toBe(true);
    // Friday 4 December, 10:00 Riyadh: the weekend.
    const friday = Date.UTC(2026, 11, 4, 7);
    expect(isWithinCallingWindow(RIYADH, friday, SA)).toBe(false);
    expect(closedWhy(RIYADH, friday, SA)).toEqual({ reason: 'weekend' });
    // Thursday 20:00 Riyadh is the end (excluded): outside hours.
    expect(closedWhy(RIYADH, Date.UTC(2026, 11, 3, 17), SA)).toEqual({ reason: 'outsideHours' });
  });

  it('reopens after the weekend — but not on a holiday: Sunday 6 December is one, so Monday 09:00', () => {
    const friday = Date.UTC(2026, 11, 4, 7);
    expect(nextWindowStart(RIYADH, friday, SA)).toBe(Date.UTC(2026, 11, 7, 6));
    const sunday = Date.UTC(2026, 11, 6, 8);
    expect(closedWhy(RIYADH, sunday, SA)).toEqual({ reason: 'holiday', name: 'Founding test day' });
  });

  it('a country override has its own weekend and holidays; its special periods fall back', () => {
    // Friday 4 December 10:00 Istanbul (07:00 UTC): open for a Turkish lead, Saturday is not.
    expect(isWithinCallingWindow(ISTANBUL, Date.UTC(2026, 11, 4, 7), TR)).toBe(true);
    expect(closedWhy(ISTANBUL, Date.UTC(2026, 11, 5, 7), TR)).toEqual({ reason: 'weekend' });
    // Sunday 6 December is the organisation's holiday, not Turkey's: still the weekend there.
    expect(closedWhy(ISTANBUL, Date.UTC(2026, 11, 6, 8), TR)).toEqual({ reason: 'weekend' });
    expect(closedWhy(ISTANBUL, Date.UTC(2026, 9, 29, 8), TR)).toEqual({
      reason: 'holiday',
      name: 'Cumhuriyet Bayramı',
    });
    // Ramadan is not overridden for Turkey: the organisation's period applies.
    expect(closedWhy(ISTANBUL, Date.UTC(2027, 1, 10, 13), TR)).toEqual({
      reason: 'period',
      name: 'Ramadan',
    });
  });

  it('a lead without a country, or of a country without rules, follows the organisation', () => {
    expect(callingPolicyFor(WINDOW, GULF, null)).toBe(SA);
    expect(callingPolicyFor(WINDOW, GULF, 'sa')).toBe(SA);
    expect(callingPolicyFor(WINDOW, GULF, 'tr')).toBe(TR);
    expect(everyCallingPolicy(WINDOW, GULF)).toEqual([SA, TR]);
  });

  it('with no rules set, the organisation’s calling window is the policy (existing data)', () => {
    expect(callingPolicyFor(WINDOW, null, 'SA')).toEqual(WINDOW);
    expect(callingPolicyFor(undefined, undefined, null)).toEqual(WINDOW);
    // Rules that say what the window says give the same answers.
    const same = callingPolicyFor(WINDOW, rulesFromWindow(WINDOW), null);
    for (let at = Date.UTC(2026, 2, 28); at < Date.UTC(2026, 3, 2); at += 37 * 60_000) {
      expect(isWithinCallingWindow('Europe/London', at, same)).toBe(
        isWithinCallingWindow('Europe/London', at, WINDOW),
      );
      expect(nextWindowStart('Europe/London', at, same)).toBe(
        nextWindowStart('Europe/London', at, WINDOW),
      );
    }
  });
});

describe('calling rules: special periods', () => {
  it('Ramadan hours replace the weekly hours inside the period, both ends included', () => {
    // Wednesday 10 February 2027, 16:00 Riyadh: Ramadan ends calls at 15:00.
    const wed16 = Date.UTC(2027, 1, 10, 13);
    expect(closedWhy(RIYADH, wed16, SA)).toEqual({ reason: 'period', name: 'Ramadan' });
    expect(isWithinCallingWindow(RIYADH, Date.UTC(2027, 1, 10, 8), SA)).toBe(true); // 11:00
    expect(isWithinCallingWindow(RIYADH, Date.UTC(2027, 1, 10, 6, 30), SA)).toBe(false); // 09:30
    // Next: Thursday 11 February 10:00 Riyadh.
    expect(nextWindowStart(RIYADH, wed16, SA)).toBe(Date.UTC(2027, 1, 11, 7));
    // First and last day of the period: 09:30 is closed; the day after, 09:30 is open again.
    expect(isWithinCallingWindow(RIYADH, Date.UTC(2027, 1, 8, 6, 30), SA)).toBe(false);
    expect(isWithinCallingWindow(RIYADH, Date.UTC(2027, 2, 9, 6, 30), SA)).toBe(false);
    expect(isWithinCallingWindow(RIYADH, Date.UTC(2027, 2, 10, 6, 30), SA)).toBe(true);
  });

  it('a closed day inside a period is the period’s, not the weekend’s', () => {
    // Friday 12 February 2027 during Ramadan.
    expect(closedWhy(RIYADH, Date.UTC(2027, 1, 12, 8), SA)).toEqual({
      reason: 'period',
      name: 'Ramadan',
    });
  });

  it('a long closure (a month) still finds the next opening', () => {
    const closed = Array.from({ length: 7 }, () => null);
    const rules: CallingRules = {
      ...rulesFromWindow(WINDOW),
      periods: [{ name: 'Closed', from: '2026-07-01', to: '2026-08-15', weekly: closed }],
    };
    const p = callingPolicyFor(WINDOW, rules, null);
    expect(nextWindowStart(RIYADH, Date.UTC(2026, 6, 1, 7), p)).toBe(Date.UTC(2026, 7, 16, 6));
  });
});

describe('calling rules across DST (Europe/London)', () => {
  it('a window opening at a wall time the spring jump skips opens at the jump', () => {
    // Sunday 29 March 2026: clocks go 01:00 → 02:00 GMT→BST. Sunday hours 01:30–03:00.
    const weekly = Array.from({ length: 7 }, (_, d) => (d === 0 ? h(1.5, 3) : null));
    const p = callingPolicyFor(WINDOW, { ...rulesFromWindow(WINDOW), weekly }, null);
    expect(nextWindowStart('Europe/London', Date.UTC(2026, 2, 29, 0), p)).toBe(
      Date.UTC(2026, 2, 29, 1),
    );
    // 02:59 BST (01:59 UTC) is open, 03:00 BST is not.
    expect(isWithinCallingWindow('Europe/London', Date.UTC(2026, 2, 29, 1, 59), p)).toBe(true);
    expect(isWithinCallingWindow('Europe/London', Date.UTC(2026, 2, 29, 2), p)).toBe(false);
  });

  it('hours after the autumn change follow the wall clock (09:00 GMT on Monday 26 October)', () => {
    const p = callingPolicyFor(WINDOW, GULF, null);
    // Saturday 24 October 2026 (the weekend) → Sunday 25 October 09:00 GMT (clocks went back at 02:00 BST).
    expect(nextWindowStart('Europe/London', Date.UTC(2026, 9, 24, 12), p)).toBe(
      Date.UTC(2026, 9, 25, 9),
    );
  });
});

describe('calling rules everywhere a call is planned', () => {
  it('the dial queue skips a lead on its weekend and offers another country’s lead', () => {
    const base = {
      stage: 'lead',
      doNotCall: false,
      touches: 0,
      nextCallAt: null,
      nextCallKind: null,
      priority: 0,
      createdAt: 0,
      ownerId: null,
      teamId: null,
      phoneE164: '+966500000000',
    } as const;
    const saudi: QueueCandidate = { ...base, timeZone: RIYADH, country: 'SA' };
    const turk: QueueCandidate = { ...base, timeZone: ISTANBUL, country: 'TR' };
    const friday = Date.UTC(2026, 11, 4, 7);
    expect(pickNext([saudi, turk], friday, callingPolicyOf(WINDOW, GULF))).toBe(turk);
    expect(pickNext([saudi], friday, callingPolicyOf(WINDOW, GULF))).toBeNull();
    // One policy for all (no per-country rules) still works as before.
    expect(pickNext([saudi, turk], friday, WINDOW)).toBe(saudi);
  });

  it('the dial check refuses a Saudi lead on Friday, a Turkish one not', () => {
    const org = { timezone: RIYADH, callingWindow: WINDOW };
    const lead = { phoneE164: '+966500000000', doNotCall: false, timezone: null };
    const friday = Date.UTC(2026, 11, 4, 7);
    expect(dialRefusal({ ...lead, country: 'SA' }, org, friday, GULF)).toBe('outsideWindow');
    expect(
      dialRefusal({ ...lead, country: 'TR', timezone: ISTANBUL }, org, friday, GULF),
    ).toBeNull();
    expect(dialRefusal({ ...lead, country: 'SA' }, org, friday)).toBeNull();
  });

  it('callback presets and the night warning point at the next allowed time', () => {
    // Thursday 3 December 19:30 Riyadh: "in an hour" lands on the weekend → Sunday is a holiday → Monday 09:00.
    const thu = Date.UTC(2026, 11, 3, 16, 30);
    expect(presetTime('inAnHour', RIYADH, thu, SA)).toBe(Date.UTC(2026, 11, 7, 6));
    expect(presetTime('tomorrowMorning', RIYADH, thu, SA)).toBe(Date.UTC(2026, 11, 7, 6));
    expect(checkCallingHours(RIYADH, Date.UTC(2026, 11, 4, 7), SA)).toEqual({
      ok: false,
      next: Date.UTC(2026, 11, 7, 6),
    });
  });

  it('the proposal follow-up lands inside the rules (Ramadan hours)', () => {
    // Sent Friday 5 February 2027 at 12:00 Riyadh; follow-up days later falls in Ramadan.
    const at = proposalFollowUp(Date.UTC(2027, 1, 5, 9), RIYADH, DEFAULT_FOLLOW_UP_POLICY, SA);
    expect(isWithinCallingWindow(RIYADH, at, SA)).toBe(true);
    const t = localTime(RIYADH, at);
    expect(t.minutes).toBeGreaterThanOrEqual(600);
    expect(t.minutes).toBeLessThan(900);
  });
});

describe('calling rules: validation', () => {
  const issues = (rules: CallingRules) => validateCallingRules(rules).map((i) => i.code);

  it('accepts the Gulf rules', () => {
    expect(validateCallingRules(GULF)).toEqual([]);
    expect(callingRulesSchema.safeParse(GULF).success).toBe(true);
    expect(callingRulesFrom(GULF)).toEqual(GULF);
    expect(callingRulesFrom({ weekly: [] })).toBeNull();
  });

  it('names each mistake with where it is', () => {
    const weekly = GULF.weekly.map((d, i) => (i === 2 ? h(15, 9) : d));
    expect(validateCallingRules({ ...GULF, weekly })).toEqual([
      { path: ['weekly', 2], code: 'endBeforeStart' },
    ]);
    expect(issues({ ...GULF, holidays: [{ date: '2026-02-30', name: 'x' }] })).toEqual(['badDate']);
    expect(
      issues({
        ...GULF,
        holidays: [
          { date: '2026-02-03', name: 'x' },
          { date: '2026-02-03', name: 'y' },
        ],
      }),
    ).toEqual(['duplicateHoliday']);
    const period = (from: string, to: string) => ({ name: 'p', from, to, weekly: GULF.weekly });
    expect(issues({ ...GULF, periods: [period('2027-03-09', '2027-02-08')] })).toEqual([
      'periodEndsBeforeStart',
    ]);
    expect(
      validateCallingRules({
        ...GULF,
        periods: [period('2027-02-08', '2027-03-09'), period('2027-03-09', '2027-03-20')],
      }),
    ).toEqual([{ path: ['periods', 1, 'from'], code: 'periodsOverlap' }]);
    expect(
      issues({ ...GULF, countries: [...GULF.countries, { country: 'TR', holidays: [] }] }),
    ).toEqual(['duplicateCountry']);
    expect(
      validateCallingRules({
        ...GULF,
        countries: [{ country: 'EG', periods: [period('2027-1-1', '2027-01-02')] }],
      }),
    ).toEqual([{ path: ['countries', 0, 'periods', 0, 'from'], code: 'badDate' }]);
    expect(callingRulesSchema.safeParse({ ...GULF, weekly }).success).toBe(false);
  });

  it('knows real dates', () => {
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2027-02-29')).toBe(false);
    expect(isLocalDate('2027-13-01')).toBe(false);
  });
});

describe('weekend presets', () => {
  it('one click closes Friday–Saturday or Saturday–Sunday and opens the other days', () => {
    const all = rulesFromWindow(WINDOW).weekly;
    const gulf = withWeekend(all, 'friSat', WINDOW);
    expect(gulf.map((d) => d !== null)).toEqual([true, true, true, true, true, false, false]);
    expect(weekendOf(gulf)).toBe('friSat');
    const west = withWeekend(gulf, 'satSun', h(10, 18));
    expect(west.map((d) => d !== null)).toEqual([false, true, true, true, true, true, false]);
    // Days that stay open keep their hours; reopened Friday gets the given hours.
    expect(west[1]).toEqual(WINDOW);
    expect(west[5]).toEqual(h(10, 18));
    expect(weekendOf(west)).toBe('satSun');
    expect(weekendOf(all)).toBeNull();
  });
});
