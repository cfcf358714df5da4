// A storm of desks at the sync routes, on PGlite and on PostgreSQL: the requests the admission
// cannot take now are answered 503 serverBusy with Retry-After at once, nothing of theirs is
// written, and each goes through when sent again; a database whose connections all stay busy is
// a 503 databaseBusy with Retry-After, not a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { DatabaseBusyError, type Db } from './db/db';
import { migrate } from './db/migrate';
import { openPostgres } from './db/postgres';
import { createTestDatabase, DB_KINDS } from './test/databases';
import { count, Desk, L, seedWorld } from './test/sync-fixture';

/** Opens when `open()` is called. */
function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((r) => (open = r));
  return { opened, open: () => open() };
}

describe.each(DB_KINDS)('the sync routes under a storm on %s', (kind) => {
  let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Db;
  let app: FastifyInstance;
  /** Set: the next transaction waits for it (the request holding the only place). */
  let hold: ReturnType<typeof gate> | null = null;
  let held: () => void = () => undefined;
  /** Set: every query fails as a pool with no free connection does. */
  let poolExhausted = false;

  beforeAll(async () => {
    testDb = await createTestDatabase(kind);
    const real = await testDb.open();
    await migrate(real);
    await seedWorld(real);
    const busy = () => {
      if (poolExhausted)
        throw new DatabaseBusyError('No database connection was free within 10 s.');
    };
    db = {
      ...real,
      query: async (...args: Parameters<Db['query']>) => {
        busy();
        return real.query(...args);
      },
      transaction: async (fn) => {
        busy();
        const h = hold;
        if (h) {
          hold = null;
          held();
          await h.opened;
        }
        return real.transaction(fn);
      },
    } as Db;
    // One place, no waiting: whoever finds it taken is turned away at once.
    app = await buildApp({
      db,
      version: 'test',
      staticDir: null,
      syncAdmission: { concurrency: 1, maxWaitMs: 0 },
    });
  });
  afterAll(async () => {
    await app?.close();
    await db?.close();
    await testDb?.drop();
  });

  /** Holds the next sync request at the database until the returned `release()`. */
  async function holdNext<T>(start: () => Promise<T>) {
    const g = gate();
    const entered = new Promise<void>((r) => (held = r));
    hold = g;
    const running = start();
    await entered;
    return { running, release: g.open };
  }

  it('answers the pulls it cannot take now 503 serverBusy with Retry-After, and each goes through when sent again', async () => {
    const desks = await Promise.all([1, 2, 3, 4].map(() => Desk.signIn(app, 'agent')));
    const pull = (d: Desk) => d.request('POST', '/api/sync/pull', { cursor: null, limit: 1000 });
    const first = await holdNext(() => pull(desks[0]!));
    const refused = await Promise.all(desks.slice(1).map(pull));
    for (const res of refused) {
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ error: 'serverBusy' });
      expect(res.json<{ message: string }>().message).toMatch(/busy/);
      const retryAfter = Number(res.headers['retry-after']);
      expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
    }
    first.release();
    const page = await first.running;
    expect(page.statusCode).toBe(200);
    // Sent again, each refused desk gets the same snapshot page the first one got.
    for (const d of desks.slice(1)) {
      const res = await pull(d);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(page.json());
    }
  });

  it('writes nothing of a push it turns away, and applies it once when sent again', async () => {
    const [holder, other] = await Promise.all([
      Desk.signIn({ app, db }, 'agent'),
      Desk.signIn({ app, db }, 'agent'),
    ]);
    const before = await count(db, 'activities');
    const first = await holdNext(() =>
      holder.request('POST', '/api/sync/push', {
        clientId: holder.clientId,
        mutations: [holder.mutation('addNote', { leadId: L.own, text: 'first' })],
      }),
    );
    const mutation = other.mutation('addNote', { leadId: L.own, text: 'second' });
    const body = { clientId: other.clientId, mutations: [mutation] };
    const refused = await other.request('POST', '/api/sync/push', body);
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({ error: 'serverBusy' });
    first.release();
    expect((await first.running).statusCode).toBe(200);
    expect(await count(db, 'activities')).toBe(before + 1);
    const again = await other.request('POST', '/api/sync/push', body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ rejected: [] });
    expect(await count(db, 'activities')).toBe(before + 2);
  });

  it('answers 503 databaseBusy with Retry-After when no database connection is free, not 500', async () => {
    const desk = await Desk.signIn(app, 'agent');
    poolExhausted = true;
    try {
      const res = await desk.request('POST', '/api/sync/pull', { cursor: null, limit: 10 });
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.json()).toMatchObject({ error: 'databaseBusy' });
      expect(res.body).not.toMatch(/connection was free|pool/);
    } finally {
      poolExhausted = false;
    }
    expect(
      (await desk.request('POST', '/api/sync/pull', { cursor: null, limit: 10 })).statusCode,
    ).toBe(200);
  });
});

describe.runIf(DB_KINDS.includes('postgres'))('a PostgreSQL pool with no free connection', () => {
  it('fails a query that waited its time for a connection with DatabaseBusyError, and serves again once one is free', async () => {
    const testDb = await createTestDatabase('postgres');
    const db = await openPostgres(testDb.url!, () => undefined, { size: 1, waitMs: 100 });
    try {
      const g = gate();
      // The pool's only connection stays in a transaction until the gate opens.
      const holding = db.transaction(async (tx) => {
        await tx.query('SELECT 1');
        await g.opened;
      });
      await expect(db.query('SELECT 1')).rejects.toBeInstanceOf(DatabaseBusyError);
      await expect(db.transaction((tx) => tx.query('SELECT 1'))).rejects.toBeInstanceOf(
        DatabaseBusyError,
      );
      g.open();
      await holding;
      await expect(db.query<{ n: number }>('SELECT 1 AS n')).resolves.toMatchObject({
        rows: [{ n: 1 }],
      });
    } finally {
      await db.close();
      await testDb.drop();
    }
  });
});
