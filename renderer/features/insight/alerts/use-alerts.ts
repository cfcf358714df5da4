// The alerts on this desk now: the organisation's rules (the synced `alertRules` setting) over the
// reps in the viewer's scope — today's calls, the bookings and meeting outcomes since the rules'
// window opened (one [agentId+at] index range per rep), and the national do-not-call file's date.
// Evaluated on open, whenever those rows change, and every minute.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { isAgent } from '../../../../shared/domain/content';
import {
  alertRulesFrom,
  alertsReadFrom,
  defaultWeekend,
  evaluateAlerts,
  type Alert,
  type AlertRules,
} from '../../../../shared/domain/insight/alerts';
import type { Activity } from '../../../../shared/domain/lead';
import { dayOf } from '../../../../shared/domain/periods';
import { nationalFile } from '../../../db/dnc';
import { useDeskDb } from '../../../db/use-desk-db';
import { useLocalized } from '../../../i18n/use-localized';
import { useOrganisation } from '../../../ui/desk/use-organisation';
import { useDashboardScope } from '../../supervisor/dashboard/use-dashboard-scope';
import { useNow } from '../../supervisor/dashboard/use-now';

/** Meta key of the organisation's alert rules (the alertRules setting, synced). */
export const ALERT_RULES_KEY = 'alertRules';

export type AlertsState = {
  ready: boolean;
  rules: AlertRules;
  alerts: readonly Alert[];
  timeZone: string;
};

/** The organisation's alert rules (its setting, else the defaults). */
export function useAlertRules(): AlertRules | undefined {
  const db = useDeskDb();
  const value = useLiveQuery(async () => (await db.meta.get(ALERT_RULES_KEY))?.value ?? null, [db]);
  return value === undefined ? undefined : alertRulesFrom(value);
}

export function useAlerts(): AlertsState {
  const db = useDeskDb();
  const org = useOrganisation();
  const now = useNow(60_000);
  const rules = useAlertRules();
  const scope = useDashboardScope('all', 'all');
  const localized = useLocalized();
  const timeZone = org?.timezone ?? 'UTC';
  const weekend = useMemo(() => defaultWeekend(timeZone), [timeZone]);
  const reps = useMemo(
    () =>
      scope.teamReps.filter(isAgent).map((r) => ({
        id: r.id,
        name: r.displayName,
        teamId: r.teamId,
        roles: r.roles,
        dailyCalls: r.targets.dailyCalls,
      })),
    [scope.teamReps],
  );
  // From the start of the local day the window opens on: the read changes once a day, not a minute.
  const from = rules ? dayOf(timeZone, alertsReadFrom(rules, now, timeZone, weekend)).from : 0;
  const ids = reps.map((r) => r.id).join(',');
  const read = useLiveQuery(async () => {
    const lists = await Promise.all(
      (ids ? ids.split(',') : []).map((id) =>
        db.activities.where('[agentId+at]').between([id, from], [id, Infinity]).toArray(),
      ),
    );
    return { key: `${ids}|${from}`, activities: lists.flat(), dncFile: await nationalFile(db) };
  }, [db, ids, from]);
  const teams = useMemo(
    () => scope.teams.map((t) => ({ id: t.id, name: localized(t.name)?.value ?? t.id })),
    [scope.teams, localized],
  );
  const ready =
    rules !== undefined && scope.ready && org !== null && read?.key === `${ids}|${from}`;
  const alerts = useMemo((): readonly Alert[] => {
    if (!ready || !rules || !read) return [];
    const activities: readonly Activity[] = read.activities;
    return evaluateAlerts(
      rules,
      { reps, teams, activities, dncFile: read.dncFile, weekend },
      now,
      timeZone,
    );
  }, [ready, rules, read, reps, teams, weekend, now, timeZone]);
  return { ready, rules: rules ?? alertRulesFrom(null), alerts, timeZone };
}
