// How long the scope's leads have been in their current stage, tallied per rep and stage. The
// leads are not walked: the desk keeps, with every lead written, how many of a rep's leads entered
// each open stage on each UTC day and the sum of those instants (tallies.ts: running stays). So:
// - the mean is exact (the sum of the stays is the count times now less the sum of the instants);
// - stays begun within the last two to three days (from the UTC day that holds now − 48 h on) are
//   read one by one off the [ownerId+stage+stageChangedAt] index keys, exactly, for the hour buckets;
// - an earlier day's stays go to the day bucket of that day's mean instant: a day's leads all fall
//   within one day of it, so a stay of three days or more is off by at most one day bucket (none
//   when the day's leads entered the stage together, as an import's do).
// The read is still a kept figure (kept-query.ts): shown at once from the last read.
import { useCallback } from 'react';
import { Dexie } from 'dexie';
import { stageTimeBucket } from '../../../../shared/domain/insight/facts';
import {
  TIME_STAGES,
  tallyOngoing,
  type OngoingTallies,
} from '../../../../shared/domain/insight/stages';
import { useKeptQuery } from '../../../db/kept-query';
import type { DeskDatabase } from '../../../db/schema';
import { DAY_MS, readStays, stayOf } from '../../../db/tallies';
import { useDeskDb } from '../../../db/use-desk-db';

export type OngoingRead = { at: number; tallies: OngoingTallies };

const HOUR_BUCKETS_MS = 48 * 3_600_000;

/** Where the exact part of the read starts: a UTC day's start at or before now − 48 h. */
export function exactStaysFrom(now: number): number {
  return Math.floor((now - HOUR_BUCKETS_MS) / DAY_MS) * DAY_MS;
}

export async function readOngoingStays(
  db: DeskDatabase,
  agentIds: readonly string[],
  now: number,
): Promise<OngoingRead> {
  const exactFrom = exactStaysFrom(now);
  const exactDay = exactFrom / DAY_MS;
  function* recent(keys: readonly unknown[], agentId: string, stage: string) {
    for (const key of keys) {
      const since = (key as [string, string, number])[2];
      yield { agentId, stage, seconds: Math.max(0, Math.round((now - since) / 1000)) };
    }
  }
  const tallies: Record<string, { n: number; sum: number; buckets: Record<string, number> }> = {};
  // Every rep's reads asked at once (one after another, each rep's round trip was waited for).
  const reads = await Promise.all(
    agentIds.map((agentId) =>
      Promise.all([
        readStays(db, agentId),
        ...TIME_STAGES.map((stage) =>
          db.leads
            .where('[ownerId+stage+stageChangedAt]')
            .between([agentId, stage, exactFrom], [agentId, stage, Dexie.maxKey])
            .keys(),
        ),
      ]),
    ),
  );
  for (const [r, agentId] of agentIds.entries()) {
    const [rows = [], ...exact] = reads[r] ?? [];
    TIME_STAGES.forEach((stage, i) => {
      for (const [key, t] of Object.entries(
        tallyOngoing(recent(exact[i] ?? [], agentId, stage), stageTimeBucket),
      ))
        tallies[key] = { n: t.n, sum: t.sum, buckets: { ...t.buckets } };
    });
    for (const row of rows) {
      const { stage, day } = stayOf(row.key);
      if (day >= exactDay || row.n <= 0) continue;
      const key = `${agentId}|${stage}`;
      const t = (tallies[key] ??= { n: 0, sum: 0, buckets: {} });
      const start = day * DAY_MS;
      const sum = row.sum ?? 0;
      const bucket = String(stageTimeBucket(Math.round((now - start - sum / row.n) / 1000)));
      t.n += row.n;
      t.sum += (row.n * (now - start) - sum) / 1000;
      t.buckets[bucket] = (t.buckets[bucket] ?? 0) + row.n;
    }
  }
  return { at: now, tallies };
}

const LEADS = ['leads'] as const;

/** The running stays of `agentIds`' leads; undefined until the first walk or kept figure. */
export function useOngoingStays(agentIds: readonly string[]): OngoingRead | undefined {
  const db = useDeskDb();
  const ids = agentIds.join(',');
  const compute = useCallback(
    () => readOngoingStays(db, ids ? ids.split(',') : [], Date.now()),
    [db, ids],
  );
  return useKeptQuery(db, `insightOngoingStays:${ids}`, LEADS, compute, 2);
}
