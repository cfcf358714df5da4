import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ActivityId, LeadId, TeamId, UserId } from './ids';
import type { Activity, LeadStage } from './lead';
import type { User, Team, UserRole } from './content';
import type { RepTargets, SalesTarget } from './targets';
import {
  additiveEffect,
  attainment,
  biggestLeak,
  bookingsPerAgent,
  callsPerAgentPerDay,
  compoundMultiplier,
  dailyResult,
  funnel,
  furthestStage,
  growth,
  localDay,
  monthlyTotals,
  overloadedTeams,
  periodFunnel,
  periodTargets,
  pipelineReach,
  profit,
  profitFactorsFrom,
  rankBy,
  repActuals,
  NO_ACTUALS,
  averageHandleSec,
  connectRate,
  isConnect,
  repsOf,
  salesTargetFor,
  showRate,
  sumActuals,
  whatIf,
  winsPerCloser,
  workedDays,
} from './kpi';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 23, 6); // 09:00 Istanbul, Monday
let n = 0;
function act(agent: string, at: number, over: Partial<Activity> = {}): Activity {
  n += 1;
  return {
    id: `a${n}` as ActivityId,
    leadId: 'l' as LeadId,
    agentId: agent as UserId,
    type: 'call',
    at,
    durationSec: 60,
    disposition: 'noAnswer',
    note: '',
    ...over,
  };
}

describe('KPIs', () => {
  const period = { from: T0 - DAY, to: T0 + 3 * DAY };

  it('counts calls per agent per local day (the supervisor’s daily check)', () => {
    const calls = [
      act('ali', T0),
      act('ali', T0 + 3_600_000),
      act('ali', T0 + DAY),
      act('ayse', T0),
      act('ayse', T0, { type: 'note' }),
    ];
    // 23:30 UTC on the 23rd is already the 24th in Istanbul.
    calls.push(act('ayse', Date.UTC(2026, 10, 23, 23, 30)));
    const result = callsPerAgentPerDay(calls, 'Europe/Istanbul', period);
    expect(Object.fromEntries(result.get('ali') ?? [])).toEqual({
      '2026-11-23': 2,
      '2026-11-24': 1,
    });
    expect(Object.fromEntries(result.get('ayse') ?? [])).toEqual({
      '2026-11-23': 1,
      '2026-11-24': 1,
    });
  });

  it('finds the local day exactly at midnight, in a zone three quarters off the hour', () => {
    // Kathmandu is UTC+5:45: 18:15 UTC is midnight there.
    const midnight = Date.UTC(2026, 10, 23, 18, 15);
    expect(localDay('Asia/Kathmandu', midnight - 1)).toBe('2026-11-23');
    expect(localDay('Asia/Kathmandu', midnight)).toBe('2026-11-24');
    expect(localDay('Asia/Kathmandu', midnight - 1)).toBe('2026-11-23');
    expect(localDay('America/New_York', midnight)).toBe('2026-11-23');
  });

  it('counts bookings per hunter and wins with revenue per closer', () => {
    const acts = [
      act('ali', T0, { disposition: 'meetingBooked' }),
      act('ali', T0 + 1, { disposition: 'meetingBooked' }),
      act('ali', T0 - 5 * DAY, { disposition: 'meetingBooked' }),
      act('omar', T0, {
        type: 'stageChange',
        disposition: null,
        stageTo: 'won',
        amount: 1890,
        currency: 'SAR',
      }),
      act('omar', T0 + DAY, {
        type: 'stageChange',
        disposition: null,
        stageTo: 'won',
        amount: 378,
        currency: 'SAR',
      }),
    ];
    expect(bookingsPerAgent(acts, period).get('ali')).toBe(2);
    const wins = winsPerCloser(acts, period).get('omar');
    expect(wins?.deals).toBe(2);
    expect(wins?.revenue.get('SAR')).toBe(2268);
  });

  it('shows where leads leak: 1000 → 500 → 250 → 15 is a 1.5% close rate', () => {
    const leads: { stage: LeadStage; furthestStage?: LeadStage }[] = [
      ...Array.from({ length: 500 }, () => ({ stage: 'lead' as const })),
      ...Array.from({ length: 250 }, () => ({
        stage: 'lost' as const,
        furthestStage: 'qualified' as const,
      })),
      ...Array.from({ length: 235 }, () => ({
        stage: 'lost' as const,
        furthestStage: 'proposalSent' as const,
      })),
      ...Array.from({ length: 15 }, () => ({ stage: 'won' as const })),
    ];
    const f = funnel(leads);
    expect(f.map((s) => s.count)).toEqual([1000, 500, 250, 250, 15]);
    expect(f[1]?.conversionFromPrevious).toBe(0.5);
    expect(f[4]?.conversionFromStart).toBeCloseTo(0.015);
  });

  it('finds the furthest stage a lost lead had reached', () => {
    expect(
      furthestStage([
        { stageTo: 'qualified' },
        { stageTo: 'meetingScheduled' },
        { stageTo: 'lost' },
      ]),
    ).toBe('meetingScheduled');
  });

  it('measures monthly growth', () => {
    expect(growth(125, 100)).toBe(0.25);
    expect(growth(5, 0)).toBeNull();
  });

  it('doubles profit when each of the five factors rises by 15% (1.15⁵ ≈ 2.01)', () => {
    const f = {
      leads: 1000,
      conversion: 0.015,
      averageCheck: 2268,
      purchasesPerPeriod: 1,
      margin: 0.4,
    };
    expect(profit(f)).toBeCloseTo(13_608);
    const all = whatIf(f, {
      leads: 15,
      conversion: 15,
      averageCheck: 15,
      purchasesPerPeriod: 15,
      margin: 15,
    });
    expect(all.multiplier).toBeCloseTo(2.0114, 3);
  });

  it('property: the funnel never grows from one stage to the next', () => {
    const stages: LeadStage[] = [
      'lead',
      'qualified',
      'meetingScheduled',
      'proposalSent',
      'won',
      'lost',
      'retention',
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            stage: fc.constantFrom(...stages),
            furthestStage: fc.constantFrom(...stages.filter((s) => s !== 'lost')),
          }),
        ),
        (leads) => {
          const f = funnel(leads);
          expect(f[0]?.count).toBe(leads.length);
          for (let i = 1; i < f.length; i++)
            expect(f[i]!.count).toBeLessThanOrEqual(f[i - 1]!.count);
        },
      ),
    );
  });
});

describe('dashboard KPIs', () => {
  const period = { from: T0, to: T0 + 2 * DAY };
  const lead = (id: string) => id as LeadId;
  const won = (agent: string, at: number, amount: number, currency = 'SAR', leadId = 'w') =>
    act(agent, at, {
      type: 'stageChange',
      disposition: null,
      stageTo: 'won',
      amount,
      currency,
      leadId: lead(leadId),
    });

  it('sums each rep’s calls, bookings, wins, revenue, retention calls and up-sells', () => {
    const acts = [
      act('hana', T0, { disposition: 'meetingBooked' }),
      act('hana', T0 + 10),
      act('hana', T0 + 20, { type: 'note', disposition: null }),
      act('hana', T0 - 1), // before the period
      act('kamal', T0 + 30, { type: 'meeting', disposition: 'demoDone' }),
      won('kamal', T0 + 40, 1890),
      won('kamal', T0 + 50, 378),
      won('kamal', T0 + 60, 100, 'USD'),
      act('nour', T0 + 70, { disposition: 'satisfied' }),
      act('nour', T0 + 80, { disposition: 'upsold' }),
      act('nour', T0 + 90, { disposition: 'noAnswer' }),
    ];
    const r = repActuals(acts, period, 'SAR');
    expect(r.get('hana')).toMatchObject({ calls: 2, bookings: 1, wins: 0, revenue: 0 });
    expect(r.get('kamal')).toMatchObject({ calls: 0, wins: 3, revenue: 2268 });
    expect(Object.fromEntries(r.get('kamal')!.otherRevenue)).toEqual({ USD: 100 });
    expect(r.get('nour')).toMatchObject({ calls: 3, retention: 2, upsells: 1, bookings: 0 });
    const total = sumActuals(r.values());
    expect(total).toMatchObject({ calls: 5, bookings: 1, wins: 3, revenue: 2268, retention: 2 });
    expect(Object.fromEntries(total.otherRevenue)).toEqual({ USD: 100 });
  });

  it('gives each hunter a show rate: meetings held over meetings that fell due', () => {
    const meeting = (at: number, disposition: string, bookedBy?: string) =>
      act('kamal', at, {
        type: 'meeting',
        disposition,
        ...(bookedBy ? { bookedBy: bookedBy as UserId } : {}),
      });
    const acts = [
      meeting(T0 + 1, 'held', 'hana'),
      meeting(T0 + 2, 'held', 'hana'),
      meeting(T0 + 3, 'noShow', 'hana'),
      // A reschedule is neither: the meeting falls due again at its new time.
      meeting(T0 + 4, 'rescheduled', 'hana'),
      meeting(T0 + 5, 'noShow', 'omar'),
      meeting(T0 - 1, 'held', 'omar'), // before the period
      meeting(T0 + 6, 'demoDone'), // a demo logged without a booking hunter
    ];
    const r = repActuals(acts, period, 'SAR');
    expect(r.get('hana')).toMatchObject({ meetingsDue: 3, meetingsHeld: 2, calls: 0 });
    expect(showRate(r.get('hana')!)).toBeCloseTo(2 / 3);
    expect(showRate(r.get('omar')!)).toBe(0);
    // The closer who recorded them is not credited, and a rep with none due has no rate.
    expect(r.has('kamal')).toBe(false);
    expect(showRate(NO_ACTUALS())).toBeNull();
    expect(sumActuals(r.values())).toMatchObject({ meetingsDue: 4, meetingsHeld: 2 });
  });

  it('counts each role’s own daily result, added up for a universal soldier', () => {
    const r = { ...NO_ACTUALS(), calls: 9, bookings: 2, wins: 1, retention: 4, upsells: 3 };
    const roles = (...x: UserRole[]) => x;
    expect(dailyResult(roles('hunter'), r)).toBe(2);
    expect(dailyResult(roles('closer'), r)).toBe(1);
    expect(dailyResult(roles('farmer'), r)).toBe(3);
    expect(dailyResult(roles('hunter', 'closer', 'farmer'), r)).toBe(6);
  });

  it('counts the local days the team worked and scales targets to them', () => {
    const acts = [
      act('a', T0), // Monday 09:00 Istanbul
      act('b', T0 + 3_600_000),
      act('a', Date.UTC(2026, 10, 23, 22)), // 01:00 Tuesday in Istanbul
      act('a', T0 + DAY, { type: 'note' }),
    ];
    expect(workedDays(acts, 'Europe/Istanbul', period)).toBe(2);
    expect(workedDays(acts, 'UTC', period)).toBe(1);
    const t: RepTargets = {
      userId: 'a' as UserId,
      dailyCalls: 80,
      dailyBookings: 4,
      monthlyWins: 10,
      monthlyRevenue: 30_000,
      updatedAt: 0,
      updatedBy: null,
    };
    // Stored before talk targets existed: no talk target.
    expect(periodTargets(t, 2, 0.5)).toEqual({
      calls: 160,
      results: 8,
      wins: 5,
      revenue: 15_000,
      talkSec: 0,
    });
    // 90 minutes a day over 2 days worked, in seconds like the talk time it is measured against.
    expect(periodTargets({ ...t, dailyTalkMin: 90 }, 2, 0.5).talkSec).toBe(10_800);
    expect(attainment(120, 160)).toBe(0.75);
    expect(attainment(3, 0)).toBeNull();
  });

  it('builds the period funnel from the furthest stage each lead reached in it', () => {
    const move = (leadId: string, stageTo: LeadStage, at = T0) =>
      act('x', at, { leadId: lead(leadId), type: 'stageChange', disposition: null, stageTo });
    const call = (leadId: string, over: Partial<Activity> = {}) =>
      act('x', T0, { leadId: lead(leadId), ...over });
    const acts = [
      // 6 leads dialled, nothing more.
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((l) => call(l)),
      // g qualified then lost; h booked a meeting then lost after a proposal.
      call('g'),
      move('g', 'qualified'),
      move('g', 'lost'),
      move('h', 'qualified'),
      move('h', 'meetingScheduled'),
      move('h', 'proposalSent'),
      move('h', 'lost'),
      // i won in the period (and its first check-in followed).
      move('i', 'qualified'),
      move('i', 'meetingScheduled'),
      move('i', 'won'),
      call('i', { disposition: 'satisfied' }),
      // j: an existing customer's check-in is not a lead; k: qualified before the period only.
      call('j', { disposition: 'satisfied' }),
      move('j', 'retention'),
      move('k', 'qualified', T0 - DAY),
    ];
    const f = periodFunnel(acts, period);
    // Worked: a–f, g, h, i = 9; reached qualified: g, h, i; meeting: h, i; proposal: h; won: i.
    expect(f.map((s) => s.count)).toEqual([9, 3, 2, 2, 1]);
    expect(f[1]?.conversionFromPrevious).toBeCloseTo(1 / 3);
    expect(f[4]?.conversionFromStart).toBeCloseTo(1 / 9);
    expect(biggestLeak(f)).toBe(1);
    expect(biggestLeak(funnel([]))).toBeNull();
    // 1000 → 500 → 250 → 250 → 15: the leak is at the close (6%).
    const seed004 = funnel([
      ...Array.from({ length: 500 }, () => ({ stage: 'lead' as const })),
      ...Array.from({ length: 250 }, () => ({ stage: 'qualified' as const })),
      ...Array.from({ length: 235 }, () => ({ stage: 'proposalSent' as const })),
      ...Array.from({ length: 15 }, () => ({ stage: 'won' as const })),
    ]);
    expect(biggestLeak(seed004)).toBe(4);
  });

  it('reads the pipeline as it stands from stage counts alone', () => {
    const { steps, lost } = pipelineReach({
      lead: 156,
      qualified: 36,
      meetingScheduled: 24,
      proposalSent: 21,
      won: 15,
      retention: 21,
      lost: 27,
    });
    expect(steps.map((s) => s.count)).toEqual([273, 117, 81, 57, 36]);
    expect(steps[4]?.conversionFromPrevious).toBeCloseTo(36 / 57);
    expect(steps[4]?.conversionFromStart).toBeCloseTo(36 / 273);
    expect(lost).toBe(27);
    expect(pipelineReach({}).steps.every((s) => s.count === 0)).toBe(true);
  });

  it('totals each calendar month for growth against the months before', () => {
    const oct = { key: '2026-10', from: Date.UTC(2026, 9, 1), to: Date.UTC(2026, 10, 1) };
    const nov = { key: '2026-11', from: Date.UTC(2026, 10, 1), to: Date.UTC(2026, 11, 1) };
    const acts = [
      act('a', Date.UTC(2026, 9, 5)),
      act('a', Date.UTC(2026, 9, 31, 23, 59), { disposition: 'meetingBooked' }),
      act('a', Date.UTC(2026, 10, 1)),
      act('a', Date.UTC(2026, 10, 2)),
      act('a', Date.UTC(2026, 10, 3), { disposition: 'meetingBooked' }),
      won('b', Date.UTC(2026, 10, 4), 500),
    ];
    const [o, n2] = monthlyTotals(acts, [oct, nov], 'SAR');
    expect(o).toEqual({ key: '2026-10', calls: 2, bookings: 1, wins: 0, revenue: 0, retention: 0 });
    expect(n2).toEqual({
      key: '2026-11',
      calls: 3,
      bookings: 1,
      wins: 1,
      revenue: 500,
      retention: 0,
    });
    expect(growth(n2!.calls, o!.calls)).toBe(0.5);
  });

  it('ranks the leaderboard with shared places for equal results', () => {
    const ranked = rankBy(
      [
        { n: 'a', v: 5 },
        { n: 'b', v: 9 },
        { n: 'c', v: 5 },
        { n: 'd', v: 1 },
      ],
      (r) => r.v,
    );
    expect(ranked.map((r) => [r.row.n, r.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });

  it('fills the profit formula from the team’s real numbers', () => {
    const f = profitFactorsFrom({ leads: 200, wins: 8, revenue: 12_000, upsells: 2, margin: 0.3 });
    expect(f).toEqual({
      leads: 200,
      conversion: 0.04,
      averageCheck: 1500,
      purchasesPerPeriod: 1.25,
      margin: 0.3,
    });
    // leads × conversion × check = revenue, so profit = 12 000 × 1.25 × 0.3.
    expect(profit(f)).toBeCloseTo(4500);
    expect(profitFactorsFrom({ leads: 0, wins: 0, revenue: 0, upsells: 0, margin: 0.3 })).toEqual({
      leads: 0,
      conversion: 0,
      averageCheck: 0,
      purchasesPerPeriod: 1,
      margin: 0.3,
    });
    // Five × 15% adds up to 75% in people’s heads, but compounds to ×2.01.
    const all = { leads: 15, conversion: 15, averageCheck: 15, purchasesPerPeriod: 15, margin: 15 };
    expect(additiveEffect(all)).toBeCloseTo(0.75);
    expect(compoundMultiplier(all)).toBeCloseTo(2.0114, 4);
    expect(compoundMultiplier({ leads: 20, margin: -50 })).toBeCloseTo(0.6);
    expect(compoundMultiplier({})).toBe(1);
    expect(whatIf(f, all).profit).toBeCloseTo(4500 * 1.15 ** 5);
    expect(whatIf(f, { margin: -10 }).multiplier).toBeCloseTo(0.9);
  });

  it('warns about a supervisor leading more than seven reps', () => {
    const team = (id: string, supervisor: string): Team => ({
      id: id as TeamId,
      name: { en: id },
      supervisorId: supervisor as UserId,
    });
    const user = (id: string, teamId: string, roles: UserRole[]): User => ({
      id: id as UserId,
      displayName: id,
      email: `${id}@x`,
      roles,
      teamId: teamId as TeamId,
      locale: 'en',
      dailyCallTarget: 0,
      dailyBookingTarget: 0,
    });
    const big = team('big', 'boss');
    const small = team('small', 'lead');
    const users = [
      user('boss', 'big', ['supervisor', 'closer']),
      ...Array.from({ length: 8 }, (_, i) => user(`r${i}`, 'big', ['hunter'])),
      user('admin', 'big', ['admin']),
      user('lead', 'small', ['supervisor']),
      ...Array.from({ length: 7 }, (_, i) => user(`s${i}`, 'small', ['farmer'])),
    ];
    expect(repsOf(users, big)).toHaveLength(8);
    expect(overloadedTeams(users, [big, small])).toEqual([{ team: big, reps: 8 }]);
  });

  it('finds the month’s sales target for a team or the whole organisation', () => {
    const t = (
      teamId: string | null,
      month: string,
      revenue: number,
      wins: number,
    ): SalesTarget => ({
      id: `${teamId ?? 'org'}:${month}`,
      teamId: teamId as TeamId | null,
      month,
      revenue,
      wins,
    });
    const targets = [
      t('gulf', '2026-11', 50_000, 20),
      t('ist', '2026-11', 30_000, 12),
      t('gulf', '2026-10', 45_000, 18),
      t(null, '2026-10', 100_000, 40),
    ];
    expect(salesTargetFor(targets, 'gulf' as TeamId, '2026-11')).toEqual({
      revenue: 50_000,
      wins: 20,
    });
    expect(salesTargetFor(targets, 'ist' as TeamId, '2026-10')).toBeNull();
    // No organisation target in November: the teams' targets add up.
    expect(salesTargetFor(targets, null, '2026-11')).toEqual({ revenue: 80_000, wins: 32 });
    expect(salesTargetFor(targets, null, '2026-10')).toEqual({ revenue: 100_000, wins: 40 });
    expect(salesTargetFor(targets, null, '2026-12')).toBeNull();
  });
});

describe('telephony KPIs', () => {
  const period = { from: 0, to: 10_000_000 };
  const call = (
    agentId: string,
    over: Partial<Activity> & { phone?: Activity['phone'] },
  ): Activity =>
    ({
      id: `a-${Math.random()}`,
      leadId: 'l',
      agentId,
      type: 'call',
      at: 1000,
      durationSec: null,
      disposition: null,
      note: '',
      ...over,
    }) as Activity;
  const phone = (result: 'answered' | 'noAnswer' | 'busy', talkMs: number, wrapUpMs?: number) => ({
    direction: 'outbound' as const,
    result,
    sipStatus: result === 'answered' ? 200 : 486,
    ringMs: 3000,
    talkMs,
    hangupBy: 'customer' as const,
    ...(wrapUpMs !== undefined ? { wrapUpMs } : {}),
  });

  it('connects come from the line when the phone placed the call, else from the outcome', () => {
    expect(isConnect(call('a', { disposition: 'noAnswer', phone: phone('answered', 5000) }))).toBe(
      true,
    );
    expect(isConnect(call('a', { disposition: 'busy', phone: phone('busy', 0) }))).toBe(false);
    expect(isConnect(call('a', { disposition: 'notInterested' }))).toBe(true);
    expect(isConnect(call('a', { disposition: 'voicemail' }))).toBe(false);
  });

  it('talk time, connect rate and average handle time per rep, and summed for the team', () => {
    const acts = [
      call('a', { disposition: 'notInterested', phone: phone('answered', 60_000, 20_000) }),
      call('a', { disposition: 'sale', phone: phone('answered', 120_000, 40_000) }),
      call('a', { disposition: 'busy', phone: phone('busy', 0) }),
      call('a', { disposition: 'noAnswer', phone: phone('noAnswer', 0) }),
      // Logged by hand (no phone): its timed length counts as talk, not as a handled call.
      call('b', { disposition: 'callBack', durationSec: 90 }),
      call('b', { disposition: 'noAnswer', durationSec: 30 }),
    ];
    const r = repActuals(acts, period, 'SAR');
    const a = r.get('a')!;
    expect(a).toMatchObject({ calls: 4, connects: 2, talkSec: 180, handled: 2, handleSec: 240 });
    expect(connectRate(a)).toBe(0.5);
    expect(averageHandleSec(a)).toBe(120);
    expect(r.get('b')).toMatchObject({ calls: 2, connects: 1, talkSec: 90, handled: 0 });
    expect(averageHandleSec(r.get('b')!)).toBeNull();
    const total = sumActuals(r.values());
    expect(total).toMatchObject({ calls: 6, connects: 3, talkSec: 270, handled: 2 });
    expect(connectRate(NO_ACTUALS())).toBeNull();
  });
});
