// The server generation: a random id kept in the database (`server_settings`), created by the
// first migrate and replaced by every restore. A desk sends the generation it synced with on push
// and pull; a different one means the database was restored under it, and the answer is a 409
// `generationChanged` with the new generation and what the server holds of that desk's pushes
// (shared/sync/README.md "Restores").
import { randomUUID } from 'node:crypto';
import { HttpError } from '../errors';
import type { Queryable } from './db';

const KEY = 'generation';

/** The generation, or null on a database that has none yet (not migrated). */
export async function readGeneration(q: Queryable): Promise<string | null> {
  const { rows } = await q.query<{ value: string }>(
    'SELECT value FROM server_settings WHERE key = $1',
    [KEY],
  );
  return rows[0]?.value ?? null;
}

/** Gives a database its first generation (migrate); keeps one it already has. */
export async function ensureGeneration(q: Queryable): Promise<void> {
  const { rows } = await q.query<{ t: string | null }>(
    "SELECT to_regclass('server_settings')::text AS t",
  );
  if (!rows[0]?.t) return;
  await q.query(
    'INSERT INTO server_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING',
    [KEY, randomUUID()],
  );
}

/** A new generation (after a restore): every desk re-syncs on its next push or pull. */
export async function replaceGeneration(q: Queryable): Promise<string> {
  const next = randomUUID();
  await q.query(
    `INSERT INTO server_settings (key, value) VALUES ($1, $2)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
    [KEY, next],
  );
  return next;
}

/**
 * Refuses a request made for another generation: 409 `generationChanged` carrying the current
 * generation and `ackedSeq`, the last seq of this desk (user + client id) the database holds — 0
 * when it holds none. Nothing is written. A request without a generation (an older desk, or one
 * that never synced) passes.
 */
export async function checkGeneration(
  q: Queryable,
  wanted: string | undefined,
  userId: string,
  clientId: string,
): Promise<string | null> {
  const current = await readGeneration(q);
  if (sameGeneration(wanted, current)) return current;
  const { rows } = await q.query<{ last_seq: string }>(
    'SELECT last_seq FROM client_cursors WHERE user_id = $1 AND client_id = $2',
    [userId, clientId],
  );
  throw generationChanged(current, Number(rows[0]?.last_seq ?? 0));
}

/** Whether a request made for `wanted` may go on against a database of generation `current`. */
export function sameGeneration(wanted: string | undefined, current: string | null): boolean {
  return wanted === undefined || current === null || wanted === current;
}

/** checkGeneration's 409, for a caller that read the generation and the desk's seq itself. */
export function generationChanged(current: string | null, ackedSeq: number): HttpError {
  return new HttpError(
    409,
    'generationChanged',
    'The server was restored from a backup since this desk last synced: sync again from the start.',
    {},
    { generation: current, ackedSeq },
  );
}
