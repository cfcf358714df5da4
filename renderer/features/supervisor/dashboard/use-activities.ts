// Activities of the reps in scope over a period, read per rep through the [agentId+at] index:
// a range per person, never a scan of the table. Live: new calls show as they are logged.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Activity } from '../../../../shared/domain/lead';
import type { Period } from '../../../../shared/domain/periods';
import { useDeskDb } from '../../../db/use-desk-db';

export function useActivities(
  agentIds: readonly string[],
  period: Period | null,
): readonly Activity[] | undefined {
  const db = useDeskDb();
  const key = agentIds.join(',');
  const from = period?.from ?? 0;
  const to = period?.to ?? 0;
  return useLiveQuery(async () => {
    if (to <= from || key === '') return [];
    const lists = await Promise.all(
      key
        .split(',')
        .map((id) =>
          db.activities.where('[agentId+at]').between([id, from], [id, to], true, false).toArray(),
        ),
    );
    return lists.flat();
  }, [db, key, from, to]);
}
