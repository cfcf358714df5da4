// CORS for the packaged desktop app, whose pages come from app://desk rather than from this
// server, and for any other origin the operator lists (SALESDESK_CORS_ORIGINS). Exactly those
// origins are answered — preflight and actual requests, with credentials for the refresh
// cookie — never `*`; any other origin gets no CORS header at all, so its page cannot read
// an answer.
import type { FastifyCorsOptions } from '@fastify/cors';
import { DESKTOP_APP_ORIGIN } from '../shared/ipc/app-origin';
import { PROTOCOL_HEADER } from '../shared/sync/protocol';

/** The methods the API uses (admin edits are PUT and DELETE). */
export const CORS_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'] as const;
/** The request headers a desk sends beyond the CORS-safelisted ones. */
export const CORS_REQUEST_HEADERS = ['authorization', 'content-type', PROTOCOL_HEADER] as const;

/** @fastify/cors options answering the desktop app's origin and `extraOrigins`, nobody else. */
export function corsOptions(extraOrigins: readonly string[] = []): FastifyCorsOptions {
  const allowed = new Set([DESKTOP_APP_ORIGIN, ...extraOrigins]);
  return {
    // A string is sent back as Access-Control-Allow-Origin as it is (the caller's own origin);
    // false turns CORS off for the request, so no Access-Control-* header is written.
    origin: (origin, callback) =>
      callback(null, origin !== undefined && allowed.has(origin) ? origin : false),
    credentials: true,
    methods: [...CORS_METHODS],
    allowedHeaders: [...CORS_REQUEST_HEADERS],
    // The desk backs off for as long as a 429 or 503 asks.
    exposedHeaders: ['retry-after'],
    maxAge: 600,
  };
}
