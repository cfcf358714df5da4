import { afterEach, describe, expect, it } from 'vitest';
import { migrate, migrationLevel, UnknownMigrationError } from './migrate';
import { MIGRATIONS } from '../migrations/index';
import type { Db } from './db';
import { createTestDatabase, DB_KINDS, type TestDatabase } from '../test/databases';

describe.each(DB_KINDS)('migrations on %s', (kind) => {
  let testDb: TestDatabase;
  const open: Db[] = [];
  const connect = async () => {
    const db = await testDb.open();
    open.push(db);
    return db;
  };

  afterEach(async () => {
    for (const db of open.splice(0)) await db.close();
    await testDb?.drop();
  });

  it('applies every migration once, then nothing on the next start', async () => {
    testDb = await createTestDatabase(kind);
    const db = await connect();
    const first = await migrate(db);
    expect(first.applied).toEqual(MIGRATIONS.map((m) => m.name));
    const again = await migrate(db);
    expect(again.applied).toEqual([]);
    expect(await migrationLevel(db)).toEqual({
      level: MIGRATIONS.at(-1)?.name,
      applied: MIGRATIONS.length,
    });
    const { rows } = await db.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    expect(rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining(['organisations', 'teams', 'users']),
    );
  });

  it('enforces the users rules: known roles only, one e-mail per organisation', async () => {
    testDb = await createTestDatabase(kind);
    const db = await connect();
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
    ).rejects.toThrow();
    await expect(
      insert('01900000-0000-7000-8000-0000000000a3', 'b@x.com', ['wizard']),
    ).rejects.toThrow();
  });

  it('refuses a database that knows a migration it does not, and changes nothing', async () => {
    testDb = await createTestDatabase(kind);
    const db = await connect();
    await migrate(db);
    await db.query("INSERT INTO schema_migrations (name) VALUES ('9999999999999-from-the-future')");
    await expect(migrate(db)).rejects.toThrow(UnknownMigrationError);
    await expect(migrate(db)).rejects.toThrow(
      /newer Sales Desk server.*9999999999999-from-the-future/,
    );
    const { rows } = await db.query('SELECT name FROM schema_migrations');
    expect(rows).toHaveLength(MIGRATIONS.length + 1);
  });

  it('rolls a failing migration back completely', async () => {
    testDb = await createTestDatabase(kind);
    const db = await connect();
    const broken = [
      ...MIGRATIONS,
      {
        name: '9999999999999-broken',
        up: async (tx: Parameters<(typeof MIGRATIONS)[number]['up']>[0]) => {
          await tx.query('CREATE TABLE half_done (id int)');
          await tx.query('SELECT * FROM no_such_table');
        },
      },
    ];
    await expect(migrate(db, broken)).rejects.toThrow();
    const { rows } = await db.query<{ n: string }>(
      "SELECT count(*)::text AS n FROM information_schema.tables WHERE table_name IN ('half_done', 'users')",
    );
    expect(rows[0]?.n).toBe('0');
  });

  it.runIf(kind === 'postgres')('lets two servers start at once on one database', async () => {
    testDb = await createTestDatabase(kind);
    const [a, b] = await Promise.all([connect(), connect()]);
    const results = await Promise.all([migrate(a), migrate(b)]);
    expect(results.map((r) => r.applied.length).sort()).toEqual([0, MIGRATIONS.length]);
  });
});
