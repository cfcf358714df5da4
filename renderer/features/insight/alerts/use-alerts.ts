// The alerts on this desk now: the organisation's rules (the synced `alertRules` setting) over the
// reps in the viewer's scope — today's calls, the bookings and meeting outcomes since the rules'
// window opened (one [agentId+at] index range per rep), the national do-not-call file's date, and
// the reps' open deals with the time their stage last changed (index keys only). Evaluated on open, whenever those rows change, and every minute.
import { useMemo } from 'react';
import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { isAgent } from '../../../../shared/domain/content';
import {
  alertRulesFrom,
  alertsReadFrom,
  defaultWeekend,
  evaluateAlerts,
  OPEN_DEAL_STAGES,
  type Alert,
  type AlertRules,
} from '../../../../shared/domain/insight/alerts';
import type { Activity, LeadStage } from '../../../../shared/domain/lead';
import { dayOf } from '../../../../shared/domain/periods';
import { nationalFile } from '../../../db/dnc';
import type { DeskDatabase } from '../../../db/schema';
import { useDeskDb } from '../../../db/use-desk-db';
import { useLocalized } from '../../../i18n/use-localized';
import { useOrganisation } from '../../../ui/desk/use-organisation';
import { useDashboardScope } from '../../supervisor/dashboard/use-dashboard-scope';
import { useNow } from '../../supervisor/dashboard/use-now';
import { useCallingRules } from '../../calling-rules/use-calling-rules';

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

/**
 * The rows the rules are evaluated on: the reps' activities since `from` (one [agentId+at] range
 * each), their open deals (index keys only: no lead is loaded) and the national DNC file.
 */
export async function readAlertInputs(db: DeskDatabase, repIds: readonly string[], from: number) {
  const lists = await Promise.all(
    repIds.map((id) =>
      db.activities.where('[agentId+at]').between([id, from], [id, Infinity]).toArray(),
    ),
  );
  const deals = await Promise.all(
    repIds.flatMap((id) =>
      OPEN_DEAL_STAGES.map((stage) =>
        db.leads
          .where('[ownerId+stage+stageChangedAt]')
          .between([id, stage, Dexie.minKey], [id, stage, Dexie.maxKey])
          .keys(),
      ),
    ),
  );
  const openDeals = deals.flat().map((k) => {
    const [ownerId, stage, stageChangedAt] = k as unknown as [string, LeadStage, number];
    return { ownerId, stage, stageChangedAt };
  });
  return { activities: lists.flat(), openDeals, dncFile: await nationalFile(db) };
}

export function useAlerts(): AlertsState {
  const db = useDeskDb();
  const org = useOrganisation();
  const now = useNow(60_000);
  const rules = useAlertRules();
  const scope = useDashboardScope('all', 'all');
  const localized = useLocalized();
  const timeZone = org?.timezone ?? 'UTC';
  // The organisation's closed days when its calling rules say them; the region's usual weekend otherwise.
  const callingRules = useCallingRules();
  const weekend = useMemo(() => {
    const closed = callingRules?.weekly.flatMap((h, day) => (h === null ? [day] : [])) ?? [];
    return closed.length > 0 && closed.length < 7 ? closed : defaultWeekend(timeZone);
  }, [callingRules, timeZone]);
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
  const read = useLiveQuery(
    async () => ({
      key: `${ids}|${from}`,
      ...(await readAlertInputs(db, ids ? ids.split(',') : [], from)),
    }),
    [db, ids, from],
  );
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
      { reps, teams, activities, dncFile: read.dncFile, weekend, openDeals: read.openDeals },
      now,
      timeZone,
    );
  }, [ready, rules, read, reps, teams, weekend, now, timeZone]);
  return { ready, rules: rules ?? alertRulesFrom(null), alerts, timeZone };
}
