// Auth routes: sign-in, refresh-token rotation and sign-out (shared/sync/README.md).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../errors';
import {
  authenticate,
  endSession,
  endSessionByRefreshToken,
  refresh,
  signIn,
} from '../auth/sessions';
import { REFRESH_TOKEN_TTL_MS } from '../auth/tokens';
import {
  refreshRequestSchema,
  signInRequestSchema,
  type SyncSession,
} from '../../shared/sync/protocol';
import { parse, readCookie, REFRESH_COOKIE, refreshCookie, type RouteContext } from './http';

function sendSession(request: FastifyRequest, reply: FastifyReply, session: SyncSession) {
  reply.header(
    'set-cookie',
    refreshCookie(request, session.refreshToken, Math.floor(REFRESH_TOKEN_TTL_MS / 1000)),
  );
  reply.header('cache-control', 'no-store');
  return session;
}

/** Sign-in, refresh and sign-out bodies are a few short fields: nothing bigger is parsed. */
export const AUTH_BODY_LIMIT = 8 * 1024;

export function registerAuthRoutes(api: FastifyInstance, { db, secret }: RouteContext): void {
  const small = { bodyLimit: AUTH_BODY_LIMIT };
  api.post('/api/auth/sign-in', small, async (request, reply) => {
    const body = parse(signInRequestSchema, request.body);
    const r = await signIn(db, await secret(), { ...body, ip: request.ip });
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

  api.post('/api/auth/refresh', small, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const token =
      body.refreshToken !== undefined
        ? parse(refreshRequestSchema, body).refreshToken
        : readCookie(request, REFRESH_COOKIE);
    if (!token) throw new HttpError(401, 'sessionExpired', 'No refresh token; sign in again.');
    const r = await refresh(db, await secret(), token);
    if (!r.ok) throw new HttpError(r.status, r.error, r.message);
    return sendSession(request, reply, r.session);
  });

  // Ends the Bearer token's session and the refresh token's (a desk may hold only one of them).
  api.post('/api/auth/sign-out', small, async (request, reply) => {
    const body = (request.body ?? {}) as { refreshToken?: unknown };
    const token =
      typeof body.refreshToken === 'string'
        ? body.refreshToken
        : readCookie(request, REFRESH_COOKIE);
    const who = await authenticate(db, await secret(), request.headers.authorization);
    let ended = false;
    if (!('status' in who)) {
      await endSession(db, who.sessionId, 'signOut');
      ended = true;
    }
    if (token) {
      const endedByToken = await endSessionByRefreshToken(db, token, 'signOut');
      ended ||= endedByToken;
    }
    if (!ended && 'status' in who && who.error !== 'sessionEnded') {
      throw new HttpError(who.status, who.error, who.message);
    }
    reply.header('set-cookie', refreshCookie(request, '', 0));
    return reply.status(204).send();
  });
}
