// The desk's recording uploader against the real server through the fault proxy: requests and
// answers dropped, requests duplicated, and the desk "killed" (its uploader dropped mid-upload,
// a new one started on the same local database). The server ends up holding the recording once,
// complete, byte for byte the desk's file (same SHA-256), and the desk's pieces are gone.
import 'fake-indexeddb/auto';
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../../shared/sync/protocol';
import { DEMO_PASSWORD } from '../../../shared/demo/credentials';
import { uuidv7 } from '../../../shared/domain/ids';
import { createDeskDatabase } from '../../../renderer/db/schema';
import {
  appendPiece,
  sealRecording,
  startRecording,
} from '../../../renderer/features/recording/recording-store';
import { RecordingUploader } from '../../../renderer/features/recording/uploader';
import { FaultProxy } from '../sync/fault-proxy';
import { ServerProcess } from '../sync/server-process';

const server = new ServerProcess();
let proxy: FaultProxy;

async function signIn(email: string): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION), 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD, clientId: crypto.randomUUID() }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

beforeAll(async () => {
  await server.start();
  proxy = new FaultProxy({
    target: () => ({ host: '127.0.0.1', port: server.port }),
    seed: 'recording-upload',
    maxDelayMs: 50,
    holdMs: 200,
  });
  await proxy.start();
}, 120_000);

afterAll(async () => {
  await proxy?.close();
  await server.stop();
});

it('drops, duplicates and a killed desk still leave exactly one complete recording with the declared hash', async () => {
  const agent = await signIn('faisal.alotaibi@rawaa.example');
  const db = createDeskDatabase(`upload-${Math.random()}`);
  const id = uuidv7();
  const now = Date.now();
  await startRecording(db, {
    id,
    status: 'recording',
    leadId: null,
    direction: 'outbound',
    callStartedAt: now - 60_000,
    answeredAt: now - 50_000,
    mime: 'audio/webm',
    announced: false,
    pauses: [],
    pieces: 0,
    bytes: 0,
    durationMs: 0,
    declaration: null,
    error: null,
    uploadError: null,
    createdAt: now,
    updatedAt: now,
  });
  // ~40 one-second pieces of 8 KB: five 64 KiB chunks.
  const pieces = Array.from({ length: 40 }, () => randomBytes(8_000));
  for (const [i, p] of pieces.entries())
    await appendPiece(db, id, i, new Blob([p]), (i + 1) * 1000, now);
  const sealed = await sealRecording(db, id, now);
  const whole = Buffer.concat(pieces);
  expect(sealed?.declaration?.sha256).toBe(createHash('sha256').update(whole).digest('hex'));
  expect(sealed?.declaration?.chunks).toBe(5);

  const deps = {
    db,
    withAccess: <T>(request: (token: string, url: string) => Promise<T>) =>
      request(agent, proxy.url),
    isRecording: () => false,
    backoff: { baseMs: 20, capMs: 200 },
  };
  // The first desk: the network drops things, and the desk dies after the second chunk arrived.
  proxy.setRates({ dropRequest: 0.2, dropResponse: 0.2, duplicate: 0.2 });
  const first = new RecordingUploader(deps);
  const chunk = proxy.hold((_m, path) => path === `/api/recordings/${id}/chunks/1`, 'response');
  first.kick();
  await chunk.arrived;
  first.stop();
  chunk.release();
  await first.idle();
  expect((await db.recordings.get(id))?.status).toBe('sealed');
  expect(await db.recordingPieces.count()).toBe(40);

  // Started again: it resumes from what the server holds, through the same faults.
  const second = new RecordingUploader(deps);
  second.kick();
  await second.idle();
  expect((await db.recordings.get(id))?.status).toBe('uploaded');
  expect(await db.recordingPieces.count()).toBe(0);
  proxy.setRates({});

  const admin = await signIn('sarah.mitchell@rawaa.example');
  const headers = { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION), authorization: `Bearer ${admin}` };
  const item = (await (await fetch(`${server.url}/api/recordings/${id}`, { headers })).json()) as {
    status: string;
    size: number;
  };
  expect(item).toMatchObject({ status: 'complete', size: whole.length });
  const grant = (await (
    await fetch(`${server.url}/api/recordings/${id}/access`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ purpose: 'download' }),
    })
  ).json()) as { url: string };
  const stored = Buffer.from(await (await fetch(`${server.url}${grant.url}`)).arrayBuffer());
  expect(createHash('sha256').update(stored).digest('hex')).toBe(sealed?.declaration?.sha256);
  console.log('fault proxy:', JSON.stringify(proxy.counts()));
  await db.delete();
}, 120_000);
