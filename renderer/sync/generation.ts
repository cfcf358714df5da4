// Server restores on the desk (shared/sync/README.md "Restores"). The server has a generation id,
// replaced whenever its database is restored from a backup; the desk keeps the one it synced with
// and sends it on every push and pull. When the server answers 409 `generationChanged`, its
// database may hold less than the desk was told (the desk's cursor may be ahead of it, and its
// acknowledged mutations after the backup are gone), so the desk, in one transaction: puts back
// into the outbox the acknowledged mutations the server no longer has (seq above the `ackedSeq`
// the server reports for this desk), forgets its pulled copy and cursor as for a resnapshot, and
// takes the new generation. Its next push re-sends them with their own seqs — exactly once, by
// client id + seq — and its next pull is a fresh snapshot.
import { outboxLeadIds } from '../db/outbox-leads';
import type { DeskDatabase, OutboxEntry, SentEntry } from '../db/schema';
import { syncedTables, wipeForResnapshot } from './apply-pull';
import { GenerationChangedError } from './errors';

/** The `db.meta` key of the server generation this desk synced with. */
export const GENERATION_META = 'syncGeneration';

/**
 * How long an acknowledged mutation is kept for re-sending: a restore from a backup older than
 * this loses what the desk sent before it (nothing else).
 */
export const SENT_RETENTION_MS = 30 * 24 * 3_600_000;

export async function loadGeneration(db: DeskDatabase): Promise<string | undefined> {
  const row = await db.meta.get(GENERATION_META);
  return typeof row?.value === 'string' ? row.value : undefined;
}

/** What a pull sends besides its cursor: the generation, and the client id the desk pushes as. */
export type PullIdentity = { generation?: string; clientId?: string };

export async function pullIdentity(db: DeskDatabase): Promise<PullIdentity> {
  const [generation, client] = await Promise.all([loadGeneration(db), db.meta.get('clientId')]);
  return {
    ...(generation ? { generation } : {}),
    ...(typeof client?.value === 'string' ? { clientId: client.value } : {}),
  };
}

export function isGenerationChanged(error: unknown): error is GenerationChangedError {
  return error instanceof GenerationChangedError;
}

/**
 * Keeps mutations the server just acknowledged (applied, not refused) for re-sending after a
 * restore, and drops those older than SENT_RETENTION_MS. Call inside the transaction that takes
 * them out of the outbox.
 */
export async function keepSent(
  db: DeskDatabase,
  accepted: readonly OutboxEntry[],
  now: number,
): Promise<void> {
  const rows: SentEntry[] = [];
  for (const e of accepted) if (e.seq !== undefined) rows.push({ ...e, seq: e.seq, sentAt: now });
  if (rows.length) await db.sent.bulkPut(rows);
  await db.sent
    .where('sentAt')
    .below(now - SENT_RETENTION_MS)
    .delete();
}

/**
 * The server was restored: re-send what it lost (acknowledged seqs above `ackedSeq`), wipe the
 * pulled copy and cursor, and remember `generation`. Returns how many mutations go out again.
 */
export async function adoptGeneration(
  db: DeskDatabase,
  generation: string,
  ackedSeq: number,
): Promise<number> {
  return db.transaction('rw', [...syncedTables(db), db.outbox, db.meta, db.sent], async () => {
    const lost = await db.sent.where('seq').above(ackedSeq).toArray();
    // Back in the outbox under their own seqs, ahead of anything newer still waiting there.
    if (lost.length)
      await db.outbox.bulkPut(
        lost.map(({ sentAt: _sentAt, ...entry }) => ({ ...entry, leadIds: outboxLeadIds(entry) })),
      );
    await db.sent.where('seq').above(ackedSeq).delete();
    // Pending activities (the re-sent ones' too) stay on the desk; everything pulled goes.
    await wipeForResnapshot(db);
    await db.meta.put({ key: GENERATION_META, value: generation });
    return lost.length;
  });
}
