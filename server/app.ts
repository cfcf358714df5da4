// The Fastify application: API routes, the web client with the right cache headers, and strict
// security headers on every response.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { Db } from './db/db';
import { migrationLevel } from './db/migrate';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // MUI's emotion styles are injected at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

export type AppOptions = {
  db: Db;
  version: string;
  /** Built web client; null or missing folder → API only. */
  staticDir: string | null;
  logger?: FastifyServerOptions['logger'];
};

export async function buildApp({
  db,
  version,
  staticDir,
  logger = false,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger, bodyLimit: 5 * 1024 * 1024 });

  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    return payload;
  });

  app.setErrorHandler(
    (error: { statusCode?: number; message: string; validation?: unknown }, request, reply) => {
      const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
      if (status >= 500) request.log.error({ err: error }, 'request failed');
      void reply.status(status).send({
        error: status >= 500 ? 'internal_error' : 'bad_request',
        // Never leak internals (SQL, stack traces) to clients.
        message: status >= 500 ? 'The server could not handle this request.' : error.message,
      });
    },
  );

  app.get('/api/health', async (_request, reply) => {
    try {
      const { level, applied } = await migrationLevel(db);
      return { status: 'ok', version, db: { kind: db.kind, migration: level, applied } };
    } catch (error) {
      app.log.error({ err: error }, 'health check failed');
      return reply
        .status(503)
        .send({ status: 'error', version, db: { kind: db.kind, migration: null, applied: 0 } });
    }
  });

  const hasClient = staticDir !== null && existsSync(join(staticDir, 'index.html'));
  if (staticDir !== null && !hasClient) {
    app.log.warn(`No web client at ${staticDir}: serving the API only (run npm run build).`);
  }
  if (hasClient) {
    await app.register(fastifyStatic, {
      root: staticDir,
      prefix: '/',
      index: false,
      wildcard: true,
      cacheControl: false,
      setHeaders(reply, filePath) {
        // Vite fingerprints everything under assets/: safe to keep for a year.
        reply.header(
          'cache-control',
          /[\\/]assets[\\/]/.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
    app.get('/', (_request, reply) =>
      reply.header('cache-control', 'no-cache').sendFile('index.html'),
    );
  }

  app.setNotFoundHandler((request, reply) => {
    const accept = request.headers.accept ?? '';
    if (
      hasClient &&
      request.method === 'GET' &&
      !request.url.startsWith('/api') &&
      accept.includes('text/html')
    ) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.status(404).send({
      error: 'not_found',
      message: `No route for ${request.method} ${request.url.split('?')[0]}`,
    });
  });

  return app;
}
