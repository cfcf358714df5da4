// The competitors named on this desk before (the lost stage changes that name one), for the
// "Which competitor?" field's suggestions: the most named first, each spelling once per name.
import { useLiveQuery } from 'dexie-react-hooks';
import { competitorKey } from '../../../../shared/domain/insight/losses';
import { useDeskDb } from '../../../db/use-desk-db';

/** How far back the suggestions look, and how many lost leads they read at most. */
const LOOK_BACK_MS = 365 * 86_400_000;
const MOST_READ = 2_000;

/** Live; empty until read. `enabled` false skips the read (the field is not shown). */
export function useNamedCompetitors(enabled: boolean): readonly string[] {
  const db = useDeskDb();
  const names = useLiveQuery(async () => {
    if (!enabled) return [];
    // Newest first through the [at] index; only stage changes to 'lost' that name a competitor.
    const named = await db.activities
      .where('at')
      .above(Date.now() - LOOK_BACK_MS)
      .reverse()
      .filter((a) => a.type === 'stageChange' && a.stageTo === 'lost' && !!a.competitor)
      .limit(MOST_READ)
      .toArray();
    const byKey = new Map<string, { name: string; n: number }>();
    for (const a of named) {
      const name = (a.competitor ?? '').trim().replace(/\s+/g, ' ');
      const key = competitorKey(name);
      const had = byKey.get(key);
      // The newest spelling stands for the name (activities come newest first).
      byKey.set(key, { name: had?.name ?? name, n: (had?.n ?? 0) + 1 });
    }
    return [...byKey.values()]
      .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name))
      .map((x) => x.name);
  }, [db, enabled]);
  return names ?? [];
}
