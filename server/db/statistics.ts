// Planner statistics. Without them PostgreSQL plans as if a table were tiny: after a bulk import
// a snapshot page (`… WHERE organisation_id = $1 AND id > $2 ORDER BY id LIMIT n`) read and
// sorted the whole organisation instead of walking the primary key (1.1 s instead of 11 ms per
// page at 20,000 leads, so a snapshot cost grew with the square of the lead count). PGlite has no
// autovacuum at all, and PostgreSQL's runs only every minute or so; so the server runs ANALYZE
// itself: at start-up (after migrations), after the demo seed, and after pushes that created many
// rows (ANALYZE only samples: ~30,000 rows a table whatever its size).
import { errorMessage, type Db, type Queryable } from './db';

/** The tables that grow with use: pushes create leads and activities. */
export const GROWING_TABLES = ['leads', 'activities'] as const;

/** ANALYZE the given tables, or every table of the database. */
export async function analyze(db: Queryable, tables?: readonly string[]): Promise<void> {
  await db.query(tables && tables.length > 0 ? `ANALYZE ${tables.join(', ')}` : 'ANALYZE');
}

/** Rows of the growing tables the planner last counted (0 when never analyzed). */
async function analyzedRows(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: string }>(
    `SELECT coalesce(sum(greatest(reltuples, 0)), 0)::bigint AS n FROM pg_class
      WHERE oid IN (${GROWING_TABLES.map((t) => `'${t}'::regclass`).join(', ')})`,
  );
  return Number(rows[0]?.n ?? 0);
}

/** Re-analyze once this many rows were created since the last ANALYZE, … */
export const ANALYZE_MIN_ROWS = 5_000;
/** … or this share of the rows the planner last counted, whichever is more. */
export const ANALYZE_SHARE = 0.1;

type Counter = {
  created: number;
  /** Rows at the last ANALYZE; null until read. */
  base: number | null;
  running: boolean;
};

const counters = new WeakMap<Db, Counter>();

/**
 * Counts rows created in `db` by this process (a committed push batch) and, past the threshold,
 * runs `ANALYZE leads, activities` in the background: never inside the push's transaction, never
 * holding up its response, one at a time. Each server process counts its own writes; on
 * PostgreSQL autovacuum does the same job more slowly, so a missed count costs nothing.
 */
export function noteRowsCreated(
  db: Db,
  rows: number,
  onError: (message: string) => void = () => undefined,
): void {
  if (rows <= 0) return;
  let c = counters.get(db);
  if (!c) {
    c = { created: 0, base: null, running: false };
    counters.set(db, c);
  }
  c.created += rows;
  const threshold = Math.max(ANALYZE_MIN_ROWS, ANALYZE_SHARE * (c.base ?? 0));
  if (c.running || c.created < threshold) return;
  const counter = c;
  counter.running = true;
  const started = counter.created;
  void (async () => {
    try {
      await analyze(db, GROWING_TABLES);
      counter.created -= started;
      counter.base = await analyzedRows(db);
    } catch (error) {
      // A closed database (shutdown) or a lost connection: try again after the next push.
      onError(errorMessage(error));
    } finally {
      counter.running = false;
    }
  })();
}
