// What every insight tab reports on: the organisation's clock and currency, the period, and the
// people in scope (a supervisor's team, an administrator's pick), chosen once above the tabs.
import { createContext, useContext } from 'react';
import type { Period } from '../../../shared/domain/periods';
import type { DashboardScope } from '../supervisor/dashboard/use-dashboard-scope';

export type InsightView = {
  /** The organisation's IANA timezone: days and periods are its. */
  timeZone: string;
  currency: string;
  now: number;
  period: Period;
  scope: DashboardScope;
  /** Ids of the reps whose figures are shown (the agent filter applied). */
  agentIds: readonly string[];
};

export const InsightContext = createContext<InsightView | null>(null);

export function useInsightView(): InsightView {
  const view = useContext(InsightContext);
  if (!view) throw new Error('useInsightView outside InsightSection');
  return view;
}
