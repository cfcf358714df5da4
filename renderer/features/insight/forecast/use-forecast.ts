// What the forecast is made of: the organisation's last months of facts (to learn the stage
// probabilities, the average sale and the time to win), the quarter's sales of the scope, the
// scope's open deals, the product prices and the sales targets. The open deals walk the
// [ownerId+stage] index of every rep's pipeline, so they are a kept figure (kept-query.ts): the
// deals grouped by what the forecast depends on (groupOpenDeals), shown at once from the last
// read and read again in the background.
import { useCallback, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { isAgent, type Product } from '../../../../shared/domain/content';
import {
  groupOpenDeals,
  LEARNING_MONTHS,
  type OpenDealGroup,
} from '../../../../shared/domain/insight/forecast';
import { PIPELINE_STAGES } from '../../../../shared/domain/insight/pipeline-settings';
import { monthOf, quarterOf } from '../../../../shared/domain/periods';
import type { SalesTarget } from '../../../../shared/domain/targets';
import { useKeptQuery } from '../../../db/kept-query';
import type { DeskDatabase } from '../../../db/schema';
import { useDeskDb } from '../../../db/use-desk-db';
import type { InsightView } from '../insight-context';
import { SCREEN_READS } from '../screen-reads';
import { useInsightFacts } from '../use-insight-facts';

/**
 * The scope's open deals, grouped (groupOpenDeals), a range per rep and stage — all asked at
 * once, so the database reads the next range while the last one's rows are being decoded.
 */
export async function readOpenDeals(
  db: DeskDatabase,
  agentIds: readonly string[],
): Promise<OpenDealGroup[]> {
  const ranges = agentIds.flatMap((ownerId) =>
    PIPELINE_STAGES.map((stage) =>
      db.leads
        .where('[ownerId+stage]')
        .equals([ownerId, stage])
        .toArray()
        .then((leads) => groupOpenDeals(leads.map((l) => ({ ...l, ownerId, stage })))),
    ),
  );
  return (await Promise.all(ranges)).flat();
}

const LEADS = ['leads'] as const;

export type ForecastInputs = {
  learning: ReturnType<typeof useInsightFacts>;
  won: ReturnType<typeof useInsightFacts>;
  deals: OpenDealGroup[] | undefined;
  prices: Map<string, { price: number; currency: string }> | undefined;
  salesTargets: SalesTarget[] | undefined;
  month: ReturnType<typeof monthOf>;
  quarter: ReturnType<typeof quarterOf>;
};

export function useForecastInputs(view: InsightView): ForecastInputs {
  const db = useDeskDb();
  const month = monthOf(view.timeZone, view.now);
  const quarter = quarterOf(view.timeZone, view.now);
  // The organisation's own history: every rep on this desk, the last LEARNING_MONTHS months and this one.
  const everyone = useMemo(
    () => view.scope.users.filter(isAgent).map((u) => u.id as string),
    [view.scope.users],
  );
  const learnFrom = monthOf(view.timeZone, view.now, -LEARNING_MONTHS).from;
  const learnPeriod = useMemo(() => ({ from: learnFrom, to: month.to }), [learnFrom, month.to]);
  const quarterPeriod = useMemo(
    () => ({ from: quarter.from, to: quarter.to }),
    [quarter.from, quarter.to],
  );
  const learning = useInsightFacts(
    everyone,
    learnPeriod,
    view.timeZone,
    SCREEN_READS.forecastLearning.metrics,
    SCREEN_READS.forecastLearning.grain,
  );
  const won = useInsightFacts(
    view.agentIds,
    quarterPeriod,
    view.timeZone,
    SCREEN_READS.forecastWon.metrics,
    SCREEN_READS.forecastWon.grain,
  );
  const ids = view.agentIds.join(',');
  const compute = useCallback(() => readOpenDeals(db, ids ? ids.split(',') : []), [db, ids]);
  const deals = useKeptQuery(db, `insightOpenDeals:${ids}`, LEADS, compute, 2);
  const prices = useLiveQuery(
    async () =>
      new Map(
        (await db.content.where('kind').equals('product').toArray()).map((r) => {
          const p = r.data as Product;
          return [p.id as string, { price: p.price, currency: p.currency }] as const;
        }),
      ),
    [db],
  );
  const salesTargets = useLiveQuery(() => db.salesTargets.toArray(), [db]);
  return { learning, won, deals, prices, salesTargets, month, quarter };
}
