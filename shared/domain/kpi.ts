// KPIs of DOMAIN.md over plain activity and lead records: calls per agent per day, bookings,
// wins and revenue, retention calls, results against targets, the funnel with its leaks, monthly
// growth, the leaderboard, the supervisor's span of control and the profit formula with its
// what-if.
import { localTime } from './calling-window';
import { CONVERSATION, type Disposition } from './dispositions';
import { isAgent, type User, type Team, type UserRole } from './content';
import type { TeamId } from './ids';
import type { Activity, Lead, LeadStage } from './lead';
import type { Period } from './periods';
import type { RepTargets, SalesTarget } from './targets';

// Intl is slow (~25 µs a call) and a month of a team's calls is tens of thousands of them:
// days are remembered per quarter hour, the finest step any zone's offset changes on.
const QUARTER_HOUR = 15 * 60_000;
const dayCache = new Map<string, string>();

/** yyyy-mm-dd of an instant in `timeZone`. */
export function localDay(timeZone: string, at: number): string {
  const key = `${timeZone}|${Math.floor(at / QUARTER_HOUR)}`;
  let day = dayCache.get(key);
  if (day === undefined) {
    const t = localTime(timeZone, at);
    day = `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
    if (dayCache.size > 200_000) dayCache.clear();
    dayCache.set(key, day);
  }
  return day;
}

export type { Period } from './periods';
const inPeriod = (at: number, p: Period) => at >= p.from && at < p.to;

/** Calls per agent per local day: agent → day → count. */
export function callsPerAgentPerDay(
  activities: Iterable<Activity>,
  timeZone: string,
  period: Period,
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const a of activities) {
    if (a.type !== 'call' || !inPeriod(a.at, period)) continue;
    const days = out.get(a.agentId) ?? new Map<string, number>();
    const day = localDay(timeZone, a.at);
    days.set(day, (days.get(day) ?? 0) + 1);
    out.set(a.agentId, days);
  }
  return out;
}

function countBy(
  activities: Iterable<Activity>,
  period: Period,
  match: (a: Activity) => boolean,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of activities) {
    if (!inPeriod(a.at, period) || !match(a)) continue;
    out.set(a.agentId, (out.get(a.agentId) ?? 0) + 1);
  }
  return out;
}

const isCall = (a: Activity) => a.type === 'call';
const isBooking = (a: Activity) => a.disposition === 'meetingBooked';
const isWin = (a: Activity) => a.stageTo === 'won';

/** Meetings booked per hunter. */
export function bookingsPerAgent(
  activities: Iterable<Activity>,
  period: Period,
): Map<string, number> {
  return countBy(activities, period, isBooking);
}

/** Outcomes of a call that reached an existing customer (farmers' retention work). */
export const RETENTION_DISPOSITIONS: readonly string[] = [
  'retained',
  'upsold',
  'churned',
  'satisfied',
];

const isRetentionCall = (a: Activity) =>
  a.type === 'call' && RETENTION_DISPOSITIONS.includes(a.disposition ?? '');

/** Retention calls per farmer: calls to customers that reached them. */
export function retentionCallsPerAgent(
  activities: Iterable<Activity>,
  period: Period,
): Map<string, number> {
  return countBy(activities, period, isRetentionCall);
}

/** Up-sells and cross-sells a farmer agreed with a customer. */
export function upsellsPerAgent(
  activities: Iterable<Activity>,
  period: Period,
): Map<string, number> {
  return countBy(activities, period, (a) => a.disposition === 'upsold');
}

export type Wins = { deals: number; revenue: Map<string, number> };

/** Deals won per closer, with revenue per currency. */
export function winsPerCloser(activities: Iterable<Activity>, period: Period): Map<string, Wins> {
  const out = new Map<string, Wins>();
  for (const a of activities) {
    if (!isWin(a) || !inPeriod(a.at, period)) continue;
    const w = out.get(a.agentId) ?? { deals: 0, revenue: new Map<string, number>() };
    w.deals += 1;
    if (a.amount !== undefined && a.currency)
      w.revenue.set(a.currency, (w.revenue.get(a.currency) ?? 0) + a.amount);
    out.set(a.agentId, w);
  }
  return out;
}

/** Funnel stages in order: how many leads ever reached each. */
export const FUNNEL_STAGES: readonly LeadStage[] = [
  'lead',
  'qualified',
  'meetingScheduled',
  'proposalSent',
  'won',
];
const REACH: Record<LeadStage, number> = {
  lead: 0,
  qualified: 1,
  meetingScheduled: 2,
  proposalSent: 3,
  won: 4,
  retention: 4,
  lost: -1,
};

export type FunnelStep = {
  stage: LeadStage;
  count: number;
  conversionFromPrevious: number | null;
  conversionFromStart: number;
};

/**
 * The funnel: leads that reached each stage (a lead that went further counts for every earlier
 * stage; a lost lead counts up to the furthest stage it reached), and the conversion between
 * steps — where leads leak. 1000 → 500 → 250 → 15 reads as 50%, 50%, 6% and 1.5% overall.
 */
export function funnel(
  leads: Iterable<Pick<Lead, 'stage'> & { furthestStage?: LeadStage }>,
): FunnelStep[] {
  const counts = FUNNEL_STAGES.map(() => 0);
  for (const l of leads) {
    const reached = l.stage === 'lost' ? REACH[l.furthestStage ?? 'lead'] : REACH[l.stage];
    for (let i = 0; i <= Math.max(0, reached); i++) counts[i] = (counts[i] ?? 0) + 1;
  }
  return funnelSteps(counts);
}

/** Funnel steps from the number of leads that reached each of FUNNEL_STAGES. */
function funnelSteps(reached: readonly number[]): FunnelStep[] {
  const start = reached[0] ?? 0;
  return FUNNEL_STAGES.map((stage, i) => {
    const count = reached[i] ?? 0;
    const previous = i === 0 ? null : (reached[i - 1] ?? 0);
    return {
      stage,
      count,
      conversionFromPrevious: previous === null ? null : previous === 0 ? 0 : count / previous,
      conversionFromStart: start === 0 ? 0 : count / start,
    };
  });
}

/** The furthest stage a lead reached, from its stage-change history. */
export function furthestStage(history: Iterable<Pick<Activity, 'stageTo'>>): LeadStage {
  let best: LeadStage = 'lead';
  for (const a of history)
    if (a.stageTo && a.stageTo !== 'lost' && REACH[a.stageTo] > REACH[best]) best = a.stageTo;
  return best;
}

/** This month's value against last month's: +0.25 is 25% growth; null without a base. */
export function growth(current: number, previous: number): number | null {
  return previous === 0 ? null : (current - previous) / previous;
}

export type ProfitFactors = {
  leads: number;
  conversion: number;
  averageCheck: number;
  purchasesPerPeriod: number;
  margin: number;
};

/** DOMAIN.md: profit = leads × conversion × average check × purchases per period × margin. */
export function profit(f: ProfitFactors): number {
  return f.leads * f.conversion * f.averageCheck * f.purchasesPerPeriod * f.margin;
}

/** Profit with each factor raised or lowered by a percentage (15 = +15%). */
export function whatIf(
  f: ProfitFactors,
  percent: Partial<Record<keyof ProfitFactors, number>>,
): { profit: number; multiplier: number } {
  const adjusted = Object.fromEntries(
    (Object.keys(f) as (keyof ProfitFactors)[]).map((k) => [
      k,
      f[k] * (1 + (percent[k] ?? 0) / 100),
    ]),
  ) as ProfitFactors;
  const base = profit(f);
  const p = profit(adjusted);
  return { profit: p, multiplier: base === 0 ? 0 : p / base };
}

/** Calls per agent in a period (every call, whatever its outcome). */
export function callsPerAgent(activities: Iterable<Activity>, period: Period): Map<string, number> {
  return countBy(activities, period, isCall);
}

/**
 * A call that reached someone: the phone's own word when it placed the call (answered), else the
 * outcome the agent gave (a conversation).
 */
export function isConnect(a: Activity): boolean {
  if (a.type !== 'call') return false;
  if (a.phone) return a.phone.result === 'answered';
  return a.disposition !== null && CONVERSATION[a.disposition as Disposition] === true;
}

/** Talk and handle time per agent: the softphone's talk time, or the timed length of other calls. */
export type PhoneTimes = {
  connects: number;
  talkSec: number;
  /** Answered softphone calls, whose handle time (talk + wrap-up) is known. */
  handled: number;
  handleSec: number;
};

export function phoneTimesPerAgent(
  activities: Iterable<Activity>,
  period: Period,
): Map<string, PhoneTimes> {
  const out = new Map<string, PhoneTimes>();
  for (const a of activities) {
    if (a.type !== 'call' || !inPeriod(a.at, period)) continue;
    let r = out.get(a.agentId);
    if (!r) out.set(a.agentId, (r = { connects: 0, talkSec: 0, handled: 0, handleSec: 0 }));
    if (isConnect(a)) r.connects++;
    if (a.phone) {
      r.talkSec += a.phone.talkMs / 1000;
      if (a.phone.result === 'answered') {
        r.handled++;
        r.handleSec += (a.phone.talkMs + (a.phone.wrapUpMs ?? 0)) / 1000;
      }
    } else if (a.durationSec !== null && isConnect(a)) r.talkSec += a.durationSec;
  }
  return out;
}

/** A hunter's meetings that fell due and those the closer held (their show rate). */
export type MeetingShows = { due: number; held: number };

/**
 * Per hunter, the meetings they booked whose outcome a closer recorded in the period: held or
 * nobody came (a reschedule is neither: the meeting falls due again at its new time).
 */
export function meetingShowsPerHunter(
  activities: Iterable<Activity>,
  period: Period,
): Map<string, MeetingShows> {
  const out = new Map<string, MeetingShows>();
  for (const a of activities) {
    if (a.type !== 'meeting' || !a.bookedBy || !inPeriod(a.at, period)) continue;
    if (a.disposition !== 'held' && a.disposition !== 'noShow') continue;
    let r = out.get(a.bookedBy);
    if (!r) out.set(a.bookedBy, (r = { due: 0, held: 0 }));
    r.due++;
    if (a.disposition === 'held') r.held++;
  }
  return out;
}

/** Show rate: meetings held over meetings that fell due (null when none fell due). */
export function showRate(r: Pick<RepActuals, 'meetingsDue' | 'meetingsHeld'>): number | null {
  return r.meetingsDue > 0 ? r.meetingsHeld / r.meetingsDue : null;
}

/** Connect rate: calls that reached someone over all calls (null without calls). */
export function connectRate(r: Pick<RepActuals, 'calls' | 'connects'>): number | null {
  return r.calls > 0 ? r.connects / r.calls : null;
}

/** Average handle time in seconds: talk plus after-call work per answered softphone call. */
export function averageHandleSec(r: Pick<RepActuals, 'handled' | 'handleSec'>): number | null {
  return r.handled > 0 ? r.handleSec / r.handled : null;
}

/** One rep's results over a period: what DOMAIN.md measures each role by. */
export type RepActuals = {
  calls: number;
  /** Meetings booked for closers (hunters). */
  bookings: number;
  /** Deals won (closers). */
  wins: number;
  /** Revenue of those deals in the organisation's currency. */
  revenue: number;
  /** Revenue written in other currencies, left out of `revenue`. */
  otherRevenue: Map<string, number>;
  /** Calls that reached an existing customer (farmers). */
  retention: number;
  upsells: number;
  /** Meetings this hunter booked that fell due, and those held (show rate, seed 002's quality). */
  meetingsDue: number;
  meetingsHeld: number;
} & PhoneTimes;

export const NO_ACTUALS = (): RepActuals => ({
  calls: 0,
  bookings: 0,
  wins: 0,
  revenue: 0,
  otherRevenue: new Map(),
  retention: 0,
  upsells: 0,
  meetingsDue: 0,
  meetingsHeld: 0,
  connects: 0,
  talkSec: 0,
  handled: 0,
  handleSec: 0,
});

/** Every rep's results over a period, keyed by agent id (agents without activity are absent). */
export function repActuals(
  activities: readonly Activity[],
  period: Period,
  currency: string,
): Map<string, RepActuals> {
  const out = new Map<string, RepActuals>();
  const of = (id: string): RepActuals => {
    let r = out.get(id);
    if (!r) out.set(id, (r = NO_ACTUALS()));
    return r;
  };
  for (const [id, n] of callsPerAgent(activities, period)) of(id).calls = n;
  for (const [id, n] of bookingsPerAgent(activities, period)) of(id).bookings = n;
  for (const [id, n] of retentionCallsPerAgent(activities, period)) of(id).retention = n;
  for (const [id, n] of upsellsPerAgent(activities, period)) of(id).upsells = n;
  for (const [id, p] of phoneTimesPerAgent(activities, period)) Object.assign(of(id), p);
  for (const [id, m] of meetingShowsPerHunter(activities, period)) {
    of(id).meetingsDue = m.due;
    of(id).meetingsHeld = m.held;
  }
  for (const [id, w] of winsPerCloser(activities, period)) {
    const r = of(id);
    r.wins = w.deals;
    for (const [cur, amount] of w.revenue) {
      if (cur === currency) r.revenue += amount;
      else r.otherRevenue.set(cur, (r.otherRevenue.get(cur) ?? 0) + amount);
    }
  }
  return out;
}

/** The results of several reps added up. */
export function sumActuals(rows: Iterable<RepActuals>): RepActuals {
  const total = NO_ACTUALS();
  for (const r of rows) {
    total.calls += r.calls;
    total.bookings += r.bookings;
    total.wins += r.wins;
    total.revenue += r.revenue;
    total.retention += r.retention;
    total.upsells += r.upsells;
    total.meetingsDue += r.meetingsDue;
    total.meetingsHeld += r.meetingsHeld;
    total.connects += r.connects;
    total.talkSec += r.talkSec;
    total.handled += r.handled;
    total.handleSec += r.handleSec;
    for (const [cur, amount] of r.otherRevenue)
      total.otherRevenue.set(cur, (total.otherRevenue.get(cur) ?? 0) + amount);
  }
  return total;
}

/**
 * The role's own daily result (RepTargets.dailyBookings): meetings booked by a hunter, deals
 * closed by a closer, up-sells agreed by a farmer — added up for a rep who holds several roles.
 */
export function dailyResult(roles: readonly UserRole[], r: RepActuals): number {
  return (
    (roles.includes('hunter') ? r.bookings : 0) +
    (roles.includes('closer') ? r.wins : 0) +
    (roles.includes('farmer') ? r.upsells : 0)
  );
}

/** Local days in the period on which anyone in `activities` made a call: the days the team worked. */
export function workedDays(
  activities: Iterable<Activity>,
  timeZone: string,
  period: Period,
): number {
  const days = new Set<string>();
  for (const a of activities)
    if (isCall(a) && inPeriod(a.at, period)) days.add(localDay(timeZone, a.at));
  return days.size;
}

export type PeriodTargets = {
  calls: number;
  results: number;
  wins: number;
  revenue: number;
  /** Talk time in seconds, like RepActuals.talkSec; 0 when there is no talk target. */
  talkSec: number;
};

/**
 * A rep's targets over a period: daily targets times the days worked, monthly targets times the
 * months the period covers (periods.ts prorateMonthly with a target of 1).
 */
export function periodTargets(t: RepTargets, days: number, months: number): PeriodTargets {
  return {
    calls: t.dailyCalls * days,
    results: t.dailyBookings * days,
    talkSec: (t.dailyTalkMin ?? 0) * 60 * days,
    wins: t.monthlyWins * months,
    revenue: t.monthlyRevenue * months,
  };
}

/** Actual against target as a ratio (1 = met); null when there is no target. */
export function attainment(actual: number, target: number): number | null {
  return target > 0 ? actual / target : null;
}

/** Activities a farmer logs with an existing customer: not new business. */
function isCustomerCare(a: Activity): boolean {
  return RETENTION_DISPOSITIONS.includes(a.disposition ?? '') || a.stageTo === 'retention';
}

/**
 * The funnel of one period: every lead worked in it (a call, meeting or stage change that was
 * not customer care), counted up to the furthest stage it reached within the period. Lost leads
 * count up to where they were lost, so the step where they leaked shows.
 */
export function periodFunnel(activities: Iterable<Activity>, period: Period): FunnelStep[] {
  // Per lead: touched by sales work, by customer care, and the furthest stage reached.
  const leads = new Map<string, { sales: boolean; care: boolean; reach: number }>();
  for (const a of activities) {
    if (!inPeriod(a.at, period)) continue;
    let l = leads.get(a.leadId);
    if (!l) leads.set(a.leadId, (l = { sales: false, care: false, reach: 0 }));
    if (isCustomerCare(a)) {
      l.care = true;
      continue;
    }
    l.sales = true;
    if (a.stageTo && a.stageTo !== 'lost') l.reach = Math.max(l.reach, REACH[a.stageTo]);
  }
  const reached = FUNNEL_STAGES.map(() => 0);
  for (const l of leads.values()) {
    // A customer's check-in is not a new lead; a lead won this period stays in however it ends.
    if (l.care && l.reach === 0) continue;
    for (let i = 0; i <= l.reach; i++) reached[i] = (reached[i] ?? 0) + 1;
  }
  return funnelSteps(reached);
}

/** The funnel step losing the largest share of the leads before it; null when none loses any. */
export function biggestLeak(steps: readonly FunnelStep[]): number | null {
  let worst: number | null = null;
  let worstRate = 1;
  steps.forEach((s, i) => {
    const before = steps[i - 1]?.count ?? 0;
    if (i === 0 || before === 0 || s.conversionFromPrevious === null) return;
    if (s.conversionFromPrevious < worstRate) {
      worst = i;
      worstRate = s.conversionFromPrevious;
    }
  });
  return worst;
}

/**
 * The pipeline as it stands, from current counts per stage (index counts on the desk): how many
 * leads are at each funnel stage or beyond. Customers count as won; lost leads are reported
 * apart, since where they were lost is not on the lead.
 */
export function pipelineReach(counts: Readonly<Partial<Record<LeadStage, number>>>): {
  steps: FunnelStep[];
  lost: number;
} {
  const at = (s: LeadStage) => counts[s] ?? 0;
  const open = FUNNEL_STAGES.map((s) => (s === 'won' ? at('won') + at('retention') : at(s)));
  // "Reached" counts straight from the stage counts: no lead records needed.
  const reached = open.map((_, i) => open.slice(i).reduce((a, b) => a + b, 0));
  return { lost: at('lost'), steps: funnelSteps(reached) };
}

export type MonthTotals = {
  key: string;
  calls: number;
  bookings: number;
  wins: number;
  revenue: number;
  retention: number;
};

/** The team's totals per calendar month, oldest first: one pass over the activities. */
export function monthlyTotals(
  activities: readonly Activity[],
  months: readonly (Period & { key: string })[],
  currency: string,
): MonthTotals[] {
  const out = months.map((m) => ({
    key: m.key,
    calls: 0,
    bookings: 0,
    wins: 0,
    revenue: 0,
    retention: 0,
  }));
  for (const a of activities) {
    const i = months.findIndex((m) => inPeriod(a.at, m));
    const t = out[i];
    if (!t) continue;
    if (isCall(a)) t.calls += 1;
    if (isBooking(a)) t.bookings += 1;
    if (isRetentionCall(a)) t.retention += 1;
    if (isWin(a)) {
      t.wins += 1;
      if (a.currency === currency) t.revenue += a.amount ?? 0;
    }
  }
  return out;
}

export type Ranked<T> = { row: T; rank: number; value: number };

/** Rows best first by `value`; equal values share a rank (1, 2, 2, 4). */
export function rankBy<T>(rows: readonly T[], value: (row: T) => number): Ranked<T>[] {
  const sorted = rows.map((row) => ({ row, value: value(row) })).sort((a, b) => b.value - a.value);
  let rank = 0;
  return sorted.map((r, i) => {
    if (i === 0 || sorted[i - 1]?.value !== r.value) rank = i + 1;
    return { ...r, rank };
  });
}

/**
 * The five factors of the profit formula from a team's real results: leads worked, the share of
 * them won, revenue per deal, purchases per customer in the period (the first sale plus
 * up-sells), and the margin the supervisor states.
 */
export function profitFactorsFrom(input: {
  leads: number;
  wins: number;
  revenue: number;
  upsells: number;
  margin: number;
}): ProfitFactors {
  const { leads, wins, revenue, upsells, margin } = input;
  return {
    leads,
    conversion: leads > 0 ? wins / leads : 0,
    averageCheck: wins > 0 ? revenue / wins : 0,
    purchasesPerPeriod: wins > 0 ? (wins + upsells) / wins : 1,
    margin,
  };
}

/** The profit multiplier of raising each factor by its percentage: 1.15⁵ ≈ 2.01 for five × 15%. */
export function compoundMultiplier(percent: Partial<Record<keyof ProfitFactors, number>>): number {
  return Object.values(percent).reduce<number>((m, p) => m * (1 + (p ?? 0) / 100), 1);
}

/** What people expect from raising each factor a little (the percentages added up), as a ratio. */
export function additiveEffect(percent: Partial<Record<keyof ProfitFactors, number>>): number {
  return Object.values(percent).reduce<number>((sum, p) => sum + (p ?? 0), 0) / 100;
}

/** DOMAIN.md: a supervisor leads 6–7 reps at most. */
export const MAX_REPS_PER_SUPERVISOR = 7;

/** The reps of a team: people working leads, not the team's supervisor. */
export function repsOf(users: readonly User[], team: Team): User[] {
  return users.filter((u) => u.teamId === team.id && u.id !== team.supervisorId && isAgent(u));
}

/** Teams whose supervisor leads more reps than one person can. */
export function overloadedTeams(
  users: readonly User[],
  teams: readonly Team[],
  max = MAX_REPS_PER_SUPERVISOR,
): { team: Team; reps: number }[] {
  return teams
    .map((team) => ({ team, reps: repsOf(users, team).length }))
    .filter((t) => t.reps > max);
}

/**
 * The sales target of a month for a scope: the team's own, or for the whole organisation its
 * organisation-wide target, else the teams' targets added up. Null when none is set.
 */
export function salesTargetFor(
  targets: readonly SalesTarget[],
  scope: TeamId | null,
  month: string,
): { revenue: number; wins: number } | null {
  const ofMonth = targets.filter((t) => t.month === month);
  const own = ofMonth.find((t) => t.teamId === scope);
  if (own) return { revenue: own.revenue, wins: own.wins };
  if (scope !== null) return null;
  const teams = ofMonth.filter((t) => t.teamId !== null);
  if (teams.length === 0) return null;
  return {
    revenue: teams.reduce((s, t) => s + t.revenue, 0),
    wins: teams.reduce((s, t) => s + t.wins, 0),
  };
}
