import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, CONTENT_SECURITY_POLICY } from './app';
import type { Db } from './db/db';
import { migrate } from './db/migrate';
import { MIGRATIONS } from './migrations/index';
import { createTestDatabase, DB_KINDS, type TestDatabase } from './test/databases';

function fakeClient(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sd-static-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
  return dir;
}

describe.each(DB_KINDS)('HTTP app on %s', (kind) => {
  let testDb: TestDatabase;
  let db: Db;
  let app: FastifyInstance;

  beforeAll(async () => {
    testDb = await createTestDatabase(kind);
    db = await testDb.open();
    await migrate(db);
    app = await buildApp({ db, version: '1.2.3', staticDir: fakeClient() });
  });

  afterAll(async () => {
    await app.close();
    await db.close();
    await testDb.drop();
  });

  it('reports health with the database kind and migration level', async () => {
    const res = await app.inject('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      version: '1.2.3',
      db: { kind, migration: MIGRATIONS.at(-1)?.name, applied: MIGRATIONS.length },
    });
  });

  it('serves index.html uncached and fingerprinted assets for a year', async () => {
    const index = await app.inject('/');
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('<div id="root">');
    expect(index.headers['cache-control']).toBe('no-cache');
    const asset = await app.inject('/assets/index-abc123.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('sends a strict CSP and the other security headers on every response', async () => {
    for (const url of ['/', '/api/health', '/api/nothing']) {
      const res = await app.inject(url);
      expect(res.headers['content-security-policy'], url).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBe('DENY');
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('falls back to the web client for deep links, and answers unknown API routes in JSON', async () => {
    const deep = await app.inject({ url: '/hunter/lead/42', headers: { accept: 'text/html' } });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('<div id="root">');
    const api = await app.inject({ url: '/api/nope', headers: { accept: 'text/html' } });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ error: 'not_found' });
    const missingAsset = await app.inject('/assets/gone.js');
    expect(missingAsset.statusCode).toBe(404);
  });

  it('says the database is down with a 503 instead of crashing', async () => {
    const broken = {
      ...db,
      query: async () => Promise.reject(new Error('connection refused')),
    } as Db;
    const app2 = await buildApp({ db: broken, version: 'x', staticDir: null });
    const res = await app2.inject('/api/health');
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'error' });
    await app2.close();
  });
});
