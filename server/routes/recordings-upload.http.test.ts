// Uploading a call recording (issue 13): declared, sent chunk by chunk, assembled and checked —
// exactly once. A resent or duplicated chunk has no second effect, a different chunk under the
// same number is refused, a desk killed mid-upload asks what the server holds and resumes, the
// completion is idempotent and refuses a file that is not the declared one; only the agent who
// recorded uploads; bad input is a 400 saying what is wrong; a full disk is a 507 that leaves
// nothing half-written.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileHandle } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../test/databases';
import { EMAIL, ORG, U, count } from '../test/sync-fixture';
import { FileRecordingStore } from '../recordings/store';
import {
  Client,
  recordingOf,
  recordingWorld,
  sha256,
  upload,
  type RecordingWorld,
} from '../recordings/recording-world';
import { MAX_CHUNK_BYTES } from '../../shared/recordings/protocol';

describe.each(DB_KINDS)('recording upload on %s', (kind) => {
  let w: RecordingWorld;
  let agent: Client;

  beforeAll(async () => {
    w = await recordingWorld(kind);
    agent = await Client.signIn(w.app, EMAIL.agent);
  });
  afterAll(async () => {
    await w?.close();
  });

  const chunkRows = async (id: string) =>
    (
      await w.db.query<{ n: string }>(
        'SELECT count(*) AS n FROM recording_chunks WHERE recording_id = $1',
        [id],
      )
    ).rows[0]?.n;

  it('stores a recording exactly once: duplicated chunks change nothing, the file is the one declared', async () => {
    const rec = recordingOf(10_000, 4_000);
    const declared = await agent.request('PUT', `/api/recordings/${rec.id}`, rec.declaration);
    expect(declared.statusCode, declared.body).toBe(200);
    expect(declared.json()).toEqual({ id: rec.id, received: [], complete: false });

    const first = await agent.putChunk(rec.id, 0, rec.chunks[0]!);
    expect(first.json()).toEqual({ id: rec.id, received: [0], complete: false });
    // The same chunk again (a resend after a lost answer) and twice at once (a duplicate).
    const again = await agent.putChunk(rec.id, 0, rec.chunks[0]!);
    const [dupA, dupB] = await Promise.all([
      agent.putChunk(rec.id, 1, rec.chunks[1]!),
      agent.putChunk(rec.id, 1, rec.chunks[1]!),
    ]);
    expect(again.statusCode).toBe(200);
    expect(dupA.statusCode, dupA.body).toBe(200);
    expect(dupB.statusCode, dupB.body).toBe(200);
    expect(await chunkRows(rec.id)).toBe('2');

    // Killed mid-upload: the desk asks what is held and sends only the rest.
    const status = await agent.request('GET', `/api/recordings/${rec.id}/upload`);
    expect(status.json()).toEqual({ id: rec.id, received: [0, 1], complete: false });
    const early = await agent.request('POST', `/api/recordings/${rec.id}/complete`);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ error: 'missingChunks', missing: [2] });
    await agent.putChunk(rec.id, 2, rec.chunks[2]!);

    const done = await agent.request('POST', `/api/recordings/${rec.id}/complete`);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toEqual({ id: rec.id, received: [0, 1, 2], complete: true });
    // Completing again answers the same; so does re-declaring identically, or resending a chunk.
    const twice = await agent.request('POST', `/api/recordings/${rec.id}/complete`);
    expect(twice.json()).toEqual(done.json());
    const redeclared = await agent.request('PUT', `/api/recordings/${rec.id}`, rec.declaration);
    expect(redeclared.json()).toEqual(done.json());
    const late = await agent.putChunk(rec.id, 2, rec.chunks[2]!);
    expect(late.json()).toEqual(done.json());

    const file = await readFile(join(w.dir, ORG, `${rec.id}.audio`));
    expect(sha256(file)).toBe(rec.declaration.sha256);
    expect(file.equals(rec.data)).toBe(true);
    // Chunks are dropped once the whole file is kept.
    expect(await w.store.files(ORG)).toEqual([`${rec.id}.audio`]);
    const { rows } = await w.db.query<{ status: string; n: string }>(
      'SELECT status, (SELECT count(*) FROM recordings WHERE id = $1) AS n FROM recordings WHERE id = $1',
      [rec.id],
    );
    expect(rows).toEqual([{ status: 'complete', n: '1' }]);
  });

  it('refuses a different chunk under a number already held, and another declaration for the id', async () => {
    const rec = recordingOf(3_000, 1_000);
    await agent.request('PUT', `/api/recordings/${rec.id}`, rec.declaration);
    await agent.putChunk(rec.id, 0, rec.chunks[0]!);
    const other = await agent.putChunk(rec.id, 0, Buffer.alloc(1_000, 7));
    expect(other.statusCode).toBe(409);
    expect(other.json()).toMatchObject({ error: 'chunkConflict' });
    const redeclared = await agent.request('PUT', `/api/recordings/${rec.id}`, {
      ...rec.declaration,
      durationMs: 1,
    });
    expect(redeclared.statusCode).toBe(409);
    expect(redeclared.json()).toMatchObject({ error: 'recordingConflict' });
    // The chunk held is still the first one.
    const status = await agent.request('GET', `/api/recordings/${rec.id}/upload`);
    expect(status.json()).toMatchObject({ received: [0] });
    const { rows } = await w.db.query<{ sha256: string }>(
      'SELECT sha256 FROM recording_chunks WHERE recording_id = $1',
      [rec.id],
    );
    expect(rows).toEqual([{ sha256: sha256(rec.chunks[0]!) }]);
  });

  it('answers 422 when the chunks are not the declared file, keeps them, and lets the desk resend', async () => {
    const rec = recordingOf(2_000, 1_000);
    await agent.request('PUT', `/api/recordings/${rec.id}`, rec.declaration);
    const wrong = Buffer.alloc(1_000, 1);
    await agent.putChunk(rec.id, 0, rec.chunks[0]!);
    await agent.putChunk(rec.id, 1, wrong);
    const bad = await agent.request('POST', `/api/recordings/${rec.id}/complete`);
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ error: 'hashMismatch', size: 2_000 });
    const status = await agent.request('GET', `/api/recordings/${rec.id}/upload`);
    expect(status.json()).toEqual({ id: rec.id, received: [0, 1], complete: false });
    // Nothing of the failed file is kept; the chunks are.
    expect((await w.store.files(ORG)).filter((f) => f.startsWith(rec.id))).toEqual([
      `${rec.id}.parts/0`,
      `${rec.id}.parts/1`,
    ]);
    const resent = await agent.putChunk(rec.id, 1, rec.chunks[1]!);
    expect(resent.statusCode, resent.body).toBe(200);
    const done = await agent.request('POST', `/api/recordings/${rec.id}/complete`);
    expect(done.statusCode, done.body).toBe(200);
    expect((await readFile(join(w.dir, ORG, `${rec.id}.audio`))).equals(rec.data)).toBe(true);
  });

  it('lets only the agent who recorded upload, and only for themselves', async () => {
    const rec = recordingOf(1_000, 1_000);
    await agent.request('PUT', `/api/recordings/${rec.id}`, rec.declaration);
    const mate = await Client.signIn(w.app, EMAIL.mate);
    const admin = await Client.signIn(w.app, EMAIL.admin);
    for (const who of [mate, admin]) {
      expect((await who.putChunk(rec.id, 0, rec.chunks[0]!)).statusCode).toBe(403);
      expect((await who.request('GET', `/api/recordings/${rec.id}/upload`)).statusCode).toBe(403);
      expect((await who.request('POST', `/api/recordings/${rec.id}/complete`)).statusCode).toBe(
        403,
      );
      expect(
        (await who.request('PUT', `/api/recordings/${rec.id}`, rec.declaration)).statusCode,
      ).toBe(403);
    }
    const foreign = await Client.signIn(w.app, EMAIL.foreignAdmin);
    expect((await foreign.putChunk(rec.id, 0, rec.chunks[0]!)).statusCode).toBe(404);
    const nobody = await w.app.inject({
      method: 'PUT',
      url: `/api/recordings/${rec.id}`,
      headers: { 'x-sales-desk-protocol': '2' },
      payload: rec.declaration,
    });
    expect(nobody.statusCode).not.toBe(200);
    const { rows } = await w.db.query<{ agent_id: string }>(
      'SELECT agent_id::text AS agent_id FROM recordings WHERE id = $1',
      [rec.id],
    );
    expect(rows).toEqual([{ agent_id: U.agent }]);
    expect(await chunkRows(rec.id)).toBe('0');
  });

  it('answers malformed ids, bodies, headers and numbers with a 400 saying what is wrong', async () => {
    const rec = recordingOf(2_000, 1_000);
    const badId = await agent.request('PUT', '/api/recordings/not-a-uuid', rec.declaration);
    expect(badId.statusCode).toBe(400);
    expect(badId.json().message).toMatch(/^id:/);
    const badBody = await agent.request('PUT', `/api/recordings/${rec.id}`, {
      ...rec.declaration,
      sha256: 'xyz',
    });
    expect(badBody.statusCode).toBe(400);
    expect(badBody.json().message).toMatch(/^sha256:/);
    const tooFewChunks = await agent.request('PUT', `/api/recordings/${rec.id}`, {
      ...rec.declaration,
      size: MAX_CHUNK_BYTES * 3,
      chunks: 2,
    });
    expect(tooFewChunks.statusCode).toBe(400);
    expect(tooFewChunks.json().message).toMatch(/^chunks:/);

    await agent.request('PUT', `/api/recordings/${rec.id}`, rec.declaration);
    const chunk = rec.chunks[0]!;
    const noHash = await agent.request('PUT', `/api/recordings/${rec.id}/chunks/0`, chunk, {
      'content-type': 'application/octet-stream',
    });
    expect(noHash.statusCode).toBe(400);
    expect(noHash.json().message).toMatch(/x-content-sha256/);
    const damaged = await agent.putChunk(rec.id, 0, chunk, sha256(Buffer.from('other')));
    expect(damaged.statusCode).toBe(422);
    expect(damaged.json()).toMatchObject({ error: 'chunkHashMismatch' });
    const beyond = await agent.putChunk(rec.id, 2, chunk);
    expect(beyond.statusCode).toBe(400);
    expect(beyond.json().message).toMatch(/^seq:/);
    const badSeq = await agent.putChunk(rec.id, -1 as number, chunk);
    expect(badSeq.statusCode).toBe(400);
    const json = await agent.request(
      'PUT',
      `/api/recordings/${rec.id}/chunks/0`,
      { not: 'bytes' },
      { 'x-content-sha256': sha256(chunk) },
    );
    expect(json.statusCode).toBe(400);
    expect(json.json().message).toMatch(/^body:/);
    const huge = Buffer.alloc(MAX_CHUNK_BYTES + 1, 1);
    const tooBig = await agent.putChunk(rec.id, 0, huge);
    expect(tooBig.statusCode).toBe(413);
    const badPurpose = await agent.request('POST', `/api/recordings/${rec.id}/access`, {
      purpose: 'steal',
    });
    expect(badPurpose.statusCode).toBe(400);
    expect(await chunkRows(rec.id)).toBe('0');
    expect(await w.store.files(ORG)).not.toContain(`${rec.id}.parts/0`);
  });

  it('uploads a recording across many chunks, one number at a time, in any order', async () => {
    const rec = recordingOf(50_000, 7_000);
    await agent.request('PUT', `/api/recordings/${rec.id}`, rec.declaration);
    const order = [...rec.chunks.keys()].reverse();
    for (const seq of order) await agent.putChunk(rec.id, seq, rec.chunks[seq]!);
    await upload(agent, rec);
    expect((await readFile(join(w.dir, ORG, `${rec.id}.audio`))).equals(rec.data)).toBe(true);
  });
});

/** A file store on a disk that fills up halfway through a write. */
class FullDiskStore extends FileRecordingStore {
  full = false;
  protected override async write(handle: FileHandle, data: Buffer): Promise<void> {
    if (!this.full) return super.write(handle, data);
    await handle.write(data.subarray(0, Math.floor(data.length / 2)));
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  }
}

describe('recording upload on a full disk', () => {
  let w: RecordingWorld;
  beforeAll(async () => {
    w = await recordingWorld('pglite', (dir) => new FullDiskStore(dir));
  });
  afterAll(async () => {
    await w?.close();
  });

  it('answers 507 storageFull, writes nothing half, and takes the chunk once there is room', async () => {
    const store = w.store as FullDiskStore;
    const agent = await Client.signIn(w.app, EMAIL.agent);
    const rec = recordingOf(2_000, 1_000);
    await agent.request('PUT', `/api/recordings/${rec.id}`, rec.declaration);
    store.full = true;
    const refused = await agent.putChunk(rec.id, 0, rec.chunks[0]!);
    expect(refused.statusCode).toBe(507);
    expect(refused.json()).toMatchObject({ error: 'storageFull' });
    expect(await w.store.files(ORG)).toEqual([]);
    expect(await count(w.db, 'recording_chunks')).toBe(0);

    store.full = false;
    await agent.putChunk(rec.id, 0, rec.chunks[0]!);
    await agent.putChunk(rec.id, 1, rec.chunks[1]!);
    // The disk fills while the whole file is put together: the chunks stay, no file appears.
    store.full = true;
    const assembling = await agent.request('POST', `/api/recordings/${rec.id}/complete`);
    expect(assembling.statusCode).toBe(507);
    expect(await w.store.files(ORG)).toEqual([`${rec.id}.parts/0`, `${rec.id}.parts/1`]);
    store.full = false;
    const done = await agent.request('POST', `/api/recordings/${rec.id}/complete`);
    expect(done.statusCode, done.body).toBe(200);
    expect(await w.store.files(ORG)).toEqual([`${rec.id}.audio`]);
  });
});
