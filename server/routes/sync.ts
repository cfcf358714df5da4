// Sync routes: protocol info, push, pull and the live event stream (shared/sync/README.md).
import type { FastifyInstance } from 'fastify';
import type { Admission } from '../admission';
import { HttpError } from '../errors';
import type { PokeHub } from '../sync/hub';
import { pull, pullBody } from '../sync/pull';
import { push } from '../sync/push';
import {
  discardedReportSchema,
  pullRequestSchema,
  pushRequestSchema,
} from '../../shared/sync/protocol';
import { audit } from '../audit';
import { ACCEPTED_PROTOCOLS, caller, parse, type RouteContext } from './http';

export const HEARTBEAT_MS = 15_000;
/**
 * Live streams one session may hold open on a server process: one per open tab of the desk (each
 * tab listens), with room for a few; hundreds would be a stuck client or a script holding
 * sockets. A tab refused one falls back to polling and tries again later.
 */
export const MAX_STREAMS_PER_SESSION = 8;

export type SyncRouteOptions = RouteContext & {
  hub: PokeHub;
  admission: Admission;
  heartbeatMs: number;
};

/** `GET /api/sync/info`: outside the version gate, so any desk can learn what to update to. */
export function registerSyncInfoRoute(app: FastifyInstance): void {
  app.get('/api/sync/info', async () => ({
    accepted: ACCEPTED_PROTOCOLS,
    serverTime: Date.now(),
  }));
}

export function registerSyncRoutes(api: FastifyInstance, opts: SyncRouteOptions): void {
  const { db, hub, heartbeatMs, admission } = opts;

  // Pushes and pulls go to the database through the admission: a storm of desks coming back at
  // once waits in line or is told when to come back (503 serverBusy + Retry-After), never left
  // to time out.
  api.post('/api/sync/push', async (request) =>
    admission.run(async () => {
      const c = await caller(opts, request);
      const body = parse(pushRequestSchema, request.body);
      return push(db, c, body, request.ip);
    }),
  );

  api.post('/api/sync/pull', async (request, reply) => {
    const page = await admission.run(async () => {
      const c = await caller(opts, request);
      const body = parse(pullRequestSchema, request.body);
      return pull(db, c, body);
    });
    return reply.header('content-type', 'application/json; charset=utf-8').send(pullBody(page));
  });

  // A desk deleted a person's data when the server ended their session: how many unsent changes
  // went with it, into the organisation's audit log (told at the desk's next sign-in).
  api.post('/api/sync/discarded', { bodyLimit: 8 * 1024 }, async (request, reply) => {
    const c = await caller(opts, request);
    const body = parse(discardedReportSchema, request.body);
    const { rows } = await db.query<{ id: string }>(
      'SELECT id FROM users WHERE id = $1 AND organisation_id = $2',
      [body.userId, c.organisationId],
    );
    await audit(db, [
      {
        organisationId: c.organisationId,
        actorId: c.userId,
        action: 'unsentChangesDiscarded',
        subject: rows[0]?.id ?? null,
        detail: { unsent: body.unsent, reason: body.reason, at: body.at },
        ip: request.ip,
      },
    ]);
    return reply.status(204).send();
  });

  api.get('/api/sync/events', async (request, reply) => {
    const c = await caller(opts, request);
    // HEAD (which Fastify answers for every GET route): the headers, and no stream to hold open.
    if (request.method === 'HEAD')
      return reply
        .header('content-type', 'text/event-stream; charset=utf-8')
        .header('cache-control', 'no-cache, no-transform')
        .send();
    if (hub.streamsOf(c.sessionId) >= MAX_STREAMS_PER_SESSION)
      throw new HttpError(
        429,
        'tooManyStreams',
        `This session already holds ${MAX_STREAMS_PER_SESSION} live streams open; close one first.`,
        { 'retry-after': '30' },
      );
    await hub.listen();
    reply.hijack();
    const res = reply.raw;
    // A hijacked reply skips Fastify's sending: copy the headers set so far (helmet's, CORS).
    const headers: Record<string, string> = {};
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
    const unsubscribe = hub.subscribe(c, res, (event) =>
      res.write(`event: ${event}\ndata: {}\n\n`),
    );
    const ping = setInterval(() => res.write(': ping\n\n'), heartbeatMs);
    const stop = () => {
      clearInterval(ping);
      unsubscribe();
    };
    request.raw.on('close', stop);
    // Ended by the server (its session ended, or shutdown): no pings into a finished response.
    res.on('finish', stop);
  });
}
