// HTTP plumbing every route module shares: the protocol version gate, zod body parsing, the
// signed-in caller, and the refresh-token cookie.
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Db } from '../db/db';
import { HttpError, invalidRequest } from '../errors';
import { authenticate } from '../auth/sessions';
import type { Caller } from '../sync/scope';
import {
  MIN_PROTOCOL_VERSION,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
} from '../../shared/sync/protocol';

export const ACCEPTED_PROTOCOLS: readonly number[] = Array.from(
  { length: PROTOCOL_VERSION - MIN_PROTOCOL_VERSION + 1 },
  (_, i) => MIN_PROTOCOL_VERSION + i,
);

export const REFRESH_COOKIE = 'sd_refresh';

/** What every route module needs: the database and the access-token key. */
export type RouteContext = {
  db: Db;
  /** The access-token key (loaded from the database on first use). */
  secret: () => Promise<Buffer>;
};

/**
 * `onRequest` hook: 426 for a missing or unsupported `x-sales-desk-protocol` — an older desk must
 * update rather than write data in a shape the server no longer reads.
 */
export async function protocolGate(request: FastifyRequest): Promise<void> {
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
}

/** The body as `schema` reads it, or 400 `invalidRequest` naming the first bad field. */
export function parse<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const r = schema.safeParse(body ?? {});
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'body';
    throw invalidRequest(`${where}: ${issue?.message ?? 'invalid'}`);
  }
  return r.data;
}

/** The signed-in caller behind the request's Bearer token, or the 401 saying why not. */
export async function caller(ctx: RouteContext, request: FastifyRequest): Promise<Caller> {
  const c = await authenticate(ctx.db, await ctx.secret(), request.headers.authorization);
  if ('status' in c) throw new HttpError(c.status, c.error, c.message);
  return c;
}

/** A cookie of the request (@fastify/cookie parses them; a value it cannot decode stays raw). */
export function readCookie(request: FastifyRequest, name: string): string | null {
  return request.cookies[name] ?? null;
}

/** The `set-cookie` value carrying the refresh token (or clearing it: '' and 0). */
export function refreshCookie(request: FastifyRequest, value: string, maxAgeSec: number): string {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  return `${REFRESH_COOKIE}=${encodeURIComponent(value)}; HttpOnly; SameSite=Strict; Path=/api/auth; Max-Age=${maxAgeSec}${secure}`;
}
