import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { BODY_LIMIT, buildApp, IMMUTABLE } from './app';
import type { Db } from './db/db';
import { migrate } from './db/migrate';
import { MIGRATIONS } from './migrations/index';
import { createTestDatabase, DB_KINDS, type TestDatabase } from './test/databases';

const INDEX = '<!doctype html><div id="root"></div>';

function fakeClient(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sd-static-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(dir, 'manifest.webmanifest'), '{}');
  writeFileSync(join(dir, '.env'), 'SECRET=1');
  return dir;
}

/** The page's policy, directive by directive (server/security-headers.http.test.ts has it all). */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' blob: mediastream:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
];
const cspOf = (res: LightMyRequestResponse) =>
  String(res.headers['content-security-policy'])
    .split(';')
    .map((directive) => directive.trim());

function expectSecurityHeaders(res: LightMyRequestResponse, what: string): void {
  expect(cspOf(res), what).toEqual(CSP);
  expect(res.headers['x-content-type-options'], what).toBe('nosniff');
  expect(res.headers['referrer-policy'], what).toBe('no-referrer');
  expect(res.headers['cross-origin-opener-policy'], what).toBe('same-origin');
  expect(res.headers['x-frame-options'], what).toBe('DENY');
}

const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

describe.each(DB_KINDS)('HTTP app on %s', (kind) => {
  let testDb: TestDatabase;
  let db: Db;
  let app: FastifyInstance;
  let clientDir: string;

  beforeAll(async () => {
    testDb = await createTestDatabase(kind);
    db = await testDb.open();
    await migrate(db);
    clientDir = fakeClient();
    app = await buildApp({ db, version: '1.2.3', staticDir: clientDir });
    // Stand-ins for future routes, to see how failures reach the client.
    app.get('/api/test/boom', async () => {
      await db.query('SELECT * FROM secret_table_name');
    });
    app.post('/api/test/echo', async (request) => ({ size: JSON.stringify(request.body).length }));
  });

  afterAll(async () => {
    await app?.close();
    await db?.close();
    await testDb?.drop();
    rmSync(clientDir, { recursive: true, force: true });
  });

  it('reports health with the database kind and migration level', async () => {
    const res = await app.inject('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json()).toEqual({
      status: 'ok',
      version: '1.2.3',
      db: { kind, migration: MIGRATIONS.at(-1)?.name, applied: MIGRATIONS.length },
    });
  });

  it('serves index.html uncached and fingerprinted assets for a year', async () => {
    const index = await app.inject({ url: '/', headers: html });
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toMatch(/^text\/html/);
    expect(index.body).toBe(INDEX);
    expect(index.headers['cache-control']).toBe('no-cache');
    const direct = await app.inject('/index.html');
    expect(direct.headers['cache-control']).toBe('no-cache');
    const asset = await app.inject('/assets/index-abc123.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toBe(IMMUTABLE);
    // Files outside assets/ are not fingerprinted: revalidate them.
    const manifest = await app.inject('/manifest.webmanifest');
    expect(manifest.statusCode).toBe(200);
    expect(manifest.headers['cache-control']).toBe('no-cache');
  });

  it('sends a strict CSP and the other security headers on every kind of response', async () => {
    const responses = {
      page: await app.inject({ url: '/', headers: html }),
      asset: await app.inject('/assets/index-abc123.js'),
      deepLink: await app.inject({ url: '/hunter/lead/42', headers: html }),
      health: await app.inject('/api/health'),
      notFound: await app.inject('/api/nothing'),
      serverError: await app.inject('/api/test/boom'),
      badRequest: await app.inject({
        method: 'POST',
        url: '/api/test/echo',
        headers: { 'content-type': 'application/json' },
        payload: '{',
      }),
    };
    for (const [what, res] of Object.entries(responses)) expectSecurityHeaders(res, what);
    expect(String(responses.page.headers['content-security-policy'])).not.toMatch(/unsafe-eval|\*/);
  });

  it('falls back to the web client for deep links a browser opens', async () => {
    for (const url of ['/hunter/lead/42', '/supervisor?day=2025-03-30']) {
      const res = await app.inject({ url, headers: html });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toBe(INDEX);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('answers unknown API routes, non-HTML requests and missing bundles with a JSON 404', async () => {
    const cases = [
      { method: 'GET', url: '/api/nope', headers: html },
      { method: 'GET', url: '/api', headers: html },
      { method: 'POST', url: '/api/nope' },
      { method: 'GET', url: '/hunter/lead/42', headers: { accept: 'application/json' } },
      { method: 'GET', url: '/assets/gone-123.js', headers: html },
      { method: 'GET', url: '/.env', headers: {} },
    ] as const;
    for (const c of cases) {
      const res = await app.inject(c);
      const what = `${c.method} ${c.url}`;
      expect(res.statusCode, what).toBe(404);
      expect(res.json(), what).toEqual({
        error: 'not_found',
        message: `No route for ${c.method} ${c.url}`,
      });
    }
  });

  it('turns failures into JSON without stack traces or SQL', async () => {
    const crash = await app.inject('/api/test/boom');
    expect(crash.statusCode).toBe(500);
    expect(crash.json()).toEqual({
      error: 'internal_error',
      message: 'The server could not handle this request.',
    });
    expect(crash.body).not.toMatch(/secret_table_name|at .*\.ts|stack/);

    const malformed = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"a":',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ error: 'bad_request' });
    expect(malformed.body).not.toContain('stack');

    const fine = await app.inject({ method: 'POST', url: '/api/test/echo', payload: { a: 1 } });
    expect(fine.json()).toEqual({ size: 7 });
    const huge = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ blob: 'x'.repeat(BODY_LIMIT) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ error: 'payload_too_large' });
  });

  it('says the database is down with a 503 instead of crashing', async () => {
    const broken: Db = { ...db, query: () => Promise.reject(new Error('connection refused')) };
    const down = await buildApp({ db: broken, version: 'x', staticDir: null });
    const res = await down.inject('/api/health');
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'error', db: { kind, migration: null } });
    expect(res.body).not.toContain('connection refused');
    await down.close();
  });
});

describe('HTTP app without a built web client', () => {
  it('serves the API only and says so in the log', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const db = { kind: 'pglite', query: async () => ({ rows: [], rowCount: 0 }) } as unknown as Db;
    const missing = join(tmpdir(), 'sd-no-such-client');
    const app = await buildApp({
      db,
      version: 'x',
      staticDir: missing,
      logger: { level: 'warn', stream },
    });
    const health = await app.inject('/api/health');
    expect(health.json()).toMatchObject({ status: 'ok', db: { migration: null, applied: 0 } });
    const page = await app.inject({ url: '/', headers: html });
    expect(page.statusCode).toBe(404);
    expectSecurityHeaders(page, 'api-only 404');
    const warning = lines.map((l) => JSON.parse(l) as { level: number; msg: string });
    expect(warning).toContainEqual(
      expect.objectContaining({
        level: 40,
        msg: expect.stringContaining(`No web client at ${missing}`),
      }),
    );
    await app.close();
  });
});
