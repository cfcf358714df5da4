// What the forecast is made of: the organisation's last months of facts (to learn the stage
// probabilities, the average sale and the time to win; off the organisation's months, a few
// hundred rows a month), the quarter's sales of the scope (off the rep months), the
// scope's open deals, the product prices and the sales targets. The open deals are kept grouped
// as the forecast weighs them (tallies.ts, moved with every lead write): a read of a few rows per
// rep instead of every open lead's. They are still a kept figure (kept-query.ts), shown at once
// from the last read while the groups are read again.
import { useCallback, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Product } from '../../../../shared/domain/content';
import { LEARNING_MONTHS, type OpenDealGroup } from '../../../../shared/domain/insight/forecast';
import { monthOf, quarterOf } from '../../../../shared/domain/periods';
import type { SalesTarget } from '../../../../shared/domain/targets';
import { useKeptQuery } from '../../../db/kept-query';
import type { DeskDatabase } from '../../../db/schema';
import { readOpenDealGroups, TALLIES } from '../../../db/tallies';
import { useDeskDb } from '../../../db/use-desk-db';
import type { InsightView } from '../insight-context';
import { SCREEN_READS } from '../screen-reads';
import { useInsightFacts } from '../use-insight-facts';

/** The scope's open deals, grouped (groupOpenDeals) as the tallies keep them, all reps at once. */
export async function readOpenDeals(
  db: DeskDatabase,
  agentIds: readonly string[],
): Promise<OpenDealGroup[]> {
  return (await Promise.all(agentIds.map((id) => readOpenDealGroups(db, id)))).flat();
}

const KEPT_IN = [TALLIES] as const;

export type ForecastInputs = {
  learning: ReturnType<typeof useInsightFacts>;
  won: ReturnType<typeof useInsightFacts>;
  deals: OpenDealGroup[] | undefined;
  prices: Map<string, { price: number; currency: string }> | undefined;
  salesTargets: SalesTarget[] | undefined;
  month: ReturnType<typeof monthOf>;
  quarter: ReturnType<typeof quarterOf>;
};

/** The learning's reps: none named, the organisation-month grain reads everyone's. */
const EVERYONE: readonly string[] = [];

export function useForecastInputs(view: InsightView): ForecastInputs {
  const db = useDeskDb();
  const month = monthOf(view.timeZone, view.now);
  const quarter = quarterOf(view.timeZone, view.now);
  // The organisation's own history: everyone's on this desk, the last LEARNING_MONTHS months and this one.
  const learnFrom = monthOf(view.timeZone, view.now, -LEARNING_MONTHS).from;
  const learnPeriod = useMemo(() => ({ from: learnFrom, to: month.to }), [learnFrom, month.to]);
  const quarterPeriod = useMemo(
    () => ({ from: quarter.from, to: quarter.to }),
    [quarter.from, quarter.to],
  );
  const learning = useInsightFacts(
    EVERYONE,
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
  const deals = useKeptQuery(db, `insightOpenDeals:${ids}`, KEPT_IN, compute, 2);
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
