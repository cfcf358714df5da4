import { describe, expect, it } from 'vitest';
import type { UserId } from '../ids';
import type { Activity, LeadStage } from '../lead';
import {
  ALERT_KINDS,
  DEFAULT_ALERT_RULES,
  alertRulesFrom,
  alertsReadFrom,
  defaultWeekend,
  alertCountsOf,
  evaluateAlerts,
  workingWindowStart,
  type AlertInputs,
  type AlertRep,
  type AlertRules,
} from './alerts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const RIYADH = 'Asia/Riyadh'; // UTC+3 all year; weekend Friday–Saturday, week from Sunday
const GULF_WEEKEND = [5, 6];

// Monday 23 Nov 2026, 13:00 in Riyadh.
const MON_1300 = Date.UTC(2026, 10, 23, 10, 0);
const MON_0000 = Date.UTC(2026, 10, 22, 21, 0);

const rep = (id: string, over: Partial<AlertRep> = {}): AlertRep => ({
  id,
  name: id,
  teamId: 'gulf',
  roles: ['hunter'],
  dailyCalls: 80,
  ...over,
});

let seq = 0;
const act = (agentId: string, at: number, over: Partial<Activity> = {}): Activity =>
  ({
    id: `a${++seq}`,
    leadId: `l${seq}`,
    agentId,
    type: 'call',
    at,
    durationSec: 30,
    disposition: 'noAnswer',
    note: '',
    ...over,
  }) as Activity;

const calls = (agentId: string, n: number, from: number): Activity[] =>
  Array.from({ length: n }, (_, i) => act(agentId, from + i * MIN));

const FRESH_FILE = { fileName: 'f.csv', fileDate: Date.UTC(2026, 10, 20), importedAt: 0, count: 1 };

/** The inputs with the reps' activities, counted by alertCountsOf when evaluated. */
type TestInputs = Omit<AlertInputs, 'counts'> & { activities: readonly Activity[] };

function evaluate(rules: AlertRules, i: TestInputs, now: number, timeZone: string) {
  const { activities, ...rest } = i;
  return evaluateAlerts(
    rules,
    { ...rest, counts: alertCountsOf(activities, now, timeZone) },
    now,
    timeZone,
  );
}

function inputs(over: Partial<TestInputs> = {}): TestInputs {
  return {
    reps: [rep('faisal')],
    teams: [{ id: 'gulf', name: 'Gulf' }],
    activities: [],
    dncFile: FRESH_FILE,
    weekend: GULF_WEEKEND,
    openDeals: [],
    ...over,
  };
}

/** Only one rule switched on. */
function only(kind: keyof AlertRules): AlertRules {
  const rules = structuredClone(DEFAULT_ALERT_RULES);
  for (const k of ALERT_KINDS) rules[k].enabled = k === kind;
  return rules;
}

describe('rules setting', () => {
  it('falls back to the issue’s defaults when nothing or something broken is stored', () => {
    expect(alertRulesFrom(undefined)).toEqual(DEFAULT_ALERT_RULES);
    expect(alertRulesFrom({ repCallsBelowTarget: { percent: 'x' } })).toEqual(DEFAULT_ALERT_RULES);
    expect(DEFAULT_ALERT_RULES.repCallsBelowTarget).toMatchObject({
      percent: 50,
      byLocalTime: '13:00',
    });
    expect(DEFAULT_ALERT_RULES.teamNoBookings.hours).toBe(24);
    expect(DEFAULT_ALERT_RULES.showRateBelow.percent).toBe(60);
    expect(DEFAULT_ALERT_RULES.dncFileOlderThan.days).toBe(31);
    const stored = { ...DEFAULT_ALERT_RULES, teamNoBookings: { enabled: false, hours: 48 } };
    expect(alertRulesFrom(stored)).toEqual(stored);
  });

  it('knows the Gulf weekend', () => {
    expect(defaultWeekend('Asia/Riyadh')).toEqual([5, 6]);
    expect(defaultWeekend('Europe/Istanbul')).toEqual([6, 0]);
  });
});

describe('a rep under a share of their call target by a local time', () => {
  const rules = only('repCallsBelowTarget');

  it('39 of 80 at 13:00 is under 50 %; 40 of 80 is exactly 50 % and not', () => {
    const under = evaluate(
      rules,
      inputs({ activities: calls('faisal', 39, MON_0000 + 8 * HOUR) }),
      MON_1300,
      RIYADH,
    );
    expect(under).toEqual([
      {
        key: 'repCallsBelowTarget:faisal:2026-11-23',
        kind: 'repCallsBelowTarget',
        severity: 'warning',
        subject: { kind: 'rep', id: 'faisal', name: 'faisal' },
        figures: { calls: 39, target: 80, percent: 50, share: 49, byMinutes: 780 },
        link: '#/supervisor/dashboard?period=today&agent=faisal',
      },
    ]);
    const on = evaluate(
      rules,
      inputs({ activities: calls('faisal', 40, MON_0000 + 8 * HOUR) }),
      MON_1300,
      RIYADH,
    );
    expect(on).toEqual([]);
  });

  it('is not raised at 12:59, is at 13:00 sharp', () => {
    const none = inputs();
    expect(evaluate(rules, none, MON_1300 - MIN, RIYADH)).toEqual([]);
    expect(evaluate(rules, none, MON_1300, RIYADH)).toHaveLength(1);
  });

  it('counts only today’s calls: yesterday 23:59 does not count, 00:00 does', () => {
    const acts = [
      ...calls('faisal', 39, MON_0000 + HOUR),
      act('faisal', MON_0000 - MIN),
      act('faisal', MON_0000 - 2 * MIN),
    ];
    expect(evaluate(rules, inputs({ activities: acts }), MON_1300, RIYADH)).toHaveLength(1);
    const atMidnight = [...calls('faisal', 39, MON_0000 + HOUR), act('faisal', MON_0000)];
    expect(evaluate(rules, inputs({ activities: atMidnight }), MON_1300, RIYADH)).toEqual([]);
  });

  it('leaves out reps without a call target, supervisors, and the weekend', () => {
    const people = [
      rep('noTarget', { dailyCalls: 0 }),
      rep('omar', { roles: ['supervisor'], dailyCalls: 80 }),
    ];
    expect(evaluate(rules, inputs({ reps: people }), MON_1300, RIYADH)).toEqual([]);
    const friday = MON_1300 - 3 * DAY;
    expect(evaluate(rules, inputs(), friday, RIYADH)).toEqual([]);
    // Sunday is a working day in Riyadh.
    expect(evaluate(rules, inputs(), MON_1300 - DAY, RIYADH)).toHaveLength(1);
  });

  it('does not count meetings, messages or stage changes as calls', () => {
    const acts = [
      ...calls('faisal', 39, MON_0000 + HOUR),
      act('faisal', MON_0000 + 2 * HOUR, { type: 'meeting' }),
      act('faisal', MON_0000 + 2 * HOUR, { type: 'stageChange' }),
    ];
    expect(evaluate(rules, inputs({ activities: acts }), MON_1300, RIYADH)).toHaveLength(1);
  });

  it('reads 13:00 on the wall clock on DST days (London, 29 Mar and 25 Oct 2026)', () => {
    const london = inputs({ weekend: [] });
    // Spring: 13:00 BST is 12:00 UTC.
    expect(evaluate(rules, london, Date.UTC(2026, 2, 29, 11, 59), 'Europe/London')).toEqual([]);
    const spring = evaluate(rules, london, Date.UTC(2026, 2, 29, 12, 0), 'Europe/London');
    expect(spring.map((a) => a.key)).toEqual(['repCallsBelowTarget:faisal:2026-03-29']);
    // Autumn: the day starts at 23:00 UTC the evening before (BST) and 13:00 is 13:00 UTC.
    const autumnNow = Date.UTC(2026, 9, 25, 13, 0);
    expect(evaluate(rules, london, autumnNow - MIN, 'Europe/London')).toEqual([]);
    const early = calls('faisal', 40, Date.UTC(2026, 9, 24, 23, 0));
    expect(evaluate(rules, { ...london, activities: early }, autumnNow, 'Europe/London')).toEqual(
      [],
    );
    const before = calls('faisal', 40, Date.UTC(2026, 9, 24, 22, 0));
    expect(
      evaluate(rules, { ...london, activities: before }, autumnNow, 'Europe/London'),
    ).toHaveLength(1);
  });
});

describe('no bookings in 24 h for a team', () => {
  const rules = only('teamNoBookings');
  const booking = (at: number) => act('faisal', at, { disposition: 'meetingBooked' });

  it('a booking 24 h ago to the minute keeps it quiet; 24 h and a minute raises it', () => {
    const quiet = evaluate(
      rules,
      inputs({ activities: [booking(MON_1300 - 24 * HOUR)] }),
      MON_1300,
      RIYADH,
    );
    expect(quiet).toEqual([]);
    const last = MON_1300 - 24 * HOUR - MIN;
    const raised = evaluate(rules, inputs({ activities: [booking(last)] }), MON_1300, RIYADH);
    expect(raised).toEqual([
      {
        key: 'teamNoBookings:gulf:2026-11-23',
        kind: 'teamNoBookings',
        severity: 'error',
        subject: { kind: 'team', id: 'gulf', name: 'Gulf' },
        figures: { hours: 24, lastBookingAt: last },
        link: '#/supervisor/dashboard?period=today&team=gulf',
      },
    ]);
  });

  it('skips the weekend: Sunday 13:00 looks back to Thursday 13:00, and Friday raises nothing', () => {
    const sunday = MON_1300 - DAY;
    const thursday1300 = sunday - 3 * DAY;
    expect(workingWindowStart(24, sunday, RIYADH, GULF_WEEKEND)).toBe(thursday1300);
    expect(
      evaluate(rules, inputs({ activities: [booking(thursday1300)] }), sunday, RIYADH),
    ).toEqual([]);
    expect(
      evaluate(rules, inputs({ activities: [booking(thursday1300 - MIN)] }), sunday, RIYADH),
    ).toHaveLength(1);
    expect(evaluate(rules, inputs(), sunday - 2 * DAY, RIYADH)).toEqual([]);
  });

  it('counts every member’s bookings, ignores other teams and teams without hunters', () => {
    const reps = [
      rep('faisal'),
      rep('khalid', { roles: ['closer'], dailyCalls: 25 }),
      rep('emre', { teamId: 'ist' }),
      rep('burak', { teamId: 'closers', roles: ['closer'] }),
    ];
    const teams = [
      { id: 'gulf', name: 'Gulf' },
      { id: 'ist', name: 'Istanbul' },
      { id: 'closers', name: 'Closers' },
    ];
    const acts = [act('khalid', MON_1300 - HOUR, { disposition: 'meetingBooked' })];
    const alerts = evaluate(rules, inputs({ reps, teams, activities: acts }), MON_1300, RIYADH);
    expect(alerts.map((a) => a.key)).toEqual(['teamNoBookings:ist:2026-11-23']);
    expect(alerts[0]?.figures).toEqual({ hours: 24 });
  });

  it('the read window covers the rules', () => {
    const sunday = MON_1300 - DAY;
    expect(alertsReadFrom(DEFAULT_ALERT_RULES, sunday, RIYADH, GULF_WEEKEND)).toBe(
      sunday - 3 * DAY,
    );
    // Monday: the week (from Sunday 00:00) reaches further back than 24 h.
    expect(alertsReadFrom(DEFAULT_ALERT_RULES, MON_1300, RIYADH, GULF_WEEKEND)).toBe(
      MON_0000 - DAY,
    );
  });
});

describe('show rate under 60 % this week', () => {
  const rules = only('showRateBelow');
  const outcome = (held: boolean, at: number) =>
    act('khalid', at, {
      type: 'meeting',
      disposition: held ? 'held' : 'noShow',
      bookedBy: 'faisal' as UserId,
    });
  const week = (held: number, noShow: number, from = MON_0000) => [
    ...Array.from({ length: held }, (_, i) => outcome(true, from + i * HOUR)),
    ...Array.from({ length: noShow }, (_, i) => outcome(false, from + (held + i) * HOUR)),
  ];
  const people = [rep('faisal'), rep('khalid', { roles: ['closer'] })];

  it('3 held of 5 is 60.0 % and quiet; 2 of 5 raises it', () => {
    expect(
      evaluate(rules, inputs({ reps: people, activities: week(3, 2) }), MON_1300, RIYADH),
    ).toEqual([]);
    expect(
      evaluate(rules, inputs({ reps: people, activities: week(2, 3) }), MON_1300, RIYADH),
    ).toEqual([
      {
        key: 'showRateBelow:faisal:2026-11-23',
        kind: 'showRateBelow',
        severity: 'warning',
        subject: { kind: 'rep', id: 'faisal', name: 'faisal' },
        figures: { held: 2, due: 5, percent: 60, share: 40 },
        link: '#/supervisor/dashboard?period=week&agent=faisal',
      },
    ]);
  });

  it('waits for enough meetings, and counts this week only (from Sunday in Riyadh)', () => {
    expect(
      evaluate(rules, inputs({ reps: people, activities: week(0, 2) }), MON_1300, RIYADH),
    ).toEqual([]);
    // Three no-shows last Saturday evening: last week.
    const lastWeek = week(0, 3, MON_0000 - DAY - 4 * HOUR);
    expect(
      evaluate(rules, inputs({ reps: people, activities: lastWeek }), MON_1300, RIYADH),
    ).toEqual([]);
    // Rescheduled meetings are neither held nor missed.
    const moved = [...week(3, 2), outcome(false, MON_0000 + 9 * HOUR)].map((a, i) =>
      i === 5 ? { ...a, disposition: 'rescheduled' } : a,
    );
    expect(evaluate(rules, inputs({ reps: people, activities: moved }), MON_1300, RIYADH)).toEqual(
      [],
    );
  });
});

describe('national do-not-call file older than 31 days', () => {
  const rules = only('dncFileOlderThan');
  const fileDate = Date.UTC(2026, 9, 23);
  const file = { fileName: 'sa.csv', fileDate, importedAt: fileDate, count: 10 };

  it('31 days old is fine, 31 days and a minute raises it, 32 days says 32', () => {
    expect(evaluate(rules, inputs({ dncFile: file }), fileDate + 31 * DAY, RIYADH)).toEqual([]);
    const late = evaluate(rules, inputs({ dncFile: file }), fileDate + 31 * DAY + MIN, RIYADH);
    expect(late).toEqual([
      {
        key: 'dncFileOlderThan:2026-11-23',
        kind: 'dncFileOlderThan',
        severity: 'error',
        subject: { kind: 'organisation' },
        figures: { days: 31, ageDays: 31, fileDate },
        link: '#/supervisor/leads?view=dnc',
      },
    ]);
    const later = evaluate(rules, inputs({ dncFile: file }), fileDate + 32 * DAY, RIYADH);
    expect(later[0]?.figures.ageDays).toBe(32);
  });

  it('no file at all raises it', () => {
    const none = evaluate(rules, inputs({ dncFile: null }), MON_1300, RIYADH);
    expect(none.map((a) => a.figures)).toEqual([{ days: 31 }]);
  });
});

describe('stalled deals', () => {
  const rules = only('stalledDeals');
  const deal = (stage: LeadStage, since: number, ownerId = 'faisal') => ({
    ownerId,
    stage,
    stageChangedAt: since,
  });
  const cutoff = MON_1300 - 14 * DAY;

  it('three deals over 14 days raise it; 14 days to the minute is not yet stalled', () => {
    const three = [
      deal('qualified', cutoff - MIN),
      deal('meetingScheduled', cutoff - 5 * DAY),
      deal('proposalSent', cutoff - 2 * DAY - 12 * HOUR),
    ];
    expect(evaluate(rules, inputs({ openDeals: three }), MON_1300, RIYADH)).toEqual([
      {
        key: 'stalledDeals:faisal:2026-11-23',
        kind: 'stalledDeals',
        severity: 'warning',
        subject: { kind: 'rep', id: 'faisal', name: 'faisal' },
        figures: { stalled: 3, days: 14, oldestDays: 19 },
        link: '#/supervisor/insight/stages',
      },
    ]);
    const onTheDay = [...three.slice(1), deal('qualified', cutoff)];
    expect(evaluate(rules, inputs({ openDeals: onTheDay }), MON_1300, RIYADH)).toEqual([]);
  });

  it('counts deals read together as many', () => {
    const deals = [
      { ...deal('qualified', cutoff - 40 * DAY), n: 2 },
      deal('proposalSent', cutoff - MIN),
      // Not yet stalled: not counted, whatever it stands for.
      { ...deal('meetingScheduled', cutoff), n: 5 },
    ];
    expect(
      evaluate(rules, inputs({ openDeals: deals }), MON_1300, RIYADH).map((a) => a.figures),
    ).toEqual([{ stalled: 3, days: 14, oldestDays: 54 }]);
    expect(evaluate(rules, inputs({ openDeals: deals.slice(0, 1) }), MON_1300, RIYADH)).toEqual([]);
  });

  it('counts open stages only, per rep', () => {
    const old = cutoff - DAY;
    const deals = [
      deal('qualified', old),
      deal('proposalSent', old),
      deal('lead', old),
      deal('won', old),
      deal('qualified', old, 'mona'),
    ];
    const reps = [rep('faisal'), rep('mona')];
    expect(evaluate(rules, inputs({ reps, openDeals: deals }), MON_1300, RIYADH)).toEqual([]);
  });

  it('rules stored before the stalled-deals rule existed still parse, with its default', () => {
    const older: Record<string, unknown> = { ...DEFAULT_ALERT_RULES };
    delete older.stalledDeals;
    const parsed = alertRulesFrom({ ...older, dncFileOlderThan: { enabled: false, days: 40 } });
    expect(parsed.dncFileOlderThan).toEqual({ enabled: false, days: 40 });
    expect(parsed.stalledDeals).toEqual(DEFAULT_ALERT_RULES.stalledDeals);
  });
});

describe('all rules together', () => {
  it('errors first, one key per rule, subject and day', () => {
    const all = evaluate(DEFAULT_ALERT_RULES, inputs({ dncFile: null }), MON_1300, RIYADH);
    expect(all.map((a) => a.kind)).toEqual([
      'teamNoBookings',
      'dncFileOlderThan',
      'repCallsBelowTarget',
    ]);
    const tomorrow = evaluate(
      DEFAULT_ALERT_RULES,
      inputs({ dncFile: null }),
      MON_1300 + DAY,
      RIYADH,
    );
    expect(tomorrow.map((a) => a.key)).not.toContain(all[0]?.key);
    expect(new Set(all.map((a) => a.key)).size).toBe(all.length);
  });

  it('a switched-off rule raises nothing', () => {
    const off: AlertRules = {
      repCallsBelowTarget: { ...DEFAULT_ALERT_RULES.repCallsBelowTarget, enabled: false },
      teamNoBookings: { ...DEFAULT_ALERT_RULES.teamNoBookings, enabled: false },
      showRateBelow: { ...DEFAULT_ALERT_RULES.showRateBelow, enabled: false },
      dncFileOlderThan: { ...DEFAULT_ALERT_RULES.dncFileOlderThan, enabled: false },
      stalledDeals: { ...DEFAULT_ALERT_RULES.stalledDeals, enabled: false },
    };
    expect(evaluate(off, inputs({ dncFile: null }), MON_1300, RIYADH)).toEqual([]);
  });
});
