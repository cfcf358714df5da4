// The organisation's scorecard as this desk holds it (the synced `scorecard` setting in meta),
// the default one (the script's phases and the good-call habits) while none is set.
import { useLiveQuery } from 'dexie-react-hooks';
import {
  DEFAULT_SCORECARD,
  scorecardSchema,
  type Scorecard,
} from '../../../shared/recordings/protocol';
import { useDeskDb } from '../../db/use-desk-db';

export const SCORECARD_KEY = 'scorecard';

/** The stored scorecard, else the default; undefined while loading. */
export function useScorecard(): Scorecard | undefined {
  const db = useDeskDb();
  return useLiveQuery(async () => {
    const parsed = scorecardSchema.safeParse((await db.meta.get(SCORECARD_KEY))?.value);
    return parsed.success ? parsed.data : DEFAULT_SCORECARD;
  }, [db]);
}
