// After a reload the desk puts each work area back on the lead it had open, if the lead is still
// the agent's (remembered-leads.ts); from then on it remembers what is open.
import { useEffect, useState } from 'react';
import type { LeadId } from '../../../../shared/domain/ids';
import { useDeskDb } from '../../../db/use-desk-db';
import type { Area } from '../../../store/areas';
import { useAppStore, useStoreApi } from '../../../store/use-app-store';
import { isStillTheirs, loadOpenLeads, saveOpenLeads } from '../remembered-leads';

export function useRememberedLeads(): void {
  const db = useDeskDb();
  const store = useStoreApi();
  const user = useAppStore((s) => s.user);
  const openLead = useAppStore((s) => s.openLead);
  const [restoredFor, setRestoredFor] = useState<string | null>(null);
  const userId = user?.id ?? null;
  const teamId = user?.teamId ?? null;

  useEffect(() => {
    if (userId === null) return;
    let cancelled = false;
    const saved = loadOpenLeads(window.sessionStorage, userId);
    void (async () => {
      for (const [area, id] of Object.entries(saved) as [Area, string][]) {
        const lead = await db.leads.get(id as LeadId);
        if (cancelled) return;
        // Something opened meanwhile (a notification, an inbound call) wins.
        const now = store.getState().openLead[area];
        if (now === undefined && isStillTheirs(lead, { id: userId, teamId }))
          store.getState().openLeadIn(area, id);
      }
      if (!cancelled) setRestoredFor(userId);
    })();
    return () => {
      cancelled = true;
    };
  }, [db, store, userId, teamId]);

  useEffect(() => {
    if (userId === null || restoredFor !== userId) return;
    saveOpenLeads(window.sessionStorage, userId, openLead);
  }, [openLead, userId, restoredFor]);
}
