// Activities of the reps in scope over a period, read per rep through the [agentId+at] index:
// a range per person, never a scan of the table. Live: new calls show as they are logged, and
// keep showing while the floor's calls arrive faster than the read takes (steady-query.ts).
import type { Activity } from '../../../../shared/domain/lead';
import type { Period } from '../../../../shared/domain/periods';
import { useSteadyLiveQuery } from '../../../db/steady-query';
import { useDeskDb } from '../../../db/use-desk-db';

export function useActivities(
  agentIds: readonly string[],
  period: Period | null,
): readonly Activity[] | undefined {
  const db = useDeskDb();
  const key = agentIds.join(',');
  const from = period?.from ?? 0;
  const to = period?.to ?? 0;
  const asked = `${key}|${from}|${to}`;
  const read = useSteadyLiveQuery(async () => {
    if (to <= from || key === '') return { asked, list: [] };
    const lists = await Promise.all(
      key
        .split(',')
        .map((id) =>
          db.activities.where('[agentId+at]').between([id, from], [id, to], true, false).toArray(),
        ),
    );
    return { asked, list: lists.flat() };
  }, [db, asked]);
  // While the reps or the period change, the last answer is for other people or days: nothing
  // (the screen waits a moment) rather than their counts under these reps' names.
  return read?.asked === asked ? read.list : undefined;
}
