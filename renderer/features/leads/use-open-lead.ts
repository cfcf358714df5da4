// Opens a lead found by search: on the agent's own call screen when they work it there, else in
// the read-only detail view (a link in the hash, so back closes it).
import { useCallback } from 'react';
import type { Lead } from '../../../shared/domain/lead';
import { hashForArea } from '../../store/areas';
import { useAppStore } from '../../store/use-app-store';
import { leadOpening } from './lead-opening';
import { hashWithLead } from './lead-route';

export function useOpenLead(): (lead: Pick<Lead, 'id' | 'ownerId' | 'teamId' | 'stage'>) => void {
  const user = useAppStore((s) => s.user);
  const setArea = useAppStore((s) => s.setArea);
  const openLeadIn = useAppStore((s) => s.openLeadIn);
  return useCallback(
    (lead) => {
      if (!user) return;
      const opening = leadOpening(lead, user);
      if (opening.kind === 'work') {
        setArea(opening.area);
        openLeadIn(opening.area, lead.id);
        window.location.hash = hashForArea(opening.area);
      } else {
        window.location.hash = hashWithLead(window.location.hash, lead.id);
      }
    },
    [user, setArea, openLeadIn],
  );
}
