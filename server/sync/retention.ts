// Tombstone retention: tombstones older than the retention period are removed, and the newest
// removed position is remembered; a desk whose cursor is older must re-snapshot (it may have
// missed a removal).
import type { Db } from '../db/db';

export const TOMBSTONE_RETENTION_MS = 30 * 24 * 3_600_000;

/** Removes tombstones created before `now - retentionMs`; returns how many. */
export async function pruneTombstones(
  db: Db,
  retentionMs = TOMBSTONE_RETENTION_MS,
  now = Date.now(),
): Promise<number> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ n: string }>(
      `WITH gone AS (
         DELETE FROM tombstones WHERE created_at < $1 RETURNING xid, seq
       ), newest AS (
         SELECT xid, seq FROM gone ORDER BY xid DESC, seq DESC LIMIT 1
       ), moved AS (
         UPDATE sync_retention r SET pruned_xid = newest.xid, pruned_seq = newest.seq FROM newest
          WHERE (newest.xid, newest.seq) > (r.pruned_xid, r.pruned_seq)
       )
       SELECT count(*) AS n FROM gone`,
      [new Date(now - retentionMs)],
    );
    return Number(rows[0]?.n ?? 0);
  });
}
