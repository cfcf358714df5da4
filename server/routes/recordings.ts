// Call recordings (issue 13, shared/recordings/protocol.ts). The desk keeps a recording until the
// server holds it: it declares the recording (PUT /api/recordings/:id), sends its chunks (each
// idempotent by id + sequence number + SHA-256: a resent or duplicated chunk has no second effect,
// a desk killed mid-upload asks what is held and resumes), then asks the server to put them
// together and check the whole file's SHA-256. Supervisors of the agent's team and the
// organisation's administrators list recordings and ask for a short-lived signed link to play or
// download one (each grant audited); the link serves the bytes with range requests, so a long
// call seeks at once. Administrators also keep the notice played to customers at answer.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Queryable } from '../db/db';
import { HttpError, forbidden, invalidRequest } from '../errors';
import { audit } from '../audit';
import { scopeClass, type Caller } from '../sync/scope';
import {
  ANNOUNCEMENT_LANGUAGES,
  StorageFullError,
  type AnnouncementLanguage,
  type RecordingStore,
} from '../recordings/store';
import { caller, parse, type RouteContext } from './http';
import {
  CHUNK_HASH_HEADER,
  MAX_ANNOUNCEMENT_BYTES,
  MAX_CHUNK_BYTES,
  accessRequestSchema,
  recordingDeclarationSchema,
  recordingListQuerySchema,
  sha256HexSchema,
  type RecordingDeclaration,
  type RecordingItem,
  type RecordingListQuery,
  type UploadStatus,
} from '../../shared/recordings/protocol';
import { isUuid } from '../../shared/domain/ids';

export type RecordingRouteContext = RouteContext & { store: RecordingStore };

/** How long a play or download link works. */
export const GRANT_TTL_MS = 10 * 60_000;

type RecordingRow = {
  id: string;
  organisation_id: string;
  agent_id: string;
  team_id: string | null;
  lead_id: string | null;
  direction: 'inbound' | 'outbound';
  call_started_at: string;
  answered_at: string;
  duration_ms: string;
  mime: 'audio/webm' | 'audio/ogg';
  size: string;
  sha256: string;
  chunks: number;
  pauses: { atMs: number; forMs: number }[];
  announced: boolean;
  status: 'uploading' | 'complete';
  mismatch: boolean;
};

const COLUMNS = `id::text AS id, organisation_id::text AS organisation_id, agent_id::text AS agent_id,
  team_id::text AS team_id, lead_id, direction, call_started_at, answered_at, duration_ms, mime,
  size, sha256, chunks, pauses, announced, status, mismatch`;

const noSuchRecording = () => new HttpError(404, 'notFound', 'No such recording.');

function recordingId(request: FastifyRequest): string {
  const { id } = request.params as { id: string };
  if (!isUuid(id)) throw invalidRequest('id: a recording id is a UUID.');
  return id.toLowerCase();
}

/** Runs a store write; a full disk is a 507 the desk shows (and it keeps the recording). */
async function storing<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof StorageFullError) throw new HttpError(507, 'storageFull', error.message);
    throw error;
  }
}

async function loadRecording(
  db: Queryable,
  organisationId: string,
  id: string,
  lock = false,
): Promise<RecordingRow | null> {
  const { rows } = await db.query<RecordingRow>(
    `SELECT ${COLUMNS} FROM recordings WHERE id = $1 AND organisation_id = $2${lock ? ' FOR UPDATE' : ''}`,
    [id, organisationId],
  );
  return rows[0] ?? null;
}

async function uploadStatus(db: Queryable, rec: RecordingRow): Promise<UploadStatus> {
  const { rows } = await db.query<{ seq: number }>(
    'SELECT seq FROM recording_chunks WHERE recording_id = $1 ORDER BY seq',
    [rec.id],
  );
  return { id: rec.id, received: rows.map((r) => r.seq), complete: rec.status === 'complete' };
}

/** The declaration a row was made from (to compare a re-declaration with). */
function declarationOf(rec: RecordingRow): RecordingDeclaration {
  return {
    leadId: rec.lead_id,
    direction: rec.direction,
    callStartedAt: Number(rec.call_started_at),
    answeredAt: Number(rec.answered_at),
    durationMs: Number(rec.duration_ms),
    mime: rec.mime,
    size: Number(rec.size),
    sha256: rec.sha256,
    chunks: rec.chunks,
    pauses: rec.pauses.map((p) => ({ atMs: p.atMs, forMs: p.forMs })),
    announced: rec.announced,
  };
}

/** The caller's own recording, for uploading: someone else's is 403, none 404. */
function ownRecording(c: Caller, rec: RecordingRow | null): RecordingRow {
  if (!rec) throw noSuchRecording();
  if (rec.agent_id !== c.userId)
    throw forbidden('Only the agent who recorded the call uploads it.');
  return rec;
}

/** Supervisors of the recording's team and the organisation's administrators. */
function mayListen(c: Caller, rec: Pick<RecordingRow, 'team_id'>): boolean {
  const cls = scopeClass(c.roles);
  if (cls === 'admin') return true;
  return cls === 'supervisor' && c.teamId !== null && rec.team_id === c.teamId;
}

function mayList(c: Caller): void {
  const cls = scopeClass(c.roles);
  if (cls === 'admin' || (cls === 'supervisor' && c.teamId !== null)) return;
  throw forbidden('Only supervisors and administrators listen to recordings.');
}

// ---------------------------------------------------------------------------------------------
// Signed play/download links
// ---------------------------------------------------------------------------------------------

type Grant = { r: string; u: string; p: 'play' | 'download'; e: number };

function grantMac(secret: Buffer, payload: string): Buffer {
  return createHmac('sha256', secret).update(`recording-grant:${payload}`).digest();
}

export function signGrant(secret: Buffer, grant: Grant): string {
  const payload = Buffer.from(JSON.stringify(grant)).toString('base64url');
  return `${payload}.${grantMac(secret, payload).toString('base64url')}`;
}

const grantSchema = z.object({
  r: z.string().uuid(),
  u: z.string().uuid(),
  p: z.enum(['play', 'download']),
  e: z.number().int(),
});

/** The grant a link carries when it is this server's, for this recording, and not expired. */
export function verifyGrant(
  secret: Buffer,
  token: string,
  recording: string,
  now: number,
): Grant | null {
  const [payload, mac, extra] = token.split('.');
  if (!payload || !mac || extra !== undefined) return null;
  const expected = grantMac(secret, payload);
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const g = grantSchema.safeParse(parsed);
  if (!g.success || g.data.r !== recording || g.data.e <= now) return null;
  return g.data;
}

/** `bytes=a-b`, `bytes=a-`, `bytes=-n` → inclusive [start, end]; 'bad' when unsatisfiable. */
export function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'bad' | null {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  // Several ranges or another unit: answered with the whole file, as RFC 9110 allows.
  if (!m) return null;
  const [, a = '', b = ''] = m;
  if (a === '' && b === '') return 'bad';
  if (a === '') {
    const n = Number(b);
    if (n === 0 || size === 0) return 'bad';
    return { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(a);
  const end = b === '' ? size - 1 : Math.min(Number(b), size - 1);
  if (start >= size || end < start) return 'bad';
  return { start, end };
}

// ---------------------------------------------------------------------------------------------
// The list
// ---------------------------------------------------------------------------------------------

type ItemRow = RecordingRow & {
  agent_name: string | null;
  lead_name: string | null;
  list_name: string | null;
  outcome: string | null;
  talk_ms: string | null;
};

function itemOf(r: ItemRow): RecordingItem {
  return {
    id: r.id,
    agentId: r.agent_id,
    agentName: r.agent_name,
    teamId: r.team_id,
    leadId: r.lead_id,
    leadName: r.lead_name,
    listName: r.list_name,
    direction: r.direction,
    callStartedAt: Number(r.call_started_at),
    durationMs: Number(r.duration_ms),
    talkMs: r.talk_ms === null ? Number(r.duration_ms) : Number(r.talk_ms),
    outcome: r.outcome,
    pauses: r.pauses,
    announced: r.announced,
    status: r.status,
    mime: r.mime,
    size: Number(r.size),
  };
}

const ITEM_SELECT = `
  SELECT r.id::text AS id, r.organisation_id::text AS organisation_id, r.agent_id::text AS agent_id,
         r.team_id::text AS team_id, r.lead_id, r.direction, r.call_started_at, r.answered_at,
         r.duration_ms, r.mime, r.size, r.sha256, r.chunks, r.pauses, r.announced, r.status,
         r.mismatch, u.display_name AS agent_name, l.data->>'name' AS lead_name,
         l.data->>'listName' AS list_name, a.data->>'disposition' AS outcome,
         coalesce((a.data->'phone'->>'talkMs')::bigint, r.duration_ms) AS talk_ms
    FROM recordings r
    LEFT JOIN users u ON u.id = r.agent_id
    LEFT JOIN leads l ON l.id = r.lead_id AND l.organisation_id = r.organisation_id
    LEFT JOIN LATERAL (
      SELECT data FROM activities
       WHERE data->'phone'->>'recordingId' = r.id::text AND organisation_id = r.organisation_id
       ORDER BY at DESC LIMIT 1
    ) a ON true`;

/** Whether another helper's table (call reviews, the library) exists yet on this database. */
async function hasTable(db: Queryable, table: string): Promise<boolean> {
  const { rows } = await db.query<{ ok: boolean }>('SELECT to_regclass($1) IS NOT NULL AS ok', [
    `public.${table}`,
  ]);
  return rows[0]?.ok === true;
}

function encodeCursor(r: ItemRow): string {
  return Buffer.from(`${r.call_started_at}|${r.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { at: number; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!at || !/^\d+$/.test(at) || !id || !isUuid(id))
    throw invalidRequest('cursor: not a cursor this server gave.');
  return { at: Number(at), id };
}

export async function listRecordings(
  db: Queryable,
  c: Caller,
  q: RecordingListQuery,
): Promise<{ items: RecordingItem[]; next: string | null }> {
  const where: string[] = ['r.organisation_id = $1'];
  const params: unknown[] = [c.organisationId];
  const p = (value: unknown) => `$${params.push(value)}`;
  if (scopeClass(c.roles) !== 'admin') where.push(`r.team_id = ${p(c.teamId)}`);
  if (q.agentId) where.push(`r.agent_id = ${p(q.agentId)}`);
  if (q.teamId) where.push(`r.team_id = ${p(q.teamId)}`);
  if (q.from !== undefined) where.push(`r.call_started_at >= ${p(q.from)}`);
  if (q.to !== undefined) where.push(`r.call_started_at < ${p(q.to)}`);
  if (q.outcome) where.push(`a.data->>'disposition' = ${p(q.outcome)}`);
  const talk = `coalesce((a.data->'phone'->>'talkMs')::bigint, r.duration_ms)`;
  if (q.minTalkSec !== undefined) where.push(`${talk} >= ${p(q.minTalkSec * 1000)}`);
  if (q.maxTalkSec !== undefined) where.push(`${talk} <= ${p(q.maxTalkSec * 1000)}`);
  if (q.list) where.push(`l.data->>'listName' = ${p(q.list)}`);
  // Reviews and the library are another part of issue 13 (call_reviews, call_library): until
  // their tables exist nothing is reviewed and nothing is starred.
  if (q.unreviewed === '1' && (await hasTable(db, 'call_reviews')))
    where.push('NOT EXISTS (SELECT 1 FROM call_reviews cr WHERE cr.recording_id = r.id)');
  if (q.starred === '1') {
    if (await hasTable(db, 'call_library'))
      where.push('EXISTS (SELECT 1 FROM call_library cl WHERE cl.recording_id = r.id)');
    else where.push('false');
  }
  if (q.cursor) {
    const cur = decodeCursor(q.cursor);
    where.push(`(r.call_started_at, r.id) < (${p(cur.at)}::bigint, ${p(cur.id)}::uuid)`);
  }
  const { rows } = await db.query<ItemRow>(
    `${ITEM_SELECT} WHERE ${where.join(' AND ')}
      ORDER BY r.call_started_at DESC, r.id DESC LIMIT ${p(q.limit + 1)}`,
    params,
  );
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(itemOf),
    next: rows.length > q.limit && last ? encodeCursor(last) : null,
  };
}

async function loadItem(
  db: Queryable,
  organisationId: string,
  id: string,
): Promise<ItemRow | null> {
  const { rows } = await db.query<ItemRow>(
    `${ITEM_SELECT} WHERE r.id = $1 AND r.organisation_id = $2`,
    [id, organisationId],
  );
  return rows[0] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------------

function rawBody(request: FastifyRequest, what: string): Buffer {
  if (!Buffer.isBuffer(request.body) || request.body.length === 0)
    throw invalidRequest(`body: ${what} as raw bytes (${'application/octet-stream'}).`);
  return request.body;
}

function language(request: FastifyRequest): AnnouncementLanguage {
  const { lang } = request.params as { lang: string };
  if (!(ANNOUNCEMENT_LANGUAGES as readonly string[]).includes(lang))
    throw invalidRequest(`lang: one of ${ANNOUNCEMENT_LANGUAGES.join(', ')}.`);
  return lang as AnnouncementLanguage;
}

/** Behind the version gate: upload, list, grants, announcements. */
export async function registerRecordingRoutes(
  api: FastifyInstance,
  ctx: RecordingRouteContext,
): Promise<void> {
  // Binary bodies on these routes only (everywhere else the API speaks JSON).
  await api.register(async (rec) => {
    rec.addContentTypeParser(
      'application/octet-stream',
      { parseAs: 'buffer', bodyLimit: MAX_CHUNK_BYTES },
      (_request, body, done) => done(null, body),
    );
    rec.addContentTypeParser(
      /^audio\/[a-z0-9.+-]+$/i,
      { parseAs: 'buffer', bodyLimit: MAX_ANNOUNCEMENT_BYTES },
      (_request, body, done) => done(null, body),
    );
    registerUpload(rec, ctx);
    registerAnnouncements(rec, ctx);
  });
  registerReading(api, ctx);
}

function registerUpload(api: FastifyInstance, ctx: RecordingRouteContext): void {
  const { db, store } = ctx;
  const callerOf = (request: FastifyRequest) => caller(ctx, request);

  api.put('/api/recordings/:id', async (request) => {
    const c = await callerOf(request);
    const id = recordingId(request);
    const d = parse(recordingDeclarationSchema, request.body);
    if (d.answeredAt < d.callStartedAt) throw invalidRequest('answeredAt: before callStartedAt.');
    if (d.chunks > d.size || d.chunks * MAX_CHUNK_BYTES < d.size)
      throw invalidRequest(
        `chunks: ${d.chunks} chunks of at most ${MAX_CHUNK_BYTES} bytes cannot make ${d.size} bytes.`,
      );
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO recordings (id, organisation_id, agent_id, team_id, lead_id, direction,
         call_started_at, answered_at, duration_ms, mime, size, sha256, chunks, pauses, announced)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15)
       ON CONFLICT (id) DO NOTHING RETURNING id::text AS id`,
      [
        id,
        c.organisationId,
        c.userId,
        c.teamId,
        d.leadId,
        d.direction,
        d.callStartedAt,
        d.answeredAt,
        d.durationMs,
        d.mime,
        d.size,
        d.sha256,
        d.chunks,
        JSON.stringify(d.pauses),
        d.announced,
      ],
    );
    const existing = await loadRecording(db, c.organisationId, id);
    if (!existing) {
      // The id is another organisation's: ids are the desk's, so this is a forged one.
      throw forbidden('That recording id is taken.');
    }
    const rec = ownRecording(c, existing);
    if (rows.length === 0 && JSON.stringify(declarationOf(rec)) !== JSON.stringify(d)) {
      throw new HttpError(
        409,
        'recordingConflict',
        'This recording was declared with other details.',
      );
    }
    return uploadStatus(db, rec);
  });

  api.get('/api/recordings/:id/upload', async (request) => {
    const c = await callerOf(request);
    const rec = ownRecording(c, await loadRecording(db, c.organisationId, recordingId(request)));
    return uploadStatus(db, rec);
  });

  api.put('/api/recordings/:id/chunks/:seq', { bodyLimit: MAX_CHUNK_BYTES }, async (request) => {
    const c = await callerOf(request);
    const id = recordingId(request);
    const { seq: rawSeq } = request.params as { seq: string };
    if (!/^\d{1,9}$/.test(rawSeq)) throw invalidRequest('seq: a chunk number (0, 1, 2, …).');
    const seq = Number(rawSeq);
    const header = request.headers[CHUNK_HASH_HEADER];
    const claimed = sha256HexSchema.safeParse(Array.isArray(header) ? header[0] : header);
    if (!claimed.success)
      throw invalidRequest(`${CHUNK_HASH_HEADER}: the chunk's SHA-256 in hex (64 characters).`);
    const data = rawBody(request, 'the chunk');
    const sha256 = createHash('sha256').update(data).digest('hex');
    if (sha256 !== claimed.data)
      throw new HttpError(
        422,
        'chunkHashMismatch',
        'The chunk arrived damaged (its SHA-256 is not the one sent): send it again.',
      );
    return db.transaction(async (tx) => {
      const rec = ownRecording(c, await loadRecording(tx, c.organisationId, id, true));
      if (seq >= rec.chunks)
        throw invalidRequest(
          `seq: the recording has ${rec.chunks} chunks (0 to ${rec.chunks - 1}).`,
        );
      const { rows } = await tx.query<{ sha256: string; size: number }>(
        'SELECT sha256, size FROM recording_chunks WHERE recording_id = $1 AND seq = $2',
        [id, seq],
      );
      const held = rows[0];
      if (held && held.sha256 === sha256) return uploadStatus(tx, rec);
      // A different chunk under a number already held is a desk bug, unless the whole file
      // failed its check: then the desk may replace chunks before completing again.
      if (held && (rec.status === 'complete' || !rec.mismatch))
        throw new HttpError(
          409,
          'chunkConflict',
          `Chunk ${seq} is already held with other content.`,
        );
      const { rows: total } = await tx.query<{ n: string }>(
        'SELECT coalesce(sum(size), 0) AS n FROM recording_chunks WHERE recording_id = $1 AND seq <> $2',
        [id, seq],
      );
      if (Number(total[0]?.n ?? 0) + data.length > Number(rec.size))
        throw invalidRequest(
          `body: the chunks would be larger than the declared ${rec.size} bytes.`,
        );
      await storing(() => store.putChunk(c.organisationId, id, seq, data));
      await tx.query(
        `INSERT INTO recording_chunks (recording_id, seq, size, sha256) VALUES ($1, $2, $3, $4)
           ON CONFLICT (recording_id, seq) DO UPDATE SET size = EXCLUDED.size, sha256 = EXCLUDED.sha256`,
        [id, seq, data.length, sha256],
      );
      return uploadStatus(tx, rec);
    });
  });

  api.post('/api/recordings/:id/complete', async (request) => {
    const c = await callerOf(request);
    const id = recordingId(request);
    return db
      .transaction(async (tx) => {
        const rec = ownRecording(c, await loadRecording(tx, c.organisationId, id, true));
        const status = await uploadStatus(tx, rec);
        if (rec.status === 'complete') return status;
        const held = new Set(status.received);
        const missing: number[] = [];
        for (let seq = 0; seq < rec.chunks && missing.length < 1000; seq++)
          if (!held.has(seq)) missing.push(seq);
        if (missing.length > 0)
          throw new HttpError(
            409,
            'missingChunks',
            `The server does not hold every chunk yet (${missing.length} missing).`,
            {},
            { missing },
          );
        const r = await storing(() =>
          store.assemble(c.organisationId, id, rec.chunks, {
            size: Number(rec.size),
            sha256: rec.sha256,
          }),
        );
        if (!r.ok) {
          await tx.query('UPDATE recordings SET mismatch = true WHERE id = $1', [id]);
          // The 422 must not roll the flag back: it is committed by answering, not throwing.
          return { mismatch: { size: r.size, sha256: r.sha256 } } as const;
        }
        await tx.query(
          `UPDATE recordings SET status = 'complete', completed_at = now(), mismatch = false
          WHERE id = $1`,
          [id],
        );
        return { ...status, complete: true };
      })
      .then((answer) => {
        if ('mismatch' in answer)
          throw new HttpError(
            422,
            'hashMismatch',
            'The chunks put together are not the declared file (size or SHA-256 differ).',
            {},
            answer.mismatch,
          );
        return answer;
      });
  });
}

function registerAnnouncements(api: FastifyInstance, ctx: RecordingRouteContext): void {
  const { db, store } = ctx;
  const admin = async (request: FastifyRequest): Promise<Caller> => {
    const c = await caller(ctx, request);
    if (scopeClass(c.roles) !== 'admin') throw forbidden('Administrators only.');
    return c;
  };

  api.put(
    '/api/admin/recording-announcement/:lang',
    { bodyLimit: MAX_ANNOUNCEMENT_BYTES },
    async (request, reply: FastifyReply) => {
      const c = await admin(request);
      const lang = language(request);
      const mime = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
      if (!mime?.startsWith('audio/') || !Buffer.isBuffer(request.body))
        throw invalidRequest('body: an audio file (Content-Type audio/…).');
      const data = request.body;
      if (data.length === 0) throw invalidRequest('body: the audio file is empty.');
      await storing(() => store.putAnnouncement(c.organisationId, lang, data));
      await db.query(
        `INSERT INTO recording_announcements (organisation_id, lang, mime, size) VALUES ($1, $2, $3, $4)
         ON CONFLICT (organisation_id, lang)
           DO UPDATE SET mime = EXCLUDED.mime, size = EXCLUDED.size, updated_at = now()`,
        [c.organisationId, lang, mime, data.length],
      );
      await audit(db, [
        {
          organisationId: c.organisationId,
          actorId: c.userId,
          action: 'recordingAnnouncementSet',
          subject: lang,
          detail: { mime, size: data.length },
          ip: request.ip,
        },
      ]);
      return reply.status(204).send();
    },
  );

  api.delete('/api/admin/recording-announcement/:lang', async (request, reply: FastifyReply) => {
    const c = await admin(request);
    const lang = language(request);
    const { rowCount } = await db.query(
      'DELETE FROM recording_announcements WHERE organisation_id = $1 AND lang = $2',
      [c.organisationId, lang],
    );
    await store.deleteAnnouncement(c.organisationId, lang);
    if (rowCount > 0)
      await audit(db, [
        {
          organisationId: c.organisationId,
          actorId: c.userId,
          action: 'recordingAnnouncementRemoved',
          subject: lang,
          ip: request.ip,
        },
      ]);
    return reply.status(204).send();
  });

  api.get('/api/recordings/announcements', async (request) => {
    const c = await caller(ctx, request);
    const { rows } = await db.query<{ lang: AnnouncementLanguage }>(
      'SELECT lang FROM recording_announcements WHERE organisation_id = $1 ORDER BY lang',
      [c.organisationId],
    );
    return { languages: rows.map((r) => r.lang) };
  });

  api.get('/api/recordings/announcement/:lang', async (request, reply: FastifyReply) => {
    const c = await caller(ctx, request);
    const lang = language(request);
    const { rows } = await db.query<{ mime: string }>(
      'SELECT mime FROM recording_announcements WHERE organisation_id = $1 AND lang = $2',
      [c.organisationId, lang],
    );
    const data = rows[0] ? await store.readAnnouncement(c.organisationId, lang) : null;
    if (!rows[0] || !data)
      throw new HttpError(404, 'notFound', 'No recording notice in that language.');
    return reply
      .header('content-type', rows[0].mime)
      .header('cache-control', 'private, no-cache')
      .send(data);
  });
}

function registerReading(api: FastifyInstance, ctx: RecordingRouteContext): void {
  const { db } = ctx;

  api.get('/api/recordings', async (request) => {
    const c = await caller(ctx, request);
    mayList(c);
    const q = parse(recordingListQuerySchema, request.query);
    return listRecordings(db, c, q);
  });

  api.get('/api/recordings/:id', async (request) => {
    const c = await caller(ctx, request);
    const id = recordingId(request);
    const row = await loadItem(db, c.organisationId, id);
    if (!row) throw noSuchRecording();
    if (!mayListen(c, row))
      throw forbidden("Only the agent's supervisors and administrators listen to recordings.");
    return itemOf(row);
  });

  api.post('/api/recordings/:id/access', async (request) => {
    const c = await caller(ctx, request);
    const id = recordingId(request);
    const { purpose } = parse(accessRequestSchema, request.body);
    const rec = await loadRecording(db, c.organisationId, id);
    if (!rec) throw noSuchRecording();
    if (!mayListen(c, rec))
      throw forbidden("Only the agent's supervisors and administrators listen to recordings.");
    if (rec.status !== 'complete')
      throw new HttpError(409, 'notUploaded', 'The recording is still being uploaded.');
    const expiresAt = Date.now() + GRANT_TTL_MS;
    const grant = signGrant(await ctx.secret(), { r: id, u: c.userId, p: purpose, e: expiresAt });
    await audit(db, [
      {
        organisationId: c.organisationId,
        actorId: c.userId,
        action: purpose === 'play' ? 'recordingPlayed' : 'recordingDownloaded',
        subject: id,
        detail: { agentId: rec.agent_id, callStartedAt: Number(rec.call_started_at) },
        ip: request.ip,
      },
    ]);
    return { url: `/api/recordings/${id}/audio?grant=${encodeURIComponent(grant)}`, expiresAt };
  });
}

/**
 * Outside the version gate and without a bearer token: an `<audio>` element sends neither. The
 * signed grant in the link is the permission (bound to the recording, the person and the purpose,
 * for ten minutes); the person must still be allowed to listen when the bytes are asked for.
 */
export function registerRecordingAudioRoute(
  app: FastifyInstance,
  ctx: RecordingRouteContext,
): void {
  const { db, store } = ctx;
  const refused = () => forbidden('This link to the recording is not valid or has expired.');

  app.get('/api/recordings/:id/audio', async (request, reply: FastifyReply) => {
    const id = recordingId(request);
    const { grant: token } = request.query as { grant?: unknown };
    if (typeof token !== 'string' || token.length > 1000) throw refused();
    const grant = verifyGrant(await ctx.secret(), token, id, Date.now());
    if (!grant) throw refused();
    const { rows: found } = await db.query<
      RecordingRow & { roles: Caller['roles']; user_team: string | null; user_org: string }
    >(
      `SELECT r.id::text AS id, r.organisation_id::text AS organisation_id,
              r.agent_id::text AS agent_id, r.team_id::text AS team_id, r.mime, r.size, r.status,
              u.roles, u.team_id::text AS user_team, u.organisation_id::text AS user_org
         FROM recordings r JOIN users u ON u.id = $2
        WHERE r.id = $1 AND u.disabled_at IS NULL`,
      [id, grant.u],
    );
    const rec = found[0];
    if (!rec || rec.user_org !== rec.organisation_id) throw refused();
    const person = {
      userId: grant.u,
      organisationId: rec.user_org,
      teamId: rec.user_team,
      roles: rec.roles,
      sessionId: '',
      clientId: '',
    };
    if (!mayListen(person, rec)) throw refused();
    const size = rec.status === 'complete' ? await store.size(rec.organisation_id, id) : null;
    if (size === null) throw noSuchRecording();
    const ext = rec.mime === 'audio/ogg' ? 'ogg' : 'webm';
    reply
      .header('accept-ranges', 'bytes')
      .header('content-type', rec.mime)
      .header('cache-control', 'private, no-cache')
      // The packaged desk's page (app://desk) plays it too: the signed link is the permission.
      .header('cross-origin-resource-policy', 'cross-origin');
    if (grant.p === 'download')
      reply.header('content-disposition', `attachment; filename="recording-${id}.${ext}"`);
    const range = parseRange(request.headers.range, size);
    if (range === 'bad') {
      return reply
        .status(416)
        .header('content-range', `bytes */${size}`)
        .header('content-type', 'application/json; charset=utf-8')
        .send({ error: 'rangeNotSatisfiable', message: `The recording has ${size} bytes.` });
    }
    if (range === null) {
      reply.header('content-length', String(size));
      return reply.send(store.openRange(rec.organisation_id, id, 0, size - 1));
    }
    return reply
      .status(206)
      .header('content-range', `bytes ${range.start}-${range.end}/${size}`)
      .header('content-length', String(range.end - range.start + 1))
      .send(store.openRange(rec.organisation_id, id, range.start, range.end));
  });
}
