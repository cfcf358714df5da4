// The lead the detail view shows, from the URL hash (lead-route.ts), following links and back.
import { useCallback, useEffect, useState } from 'react';
import { hashWithLead, leadFromHash } from './lead-route';

export function useLeadRoute(): [string | null, () => void] {
  const [leadId, setLeadId] = useState(() => leadFromHash(window.location.hash));
  useEffect(() => {
    const onHash = () => setLeadId(leadFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const close = useCallback(() => {
    window.history.replaceState(null, '', hashWithLead(window.location.hash, null));
    setLeadId(null);
  }, []);
  return [leadId, close];
}
