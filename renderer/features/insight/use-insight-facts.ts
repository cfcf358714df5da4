// The insight facts (shared/domain/insight/facts.ts) of the reps in scope over a period, summed
// per key. Read from the activities of each rep through the [agentId+at] index and derived on
// the spot; leads are read only for activities written before activities carried their context.
import { useLiveQuery } from 'dexie-react-hooks';
import {
  activityFacts,
  sumFacts,
  type InsightFact,
  type InsightMetric,
} from '../../../shared/domain/insight/facts';
import type { Activity } from '../../../shared/domain/lead';
import type { Period } from '../../../shared/domain/periods';
import type { DeskDatabase } from '../../db/schema';
import { useDeskDb } from '../../db/use-desk-db';

/** The facts of `agentIds` over `period` (optionally only some metrics), summed per key. */
export async function readInsightFacts(
  db: DeskDatabase,
  agentIds: readonly string[],
  period: Period,
  timeZone: string,
  metrics?: readonly InsightMetric[],
): Promise<InsightFact[]> {
  if (period.to <= period.from || agentIds.length === 0) return [];
  const lists = await Promise.all(
    agentIds.map((id) =>
      db.activities
        .where('[agentId+at]')
        .between([id, period.from], [id, period.to], true, false)
        .toArray(),
    ),
  );
  const activities: Activity[] = lists.flat();
  const bare = [...new Set(activities.filter((a) => !a.context).map((a) => a.leadId))];
  const leads = new Map(
    (await db.leads.bulkGet(bare)).flatMap((l) => (l ? [[l.id, l] as const] : [])),
  );
  const wanted = metrics ? new Set(metrics) : null;
  const facts: InsightFact[] = [];
  for (const a of activities) {
    const lead = a.context ? null : leads.get(a.leadId);
    for (const f of activityFacts(
      a,
      timeZone,
      lead
        ? {
            teamId: lead.teamId,
            listName: lead.listName,
            source: lead.source,
            productId: lead.deal?.productId ?? lead.proposal?.productId ?? null,
          }
        : null,
    ))
      if (!wanted || wanted.has(f.metric)) facts.push(f);
  }
  return sumFacts(facts);
}

/** Live: the facts follow new activities as they are logged or pulled. */
export function useInsightFacts(
  agentIds: readonly string[],
  period: Period,
  timeZone: string,
  metrics?: readonly InsightMetric[],
): readonly InsightFact[] | undefined {
  const db = useDeskDb();
  const asked = `${agentIds.join(',')}|${period.from}|${period.to}|${timeZone}|${metrics?.join(',') ?? '*'}`;
  const read = useLiveQuery(
    async () => ({ asked, facts: await readInsightFacts(db, agentIds, period, timeZone, metrics) }),
    [db, asked],
  );
  return read?.asked === asked ? read.facts : undefined;
}
