// The sync HTTP API of shared/sync/README.md: version gate, auth, push, pull, live events,
// export and admin routes.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Db } from '../db/db';
import { audit } from '../audit';
import { HttpError, forbidden, invalidRequest } from '../errors';
import { authenticate, endSession, endUserSessions, refresh, signIn } from '../auth/sessions';
import { hashToken, REFRESH_TOKEN_TTL_MS } from '../auth/tokens';
import type { PokeHub } from '../sync/hub';
import { pull, pullBody } from '../sync/pull';
import { push, SYNC_CHANNEL } from '../sync/push';
import { named, scopeClass, scopeSql, type Caller } from '../sync/scope';
import { toCsv } from '../../shared/csv/write';
import {
  MIN_PROTOCOL_VERSION,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  pullRequestSchema,
  pushRequestSchema,
  refreshRequestSchema,
  signInRequestSchema,
  type SyncSession,
} from '../../shared/sync/protocol';
import type { Lead } from '../../shared/domain/lead';

export const ACCEPTED_PROTOCOLS: readonly number[] = Array.from(
  { length: PROTOCOL_VERSION - MIN_PROTOCOL_VERSION + 1 },
  (_, i) => MIN_PROTOCOL_VERSION + i,
);

export const REFRESH_COOKIE = 'sd_refresh';
export const HEARTBEAT_MS = 15_000;

export type SyncApiOptions = {
  db: Db;
  /** The access-token key (loaded from the database on first use). */
  secret: () => Promise<Buffer>;
  hub: PokeHub;
  /** Headers every response carries; a hijacked event stream skips onSend, so it sets them itself. */
  securityHeaders?: Readonly<Record<string, string>>;
  heartbeatMs?: number;
};

function parse<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const r = schema.safeParse(body ?? {});
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'body';
    throw invalidRequest(`${where}: ${issue?.message ?? 'invalid'}`);
  }
  return r.data;
}

function readCookie(request: FastifyRequest, name: string): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      return decodeURIComponent(part.slice(eq + 1).trim());
    }
  }
  return null;
}

function refreshCookie(request: FastifyRequest, value: string, maxAgeSec: number): string {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  return `${REFRESH_COOKIE}=${encodeURIComponent(value)}; HttpOnly; SameSite=Strict; Path=/api/auth; Max-Age=${maxAgeSec}${secure}`;
}

function sendSession(request: FastifyRequest, reply: FastifyReply, session: SyncSession) {
  reply.header(
    'set-cookie',
    refreshCookie(request, session.refreshToken, Math.floor(REFRESH_TOKEN_TTL_MS / 1000)),
  );
  reply.header('cache-control', 'no-store');
  return session;
}

/** Registers the API; call inside its own plugin scope (the version gate is a scoped hook). */
export async function registerSyncApi(app: FastifyInstance, opts: SyncApiOptions): Promise<void> {
  const { db, hub } = opts;
  const key = opts.secret;
  const heartbeatMs = opts.heartbeatMs ?? HEARTBEAT_MS;

  app.get('/api/sync/info', async () => ({
    accepted: ACCEPTED_PROTOCOLS,
    serverTime: Date.now(),
  }));

  await app.register(async (api) => {
    // An older desk must update rather than write data in a shape the server no longer reads.
    api.addHook('onRequest', async (request) => {
      const raw = request.headers[PROTOCOL_HEADER];
      const version = Number(Array.isArray(raw) ? raw[0] : raw);
      if (!Number.isInteger(version) || !ACCEPTED_PROTOCOLS.includes(version)) {
        throw new HttpError(
          426,
          'upgradeRequired',
          raw === undefined
            ? `Send the ${PROTOCOL_HEADER} header; this server accepts protocol ${ACCEPTED_PROTOCOLS.join(', ')}.`
            : `Protocol ${String(raw)} is not supported; update the app (accepted: ${ACCEPTED_PROTOCOLS.join(', ')}).`,
        );
      }
    });

    const caller = async (request: FastifyRequest): Promise<Caller> => {
      const c = await authenticate(db, await key(), request.headers.authorization);
      if ('status' in c) throw new HttpError(c.status, c.error, c.message);
      return c;
    };

    api.post('/api/auth/sign-in', async (request, reply) => {
      const body = parse(signInRequestSchema, request.body);
      const r = await signIn(db, await key(), { ...body, ip: request.ip });
      if (!r.ok) {
        throw new HttpError(
          r.status,
          r.error,
          r.message,
          r.retryAfter ? { 'retry-after': String(r.retryAfter) } : {},
        );
      }
      return sendSession(request, reply, r.session);
    });

    api.post('/api/auth/refresh', async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const token =
        body.refreshToken !== undefined
          ? parse(refreshRequestSchema, body).refreshToken
          : readCookie(request, REFRESH_COOKIE);
      if (!token) throw new HttpError(401, 'sessionExpired', 'No refresh token; sign in again.');
      const r = await refresh(db, await key(), token);
      if (!r.ok) throw new HttpError(r.status, r.error, r.message);
      return sendSession(request, reply, r.session);
    });

    api.post('/api/auth/sign-out', async (request, reply) => {
      const body = (request.body ?? {}) as { refreshToken?: unknown };
      const token =
        typeof body.refreshToken === 'string'
          ? body.refreshToken
          : readCookie(request, REFRESH_COOKIE);
      const who = await authenticate(db, await key(), request.headers.authorization);
      let ended = false;
      if (!('status' in who)) {
        await endSession(db, who.sessionId, 'signOut');
        ended = true;
      }
      if (token) {
        const { rowCount } = await db.query(
          `UPDATE sessions SET ended_at = now(), end_reason = 'signOut'
            WHERE id = (SELECT session_id FROM refresh_tokens WHERE token_hash = $1) AND ended_at IS NULL`,
          [hashToken(token)],
        );
        ended ||= rowCount > 0;
      }
      if (!ended && 'status' in who && who.error !== 'sessionEnded') {
        throw new HttpError(who.status, who.error, who.message);
      }
      reply.header('set-cookie', refreshCookie(request, '', 0));
      return reply.status(204).send();
    });

    api.post('/api/sync/push', async (request) => {
      const c = await caller(request);
      const body = parse(pushRequestSchema, request.body);
      return push(db, c, body, request.ip);
    });

    api.post('/api/sync/pull', async (request, reply) => {
      const c = await caller(request);
      const body = parse(pullRequestSchema, request.body);
      const page = await pull(db, c, body);
      return reply.header('content-type', 'application/json; charset=utf-8').send(pullBody(page));
    });

    api.get('/api/sync/events', async (request, reply) => {
      const c = await caller(request);
      await hub.listen();
      reply.hijack();
      const res = reply.raw;
      // The onSend hook does not run for a hijacked reply: copy the security headers.
      const headers: Record<string, string> = { ...opts.securityHeaders };
      for (const [k, v] of Object.entries(reply.getHeaders())) {
        if (typeof v === 'string') headers[k] = v;
      }
      res.writeHead(200, {
        ...headers,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write(': connected\n\n');
      const unsubscribe = hub.subscribe(c, res, () => res.write('event: poke\ndata: {}\n\n'));
      const ping = setInterval(() => res.write(': ping\n\n'), heartbeatMs);
      request.raw.on('close', () => {
        clearInterval(ping);
        unsubscribe();
      });
    });

    api.get('/api/leads/export', async (request, reply) => {
      const c = await caller(request);
      const cls = scopeClass(c.roles);
      if (cls === 'agent') throw forbidden('Only supervisors and administrators export leads.');
      const query = request.query as { stage?: string };
      const q = named(
        `SELECT l.data, u.display_name AS owner_name FROM leads l LEFT JOIN users u ON u.id = l.owner_id
          WHERE l.organisation_id = {org} AND ${scopeSql(c, 'l.owner_id', 'l.team_id')}
            ${query.stage ? 'AND l.stage = {stage}' : ''}
          ORDER BY l.id`,
        { org: c.organisationId, user: c.userId, team: c.teamId, stage: query.stage ?? null },
      );
      const { rows } = await db.query<{ data: Lead; owner_name: string | null }>(q.text, q.params);
      const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());
      const csv = toCsv(
        [
          'id',
          'name',
          'company',
          'phone',
          'email',
          'country',
          'stage',
          'owner',
          'ownerId',
          'teamId',
          'list',
          'source',
          'priority',
          'touches',
          'nextCallAt',
          'createdAt',
          'updatedAt',
          'lostReason',
          'dealAmount',
          'dealCurrency',
        ],
        rows.map(({ data: l, owner_name }) => [
          l.id,
          l.name,
          l.company,
          l.phoneE164,
          l.email,
          l.country,
          l.stage,
          owner_name,
          l.ownerId,
          l.teamId,
          l.listName,
          l.source,
          l.priority,
          l.touches,
          iso(l.nextCallAt),
          iso(l.createdAt),
          iso(l.updatedAt),
          l.lostReason,
          l.deal?.amount ?? null,
          l.deal?.currency ?? null,
        ]),
      );
      await audit(db, [
        {
          organisationId: c.organisationId,
          actorId: c.userId,
          action: 'exportLeads',
          subject: null,
          detail: { rows: rows.length, stage: query.stage ?? null },
          ip: request.ip,
        },
      ]);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="leads.csv"')
        .header('cache-control', 'no-store')
        .send(csv);
    });

    const admin = async (request: FastifyRequest): Promise<Caller> => {
      const c = await caller(request);
      if (scopeClass(c.roles) !== 'admin') throw forbidden('Administrators only.');
      return c;
    };

    api.get('/api/admin/audit', async (request) => {
      const c = await admin(request);
      const { limit: rawLimit, before } = request.query as { limit?: string; before?: string };
      const limit = rawLimit === undefined ? 100 : Number(rawLimit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
        throw invalidRequest('limit must be a whole number from 1 to 1000.');
      }
      if (before !== undefined && !/^\d{1,18}$/.test(before))
        throw invalidRequest('before must be an entry id.');
      const { rows } = await db.query<{
        id: string;
        at: Date;
        actor_id: string | null;
        action: string;
        subject: string | null;
        detail: unknown;
        ip: string | null;
      }>(
        `SELECT id, at, actor_id, action, subject, detail, ip FROM audit_log
          WHERE organisation_id = $1 AND ($2::bigint IS NULL OR id < $2::bigint)
          ORDER BY id DESC LIMIT $3`,
        [c.organisationId, before ?? null, limit],
      );
      return {
        entries: rows.map((r) => ({
          id: r.id,
          at: new Date(r.at).getTime(),
          actorId: r.actor_id,
          action: r.action,
          subject: r.subject,
          detail: r.detail,
          ip: r.ip,
        })),
      };
    });

    const setDisabled =
      (disabled: boolean) => async (request: FastifyRequest, reply: FastifyReply) => {
        const c = await admin(request);
        const { id } = request.params as { id: string };
        if (!/^[0-9a-f-]{36}$/i.test(id)) throw new HttpError(404, 'notFound', 'No such user.');
        if (disabled && id === c.userId) throw invalidRequest('You cannot disable yourself.');
        await db.transaction(async (tx) => {
          const { rowCount } = await tx.query(
            `UPDATE users SET disabled_at = ${disabled ? 'coalesce(disabled_at, now())' : 'NULL'}
            WHERE id = $1 AND organisation_id = $2`,
            [id, c.organisationId],
          );
          if (rowCount === 0) throw new HttpError(404, 'notFound', 'No such user.');
          if (disabled) await endUserSessions(tx, [id], 'disabled');
          await audit(tx, [
            {
              organisationId: c.organisationId,
              actorId: c.userId,
              action: disabled ? 'userDisabled' : 'userEnabled',
              subject: id,
              ip: request.ip,
            },
          ]);
          await tx.query('SELECT pg_notify($1, $2)', [
            SYNC_CHANNEL,
            JSON.stringify({ o: c.organisationId, t: [], u: [], all: true }),
          ]);
        });
        return reply.status(204).send();
      };
    api.post('/api/admin/users/:id/disable', setDisabled(true));
    api.post('/api/admin/users/:id/enable', setDisabled(false));
  });
}
