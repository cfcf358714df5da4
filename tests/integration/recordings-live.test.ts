// Call recordings over real HTTP (issue 13): a desk whose connection dies half-way through a chunk
// leaves nothing of it on the server; it asks what is held, resumes, completes once, and a
// supervisor's <audio>-style requests (no token, no protocol header) seek with byte ranges on the
// listening server. PGlite and, when DATABASE_URL is set, PostgreSQL.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../server/test/databases';
import { EMAIL, ORG, protocol } from '../../server/test/sync-fixture';
import {
  Client,
  recordingOf,
  recordingWorld,
  sha256,
  type RecordingWorld,
} from '../../server/recordings/recording-world';
import { CHUNK_HASH_HEADER } from '../../shared/recordings/protocol';

/** Sends a chunk's headers and the first half of its body, then cuts the connection. */
function cutMidChunk(base: string, token: string, id: string, seq: number, data: Buffer) {
  return new Promise<void>((resolve) => {
    const url = new URL(`/api/recordings/${id}/chunks/${seq}`, base);
    const req = httpRequest(url, {
      method: 'PUT',
      headers: {
        ...protocol,
        authorization: `Bearer ${token}`,
        'content-type': 'application/octet-stream',
        'content-length': String(data.length),
        [CHUNK_HASH_HEADER]: sha256(data),
      },
    });
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.write(data.subarray(0, data.length / 2), () => req.destroy());
  });
}

describe.each(DB_KINDS)('recordings over real HTTP on %s', (kind) => {
  let w: RecordingWorld;
  let base: string;

  beforeAll(async () => {
    w = await recordingWorld(kind);
    base = await w.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await w?.close();
  });

  const call = (token: string, method: string, path: string, body?: Buffer | object) =>
    fetch(`${base}${path}`, {
      method,
      headers: {
        ...protocol,
        authorization: `Bearer ${token}`,
        ...(Buffer.isBuffer(body)
          ? { 'content-type': 'application/octet-stream', [CHUNK_HASH_HEADER]: sha256(body) }
          : body
            ? { 'content-type': 'application/json' }
            : {}),
      },
      ...(body
        ? { body: Buffer.isBuffer(body) ? new Uint8Array(body) : JSON.stringify(body) }
        : {}),
    });

  it('keeps nothing of a chunk cut mid-transfer, resumes, and plays back with ranges', async () => {
    const agent = await Client.signIn(w.app, EMAIL.agent);
    const rec = recordingOf(3 * 256 * 1024, 256 * 1024);
    const declared = await call(agent.token, 'PUT', `/api/recordings/${rec.id}`, rec.declaration);
    expect(declared.status).toBe(200);
    expect(
      (await call(agent.token, 'PUT', `/api/recordings/${rec.id}/chunks/0`, rec.chunks[0]!)).status,
    ).toBe(200);

    await cutMidChunk(base, agent.token, rec.id, 1, rec.chunks[1]!);
    // The desk starts again: the server holds chunk 0 only, and no half of chunk 1 anywhere.
    const status = await call(agent.token, 'GET', `/api/recordings/${rec.id}/upload`);
    expect(await status.json()).toEqual({ id: rec.id, received: [0], complete: false });
    expect(await w.store.files(ORG)).toEqual([`${rec.id}.parts/0`]);

    for (const seq of [1, 2]) {
      const res = await call(
        agent.token,
        'PUT',
        `/api/recordings/${rec.id}/chunks/${seq}`,
        rec.chunks[seq]!,
      );
      expect(res.status).toBe(200);
    }
    const [a, b] = await Promise.all([
      call(agent.token, 'POST', `/api/recordings/${rec.id}/complete`),
      call(agent.token, 'POST', `/api/recordings/${rec.id}/complete`),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(await w.store.files(ORG)).toEqual([`${rec.id}.audio`]);

    const supervisor = await Client.signIn(w.app, EMAIL.supervisor);
    const access = await call(supervisor.token, 'POST', `/api/recordings/${rec.id}/access`, {
      purpose: 'play',
    });
    const { url } = (await access.json()) as { url: string };
    // As an <audio> element asks: no token, no protocol header.
    const seek = await fetch(`${base}${url}`, { headers: { range: 'bytes=500000-500999' } });
    expect(seek.status).toBe(206);
    expect(seek.headers.get('content-range')).toBe(`bytes 500000-500999/${rec.data.length}`);
    expect(Buffer.from(await seek.arrayBuffer()).equals(rec.data.subarray(500_000, 501_000))).toBe(
      true,
    );
    const whole = await fetch(`${base}${url}`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(sha256(Buffer.from(await whole.arrayBuffer()))).toBe(rec.declaration.sha256);
  });
});
