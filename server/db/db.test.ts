// The one Db interface behaves the same on PGlite and PostgreSQL: same JavaScript values, same
// row counts, real transactions on one connection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseUnavailableError, type Db } from './db';
import { openDb } from './open-db';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import { createTestDatabase, DB_KINDS, type TestDatabase } from '../test/databases';

describe.each(DB_KINDS)('Db on %s', (kind) => {
  let testDb: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    testDb = await createTestDatabase(kind);
    db = await testDb.open();
    await db.query('CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)');
    await db.query('INSERT INTO counter VALUES (1, 0)');
  });

  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  it('returns the same JavaScript values for the same SQL', async () => {
    const { rows } = await db.query(
      `SELECT 7::int4 AS i4, 9007199254740993::int8 AS big, 3::int8 AS small, count(*) AS n,
              1.50::numeric AS num, 2.5::float8 AS f8, true AS yes, NULL::text AS nothing,
              '2025-03-30'::date AS day, ARRAY['2025-03-30'::date] AS days,
              '2025-03-30T10:00:00Z'::timestamptz AS at, '{"a":[1]}'::jsonb AS doc,
              ARRAY['hunter','closer'] AS roles, ARRAY[1,2]::int8[] AS bigs,
              '01900000-0000-7000-8000-000000000001'::uuid AS id
         FROM (VALUES (1), (2)) v(x)`,
    );
    expect(rows).toEqual([
      {
        i4: 7,
        big: '9007199254740993',
        small: '3',
        n: '2',
        num: '1.50',
        f8: 2.5,
        yes: true,
        nothing: null,
        day: '2025-03-30',
        days: ['2025-03-30'],
        at: new Date('2025-03-30T10:00:00Z'),
        doc: { a: [1] },
        roles: ['hunter', 'closer'],
        bigs: ['1', '2'],
        id: '01900000-0000-7000-8000-000000000001',
      },
    ]);
  });

  it('passes parameters of every common type', async () => {
    const { rows } = await db.query<{ t: string; a: string[]; j: unknown; d: Date; n: null }>(
      'SELECT $1::text AS t, $2::text[] AS a, $3::jsonb AS j, $4::timestamptz AS d, $5::int AS n',
      ['مرحبا', ['tr', 'ar'], JSON.stringify({ k: 'v' }), new Date('2025-01-01T00:00:00Z'), null],
    );
    expect(rows[0]).toEqual({
      t: 'مرحبا',
      a: ['tr', 'ar'],
      j: { k: 'v' },
      d: new Date('2025-01-01T00:00:00Z'),
      n: null,
    });
  });

  it('counts rows the same way: affected by writes, returned by reads, 0 for DDL', async () => {
    await db.query('CREATE TABLE rc (x int)');
    expect((await db.query('INSERT INTO rc VALUES (1), (2), (3)')).rowCount).toBe(3);
    expect((await db.query('SELECT * FROM rc')).rowCount).toBe(3);
    expect((await db.query('UPDATE rc SET x = x + 1 WHERE x > 1')).rowCount).toBe(2);
    expect((await db.query('DELETE FROM rc WHERE x = 4 RETURNING x')).rowCount).toBe(1);
    expect((await db.query('SELECT * FROM rc WHERE false')).rowCount).toBe(0);
    expect((await db.query('CREATE INDEX rc_x ON rc (x)')).rowCount).toBe(0);
  });

  it('commits a transaction and returns its value', async () => {
    const value = await db.transaction(async (tx) => {
      await tx.query('UPDATE counter SET n = 100 WHERE id = 1');
      return 'done';
    });
    expect(value).toBe('done');
    expect((await db.query('SELECT n FROM counter')).rows).toEqual([{ n: 100 }]);
  });

  it('rolls a failed transaction back, rethrows its error, and stays usable', async () => {
    const boom = new Error('boom');
    await expect(
      db.transaction(async (tx) => {
        await tx.query('UPDATE counter SET n = -1 WHERE id = 1');
        throw boom;
      }),
    ).rejects.toBe(boom);
    await expect(
      db.transaction((tx) => tx.query('INSERT INTO counter VALUES (1, 0)')),
    ).rejects.toThrow(/duplicate key/);
    expect((await db.query('SELECT n FROM counter')).rows).toEqual([{ n: 100 }]);
  });

  it('answers a named (prepared) statement exactly as the same SQL unnamed, run after run', async () => {
    const sql = `SELECT $1::text AS t, $2::int8 AS big, $3::jsonb AS j, $4::uuid[] AS ids,
                        '2025-03-30'::date AS day, n FROM counter WHERE id = $5`;
    const params = [
      'مرحبا',
      '9007199254740993',
      JSON.stringify({ k: ['v'] }),
      ['01900000-0000-7000-8000-000000000001'],
      1,
    ];
    const plain = await db.transaction((tx) => tx.query(sql, params));
    for (let run = 0; run < 3; run++) {
      // Inside a transaction (prepared once, then bound and run) and outside one.
      expect(
        await db.transaction((tx) => tx.query(sql, params, { name: 'db.test.values' })),
      ).toEqual(plain);
      expect(await db.query(sql, params, { name: 'db.test.values' })).toEqual(plain);
    }
    await db.query('CREATE TABLE named_rc (x int PRIMARY KEY)');
    const insert = 'INSERT INTO named_rc SELECT unnest($1::int[]) ON CONFLICT DO NOTHING';
    const counts = await db.transaction(async (tx) => [
      (await tx.query(insert, [[1, 2, 3]], { name: 'db.test.insert' })).rowCount,
      (await tx.query(insert, [[3, 4]], { name: 'db.test.insert' })).rowCount,
      (await tx.query('SELECT x FROM named_rc WHERE x > $1', [1], { name: 'db.test.read' }))
        .rowCount,
      (await tx.query('SELECT x FROM named_rc WHERE x > $1', [9], { name: 'db.test.read' }))
        .rowCount,
    ]);
    expect(counts).toEqual([3, 1, 3, 0]);
  });

  it('fails a named statement as an unnamed one fails, rolls back, and runs it again later', async () => {
    const insert = 'INSERT INTO counter (id, n) VALUES ($1, $2)';
    const error = await db
      .transaction((tx) => tx.query(insert, [1, 0], { name: 'db.test.counter' }))
      .catch((e: unknown) => e);
    // A unique violation keeps its code (push retries on 23505).
    expect((error as { code?: string }).code).toBe('23505');
    await expect(
      db.transaction(async (tx) => {
        await tx.query(insert, [2, 0], { name: 'db.test.counter' });
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect((await db.query('SELECT id FROM counter ORDER BY id')).rows).toEqual([{ id: 1 }]);
    await db.transaction((tx) => tx.query(insert, [3, 0], { name: 'db.test.counter' }));
    await db.query('DELETE FROM counter WHERE id = 3');
    // One name, one SQL text.
    await expect(
      db.transaction((tx) => tx.query('SELECT 1', [], { name: 'db.test.counter' })),
    ).rejects.toThrow();
  });

  it('runs concurrent transactions without losing updates', async () => {
    await db.query('UPDATE counter SET n = 0');
    // Read-modify-write: correct only if each transaction's queries share one connection (the
    // row lock of FOR UPDATE holds) and PGlite does not interleave transactions.
    await Promise.all(
      Array.from({ length: 20 }, () =>
        db.transaction(async (tx) => {
          const { rows } = await tx.query<{ n: number }>(
            'SELECT n FROM counter WHERE id = 1 FOR UPDATE',
          );
          await tx.query('UPDATE counter SET n = $1 WHERE id = 1', [(rows[0]?.n ?? 0) + 1]);
        }),
      ),
    );
    expect((await db.query('SELECT n FROM counter')).rows).toEqual([{ n: 20 }]);
  });
});

describe('embedded database folder', () => {
  const folders: string[] = [];
  const tempFolder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'sd-db-'));
    folders.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps data on disk, and refuses a second server on the same folder', async () => {
    const dataDir = tempFolder();
    const first = await openDb({ databaseUrl: null, dataDir });
    expect(first).toMatchObject({ kind: 'pglite', location: join(dataDir, 'pglite') });
    await first.query('CREATE TABLE kept (x text)');
    await first.query("INSERT INTO kept VALUES ('yes')");
    // Two PGlite instances on one folder silently lose each other's writes.
    await expect(openDb({ databaseUrl: null, dataDir })).rejects.toThrow(
      /data folder .*pglite is in use by another Sales Desk server \(pid \d+\)/,
    );
    await first.close();
    expect(existsSync(join(dataDir, 'pglite.lock'))).toBe(false);

    const again = await openDb({ databaseUrl: null, dataDir });
    expect((await again.query('SELECT x FROM kept')).rows).toEqual([{ x: 'yes' }]);
    await again.close();
  });

  it('takes over the lock of a server that died', async () => {
    const dataDir = tempFolder();
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid;
    writeFileSync(join(dataDir, 'pglite.lock'), JSON.stringify({ pid: dead, host: hostname() }));
    const db = await openDb({ databaseUrl: null, dataDir });
    expect((await db.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await db.close();
  });

  it('explains a data folder that cannot be created', async () => {
    const file = join(tempFolder(), 'a-file');
    writeFileSync(file, '');
    const error = await openPglite(join(file, 'pglite')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as Error).message).toMatch(
      /^The data folder .*a-file\/pglite cannot be created or written: ENOTDIR/,
    );
  });
});

describe('PostgreSQL connection', () => {
  it('explains an unreachable server without showing the password', async () => {
    const error = await openPostgres('postgres://desk:s3cret@127.0.0.1:9/sales').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as Error).message).toMatch(
      /^Cannot connect to PostgreSQL at postgres 127\.0\.0\.1:9\/sales: .*ECONNREFUSED/,
    );
    expect((error as Error).message).not.toContain('s3cret');
  });
});
