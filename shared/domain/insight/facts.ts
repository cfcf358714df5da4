// Supervisor insight (loss and refusal reasons, objection cards, sources, time in stage,
// forecast, alerts) is read off *facts*: small additive rows, each a count and a sum for one
// day, one rep and one kind of event, with the dimensions the screens filter and group by. A
// fact is derived from one activity alone (activityFacts), so the desk can keep them summed per
// day as activities arrive instead of reading millions of activities when a screen opens.
import type { Activity, LeadStage } from '../lead';
import { localTime } from '../calling-window';

export const INSIGHT_METRICS = [
  /** A call (any outcome). value: disposition ('' when none); detail: 'inbound' | 'outbound'; sum: talk seconds. */
  'call',
  /** A lead or customer lost. value: lost reason; detail: competitor named ('' when none). */
  'lost',
  /** A refusal on a call. value: objection category. */
  'refusal',
  /** An objection card opened on a call. value: card id; detail: the call's disposition. */
  'cardOpened',
  /** A lead entered a stage. value: the stage. */
  'stageEnter',
  /** A lead left a stage. value: the stage it left; detail: stage-time bucket index; sum: seconds spent in it. */
  'stageLeft',
  /** A sale. value: product id ('' when none); detail: currency; sum: amount. */
  'won',
  /** An up-sell or cross-sell to a customer. value: product id; detail: currency; sum: amount. */
  'upsell',
  /** A meeting's outcome. value: 'held' | 'noShow' | 'rescheduled'; detail: the hunter who booked it. */
  'meetingOutcome',
] as const;
export type InsightMetric = (typeof INSIGHT_METRICS)[number];

/** One additive figure: `n` events and the `sum` of their amounts or seconds. */
export type InsightFact = {
  readonly metric: InsightMetric;
  /** The local day in the organisation's timezone, YYYY-MM-DD. */
  readonly day: string;
  readonly agentId: string;
  /** The lead's team when it happened ('' for none). */
  readonly teamId: string;
  /** The lead's list (import file or list name) when it happened ('' for none). */
  readonly list: string;
  /** The lead's source ('' for none). */
  readonly source: string;
  /** The tracking number (DID) the lead first called, for inbound leads ('' for none). */
  readonly did: string;
  /** The product concerned: the sale's, else the lead's offer ('' for none). */
  readonly productId: string;
  readonly value: string;
  readonly detail: string;
  readonly n: number;
  readonly sum: number;
};

/** Dimensions a fact is grouped by; together with metric, value and detail they make its key. */
export const FACT_DIMENSIONS = [
  'day',
  'agentId',
  'teamId',
  'list',
  'source',
  'did',
  'productId',
] as const;

/** What the keys of one day's facts of one metric start with (factKey): a primary-key range. */
export function factKeyPrefix(day: string, metric: InsightMetric): string {
  return `${day}\u001f${metric}\u001f`;
}

/** The key two facts share when they add up into one row. */
export function factKey(f: Omit<InsightFact, 'n' | 'sum'>): string {
  return [
    f.day,
    f.metric,
    f.agentId,
    f.teamId,
    f.list,
    f.source,
    f.did,
    f.productId,
    f.value,
    f.detail,
  ]
    .map((p) => p.replaceAll('\u001f', ' '))
    .join('\u001f');
}

/**
 * Upper bounds (seconds) of the time-in-stage buckets: hours for the first two days, then days
 * to a quarter; the last bucket holds everything longer. Medians are read off these buckets.
 */
export const STAGE_TIME_BUCKETS: readonly number[] = [
  ...Array.from({ length: 48 }, (_, i) => (i + 1) * 3600),
  ...Array.from({ length: 88 }, (_, i) => (i + 3) * 86_400),
  Number.POSITIVE_INFINITY,
];

export function stageTimeBucket(seconds: number): number {
  let lo = 0;
  let hi = STAGE_TIME_BUCKETS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (seconds <= (STAGE_TIME_BUCKETS[mid] ?? Infinity)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The organisation-local day of an instant. */
export function localDay(timeZone: string, at: number): string {
  const t = localTime(timeZone, at);
  return `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
}

/** What the facts of an activity need to know about its lead when the activity itself does not say. */
export type FactLeadContext = {
  readonly teamId: string | null;
  readonly listName: string | null;
  readonly source: string | null;
  readonly did?: string | null;
  readonly productId?: string | null;
  /** The stage the lead was in before this activity moved it, and since when. */
  readonly stageFrom?: LeadStage | null;
  readonly stageSince?: number | null;
};

/** Adds facts with the same key together. */
export function sumFacts(facts: Iterable<InsightFact>): InsightFact[] {
  const byKey = new Map<string, InsightFact>();
  for (const f of facts) {
    const k = factKey(f);
    const had = byKey.get(k);
    byKey.set(k, had ? { ...had, n: had.n + f.n, sum: had.sum + f.sum } : f);
  }
  return [...byKey.values()];
}

export type InsightActivity = Activity;

/**
 * The facts one activity adds. `lead` stands in for what an activity written before activities
 * carried their context does not say (the lead as the desk holds it now); the activity's own
 * context wins. `timeZone` is the organisation's: facts are kept per local day.
 */
export function activityFacts(
  a: Activity,
  timeZone: string,
  lead: FactLeadContext | null = null,
): InsightFact[] {
  const c = a.context;
  const base = {
    day: localDay(timeZone, a.at),
    agentId: a.agentId,
    teamId: (c ? c.teamId : lead?.teamId) ?? '',
    list: (c ? c.list : lead?.listName) ?? '',
    source: (c ? c.source : lead?.source) ?? '',
    did: (c ? c.did : lead?.did) ?? '',
    productId: a.productId ?? (c ? c.productId : lead?.productId) ?? '',
  };
  const fact = (metric: InsightMetric, value: string, detail = '', sum = 0): InsightFact => ({
    ...base,
    metric,
    value,
    detail,
    n: 1,
    sum,
  });
  const out: InsightFact[] = [];
  if (a.type === 'call') {
    out.push(
      fact('call', a.disposition ?? '', a.phone?.direction ?? 'outbound', a.durationSec ?? 0),
    );
    if (a.objection) out.push(fact('refusal', a.objection));
    for (const card of new Set(a.cardsOpened ?? []))
      out.push(fact('cardOpened', card, a.disposition ?? ''));
    if (a.disposition === 'upsold' && a.productId)
      out.push(fact('upsell', a.productId, a.currency ?? '', a.amount ?? 0));
  } else if (a.type === 'stageChange' && a.stageTo) {
    out.push(fact('stageEnter', a.stageTo));
    const from = c ? c.stageFrom : (lead?.stageFrom ?? null);
    const since = c ? c.stageSince : (lead?.stageSince ?? null);
    if (from && from !== a.stageTo && since !== null) {
      const seconds = Math.max(0, Math.round((a.at - since) / 1000));
      out.push(fact('stageLeft', from, String(stageTimeBucket(seconds)), seconds));
    }
    if (a.stageTo === 'won')
      out.push(fact('won', a.productId ?? '', a.currency ?? '', a.amount ?? 0));
    if (a.stageTo === 'lost') out.push(fact('lost', a.lostReason ?? 'other', a.competitor ?? ''));
  } else if (a.type === 'meeting' && a.disposition) {
    out.push(fact('meetingOutcome', a.disposition, a.bookedBy ?? ''));
  }
  return out;
}
