// CORS on PGlite and PostgreSQL: the packaged desk's pages come from app://desk, so the browser
// in it asks before every API call (preflight) and reads an answer only when it names that origin.
// Exactly app://desk and the configured extra origins are answered, credentials included, never
// `*`; every other origin — lookalikes included — gets no CORS header at all.
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { request as httpRequest } from 'node:http';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildApp } from './app';
import { DB_KINDS } from './test/databases';
import { Desk, EMAIL, PASSWORD, protocol } from './test/sync-fixture';
import { worldPerSuite } from './test/world-per-suite';

const DESK = 'app://desk';

/** Every Access-Control-* header of an answer. */
function corsHeaders(headers: IncomingHttpHeaders | OutgoingHttpHeaders): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => name.startsWith('access-control-')),
  );
}

const preflight = (url: string, origin: string, method = 'POST', headers = ''): InjectOptions => ({
  method: 'OPTIONS',
  url,
  headers: {
    origin,
    'access-control-request-method': method,
    ...(headers ? { 'access-control-request-headers': headers } : {}),
  },
});

describe.each(DB_KINDS)('CORS on %s', (kind) => {
  const world = worldPerSuite(kind);

  it('answers the desktop app’s preflight for sign-in before the version gate', async () => {
    const res = await world().app.inject(
      preflight('/api/auth/sign-in', DESK, 'POST', 'content-type,x-sales-desk-protocol'),
    );
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect(res.headers['access-control-allow-origin']).toBe(DESK);
    expect(res.headers['access-control-allow-credentials']).toBe('true');
    expect(String(res.headers['access-control-allow-methods']).split(', ')).toEqual(
      expect.arrayContaining(['GET', 'POST', 'PUT', 'DELETE']),
    );
    expect(String(res.headers['access-control-allow-headers']).split(', ')).toEqual(
      expect.arrayContaining(['authorization', 'content-type', 'x-sales-desk-protocol']),
    );
    expect(res.headers['access-control-max-age']).toBe('600');
    expect(String(res.headers.vary)).toMatch(/origin/i);
  });

  it('lets the desktop app sign in, pull, refresh and read the answers (credentialed)', async () => {
    const { app } = world();
    const fromDesk = { ...protocol, origin: DESK };
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: fromDesk,
      payload: { email: EMAIL.agent, password: PASSWORD, clientId: crypto.randomUUID() },
    });
    expect(signIn.statusCode).toBe(200);
    const session = signIn.json<{ accessToken: string; refreshToken: string }>();
    const pull = await app.inject({
      method: 'POST',
      url: '/api/sync/pull',
      headers: { ...fromDesk, authorization: `Bearer ${session.accessToken}` },
      payload: { cursor: null, limit: 1 },
    });
    expect(pull.statusCode).toBe(200);
    // The desk keeps the refresh token in its vault and sends it in the body: the SameSite
    // cookie never travels from app://desk, but its fetch is credentialed, hence
    // Access-Control-Allow-Credentials.
    const refresh = await app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      headers: fromDesk,
      payload: { refreshToken: session.refreshToken },
    });
    expect(refresh.statusCode).toBe(200);
    for (const [what, res] of Object.entries({ signIn, pull, refresh })) {
      expect(corsHeaders(res.headers), what).toEqual({
        'access-control-allow-origin': DESK,
        'access-control-allow-credentials': 'true',
        'access-control-expose-headers': 'retry-after',
      });
    }
  });

  it('lets the desktop app read refusals too: 426 update the app, 401, 404', async () => {
    const { app } = world();
    const responses: Record<string, LightMyRequestResponse> = {
      upgradeRequired: await app.inject({
        method: 'POST',
        url: '/api/sync/pull',
        headers: { origin: DESK },
      }),
      unauthorised: await app.inject({
        method: 'POST',
        url: '/api/sync/pull',
        headers: { ...protocol, origin: DESK },
        payload: { cursor: null, limit: 1 },
      }),
      notFound: await app.inject({ url: '/api/nothing', headers: { origin: DESK } }),
    };
    expect(responses.upgradeRequired?.statusCode).toBe(426);
    expect(responses.unauthorised?.statusCode).toBe(401);
    for (const [what, res] of Object.entries(responses)) {
      expect(res.headers['access-control-allow-origin'], what).toBe(DESK);
    }
  });

  it('names the desktop app on its live event stream', async () => {
    const desk = await Desk.signIn(world(), 'agent');
    const app = await buildApp({ db: world().db, version: 't', staticDir: null });
    const { port } = new URL(await app.listen({ port: 0, host: '127.0.0.1' }));
    try {
      const headers = await new Promise<IncomingHttpHeaders>((resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port,
            path: '/api/sync/events',
            headers: { ...desk.headers, origin: DESK },
          },
          (res) => {
            resolve(res.headers);
            req.destroy();
          },
        );
        req.on('error', reject);
        req.end();
      });
      expect(headers['content-type']).toMatch(/^text\/event-stream/);
      expect(headers['access-control-allow-origin']).toBe(DESK);
      expect(headers['access-control-allow-credentials']).toBe('true');
    } finally {
      await app.close();
    }
  });

  it.each([
    'https://evil.example',
    'null',
    'app://desk.evil.example',
    'app://other',
    'http://127.0.0.1:8787',
    'app://desk/',
  ])('gives %s no CORS header, on preflight or answer', async (origin) => {
    const { app } = world();
    const pre = await app.inject(preflight('/api/auth/sign-in', origin, 'POST', 'content-type'));
    expect(corsHeaders(pre.headers)).toEqual({});
    expect(pre.statusCode).not.toBe(204);
    const res = await app.inject({ url: '/api/sync/info', headers: { origin } });
    expect(res.statusCode).toBe(200);
    expect(corsHeaders(res.headers)).toEqual({});
  });

  it('sends no CORS header to a request without an Origin (same origin, curl)', async () => {
    const res = await world().app.inject('/api/sync/info');
    expect(res.statusCode).toBe(200);
    expect(corsHeaders(res.headers)).toEqual({});
  });

  it('answers an origin the operator configured, and still nobody else', async () => {
    const app = await buildApp({
      db: world().db,
      version: 't',
      staticDir: null,
      corsOrigins: ['https://wall.example.com'],
    });
    try {
      const wall = await app.inject(preflight('/api/sync/pull', 'https://wall.example.com'));
      expect(wall.statusCode).toBe(204);
      expect(wall.headers['access-control-allow-origin']).toBe('https://wall.example.com');
      const desk = await app.inject({ url: '/api/sync/info', headers: { origin: DESK } });
      expect(desk.headers['access-control-allow-origin']).toBe(DESK);
      const other = await app.inject(preflight('/api/sync/pull', 'https://wall.example.com.evil'));
      expect(corsHeaders(other.headers)).toEqual({});
    } finally {
      await app.close();
    }
  });
});
