// KPIs of DOMAIN.md over plain activity and lead records: calls per agent per day, bookings,
// wins and revenue, retention calls, the funnel with its leaks, monthly growth and the profit
// formula with its what-if.
import { localTime } from './calling-window';
import type { Activity, Lead, LeadStage } from './lead';

/** yyyy-mm-dd of an instant in `timeZone`. */
export function localDay(timeZone: string, at: number): string {
  const t = localTime(timeZone, at);
  return `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
}

export type Period = { from: number; to: number };
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

/** Meetings booked per hunter. */
export function bookingsPerAgent(
  activities: Iterable<Activity>,
  period: Period,
): Map<string, number> {
  return countBy(activities, period, (a) => a.disposition === 'meetingBooked');
}

/** Retention calls per farmer: calls to customers that reached them. */
export function retentionCallsPerAgent(
  activities: Iterable<Activity>,
  period: Period,
): Map<string, number> {
  return countBy(
    activities,
    period,
    (a) =>
      a.type === 'call' &&
      ['retained', 'upsold', 'churned', 'satisfied'].includes(a.disposition ?? ''),
  );
}

export type Wins = { deals: number; revenue: Map<string, number> };

/** Deals won per closer, with revenue per currency. */
export function winsPerCloser(activities: Iterable<Activity>, period: Period): Map<string, Wins> {
  const out = new Map<string, Wins>();
  for (const a of activities) {
    if (a.stageTo !== 'won' || !inPeriod(a.at, period)) continue;
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
  const start = counts[0] ?? 0;
  return FUNNEL_STAGES.map((stage, i) => {
    const count = counts[i] ?? 0;
    const previous = i === 0 ? null : (counts[i - 1] ?? 0);
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
