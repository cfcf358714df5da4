// The databases server tests run on: PGlite always; PostgreSQL too when DATABASE_URL is set,
// each on a fresh database of its own (sd_test_<random>) that is dropped afterwards, so test
// files never see each other's rows and leave nothing behind.
import pg from 'pg';
import type { Db, DbKind } from '../db/db';
import { openPglite } from '../db/pglite';
import { openPostgres } from '../db/postgres';

export const DB_KINDS: readonly DbKind[] = process.env.DATABASE_URL?.trim()
  ? ['pglite', 'postgres']
  : ['pglite'];

export type TestDatabase = {
  /** A new connection; on PGlite every call is a separate in-memory database, so call once. */
  open: () => Promise<Db>;
  /** The PostgreSQL URL of this database; null for PGlite. */
  url: string | null;
  drop: () => Promise<void>;
};

async function asAdmin(adminUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** A fresh, empty database of the given kind. */
export async function createTestDatabase(kind: DbKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    return { open: () => openPglite(null), url: null, drop: async () => undefined };
  }
  const adminUrl = process.env.DATABASE_URL?.trim();
  if (!adminUrl) throw new Error('DATABASE_URL is not set');
  const name = `sd_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await asAdmin(adminUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    open: () => openPostgres(url.toString()),
    drop: () => asAdmin(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
