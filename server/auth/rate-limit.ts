// Sign-in throttling, counted in the database so every server process sees the same count.
//
// Three buckets, each a count of failures in the last 15 minutes and, past its allowance, a
// delay that doubles with every further failure (up to a cap), counted from the last failure:
// - one account from one address (someone guessing a password): 5, then 30 s, 1 min, 2 min … 15;
// - one address (a machine guessing many accounts): 30, then 10 s, 20 s … 5 min;
// - one account from anywhere (a guess spread over many addresses): 50, then 10 s … 5 min.
// The last two spare an address the account has signed in from before (90 days), so neither a
// stranger's wrong guesses nor a noisy colleague behind the same NAT lock a person out: the right
// password from a known address, or from an address that has not been guessing, still works.
//
// Atomic: an attempt takes transaction-scoped advisory locks on its buckets, counts, and records
// itself before the password is checked (then marked a failure, or removed when it was right), so
// parallel attempts queue behind each other and no more than the allowance ever reach the check.
import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../db/db';

export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const KNOWN_ADDRESS_MS = 90 * 24 * 60 * 60_000;
/** An attempt unresolved this long (its server process died mid-check) counts as a failure. */
const PENDING_MS = 60_000;

export type Bucket = { key: string; max: number; baseMs: number; capMs: number };

export const LIMITS = {
  accountAddress: { max: 5, baseMs: 30_000, capMs: SIGN_IN_WINDOW_MS },
  address: { max: 30, baseMs: 10_000, capMs: 5 * 60_000 },
  account: { max: 50, baseMs: 10_000, capMs: 5 * 60_000 },
} as const;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** The buckets an attempt counts against; a known address is spared the wide ones. */
export function bucketsFor(email: string, ip: string, knownAddress: boolean): Bucket[] {
  const e = normaliseEmail(email);
  const buckets: Bucket[] = [{ key: `pair:${e}|${ip}`, ...LIMITS.accountAddress }];
  if (!knownAddress) {
    buckets.push({ key: `ip:${ip}`, ...LIMITS.address });
    buckets.push({ key: `email:${e}`, ...LIMITS.account });
  }
  return buckets;
}

/** How long after the last failure the next attempt may come: nothing below the allowance. */
export function delayAfter(bucket: Bucket, failures: number): number {
  if (failures < bucket.max) return 0;
  return Math.min(bucket.capMs, bucket.baseMs * 2 ** Math.min(failures - bucket.max, 30));
}

export type Attempt = { ok: true; id: string; pairKey: string } | { ok: false; retryAfter: number };

/**
 * Takes an attempt: refused with the seconds to wait, or counted (as a failure until
 * `attemptSucceeded`) and allowed to check the password.
 */
export async function beginAttempt(
  db: Db,
  input: { email: string; ip: string },
  now: number,
): Promise<Attempt> {
  const email = normaliseEmail(input.email);
  return db.transaction(async (tx) => {
    const all = bucketsFor(email, input.ip, false).map((b) => b.key);
    // One order for every attempt, so two never wait on each other's locks.
    for (const key of [...all].sort()) {
      await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
    }
    const known = await tx.query(
      'SELECT 1 FROM auth_known_addresses WHERE email = $1 AND ip = $2 AND at > $3',
      [email, input.ip, new Date(now - KNOWN_ADDRESS_MS)],
    );
    const buckets = bucketsFor(email, input.ip, known.rowCount > 0);
    // An attempt still being checked (its password under argon2 for ~50 ms) holds a place in
    // each bucket but is no failure yet: a bucket full only of those asks for a second's
    // patience, not the growing delay. One left unresolved for a minute (its process died)
    // counts as the failure it most likely was.
    const { rows } = await tx.query<{
      key: string;
      n: string;
      failed: string;
      last: Date | null;
    }>(
      `SELECT key, count(*) AS n,
              count(*) FILTER (WHERE attempt IS NULL OR at < $3) AS failed,
              max(at) FILTER (WHERE attempt IS NULL OR at < $3) AS last
         FROM auth_failures WHERE key = ANY($1::text[]) AND at > $2 GROUP BY key`,
      [buckets.map((b) => b.key), new Date(now - SIGN_IN_WINDOW_MS), new Date(now - PENDING_MS)],
    );
    let wait = 0;
    for (const row of rows) {
      const bucket = buckets.find((b) => b.key === row.key);
      if (!bucket) continue;
      const failed = Number(row.failed);
      const pending = Number(row.n) - failed;
      if (failed >= bucket.max && row.last) {
        // Past the allowance: one attempt at a time, once the delay is over.
        const allowedAt = new Date(row.last).getTime() + delayAfter(bucket, failed);
        wait = Math.max(wait, allowedAt - now, pending > 0 ? 1000 : 0);
      } else if (Number(row.n) >= bucket.max) wait = Math.max(wait, 1000);
    }
    if (wait > 0) return { ok: false, retryAfter: Math.ceil(wait / 1000) };
    const id = randomUUID();
    await tx.query(
      'INSERT INTO auth_failures (key, at, attempt) SELECT unnest($1::text[]), $2, $3',
      [buckets.map((b) => b.key), new Date(now), id],
    );
    return { ok: true, id, pairKey: buckets[0]?.key ?? '' };
  });
}

/** The password was wrong: the attempt stays, now as a failure. */
export async function attemptFailed(db: Queryable, attempt: { id: string }): Promise<void> {
  await db.query('UPDATE auth_failures SET attempt = NULL WHERE attempt = $1', [attempt.id]);
}

/**
 * The password was right: the attempt does not count, the account's failures from this address
 * are forgiven, and the address becomes one the account is known at. The wider buckets keep
 * their count (one good account must not wash away a spray's failures).
 */
export async function attemptSucceeded(
  db: Queryable,
  attempt: { id: string; pairKey: string },
  input: { email: string; ip: string },
  now: number,
): Promise<void> {
  await db.query('DELETE FROM auth_failures WHERE attempt = $1 OR key = $2', [
    attempt.id,
    attempt.pairKey,
  ]);
  await db.query(
    `INSERT INTO auth_known_addresses (email, ip, at) VALUES ($1, $2, $3)
       ON CONFLICT (email, ip) DO UPDATE SET at = EXCLUDED.at`,
    [normaliseEmail(input.email), input.ip, new Date(now)],
  );
  // Keep the tables small: nothing older than its window is ever read.
  if (Math.random() < 0.05) await prune(db, now);
}

export async function prune(db: Queryable, now: number): Promise<void> {
  await db.query('DELETE FROM auth_failures WHERE at < $1', [new Date(now - SIGN_IN_WINDOW_MS)]);
  await db.query('DELETE FROM auth_known_addresses WHERE at < $1', [
    new Date(now - KNOWN_ADDRESS_MS),
  ]);
}
