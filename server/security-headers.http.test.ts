// The security headers every answer of the sync server carries, written out literally: the
// policy the hand-written headers set, held unchanged when @fastify/helmet took over. Checked on
// every kind of answer — success, refusal, error, the live event stream — on PGlite and
// PostgreSQL, and nothing added beside them (no HSTS: TLS is terminated in front of the server).
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { buildApp } from './app';
import { DB_KINDS } from './test/databases';
import { Desk, protocol } from './test/sync-fixture';
import { worldPerSuite } from './test/world-per-suite';

/** The policy, as it was before helmet: a change here is a change of policy. */
const EXPECTED_SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; " +
    "media-src 'self' blob: mediastream:; object-src 'none'; base-uri 'none'; " +
    "frame-ancestors 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(), microphone=(self), geolocation=()',
} as const;

/** Headers a security middleware could add that this policy does not set. */
const NOT_SET = [
  'strict-transport-security',
  'x-xss-protection',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-permitted-cross-domain-policies',
  'origin-agent-cluster',
  'cross-origin-embedder-policy',
  'x-powered-by',
];

/** A CSP as directive → sources, so "a; b" and helmet's "a;b" compare equal, and nothing else. */
function parseCsp(value: unknown): Record<string, string[]> {
  if (typeof value !== 'string') return {};
  return Object.fromEntries(
    value
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

function expectPolicy(headers: IncomingHttpHeaders | OutgoingHttpHeaders, what: string): void {
  const { 'content-security-policy': csp, ...others } = EXPECTED_SECURITY_HEADERS;
  expect(parseCsp(headers['content-security-policy']), what).toEqual(parseCsp(csp));
  const got = Object.fromEntries(Object.keys(others).map((name) => [name, headers[name]]));
  expect(got, what).toEqual(others);
  for (const name of NOT_SET) expect(headers[name], `${what}: ${name}`).toBeUndefined();
}

describe.each(DB_KINDS)('security headers on %s', (kind) => {
  const world = worldPerSuite(kind);

  it('are the same on answers, refusals and errors of every kind', async () => {
    const { app } = world();
    const desk = await Desk.signIn(world(), 'agent');
    const json = { ...protocol, 'content-type': 'application/json' };
    const responses = {
      health: await app.inject('/api/health'),
      info: await app.inject('/api/sync/info'),
      pull: await desk.request('POST', '/api/sync/pull', { cursor: null, limit: 1 }),
      notFound: await app.inject('/api/nothing'),
      unauthorised: await app.inject({ method: 'POST', url: '/api/sync/pull', headers: json }),
      upgradeRequired: await app.inject({ method: 'POST', url: '/api/sync/pull' }),
      malformed: await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: json,
        payload: '{',
      }),
      eventStreamHead: await app.inject({
        method: 'HEAD',
        url: '/api/sync/events',
        headers: desk.headers,
      }),
    };
    for (const [what, res] of Object.entries(responses)) {
      expect(res.statusCode, what).toBeLessThan(500);
      expectPolicy(res.headers, what);
    }
    expect(responses.pull.statusCode).toBe(200);
    expect(responses.upgradeRequired.statusCode).toBe(426);
    expect(responses.malformed.statusCode).toBe(400);
  });

  it('are the same on the live event stream, which is written by hand', async () => {
    const desk = await Desk.signIn(world(), 'agent');
    // A listening server of its own on the world's database: the stream needs a real socket.
    const app = await buildApp({ db: world().db, version: 't', staticDir: null });
    const address = new URL(await app.listen({ port: 0, host: '127.0.0.1' }));
    try {
      const headers = await new Promise<IncomingHttpHeaders>((resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port: address.port,
            path: '/api/sync/events',
            headers: desk.headers,
          },
          (res) => {
            expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
            resolve(res.headers);
            req.destroy();
          },
        );
        req.on('error', reject);
        req.end();
      });
      expectPolicy(headers, 'event stream');
    } finally {
      await app.close();
    }
  });
});
