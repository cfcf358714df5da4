// The Fastify application: API routes, the web client with the right cache headers, and strict
// security headers on every response (@fastify/helmet).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { registerBodyCheck } from './body-check';
import { corsOptions } from './cors';
import { Admission, syncAdmission, type AdmissionOptions } from './admission';
import { DatabaseBusyError, type Db } from './db/db';
import { migrationLevel } from './db/migrate';
import { HttpError } from './errors';
import { loadTokenSecret } from './auth/tokens';
import type { MailConfig } from './auth/mail';
import { registerApi } from './routes/api';
import { ACCEPTED_PROTOCOLS } from './routes/http';
import { PokeHub } from './sync/hub';
import { PbxOrigins } from './telephony/pbx-origins';
import { FileRecordingStore, type RecordingStore } from './recordings/store';

/**
 * The page's Content-Security-Policy, as helmet directives; `pbxOrigins` are the organisations'
 * PBX WebSocket addresses (softphone), read for every answer.
 */
export function cspDirectives(
  pbxOrigins: () => readonly string[] = () => [],
): Record<string, (string | (() => string))[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    // MUI's emotion styles are injected at run time.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': [() => ["'self'", ...pbxOrigins()].join(' ')],
    // The softphone plays the far end's audio from a MediaStream.
    'media-src': ["'self'", 'blob:', 'mediastream:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
  };
}

/**
 * The security headers of every answer, set by @fastify/helmet: the policy the server always
 * had, nothing more. HSTS is left to the TLS terminator in front (the server itself speaks
 * plain HTTP); helmet's legacy extras are off so the policy stays exactly what is documented.
 */
export function helmetOptions(pbxOrigins?: () => readonly string[]): FastifyHelmetOptions {
  return {
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(pbxOrigins) },
    xContentTypeOptions: true,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
    originAgentCluster: false,
    strictTransportSecurity: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
  };
}

/** Helmet has no Permissions-Policy: the softphone needs the microphone, on this origin only. */
export const PERMISSIONS_POLICY = 'camera=(), microphone=(self), geolocation=()';

export const IMMUTABLE = 'public, max-age=31536000, immutable';

// Pushes are batched; a CSV import is the biggest body we expect. Larger is a mistake or abuse.
export const BODY_LIMIT = 5 * 1024 * 1024;
/** How long a client may take to send a request, headers and body. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** How long a connection may stay silent before the server closes it. */
export const CONNECTION_IDLE_MS = 120_000;
/** Retry-After, in seconds, when no database connection was free (DatabaseBusyError). */
export const DATABASE_BUSY_RETRY_S = 5;

const ERROR_CODES: Readonly<Record<number, string>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  416: 'range_not_satisfiable',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  426: 'upgrade_required',
  429: 'too_many_requests',
};

export type AppOptions = {
  db: Db;
  version: string;
  /** Built web client; null or a folder without index.html → API only. */
  staticDir: string | null;
  /** pino options, or false for silence (tests). */
  logger?: FastifyServerOptions['logger'];
  /** Access-token key; default SALESDESK_TOKEN_SECRET or the key kept in the database. */
  tokenSecret?: Buffer;
  /** Seconds between SSE keep-alive comments, in ms (tests shorten it). */
  heartbeatMs?: number;
  /** How long a client may take to send a request (tests shorten it). */
  requestTimeoutMs?: number;
  /** Origins besides the desktop app's (app://desk) answered with CORS headers (config.ts). */
  corsOrigins?: readonly string[];
  /** SMTP for invitation and reset e-mails (config.ts); null: links are only shown to copy. */
  mail?: MailConfig | null;
  /**
   * Where call recordings' bytes are kept: the server passes a file store in its data folder
   * (`<dataDir>/recordings`); absent (API tests), a file store in a fresh temporary folder.
   */
  recordings?: RecordingStore;
  /** The sync routes' admission (admission.ts); default syncAdmission(db.kind). */
  syncAdmission?: AdmissionOptions;
};

function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

export async function buildApp({
  db,
  version,
  staticDir,
  logger = false,
  tokenSecret,
  heartbeatMs,
  requestTimeoutMs = REQUEST_TIMEOUT_MS,
  corsOrigins = [],
  mail = null,
  recordings,
  syncAdmission: admission = syncAdmission(db.kind),
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    bodyLimit: BODY_LIMIT,
    // A client has this long to send a whole request: a body trickled byte by byte cannot hold a
    // connection (and a socket) for ever. Answers, event streams included, are not limited.
    requestTimeout: requestTimeoutMs,
    // Node only enforces the request timeout given when the server is created, and looks for
    // overdue requests only this often (30 s by default, doubling how long a trickled request can
    // hold a socket).
    http: {
      requestTimeout: requestTimeoutMs,
      connectionsCheckingInterval: Math.max(100, Math.min(5_000, requestTimeoutMs / 2)),
    },
    // An idle connection closes after this (event streams ping every 15 s, so they stay open).
    connectionTimeout: CONNECTION_IDLE_MS,
    trustProxy: process.env.SALESDESK_TRUST_PROXY === '1',
  });

  registerBodyCheck(app);

  const pbxOrigins = new PbxOrigins(db);
  await pbxOrigins.reload().catch(() => undefined);
  // On every request, before any route: refusals, errors and the hand-written event stream
  // (which copies the reply's headers) carry them too.
  await app.register(
    fastifyHelmet,
    helmetOptions(() => pbxOrigins.list()),
  );
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
  });
  // The packaged desk's pages come from app://desk: its preflights are answered here, before the
  // version gate and authentication, which a preflight never passes.
  await app.register(fastifyCors, corsOptions(corsOrigins));

  app.setErrorHandler((error: unknown, request, reply) => {
    if (error instanceof DatabaseBusyError) {
      // Every connection stayed busy: the desk waits and tries again, as for a busy server.
      request.log.warn({ err: error }, 'database busy');
      return reply
        .status(503)
        .header('retry-after', String(DATABASE_BUSY_RETRY_S))
        .send({
          error: 'databaseBusy',
          message: `The database is busy; try again in ${DATABASE_BUSY_RETRY_S} s.`,
        });
    }
    if (error instanceof HttpError) {
      request.log.info({ err: error }, 'request refused');
      return reply
        .status(error.statusCode)
        .headers(error.headers)
        .send({
          error: error.code,
          message: error.message,
          ...error.body,
          ...(error.statusCode === 426 ? { accepted: ACCEPTED_PROTOCOLS } : {}),
        });
    }
    const raw = (error as { statusCode?: unknown }).statusCode;
    const status = typeof raw === 'number' && raw >= 400 && raw < 600 ? raw : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ err: error }, 'request refused');
    return reply.status(status).send({
      error: status >= 500 ? 'internal_error' : (ERROR_CODES[status] ?? 'bad_request'),
      // Client errors explain themselves; server errors never leak internals (SQL, stacks).
      message:
        status >= 500
          ? 'The server could not handle this request.'
          : error instanceof Error
            ? error.message
            : 'Bad request.',
    });
  });

  app.get('/api/health', async (request, reply) => {
    try {
      const { level, applied } = await migrationLevel(db);
      return { status: 'ok', version, db: { kind: db.kind, migration: level, applied } };
    } catch (error) {
      request.log.error({ err: error }, 'health check failed');
      return reply.status(503).send({
        status: 'error',
        version,
        db: { kind: db.kind, migration: null, applied: 0 },
        message: 'The database does not answer.',
      });
    }
  });

  // Read on first use: the app still starts (and /api/health says why) when the database is down.
  let secretLoad: Promise<Buffer> | null = tokenSecret ? Promise.resolve(tokenSecret) : null;
  const secret = () => {
    secretLoad ??= loadTokenSecret(db, process.env.SALESDESK_TOKEN_SECRET).catch(
      (error: unknown) => {
        secretLoad = null;
        throw error;
      },
    );
    return secretLoad;
  };
  const hub = new PokeHub(db, (payload) =>
    app.log.warn({ payload }, 'unreadable sync notification'),
  );
  // Open event streams would keep close() waiting for ever: end them first.
  app.addHook('preClose', async () => hub.close());
  // Parses the Cookie header (the refresh token), a malformed value included, without throwing.
  await app.register(fastifyCookie);
  await registerApi(app, {
    db,
    secret,
    hub,
    pbxOrigins,
    mail,
    recordings:
      recordings ?? new FileRecordingStore(mkdtempSync(join(tmpdir(), 'salesdesk-recordings-'))),
    ...(heartbeatMs ? { heartbeatMs } : {}),
    admission: new Admission(admission),
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
      dotfiles: 'ignore',
      cacheControl: false,
      setHeaders(reply, filePath) {
        // Vite fingerprints everything under assets/: safe to keep for a year.
        reply.header(
          'cache-control',
          /[\\/]assets[\\/][^\\/]+$/.test(filePath) ? IMMUTABLE : 'no-cache',
        );
      },
    });
    app.get('/', (_request, reply) => reply.sendFile('index.html'));
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? request.url;
    const wantsPage =
      hasClient &&
      request.method === 'GET' &&
      !isApiPath(path) &&
      // A missing bundle must stay a 404, not HTML that the browser then refuses as a script.
      !path.startsWith('/assets/') &&
      (request.headers.accept ?? '').includes('text/html');
    if (wantsPage) return reply.sendFile('index.html');
    return reply.status(404).send({
      error: 'not_found',
      message: `No route for ${request.method} ${path}`,
    });
  });

  return app;
}
