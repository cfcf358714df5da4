// Migration runner: applies pending migrations in order under an advisory lock, and refuses a
// database that has seen a migration this server does not know (a newer server ran there).
import type { Db } from './db';
import { MIGRATIONS, type Migration } from '../migrations/index';

const LOCK_KEY = 724_500_101;

export class UnknownMigrationError extends Error {
  constructor(readonly unknown: readonly string[]) {
    super(
      `This database was migrated by a newer Sales Desk server (unknown migration${unknown.length > 1 ? 's' : ''}: ${unknown.join(
        ', ',
      )}). Run that version, or restore a backup made for this one; nothing was changed.`,
    );
    this.name = 'UnknownMigrationError';
  }
}

export type MigrationReport = { applied: string[]; level: string | null; total: number };

/** Applies every pending migration in one transaction; returns what it applied. */
export async function migrate(
  db: Db,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationReport> {
  const names = migrations.map((m) => m.name);
  if (
    new Set(names).size !== names.length ||
    names.some((n, i) => i > 0 && n <= (names[i - 1] ?? ''))
  ) {
    throw new Error('Migrations must have unique names in ascending order.');
  }
  return db.transaction(async (tx) => {
    // Two server processes starting together: the second waits here, then finds nothing to do.
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await tx.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await tx.query<{ name: string }>(
      'SELECT name FROM schema_migrations ORDER BY name',
    );
    const done = new Set(rows.map((r) => r.name));
    const unknown = [...done].filter((n) => !names.includes(n));
    if (unknown.length > 0) throw new UnknownMigrationError(unknown);
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.name)) continue;
      await m.up(tx);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [m.name]);
      applied.push(m.name);
    }
    return { applied, level: names[names.length - 1] ?? null, total: names.length };
  });
}

/** The latest applied migration and how many are applied, for /api/health. */
export async function migrationLevel(db: Db): Promise<{ level: string | null; applied: number }> {
  const { rows } = await db.query<{ name: string }>(
    'SELECT name FROM schema_migrations ORDER BY name',
  );
  return { level: rows[rows.length - 1]?.name ?? null, applied: rows.length };
}
