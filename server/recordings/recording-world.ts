// Tests' world for call recordings: the seeded sync world (server/test/sync-fixture.ts) on a fresh
// database, its app built with a file RecordingStore in a temporary folder the test can look
// into, a known token secret (to sign an expired grant), a second team's supervisor, and helpers
// to declare and upload a recording as a desk does.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import type { Db, DbKind } from '../db/db';
import { migrate } from '../db/migrate';
import { hashPassword } from '../auth/passwords';
import { createTestDatabase } from '../test/databases';
import { ORG, PASSWORD, TEAM_B, protocol, seedWorld } from '../test/sync-fixture';
import { FileRecordingStore } from './store';
import { CHUNK_HASH_HEADER, type RecordingDeclaration } from '../../shared/recordings/protocol';

export const SECRET = randomBytes(32);
/** A supervisor of team B (the sync world's supervisor leads team A). */
export const OTHER_SUPERVISOR = {
  id: '0c000000-0000-4000-8000-000000000010',
  email: 'sup@b.example',
};

export type RecordingWorld = {
  db: Db;
  app: FastifyInstance;
  store: FileRecordingStore;
  dir: string;
  close: () => Promise<void>;
};

export async function recordingWorld(
  kind: DbKind,
  makeStore: (dir: string) => FileRecordingStore = (dir) => new FileRecordingStore(dir),
): Promise<RecordingWorld> {
  const testDb = await createTestDatabase(kind);
  const db = await testDb.open();
  await migrate(db);
  await seedWorld(db);
  await db.query(
    `INSERT INTO users (id, organisation_id, team_id, email, display_name, roles, password_hash)
     VALUES ($1, $2, $3, $4, 'otherSupervisor', '{supervisor}', $5)`,
    [OTHER_SUPERVISOR.id, ORG, TEAM_B, OTHER_SUPERVISOR.email, await hashPassword(PASSWORD)],
  );
  const dir = await mkdtemp(join(tmpdir(), 'sd-recordings-test-'));
  const store = makeStore(dir);
  const app = await buildApp({
    db,
    version: 'test',
    staticDir: null,
    tokenSecret: SECRET,
    recordings: store,
  });
  return {
    db,
    app,
    store,
    dir,
    close: async () => {
      await app.close();
      await db.close();
      await testDb.drop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** A signed-in person talking to the app over HTTP (inject), as a desk does. */
export class Client {
  constructor(
    readonly app: FastifyInstance,
    readonly token: string,
    readonly userId: string,
  ) {}

  static async signIn(app: FastifyInstance, email: string): Promise<Client> {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: protocol,
      payload: { email, password: PASSWORD, clientId: randomUUID() },
    });
    if (res.statusCode !== 200) throw new Error(`sign-in ${email}: ${res.statusCode} ${res.body}`);
    const session = res.json<{ accessToken: string; user: { id: string } }>();
    return new Client(app, session.accessToken, session.user.id);
  }

  request(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method,
      url,
      headers: { ...protocol, authorization: `Bearer ${this.token}`, ...headers },
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
  }

  putChunk(id: string, seq: number, data: Buffer, hash = sha256(data)) {
    return this.request('PUT', `/api/recordings/${id}/chunks/${seq}`, data, {
      'content-type': 'application/octet-stream',
      [CHUNK_HASH_HEADER]: hash,
    });
  }
}

/** A recording's bytes cut into chunks, and the declaration describing them. */
export function recordingOf(
  size: number,
  chunkSize: number,
  over: Partial<RecordingDeclaration> = {},
): { id: string; data: Buffer; chunks: Buffer[]; declaration: RecordingDeclaration } {
  const data = randomBytes(size);
  const chunks: Buffer[] = [];
  for (let at = 0; at < size; at += chunkSize) chunks.push(data.subarray(at, at + chunkSize));
  return {
    id: randomUUID(),
    data,
    chunks,
    declaration: {
      leadId: null,
      direction: 'outbound',
      callStartedAt: 1_765_000_000_000,
      answeredAt: 1_765_000_005_000,
      durationMs: 60_000,
      mime: 'audio/webm',
      size,
      sha256: sha256(data),
      chunks: chunks.length,
      pauses: [],
      announced: false,
      ...over,
    },
  };
}

/** Declares, sends every chunk and completes; throws on any refusal. */
export async function upload(agent: Client, rec: ReturnType<typeof recordingOf>): Promise<void> {
  const declared = await agent.request('PUT', `/api/recordings/${rec.id}`, rec.declaration);
  if (declared.statusCode !== 200) throw new Error(`declare: ${declared.body}`);
  for (const [seq, chunk] of rec.chunks.entries()) {
    const res = await agent.putChunk(rec.id, seq, chunk);
    if (res.statusCode !== 200) throw new Error(`chunk ${seq}: ${res.body}`);
  }
  const done = await agent.request('POST', `/api/recordings/${rec.id}/complete`);
  if (done.statusCode !== 200) throw new Error(`complete: ${done.body}`);
}
