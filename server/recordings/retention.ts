// The recordings' deletion job (issue 13): a recording older than its organisation's retention
// (setting `recording.retentionDays`, 90 days when the organisation never set it, never when it
// is null) is deleted — its file first, then its row, so a row never points at nothing while the
// file is still there to be found — with one audit row `recordingDeleted` per deletion. Uploads
// the desk never finished are dropped after a week (a desk that comes back re-declares them).
// Runs hourly beside the tombstone pruning (server/main.ts).
import type { Db } from '../db/db';
import { audit } from '../audit';
import type { RecordingStore } from './store';
import { DEFAULT_RECORDING_SETTINGS } from '../../shared/recordings/protocol';

const DAY_MS = 86_400_000;
/** How long an upload may stay unfinished. */
export const INCOMPLETE_UPLOAD_MS = 7 * DAY_MS;
const BATCH = 200;

type Due = {
  id: string;
  organisation_id: string;
  agent_id: string;
  call_started_at: string;
  status: 'uploading' | 'complete';
};

/** Deletes what is due at `now`; returns how many recordings went, by reason. */
export async function pruneRecordings(
  db: Db,
  store: RecordingStore,
  now = Date.now(),
): Promise<{ retention: number; incomplete: number }> {
  const done = { retention: 0, incomplete: 0 };
  const failed = new Set<string>();
  for (;;) {
    const { rows } = await db.query<Due>(
      `SELECT r.id::text AS id, r.organisation_id::text AS organisation_id,
              r.agent_id::text AS agent_id, r.call_started_at, r.status
         FROM recordings r
         LEFT JOIN settings s ON s.organisation_id = r.organisation_id AND s.key = 'recording'
        WHERE (r.status = 'complete' AND CASE
                 WHEN s.data->'retentionDays' IS NULL
                   THEN r.call_started_at < $1::bigint - $2::bigint * ${DAY_MS}
                 WHEN jsonb_typeof(s.data->'retentionDays') = 'number'
                   THEN r.call_started_at < $1::bigint - (s.data->>'retentionDays')::bigint * ${DAY_MS}
                 ELSE false END)
           OR (r.status = 'uploading' AND r.created_at < to_timestamp(($1::bigint - $3::bigint) / 1000.0))
        ORDER BY r.call_started_at
        LIMIT ${BATCH}`,
      [now, DEFAULT_RECORDING_SETTINGS.retentionDays, INCOMPLETE_UPLOAD_MS],
    );
    const due = rows.filter((r) => !failed.has(r.id));
    if (due.length === 0) return done;
    for (const r of due) {
      try {
        await store.delete(r.organisation_id, r.id);
      } catch {
        // Left for the next run (a store that does not answer now may later).
        failed.add(r.id);
        continue;
      }
      const reason = r.status === 'complete' ? 'retention' : 'incomplete';
      await db.transaction(async (tx) => {
        const { rowCount } = await tx.query('DELETE FROM recordings WHERE id = $1', [r.id]);
        if (rowCount === 0) return;
        await audit(tx, [
          {
            organisationId: r.organisation_id,
            actorId: null,
            action: 'recordingDeleted',
            subject: r.id,
            detail: { agentId: r.agent_id, callStartedAt: Number(r.call_started_at), reason },
          },
        ]);
        done[reason]++;
      });
    }
  }
}
