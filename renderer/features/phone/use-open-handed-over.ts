// The customer a colleague handed over (attended transfer) arrives with their lead's id: the lead
// opens on its own as soon as it is on this desk (it comes with the colleague's hand-off, by
// sync, usually within the second the customer is put through).
import { useEffect, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { LeadId } from '../../../shared/domain/ids';
import { useDeskDb } from '../../db/use-desk-db';
import type { LiveCall } from '../../store/phone-slice';

export function useOpenHandedOver(call: LiveCall | null, open: (leadId: string) => void): void {
  const db = useDeskDb();
  const leadId = call?.handedOver ? call.leadId : null;
  const here = useLiveQuery(
    async () => (leadId ? (await db.leads.get(leadId as LeadId)) !== undefined : false),
    [db, leadId],
  );
  const opened = useRef<string | null>(null);
  const startedAt = call?.startedAt;
  useEffect(() => {
    if (!here || !leadId) return;
    const key = `${leadId}@${startedAt}`;
    if (opened.current === key) return;
    opened.current = key;
    open(leadId);
    // Once per handed-over call; `open` changes identity on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [here, leadId, startedAt]);
}
