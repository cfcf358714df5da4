// What each analysis screen reads off the fact store: its metrics and how finely (the month grain
// wherever a screen never looks at a fact's day). The screens and the `insight` bench read these.
import type { InsightMetric } from '../../../shared/domain/insight/facts';
import type { FactGrain } from './use-insight-facts';

type ScreenRead = { readonly metrics: readonly InsightMetric[]; readonly grain: FactGrain };

export const SCREEN_READS = {
  /** Loss and refusal shares, by rep, list or product, competitors. */
  losses: { metrics: ['lost', 'refusal'], grain: 'month' },
  /** The trend of lost reasons per day or week (refusals: `lossTrendRefusal`). */
  lossTrendLost: { metrics: ['lost'], grain: 'day' },
  lossTrendRefusal: { metrics: ['refusal'], grain: 'day' },
  objections: { metrics: ['cardOpened', 'call'], grain: 'month' },
  sources: { metrics: ['call', 'stageEnter', 'won', 'upsell'], grain: 'month' },
  /** Time in stage. */
  stages: { metrics: ['stageLeft'], grain: 'repMonth' },
  /** The stage probabilities, deal sizes and times to win learned from everyone's history. */
  forecastLearning: { metrics: ['stageEnter', 'stageLeft', 'won'], grain: 'orgMonth' },
  /** Sales won this month and quarter, per rep (placed by month: the windows are whole months). */
  forecastWon: { metrics: ['won'], grain: 'repMonth' },
} as const satisfies Record<string, ScreenRead>;
