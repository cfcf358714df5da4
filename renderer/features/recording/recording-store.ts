// A call recording on the desk (schema v10): pieces written as MediaRecorder delivers them, so a
// long call never sits in memory; sealed into a declaration (size, SHA-256 hashed piece by piece,
// fixed-size chunks); read back chunk by chunk for the upload; the pieces deleted only once the
// server confirmed it holds the whole file.
import { Sha256 } from '../../../shared/recordings/sha256';
import type { RecordingDeclaration } from '../../../shared/recordings/protocol';
import type { DeskDatabase } from '../../db/schema';
import type { RecordingRow } from '../../db/recordings';

/**
 * Bytes per upload chunk: a byte range of the concatenated pieces. Small enough that a dropped
 * connection loses little (about 16 s of audio at 32 kbit/s), large enough that a 30-minute call
 * is ~110 requests.
 */
export const CHUNK_BYTES = 64 * 1024;

/** The new recording's row (status `recording`). */
export async function startRecording(db: DeskDatabase, row: RecordingRow): Promise<void> {
  await db.recordings.put(row);
}

/** Stores piece `seq` and the recording's running totals, in one transaction. */
export async function appendPiece(
  db: DeskDatabase,
  id: string,
  seq: number,
  data: Blob,
  durationMs: number,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.recordings, db.recordingPieces, async () => {
    const row = await db.recordings.get(id);
    if (!row || row.status !== 'recording') return;
    await db.recordingPieces.put({ recordingId: id, seq, data });
    await db.recordings.update(id, {
      pieces: Math.max(row.pieces, seq + 1),
      bytes: row.bytes + data.size,
      durationMs: Math.max(row.durationMs, durationMs),
      updatedAt: now,
    });
  });
}

/** Updates what the recording's row says while it runs (pauses, announcement, an error). */
export async function updateRecording(
  db: DeskDatabase,
  id: string,
  changes: Partial<Pick<RecordingRow, 'pauses' | 'announced' | 'error' | 'durationMs'>>,
  now: number,
): Promise<void> {
  await db.recordings.update(id, { ...changes, updatedAt: now });
}

/** Pieces of `id` in order, one at a time (only one piece's Blob handle is held). */
async function eachPiece(
  db: DeskDatabase,
  id: string,
  visit: (data: Blob) => Promise<void> | void,
): Promise<void> {
  // Keys first (small), then each piece on its own: a cursor cannot stay open across awaits.
  const keys = (await db.recordingPieces
    .where('[recordingId+seq]')
    .between([id, 0], [id, Number.MAX_SAFE_INTEGER])
    .primaryKeys()) as unknown as [string, number][];
  for (const key of keys) {
    const piece = await db.recordingPieces.get(key as unknown as string);
    if (piece) await visit(piece.data);
  }
}

/** Size and SHA-256 of the whole file, hashed piece by piece. */
export async function hashRecording(
  db: DeskDatabase,
  id: string,
): Promise<{ size: number; sha256: string }> {
  const hash = new Sha256();
  let size = 0;
  await eachPiece(db, id, async (data) => {
    hash.update(new Uint8Array(await data.arrayBuffer()));
    size += data.size;
  });
  return { size, sha256: hash.hex() };
}

/**
 * Ends the recording: its declaration (size, hash, chunks) is written and it waits for upload.
 * Nothing recorded (no piece): `empty`, nothing to upload. Sealing twice changes nothing.
 */
export async function sealRecording(
  db: DeskDatabase,
  id: string,
  now: number,
): Promise<RecordingRow | undefined> {
  const row = await db.recordings.get(id);
  if (!row || row.status !== 'recording') return row;
  const { size, sha256 } = await hashRecording(db, id);
  if (size === 0) {
    await db.recordings.update(id, { status: 'empty', updatedAt: now });
    return db.recordings.get(id);
  }
  const declaration: RecordingDeclaration = {
    leadId: row.leadId,
    direction: row.direction,
    callStartedAt: row.callStartedAt,
    answeredAt: Math.max(row.answeredAt, row.callStartedAt),
    durationMs: Math.round(row.durationMs),
    mime: row.mime,
    size,
    sha256,
    chunks: Math.ceil(size / CHUNK_BYTES),
    pauses: row.pauses.slice(0, 500),
    announced: row.announced,
  };
  await db.transaction('rw', db.recordings, async () => {
    const current = await db.recordings.get(id);
    if (current?.status !== 'recording') return;
    await db.recordings.update(id, { status: 'sealed', declaration, bytes: size, updatedAt: now });
  });
  return db.recordings.get(id);
}

/** Chunk `seq`: bytes [seq·CHUNK_BYTES, (seq+1)·CHUNK_BYTES) of the concatenated pieces. */
export async function readChunk(db: DeskDatabase, id: string, seq: number): Promise<Uint8Array> {
  return (await chunkReader(db, id))(seq);
}

/**
 * Reads a recording's chunks with its pieces laid out once: each chunk then slices only the
 * pieces it spans. (Walking every piece for every chunk made a 30-minute call's upload, 1,800
 * pieces in 110 chunks, cost ~200,000 IndexedDB reads and stall.) The pieces' Blobs are handles
 * to IndexedDB's files, not their bytes: holding them costs no memory worth counting.
 */
export async function chunkReader(
  db: DeskDatabase,
  id: string,
): Promise<(seq: number) => Promise<Uint8Array>> {
  const pieces = await db.recordingPieces
    .where('[recordingId+seq]')
    .between([id, 0], [id, Number.MAX_SAFE_INTEGER])
    .toArray();
  const layout: { start: number; data: Blob }[] = [];
  let offset = 0;
  for (const piece of pieces) {
    layout.push({ start: offset, data: piece.data });
    offset += piece.data.size;
  }
  return async (seq) => {
    const from = seq * CHUNK_BYTES;
    const to = from + CHUNK_BYTES;
    // The first piece that ends after `from`.
    let lo = 0;
    let hi = layout.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const p = layout[mid];
      if (p && p.start + p.data.size <= from) lo = mid + 1;
      else hi = mid;
    }
    const parts: Blob[] = [];
    for (const { start, data } of layout.slice(lo)) {
      if (start >= to) break;
      parts.push(data.slice(Math.max(0, from - start), Math.min(data.size, to - start)));
    }
    return new Uint8Array(await new Blob(parts).arrayBuffer());
  };
}

/** The server holds the whole file: the pieces go, the row stays as a note of it. */
export async function markUploaded(db: DeskDatabase, id: string, now: number): Promise<void> {
  await db.transaction('rw', db.recordings, db.recordingPieces, async () => {
    await db.recordingPieces
      .where('[recordingId+seq]')
      .between([id, 0], [id, Number.MAX_SAFE_INTEGER])
      .delete();
    await db.recordings.update(id, { status: 'uploaded', uploadError: null, updatedAt: now });
  });
}

/** The upload failed (`failed`) or stalls for a reason worth showing (status kept). */
export async function noteUploadError(
  db: DeskDatabase,
  id: string,
  reason: string | null,
  failed: boolean,
  now: number,
): Promise<void> {
  await db.recordings.update(id, {
    uploadError: reason,
    ...(failed ? { status: 'failed' as const } : {}),
    updatedAt: now,
  });
}

/** Recordings waiting for the server (sealed, failed, or left recording by a killed desk). */
export async function waitingRecordings(db: DeskDatabase): Promise<RecordingRow[]> {
  const rows = await db.recordings
    .where('status')
    .anyOf(['recording', 'sealed', 'failed'])
    .toArray();
  return rows.sort((a, b) => a.createdAt - b.createdAt);
}

/** Whether `error` is the browser saying the disk (or the origin's quota) is full. */
export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { name?: unknown; inner?: unknown; message?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  // Dexie wraps the DOMException; its message names it too.
  if (e.inner && isQuotaError(e.inner)) return true;
  return typeof e.message === 'string' && /quota|disk.*full|no space/i.test(e.message);
}
