// Bad text and deep nesting reach no route: every one gets a 400 naming the field, on PGlite and
// on PostgreSQL (where a NUL used to fail deep in a write as a 500, so a desk resent the batch
// forever), and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db/db';
import { createTestDatabase, DB_KINDS, type TestDatabase } from './test/databases';
import {
  count,
  Desk,
  EMAIL,
  L,
  PASSWORD,
  protocol,
  startWorld,
  type World,
} from './test/sync-fixture';

describe.each(DB_KINDS)('bad text at the edge on %s', (kind) => {
  let testDb: TestDatabase;
  let db: Db;
  let world: World;

  beforeAll(async () => {
    testDb = await createTestDatabase(kind);
    db = await testDb.open();
    world = await startWorld(db);
  });

  afterAll(async () => {
    await world?.app.close();
    await db?.close();
    await testDb?.drop();
  });

  const signIn = (payload: unknown) =>
    world.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { ...protocol, 'content-type': 'application/json' },
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    });

  it.each([
    ['a NUL', 'a\u0000b', 'body.mutations[0].args.text'],
    ['a lone surrogate', 'a\uD800b', 'body.mutations[0].args.text'],
  ])(
    'refuses a push whose note holds %s, names the field, and writes nothing',
    async (_what, text, path) => {
      const desk = await Desk.signIn(world, 'agent');
      const before = await count(db, 'activities');
      const bad = desk.mutation('addNote', { leadId: L.own, text });
      const res = await desk.request('POST', '/api/sync/push', {
        clientId: desk.clientId,
        mutations: [bad],
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: 'invalidRequest' });
      expect(res.json<{ message: string }>().message).toContain(path);
      expect(await count(db, 'activities')).toBe(before);
      // The same note without the stray character goes through.
      const ok = await desk.push([desk.mutation('addNote', { leadId: L.own, text: 'ab' })]);
      expect(ok.rejected).toEqual([]);
      expect(await count(db, 'activities')).toBe(before + 1);
    },
  );

  it('refuses a sign-in whose e-mail holds a NUL or a lone surrogate with 400, not 500', async () => {
    for (const email of [`${EMAIL.agent}\u0000`, `\uDC00${EMAIL.agent}`]) {
      const res = await signIn({ email, password: PASSWORD, clientId: crypto.randomUUID() });
      expect(res.statusCode, JSON.stringify(email)).toBe(400);
      expect(res.json<{ message: string }>().message).toContain('body.email');
    }
  });

  it('refuses JSON nested 10,000 levels deep with 400', async () => {
    const deep = `${'['.repeat(10_000)}1${']'.repeat(10_000)}`;
    const res = await signIn(deep);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ message: string }>().message).toMatch(/nested deeper than/);
  });
});
