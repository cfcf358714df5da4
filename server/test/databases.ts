// The databases server tests run on: PGlite always; PostgreSQL too when DATABASE_URL is set,
// each test file on a fresh database of its own that is dropped afterwards.
import pg from 'pg';
import type { Db, DbKind } from '../db/db';
import { openPglite } from '../db/pglite';
import { openPostgres } from '../db/postgres';

export const DB_KINDS: readonly DbKind[] = process.env.DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

export type TestDatabase = {
  open: () => Promise<Db>;
  url: string | null;
  drop: () => Promise<void>;
};

/** A fresh, empty database of the given kind. */
export async function createTestDatabase(kind: DbKind): Promise<TestDatabase> {
  if (kind === 'pglite')
    return { open: () => openPglite(null), url: null, drop: async () => undefined };
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL is not set');
  const name = `sd_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    open: () => openPostgres(url.toString()),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
