// Failed sign-ins, counted in the database so every server instance sees the same count: per
// e-mail (someone guessing one account's password) and per IP address (one machine guessing many).
import type { Queryable } from '../db/db';

export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

export const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

/** Seconds until another attempt is allowed, or 0 when one is allowed now. */
export async function retryAfterSeconds(
  db: Queryable,
  keys: { key: string; max: number }[],
  now: number,
): Promise<number> {
  const since = new Date(now - SIGN_IN_WINDOW_MS);
  const { rows } = await db.query<{ key: string; n: string; oldest: Date | null; times: Date[] }>(
    `SELECT key, count(*) AS n, array_agg(at ORDER BY at DESC) AS times, min(at) AS oldest
       FROM auth_failures WHERE key = ANY($1::text[]) AND at > $2 GROUP BY key`,
    [keys.map((k) => k.key), since],
  );
  let wait = 0;
  for (const row of rows) {
    const max = keys.find((k) => k.key === row.key)?.max ?? Infinity;
    if (Number(row.n) < max) continue;
    // Allowed again when the max-th most recent failure leaves the window.
    const pivot = row.times[max - 1] ?? row.oldest;
    if (!pivot) continue;
    const at = new Date(pivot).getTime() + SIGN_IN_WINDOW_MS;
    wait = Math.max(wait, Math.ceil((at - now) / 1000));
  }
  return Math.max(0, wait);
}

export async function recordFailure(db: Queryable, keys: string[]): Promise<void> {
  await db.query('INSERT INTO auth_failures (key) SELECT unnest($1::text[])', [keys]);
  // Keep the table small: nothing older than the window is ever read.
  if (Math.random() < 0.05) {
    await db.query('DELETE FROM auth_failures WHERE at < $1', [
      new Date(Date.now() - SIGN_IN_WINDOW_MS),
    ]);
  }
}

export async function clearFailures(db: Queryable, key: string): Promise<void> {
  await db.query('DELETE FROM auth_failures WHERE key = $1', [key]);
}
