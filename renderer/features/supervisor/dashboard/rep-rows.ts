// Each rep's results over the chosen period next to their targets for it.
import {
  NO_ACTUALS,
  attainment,
  periodTargets,
  repActuals,
  type PeriodTargets,
  type RepActuals,
} from '../../../../shared/domain/kpi';
import type { Activity } from '../../../../shared/domain/lead';
import type { Period } from '../../../../shared/domain/periods';
import type { Rep } from './use-dashboard-scope';

export type RepRow = {
  rep: Rep;
  actual: RepActuals;
  target: PeriodTargets;
  /** Calls against the call target: the leaderboard's fair measure across roles. */
  callAttainment: number | null;
};

export function repRows(
  reps: readonly Rep[],
  activities: readonly Activity[],
  period: Period,
  currency: string,
  days: number,
  months: number,
): RepRow[] {
  const actuals = repActuals(activities, period, currency);
  return reps.map((rep) => {
    const actual = actuals.get(rep.id) ?? NO_ACTUALS();
    const target = periodTargets(rep.targets, days, months);
    return { rep, actual, target, callAttainment: attainment(actual.calls, target.calls) };
  });
}
