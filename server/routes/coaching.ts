// Live-coaching routes (issue 13): a supervisor opens a session on an agent's call, both desks
// exchange their WebRTC connection's signals through the server (each told by the live event
// `coach`), and either ends it. Sessions whose call ended or whose party vanished are ended by a
// sweep every few seconds (and before every read of a desk's signals).
import type { FastifyInstance, FastifyReply } from 'fastify';
import { HttpError, forbidden } from '../errors';
import {
  endByParty,
  iceServersOf,
  readInbox,
  relaySignal,
  startCoaching,
  sweepCoaching,
} from '../coaching/sessions';
import { caller, parse, type RouteContext } from './http';
import { coachingSignalSchema, coachingStartSchema } from '../../shared/recordings/protocol';
import { isUuid } from '../../shared/domain/ids';

/** How often the server looks for sessions to end (their call ended, a party went silent). */
export const COACHING_SWEEP_MS = 10_000;

const noSuchSession = () => new HttpError(404, 'notFound', 'No such coaching session.');
const ended = () => new HttpError(409, 'coachingEnded', 'This coaching session has ended.');

export function registerCoachingRoutes(
  api: FastifyInstance,
  ctx: RouteContext,
  sweepMs = COACHING_SWEEP_MS,
): void {
  const timer = setInterval(() => void sweepCoaching(ctx.db).catch(() => undefined), sweepMs);
  timer.unref();
  api.addHook('onClose', async () => clearInterval(timer));

  api.post('/api/coaching', { bodyLimit: 4 * 1024 }, async (request, reply: FastifyReply) => {
    const c = await caller(ctx, request);
    const body = parse(coachingStartSchema, request.body);
    // A session left over from a call that ended must not make the agent look busy.
    await sweepCoaching(ctx.db, c.organisationId);
    const r = await startCoaching(ctx.db, c, body.agentId, body.mode, request.ip);
    if (r.ok) {
      void reply.status(201);
      return { session: r.session, iceServers: await iceServersOf(ctx.db, c.organisationId) };
    }
    switch (r.reason) {
      case 'forbidden':
        throw forbidden('Only the agent’s own supervisors and administrators may coach them.');
      case 'noSuchAgent':
        throw new HttpError(404, 'notFound', 'No such agent.');
      case 'agentOffline':
        throw new HttpError(409, 'agentOffline', 'The agent’s desk is offline.');
      case 'notOnCall':
        throw new HttpError(409, 'notOnCall', 'The agent is not on a call.');
      case 'busy':
        throw new HttpError(409, 'alreadyCoached', 'Another supervisor is already on this call.');
    }
  });

  api.post(
    '/api/coaching/:id/signal',
    { bodyLimit: 64 * 1024 },
    async (request, reply: FastifyReply) => {
      const c = await caller(ctx, request);
      const { id } = request.params as { id: string };
      if (!isUuid(id)) throw noSuchSession();
      const signal = parse(coachingSignalSchema, request.body);
      const r = await relaySignal(ctx.db, c, id, signal, request.ip);
      if (r.ok) return reply.status(204).send();
      if (r.reason === 'notFound') throw noSuchSession();
      if (r.reason === 'ended') throw ended();
      if (r.reason === 'tooMany')
        throw new HttpError(429, 'tooManySignals', 'Too many unread signals for this session.');
      throw forbidden(
        signal.kind === 'mode'
          ? 'Only the supervisor changes the mode.'
          : 'Only the session’s supervisor and agent may signal it.',
      );
    },
  );

  api.get('/api/coaching/signals', async (request, reply: FastifyReply) => {
    const c = await caller(ctx, request);
    void reply.header('cache-control', 'no-store');
    return readInbox(ctx.db, c);
  });

  api.delete('/api/coaching/:id', async (request, reply: FastifyReply) => {
    const c = await caller(ctx, request);
    const { id } = request.params as { id: string };
    if (!isUuid(id)) throw noSuchSession();
    const { reason } = request.query as { reason?: string };
    const r = await endByParty(ctx.db, c, id, request.ip, reason === 'callEnded');
    if (r.ok) return reply.status(204).send();
    if (r.reason === 'notFound') throw noSuchSession();
    if (r.reason === 'ended') throw ended();
    throw forbidden('Only the session’s supervisor and agent may end it.');
  });
}
