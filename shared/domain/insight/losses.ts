// Loss and refusal analysis from the insight facts: why leads are lost (the 'lost' facts' reasons)
// and why they refuse (the 'refusal' facts' objection categories), with shares, by rep, list or
// product, over time as a stacked series, and the competitors lost deals went to.
import type { InsightFact } from './facts';

/** The facts a reason analysis reads: lost leads (value: lost reason) or refusals (value: objection category). */
export type ReasonMetric = 'lost' | 'refusal';

/** What a breakdown groups by: the rep, the lead's list or the product concerned. */
export const LOSS_GROUPS = ['agentId', 'list', 'productId'] as const;
export type LossGroup = (typeof LOSS_GROUPS)[number];

export type ReasonCount = {
  readonly reason: string;
  readonly n: number;
  /** n over all events of the metric, 0…1 (0 when there are none). */
  readonly share: number;
};

export type ReasonBreakdown = {
  readonly total: number;
  /** Most frequent first; ties by reason. */
  readonly reasons: readonly ReasonCount[];
};

const share = (n: number, of: number) => (of > 0 ? n / of : 0);

function countsOf(facts: Iterable<InsightFact>, metric: ReasonMetric): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of facts) if (f.metric === metric) m.set(f.value, (m.get(f.value) ?? 0) + f.n);
  return m;
}

/** Reasons ordered by count (most first), ties by name. */
function ranked(counts: ReadonlyMap<string, number>): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** How many leads were lost (or refused) for each reason, and each reason's share. */
export function reasonBreakdown(
  facts: Iterable<InsightFact>,
  metric: ReasonMetric,
): ReasonBreakdown {
  const counts = countsOf(facts, metric);
  const total = [...counts.values()].reduce((s, n) => s + n, 0);
  return {
    total,
    reasons: ranked(counts).map(([reason, n]) => ({ reason, n, share: share(n, total) })),
  };
}

export type ReasonGroupRow = {
  /** The rep's id, the list's name or the product's id ('' when the lead had none). */
  readonly key: string;
  readonly total: number;
  /** This group's share of all the metric's events. */
  readonly share: number;
  /** Count per reason (reasons the group never gave are absent). */
  readonly counts: Readonly<Record<string, number>>;
  /** The group's most frequent reason. */
  readonly top: string;
};

export type ReasonsByGroup = {
  /** Every reason met, most frequent overall first: the table's columns. */
  readonly reasons: readonly string[];
  readonly total: number;
  /** Largest group first; ties by key. */
  readonly rows: readonly ReasonGroupRow[];
};

/** The reasons per rep, list or product. */
export function reasonsBy(
  facts: Iterable<InsightFact>,
  metric: ReasonMetric,
  by: LossGroup,
): ReasonsByGroup {
  const all = new Map<string, number>();
  const groups = new Map<string, Map<string, number>>();
  for (const f of facts) {
    if (f.metric !== metric) continue;
    all.set(f.value, (all.get(f.value) ?? 0) + f.n);
    const key = f[by];
    const g = groups.get(key) ?? new Map<string, number>();
    g.set(f.value, (g.get(f.value) ?? 0) + f.n);
    groups.set(key, g);
  }
  const total = [...all.values()].reduce((s, n) => s + n, 0);
  const rows = [...groups].map(([key, g]) => {
    const t = [...g.values()].reduce((s, n) => s + n, 0);
    return {
      key,
      total: t,
      share: share(t, total),
      counts: Object.fromEntries(g),
      top: ranked(g)[0]?.[0] ?? '',
    };
  });
  rows.sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { reasons: ranked(all).map(([r]) => r), total, rows };
}

export type TrendUnit = 'day' | 'week';

export type TrendBucket = {
  /** The bucket's first day (YYYY-MM-DD), clipped to the period. */
  readonly from: string;
  /** The bucket's last day, clipped to the period. */
  readonly to: string;
  readonly total: number;
  readonly counts: Readonly<Record<string, number>>;
};

export type ReasonTrend = {
  readonly unit: TrendUnit;
  /** Every reason met, most frequent first: the series, stacked in this order. */
  readonly reasons: readonly string[];
  /** Every day or week of the period, in order, empty ones included. */
  readonly buckets: readonly TrendBucket[];
};

/** Periods up to this many days are shown per day, longer ones per week. */
export const DAILY_TREND_MAX_DAYS = 14;

const DAY_MS = 86_400_000;
const dayNumber = (day: string) =>
  Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
const dayText = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/**
 * The reasons per day (short periods) or per week, over the local days `first`…`last`
 * (inclusive). Weeks begin on `weekStart` (0 = Sunday … 6 = Saturday), the first and last ones
 * clipped to the period.
 */
export function reasonTrend(
  facts: Iterable<InsightFact>,
  metric: ReasonMetric,
  first: string,
  last: string,
  weekStart = 1,
): ReasonTrend {
  const a = dayNumber(first);
  const b = dayNumber(last);
  const unit: TrendUnit = b - a + 1 <= DAILY_TREND_MAX_DAYS ? 'day' : 'week';
  // Day number → the bucket's start day number.
  const startOf = (d: number) => {
    if (unit === 'day') return d;
    // 1970-01-01 was a Thursday (4).
    const weekday = (((d + 4) % 7) + 7) % 7;
    return Math.max(a, d - ((weekday - weekStart + 7) % 7));
  };
  const buckets = new Map<number, { to: number; counts: Map<string, number> }>();
  for (let d = a; d <= b; d++) {
    const s = startOf(d);
    const had = buckets.get(s);
    if (had) had.to = d;
    else buckets.set(s, { to: d, counts: new Map() });
  }
  const all = new Map<string, number>();
  for (const f of facts) {
    if (f.metric !== metric) continue;
    const d = dayNumber(f.day);
    if (!(d >= a && d <= b)) continue;
    const bucket = buckets.get(startOf(d));
    if (!bucket) continue;
    bucket.counts.set(f.value, (bucket.counts.get(f.value) ?? 0) + f.n);
    all.set(f.value, (all.get(f.value) ?? 0) + f.n);
  }
  return {
    unit,
    reasons: ranked(all).map(([r]) => r),
    buckets: [...buckets].map(([from, { to, counts }]) => ({
      from: dayText(from),
      to: dayText(to),
      total: [...counts.values()].reduce((s, n) => s + n, 0),
      counts: Object.fromEntries(counts),
    })),
  };
}

export type CompetitorRow = {
  /** The competitor as most often spelled (ties: the first in sort order); null when none was named. */
  readonly name: string | null;
  readonly n: number;
  /** Share of the leads lost to a competitor. */
  readonly share: number;
  /** Every spelling met, most frequent first. */
  readonly spellings: readonly string[];
};

export type CompetitorBreakdown = {
  /** Leads lost with the reason 'competitor'. */
  readonly total: number;
  /** Most leads first; ties by name; the unnamed ones last. */
  readonly rows: readonly CompetitorRow[];
};

/** A competitor's name as the grouping compares it: trimmed, inner spaces collapsed, any case. */
export function competitorKey(name: string): string {
  return name
    .trim()
    .replace(/\s+/g, ' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('und');
}

/** "Left for a competitor": the leads lost to a competitor, by the competitor named. */
export function competitorBreakdown(facts: Iterable<InsightFact>): CompetitorBreakdown {
  const groups = new Map<string, Map<string, number>>();
  let total = 0;
  for (const f of facts) {
    if (f.metric !== 'lost' || f.value !== 'competitor') continue;
    total += f.n;
    const spelled = f.detail.trim().replace(/\s+/g, ' ');
    const key = competitorKey(spelled);
    const g = groups.get(key) ?? new Map<string, number>();
    g.set(spelled, (g.get(spelled) ?? 0) + f.n);
    groups.set(key, g);
  }
  const rows: CompetitorRow[] = [...groups].map(([key, g]) => {
    const spellings = ranked(g).map(([s]) => s);
    const n = [...g.values()].reduce((s, x) => s + x, 0);
    return {
      name: key === '' ? null : (spellings[0] ?? null),
      n,
      share: share(n, total),
      spellings,
    };
  });
  rows.sort(
    (x, y) =>
      Number(x.name === null) - Number(y.name === null) ||
      y.n - x.n ||
      (x.name ?? '').localeCompare(y.name ?? ''),
  );
  return { total, rows };
}
