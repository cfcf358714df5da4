import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrate, migrationLevel, UnknownMigrationError } from './migrate';
import { MIGRATIONS, type Migration } from '../migrations/index';
import type { Db } from './db';
import { createTestDatabase, DB_KINDS, type TestDatabase } from '../test/databases';

const NAMES = MIGRATIONS.map((m) => m.name);

async function tables(db: Db): Promise<string[]> {
  const { rows } = await db.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
  );
  return rows.map((r) => r.table_name);
}

async function recorded(db: Db): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    'SELECT name FROM schema_migrations ORDER BY name',
  );
  return rows.map((r) => r.name);
}

describe.each(DB_KINDS)('migrations on %s', (kind) => {
  // One database per file; every test starts from an empty public schema (cheaper than a new
  // PGlite, which takes seconds to boot).
  let testDb: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    testDb = await createTestDatabase(kind);
    db = await testDb.open();
  });

  beforeEach(async () => {
    await db.query('DROP SCHEMA public CASCADE');
    await db.query('CREATE SCHEMA public');
  });

  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  it('applies every migration once, in order, then nothing on the next start', async () => {
    expect(await migrate(db)).toEqual({ applied: NAMES, level: NAMES.at(-1) });
    expect(await migrate(db)).toEqual({ applied: [], level: NAMES.at(-1) });
    expect(await recorded(db)).toEqual(NAMES);
    expect(await migrationLevel(db)).toEqual({ level: NAMES.at(-1), applied: NAMES.length });
    expect(await tables(db)).toEqual(
      expect.arrayContaining(['organisations', 'schema_migrations', 'teams', 'users']),
    );
  });

  it('enforces the users rules: known roles only, one e-mail per organisation', async () => {
    await migrate(db);
    const org = '01900000-0000-7000-8000-000000000001';
    await db.query('INSERT INTO organisations (id, name) VALUES ($1, $2)', [org, 'Acme']);
    const insert = (id: string, email: string, roles: string[]) =>
      db.query(
        'INSERT INTO users (id, organisation_id, email, display_name, roles) VALUES ($1, $2, $3, $4, $5)',
        [id, org, email, 'A', roles],
      );
    await insert('01900000-0000-7000-8000-0000000000a1', 'a@x.com', ['hunter', 'closer']);
    await expect(
      insert('01900000-0000-7000-8000-0000000000a2', 'A@X.com', ['hunter']),
    ).rejects.toThrow(/users_org_email_idx/);
    await expect(
      insert('01900000-0000-7000-8000-0000000000a3', 'b@x.com', ['wizard']),
    ).rejects.toThrow(/check constraint/);
    await expect(insert('01900000-0000-7000-8000-0000000000a4', 'c@x.com', [])).rejects.toThrow(
      /check constraint/,
    );
  });

  it('refuses a database a newer server migrated, before applying anything', async () => {
    // A newer server created the bookkeeping and recorded migrations this one has never heard of.
    await db.query(
      'CREATE TABLE schema_migrations (name text PRIMARY KEY, applied_at timestamptz)',
    );
    await db.query(
      "INSERT INTO schema_migrations (name) VALUES ('9999999999999-from-the-future'), ('9999999999998-also-new')",
    );
    const error = await migrate(db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownMigrationError);
    expect((error as Error).message).toMatch(
      /newer Sales Desk server \(unknown migrations: 9999999999998-also-new, 9999999999999-from-the-future\)/,
    );
    expect(await tables(db)).toEqual(['schema_migrations']);
    expect(await recorded(db)).toEqual(['9999999999998-also-new', '9999999999999-from-the-future']);
  });

  it('refuses an up-to-date database that also knows a newer migration', async () => {
    await migrate(db);
    await db.query("INSERT INTO schema_migrations (name) VALUES ('9999999999999-from-the-future')");
    await expect(migrate(db)).rejects.toThrow(UnknownMigrationError);
    expect(await recorded(db)).toEqual([...NAMES, '9999999999999-from-the-future']);
  });

  it('rolls a failing migration back completely and keeps the ones before it', async () => {
    const broken: Migration = {
      name: '9999999999999-broken',
      up: async (tx) => {
        await tx.query('CREATE TABLE half_done (id int)');
        await tx.query('SELECT * FROM no_such_table');
      },
    };
    await expect(migrate(db, [...MIGRATIONS, broken])).rejects.toThrow(/no_such_table/);
    expect(await tables(db)).not.toContain('half_done');
    expect(await tables(db)).toContain('users');
    expect(await recorded(db)).toEqual(NAMES);

    const fixed: Migration = {
      name: broken.name,
      up: async (tx) => void (await tx.query('CREATE TABLE half_done (id int)')),
    };
    expect(await migrate(db, [...MIGRATIONS, fixed])).toMatchObject({ applied: [fixed.name] });
    expect(await tables(db)).toContain('half_done');
  });

  it('refuses a migration list that is out of order or badly named', async () => {
    const untouched = {} as Db; // the list is checked before the database is used
    const up = async () => undefined;
    await expect(
      migrate(untouched, [
        { name: '1800000000000-b', up },
        { name: '1700000000000-a', up },
      ]),
    ).rejects.toThrow(/"1700000000000-a" is out of order/);
    await expect(migrate(untouched, [{ name: 'add users', up }])).rejects.toThrow(
      /not <epoch-ms>-<kebab-case>/,
    );
  });

  it('lets two servers migrate one database at the same time', async () => {
    // Two connections (pools) on PostgreSQL, like two processes; on PGlite one process can only
    // race itself, which must be just as safe. The slow extra migration widens the window.
    const a = db;
    const b = kind === 'postgres' ? await testDb.open() : db;
    const slow: Migration = {
      name: '9999999999999-slow',
      up: async (tx) => {
        await tx.query('CREATE TABLE slow (id int)');
        await tx.query('SELECT pg_sleep(0.2)');
      },
    };
    const all = [...MIGRATIONS, slow];
    try {
      const results = await Promise.all([migrate(a, all), migrate(b, all)]);
      expect(results.flatMap((r) => r.applied).sort()).toEqual(all.map((m) => m.name).sort());
      expect(await recorded(a)).toEqual(all.map((m) => m.name));
    } finally {
      if (b !== a) await b.close();
    }
  });
});
