// An answered call waits for the agent's outcome key; until then its record is kept on the desk
// (IndexedDB, this person's database), so closing the window or a crash does not lose the call:
// on the next start it is back, waiting for its outcome.
import { useEffect, useRef } from 'react';
import { z } from 'zod';
import { phoneCallSchema } from '../../../shared/domain/call-attempt';
import { useDeskDb } from '../../db/use-desk-db';
import type { EndedCall } from '../../store/phone-slice';
import { useAppStore, useStoreApi } from '../../store/use-app-store';

const KEY = 'pendingCall';

const storedSchema = z.object({
  leadId: z.string(),
  record: phoneCallSchema.extend({
    startedAt: z.number(),
    answeredAt: z.number().nullable(),
    endedAt: z.number(),
  }),
});

export function usePendingCall(): void {
  const db = useDeskDb();
  const store = useStoreApi();
  const ended = useAppStore((s) => s.endedCall);
  // Nothing is written or deleted before the stored call has been read back.
  const loaded = useRef(false);

  // Back from the last session: the call is waiting for its outcome again.
  useEffect(() => {
    let cancelled = false;
    void db.meta.get(KEY).then((row) => {
      if (cancelled) return;
      loaded.current = true;
      const parsed = storedSchema.safeParse(row?.value);
      if (!parsed.success || store.getState().endedCall) return;
      const restored: EndedCall = {
        leadId: parsed.data.leadId,
        record: parsed.data.record,
        logged: false,
        disposition: null,
        error: null,
      };
      store.getState().setEndedCall(restored);
    });
    return () => {
      cancelled = true;
    };
  }, [db, store]);

  useEffect(() => {
    if (!loaded.current) return;
    const waiting = ended && !ended.logged && ended.leadId && ended.record.result === 'answered';
    if (waiting)
      void db.meta.put({ key: KEY, value: { leadId: ended.leadId, record: ended.record } });
    else void db.meta.delete(KEY);
  }, [db, ended]);
}
