// Migration runner: applies pending migrations in order, each in its own transaction with its
// schema_migrations row, under an advisory lock; refuses a database that has seen a migration
// this server does not know (a newer server ran there).
import type { Db, Queryable } from './db';
import { MIGRATIONS, type Migration } from '../migrations/index';
import { ensureGeneration } from './generation';

// Any constant shared by every Sales Desk server; pg_advisory_xact_lock releases it at COMMIT or
// ROLLBACK, so a crashed server never leaves it held.
const LOCK_KEY = 724_500_101;

export class UnknownMigrationError extends Error {
  constructor(readonly unknown: readonly string[]) {
    super(
      `This database was migrated by a newer Sales Desk server (unknown migration${
        unknown.length > 1 ? 's' : ''
      }: ${unknown.join(', ')}). Run that version, or restore a backup made for this one; nothing was changed.`,
    );
    this.name = 'UnknownMigrationError';
  }
}

export type MigrationReport = {
  /** Names applied by this call, in order; empty when the database was up to date. */
  applied: string[];
  /** The latest migration now applied (the last one this server knows), null if it knows none. */
  level: string | null;
};

function checkOrder(migrations: readonly Migration[]): void {
  const names = migrations.map((m) => m.name);
  names.forEach((name, i) => {
    if (!/^\d{13}-[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
      throw new Error(`Migration name "${name}" is not <epoch-ms>-<kebab-case>.`);
    }
    if (i > 0 && name <= (names[i - 1] ?? '')) {
      throw new Error(`Migration "${name}" is out of order or duplicated in migrations/index.ts.`);
    }
  });
}

async function appliedNames(tx: Queryable): Promise<Set<string>> {
  const { rows } = await tx.query<{ name: string }>('SELECT name FROM schema_migrations');
  return new Set(rows.map((r) => r.name));
}

/** Brings the database up to the latest migration; see MigrationReport. */
export async function migrate(
  db: Db,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationReport> {
  checkOrder(migrations);
  const known = new Set(migrations.map((m) => m.name));
  const applied: string[] = [];
  // One transaction per migration: a long history is not one giant transaction, and a failure
  // keeps the migrations before it. Every transaction takes the lock first and re-reads what is
  // applied, so a second server starting at the same time waits, then finds nothing left to do.
  for (;;) {
    const next = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      await tx.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      const done = await appliedNames(tx);
      const unknown = [...done].filter((name) => !known.has(name)).sort();
      if (unknown.length > 0) throw new UnknownMigrationError(unknown);
      const pending = migrations.find((m) => !done.has(m.name));
      if (!pending) return null;
      await pending.up(tx);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [pending.name]);
      return pending.name;
    });
    if (next === null) break;
    applied.push(next);
  }
  // The server generation (db/generation.ts): created here once, replaced only by a restore.
  await db.transaction(ensureGeneration);
  return { applied, level: migrations.at(-1)?.name ?? null };
}

/** The latest applied migration and how many are applied, for /api/health. */
export async function migrationLevel(db: Db): Promise<{ level: string | null; applied: number }> {
  const { rows } = await db.query<{ name: string | null; applied: string }>(
    'SELECT max(name) AS name, count(*) AS applied FROM schema_migrations',
  );
  return { level: rows[0]?.name ?? null, applied: Number(rows[0]?.applied ?? 0) };
}
