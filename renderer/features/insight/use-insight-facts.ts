// The insight facts (shared/domain/insight/facts.ts) of the reps in scope over a period, summed
// per key. Whole local days are read off the fact store (renderer/db/fact-store.ts: a few index
// ranges per rep, kept as activities are written); the hours of a period that starts or ends
// inside a day are derived from that day's activities of each rep. A screen that never looks at
// a fact's day asks for the month grain: the whole local months of the period then come off the
// month rows (one row per key and month instead of one per key and day). One that looks only at
// the rep, among the metrics the rep months keep, asks for the rep-month grain: whole months then
// come off the rep months (fact-store.ts), and every fact has the lead's dimensions blank. One
// that wants the whole organisation's history, not a rep's, asks for the organisation-month
// grain: whole months come off the organisation's months, and every fact has the rep blank too.
import { useEffect } from 'react';
import {
  activityFacts,
  factKeyPrefix,
  localDay,
  sumFacts,
  type InsightFact,
  type InsightMetric,
} from '../../../shared/domain/insight/facts';
import type { Activity } from '../../../shared/domain/lead';
import { dayOf, type Period } from '../../../shared/domain/periods';
import {
  ensureFactsZone,
  factReadTables,
  factsZone,
  orgMonthOf,
  REP_MONTH_METRICS,
  repMonthOf,
  type FactRow,
} from '../../db/fact-store';
import type { DeskDatabase } from '../../db/schema';
import { useDeskDb } from '../../db/use-desk-db';
import { useSteadyLiveQuery } from '../../db/steady-query';

/**
 * How finely the facts of a period come: `day` (every fact carries its local day) or `month`
 * (the facts of whole local months in the period carry the month, YYYY-MM, as their day; the
 * rest their day), or `repMonth` (as `month`, and every fact has the lead's team, list, source,
 * DID and product blank; only for REP_MONTH_METRICS), or `orgMonth` (as `repMonth` for the whole
 * organisation: the facts of every rep whose activities the desk holds, whatever `agentIds` says,
 * with the rep blank too). Sums over the period are the same either way.
 */
export type FactGrain = 'day' | 'month' | 'repMonth' | 'orgMonth';

const repMonthMetric = new Set<string>(REP_MONTH_METRICS);

/**
 * The facts of `agentIds` (of everyone at the organisation-month grain) over `period` (optionally
 * only some metrics), summed per key.
 */
export async function readInsightFacts(
  db: DeskDatabase,
  agentIds: readonly string[],
  period: Period,
  timeZone: string,
  metrics?: readonly InsightMetric[],
  grain: FactGrain = 'day',
): Promise<InsightFact[]> {
  // A store kept in another zone (the organisation's timezone changed) is rebuilt first.
  await ensureFactsZone(db, timeZone);
  return (await readStoredFacts(db, agentIds, period, timeZone, metrics, grain)) ?? [];
}

/** As readInsightFacts, without writing: undefined while the store is in another zone. */
async function readStoredFacts(
  db: DeskDatabase,
  agentIds: readonly string[],
  period: Period,
  timeZone: string,
  metrics: readonly InsightMetric[] | undefined,
  grain: FactGrain,
): Promise<InsightFact[] | undefined> {
  const byOrg = grain === 'orgMonth';
  if (period.to <= period.from || (agentIds.length === 0 && !byOrg)) return [];
  const byRep = grain === 'repMonth';
  if ((byRep || byOrg) && !metrics?.every((m) => repMonthMetric.has(m)))
    throw new Error(
      `the ${byOrg ? 'organisation’s' : 'rep'} months keep only ${REP_MONTH_METRICS.join(', ')}`,
    );
  const { days, edges } = splitPeriod(period, timeZone);
  const parts = days
    ? grain !== 'day'
      ? splitMonths(days)
      : { months: null, days: [days] }
    : { months: null, days: [] };
  return db.transaction('r', factReadTables(db), async () => {
    if ((await factsZone(db)) !== timeZone) return undefined;
    const [months, stored, derived] = await Promise.all([
      !parts.months
        ? []
        : byOrg
          ? organisationFacts(db.factOrgMonths, parts.months, metrics ?? [])
          : storedFacts(byRep ? db.factRepMonths : db.factMonths, agentIds, parts.months, metrics),
      Promise.all(
        parts.days.map((d) =>
          byOrg
            ? organisationDays(db.facts, d, metrics ?? [])
            : storedFacts(db.facts, agentIds, d, metrics),
        ),
      ),
      derivedFacts(db, byOrg ? null : agentIds, edges, timeZone, metrics),
    ]);
    const all = [...months.map(withoutKey), ...stored.flat().map(withoutKey), ...derived];
    return sumFacts(byOrg ? all.map(orgMonthOf) : byRep ? all.map(repMonthOf) : all);
  });
}

/** The organisation's month rows in [from, to) (YYYY-MM) of the metrics asked. */
function organisationFacts(
  table: DeskDatabase['factOrgMonths'],
  months: { from: string; to: string },
  metrics: readonly InsightMetric[],
): Promise<FactRow[]> {
  return Promise.all(
    metrics.map((m) =>
      table.where('[metric+day]').between([m, months.from], [m, months.to], true, false).toArray(),
    ),
  ).then((lists) => lists.flat());
}

/** Every rep's day rows in [from, to) (YYYY-MM-DD) of the metrics asked: a key range per day. */
function organisationDays(
  table: DeskDatabase['facts'],
  days: { from: string; to: string },
  metrics: readonly InsightMetric[],
): Promise<FactRow[]> {
  const ranges: Promise<FactRow[]>[] = [];
  for (let day = days.from; day < days.to; day = nextDay(day))
    for (const m of metrics)
      ranges.push(table.where('key').startsWith(factKeyPrefix(day, m)).toArray());
  return Promise.all(ranges).then((lists) => lists.flat());
}

/** The day after `day` (YYYY-MM-DD). */
function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The month after `month` (YYYY-MM). */
function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * Whole local days ([from, to) as YYYY-MM-DD) split into the whole months among them ([from, to)
 * as YYYY-MM) and the days before and after those months.
 */
export function splitMonths(days: { from: string; to: string }): {
  months: { from: string; to: string } | null;
  days: { from: string; to: string }[];
} {
  const head = days.from.slice(0, 7);
  const first = days.from.endsWith('-01') ? head : nextMonth(head);
  const end = days.to.slice(0, 7);
  if (first >= end) return { months: null, days: [days] };
  const out: { from: string; to: string }[] = [];
  if (days.from < `${first}-01`) out.push({ from: days.from, to: `${first}-01` });
  if (`${end}-01` < days.to) out.push({ from: `${end}-01`, to: days.to });
  return { months: { from: first, to: end }, days: out };
}

/** The whole local days of a period ([from, to) as YYYY-MM-DD) and the partial hours at its ends. */
export function splitPeriod(
  period: Period,
  timeZone: string,
): { days: { from: string; to: string } | null; edges: Period[] } {
  const head = dayOf(timeZone, period.from);
  const tail = dayOf(timeZone, period.to);
  const start = head.from === period.from ? period.from : head.to;
  const end = tail.from;
  if (start >= end) return { days: null, edges: [period] };
  const edges: Period[] = [];
  if (start > period.from) edges.push({ from: period.from, to: start });
  if (period.to > end) edges.push({ from: end, to: period.to });
  return { days: { from: localDay(timeZone, start), to: localDay(timeZone, end) }, edges };
}

/** The stored rows of `table` (days or months) in [from, to) of the reps, per metric asked. */
function storedFacts(
  table: DeskDatabase['facts'],
  agentIds: readonly string[],
  days: { from: string; to: string },
  metrics?: readonly InsightMetric[],
): Promise<FactRow[]> {
  const ranges = metrics
    ? metrics.flatMap((m) =>
        agentIds.map((id) =>
          table
            .where('[metric+agentId+day]')
            .between([m, id, days.from], [m, id, days.to], true, false)
            .toArray(),
        ),
      )
    : agentIds.map((id) =>
        table.where('[agentId+day]').between([id, days.from], [id, days.to], true, false).toArray(),
      );
  return Promise.all(ranges).then((lists) => lists.flat());
}

/** The facts of the activities of `agentIds` (of everyone when null) in the edges' hours. */
async function derivedFacts(
  db: DeskDatabase,
  agentIds: readonly string[] | null,
  edges: readonly Period[],
  timeZone: string,
  metrics?: readonly InsightMetric[],
): Promise<InsightFact[]> {
  if (edges.length === 0) return [];
  const lists = await Promise.all(
    edges.flatMap((p) =>
      agentIds
        ? agentIds.map((id) =>
            db.activities
              .where('[agentId+at]')
              .between([id, p.from], [id, p.to], true, false)
              .toArray(),
          )
        : [db.activities.where('at').between(p.from, p.to, true, false).toArray()],
    ),
  );
  const activities: Activity[] = lists.flat();
  // Rows without context count with the lead the store counted them with.
  const bare = activities.filter((a) => !a.context).map((a) => a.id);
  const leads = new Map(
    (bare.length ? await db.factLeads.bulkGet(bare) : []).flatMap((r) =>
      r ? [[r.id, r.lead] as const] : [],
    ),
  );
  const wanted = metrics ? new Set(metrics) : null;
  return activities.flatMap((a) =>
    activityFacts(a, timeZone, leads.get(a.id) ?? null).filter(
      (f) => !wanted || wanted.has(f.metric),
    ),
  );
}

function withoutKey({ key: _key, ...fact }: FactRow): InsightFact {
  return fact;
}

/** Live: the facts follow new activities as they are logged or pulled. */
export function useInsightFacts(
  agentIds: readonly string[],
  period: Period,
  timeZone: string,
  metrics?: readonly InsightMetric[],
  grain: FactGrain = 'day',
): readonly InsightFact[] | undefined {
  const db = useDeskDb();
  // A live query may not write: the store is moved to the organisation's zone beside it, and
  // the query (which reads the store's zone) answers once it is there.
  useEffect(() => {
    void ensureFactsZone(db, timeZone);
  }, [db, timeZone]);
  const asked = `${agentIds.join(',')}|${period.from}|${period.to}|${timeZone}|${metrics?.join(',') ?? '*'}|${grain}`;
  const read = useSteadyLiveQuery(
    async () => ({
      asked,
      facts: await readStoredFacts(db, agentIds, period, timeZone, metrics, grain),
    }),
    [db, asked],
  );
  return read?.asked === asked ? read.facts : undefined;
}
