// How long the scope's leads have been in their current stage, tallied per rep and stage from the
// [ownerId+stage+stageChangedAt] index keys alone (no lead is read). The walk covers every open
// lead of the reps — on a big desk most of the leads — so the tallies are a kept figure
// (kept-query.ts): shown at once from the last walk, walked again in the background.
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
import { useDeskDb } from '../../../db/use-desk-db';

export type OngoingRead = { at: number; tallies: OngoingTallies };

export async function readOngoingStays(
  db: DeskDatabase,
  agentIds: readonly string[],
  now: number,
): Promise<OngoingRead> {
  // Tallied as the keys come, rep by rep and stage by stage, never a list of every lead.
  function* stays(keys: readonly unknown[], agentId: string, stage: string) {
    for (const key of keys) {
      const since = (key as [string, string, number])[2];
      yield { agentId, stage, seconds: Math.max(0, Math.round((now - since) / 1000)) };
    }
  }
  const tallies: Record<string, OngoingTallies[string]> = {};
  for (const agentId of agentIds)
    for (const stage of TIME_STAGES) {
      const keys = await db.leads
        .where('[ownerId+stage+stageChangedAt]')
        .between([agentId, stage, Dexie.minKey], [agentId, stage, Dexie.maxKey])
        .keys();
      Object.assign(tallies, tallyOngoing(stays(keys, agentId, stage), stageTimeBucket));
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
