// @vitest-environment node
// Node's Blob survives IndexedDB's structured clone (jsdom's does not).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createDeskDatabase, type DeskDatabase } from '../../db/schema';
import type { RecordingRow } from '../../db/recordings';
import {
  appendPiece,
  chunkReader,
  CHUNK_BYTES,
  isQuotaError,
  markUploaded,
  readChunk,
  sealRecording,
  startRecording,
  waitingRecordings,
} from './recording-store';

let db: DeskDatabase | undefined;
afterEach(async () => {
  if (db) await db.delete();
  db = undefined;
});

const ID = '01900000-0000-7000-8000-0000000000aa';

function row(): RecordingRow {
  return {
    id: ID,
    status: 'recording',
    leadId: null,
    direction: 'outbound',
    callStartedAt: 1000,
    answeredAt: 3000,
    mime: 'audio/webm',
    announced: false,
    pauses: [],
    pieces: 0,
    bytes: 0,
    durationMs: 0,
    declaration: null,
    error: null,
    uploadError: null,
    createdAt: 3000,
    updatedAt: 3000,
  };
}

function bytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (i * 31 + seed * 7) & 0xff;
  return out;
}

describe('recording store', () => {
  it('seals pieces into a declaration whose chunks put together are the file, hash and all', async () => {
    db = createDeskDatabase(`rec-${Math.random()}`);
    await startRecording(db, row());
    // Pieces of uneven sizes, so chunk boundaries fall inside pieces.
    const sizes = [5000, 70_000, 1, 40_000, 33_333, 12];
    const pieces = sizes.map((n, i) => bytes(n, i));
    for (const [i, p] of pieces.entries())
      await appendPiece(db, ID, i, new Blob([p as BlobPart]), (i + 1) * 1000, 4000 + i);
    const sealed = await sealRecording(db, ID, 9000);
    const whole = Buffer.concat(pieces);
    expect(sealed?.status).toBe('sealed');
    expect(sealed?.declaration).toMatchObject({
      size: whole.length,
      sha256: Buffer.from(await crypto.subtle.digest('SHA-256', whole)).toString('hex'),
      chunks: Math.ceil(whole.length / CHUNK_BYTES),
      durationMs: 6000,
      callStartedAt: 1000,
      answeredAt: 3000,
    });
    const chunks: Uint8Array[] = [];
    for (let s = 0; s < (sealed?.declaration?.chunks ?? 0); s++) {
      const c = await readChunk(db, ID, s);
      expect(c.length).toBeLessThanOrEqual(CHUNK_BYTES);
      chunks.push(c);
    }
    expect(Buffer.concat(chunks).equals(whole)).toBe(true);
    // Sealing again changes nothing.
    expect((await sealRecording(db, ID, 9999))?.updatedAt).toBe(9000);
    expect((await waitingRecordings(db)).map((r) => r.id)).toEqual([ID]);
  });

  it('reads a long call of many small pieces chunk by chunk, in any order, from one layout', async () => {
    db = createDeskDatabase(`rec-${Math.random()}`);
    await startRecording(db, row());
    // A call's worth of one-second pieces (uneven, as Opus pages are), a few spanning chunks.
    const pieces: Uint8Array[] = [];
    for (let i = 0; i < 600; i++)
      pieces.push(bytes(i % 97 === 0 ? 90_000 : 500 + ((i * 37) % 3000), i));
    for (const [i, p] of pieces.entries())
      await appendPiece(db, ID, i, new Blob([p as BlobPart]), (i + 1) * 1000, 4000 + i);
    const sealed = await sealRecording(db, ID, 700_000);
    const whole = Buffer.concat(pieces);
    const count = sealed?.declaration?.chunks ?? 0;
    expect(count).toBe(Math.ceil(whole.length / CHUNK_BYTES));
    const read = await chunkReader(db, ID);
    // Backwards, as a resume after the server lost the last chunks might ask.
    const chunks = new Array<Buffer>(count);
    for (let s = count - 1; s >= 0; s--) chunks[s] = Buffer.from(await read(s));
    expect(Buffer.concat(chunks).equals(whole)).toBe(true);
    expect(chunks.slice(0, -1).every((c) => c.length === CHUNK_BYTES)).toBe(true);
    // Past the end: nothing.
    expect((await read(count)).length).toBe(0);
  });

  it('keeps the pieces until the server holds the file, then deletes them only', async () => {
    db = createDeskDatabase(`rec-${Math.random()}`);
    await startRecording(db, row());
    await appendPiece(db, ID, 0, new Blob([bytes(10, 1) as BlobPart]), 1000, 4000);
    await sealRecording(db, ID, 5000);
    expect(await db.recordingPieces.count()).toBe(1);
    await markUploaded(db, ID, 6000);
    expect(await db.recordingPieces.count()).toBe(0);
    expect(await db.recordings.get(ID)).toMatchObject({ status: 'uploaded' });
    expect(await waitingRecordings(db)).toEqual([]);
  });

  it('a recording stopped before any audio seals as empty, with nothing to upload', async () => {
    db = createDeskDatabase(`rec-${Math.random()}`);
    await startRecording(db, row());
    expect((await sealRecording(db, ID, 5000))?.status).toBe('empty');
    expect(await waitingRecordings(db)).toEqual([]);
  });

  it('no piece is written after the recording is sealed', async () => {
    db = createDeskDatabase(`rec-${Math.random()}`);
    await startRecording(db, row());
    await appendPiece(db, ID, 0, new Blob([bytes(10, 1) as BlobPart]), 1000, 4000);
    await sealRecording(db, ID, 5000);
    await appendPiece(db, ID, 1, new Blob([bytes(10, 2) as BlobPart]), 2000, 6000);
    expect(await db.recordingPieces.count()).toBe(1);
  });

  it('tells a full disk from other failures', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('Transaction aborted'))).toBe(false);
  });
});
