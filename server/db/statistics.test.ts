// Pushes that create many rows give the planner fresh statistics, in the background.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db';
import { migrate } from './migrate';
import { analyze, ANALYZE_MIN_ROWS, noteRowsCreated } from './statistics';
import { createTestDatabase, DB_KINDS, type TestDatabase } from '../test/databases';
import { insertLeads } from '../seed/demo';
import { lead, ORG, seedWorld, TEAM_A, U } from '../test/sync-fixture';

async function plannedLeads(db: Db): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    "SELECT reltuples::float8 AS n FROM pg_class WHERE oid = 'leads'::regclass",
  );
  return Number(rows[0]?.n ?? -1);
}

describe.each(DB_KINDS)('planner statistics on %s', (kind) => {
  let testDb: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    testDb = await createTestDatabase(kind);
    db = await testDb.open();
    await migrate(db);
    await seedWorld(db);
    if (kind === 'postgres') await db.query('ALTER TABLE leads SET (autovacuum_enabled = false)');
  });

  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  it('runs ANALYZE in the background once enough rows were created, not before', async () => {
    await analyze(db);
    const before = await plannedLeads(db);
    const leads = Array.from({ length: 6000 }, (_, i) =>
      lead(`stat-${String(i).padStart(5, '0')}`, ORG, U.agent, TEAM_A),
    );
    await db.transaction((tx) => insertLeads(tx, ORG, leads));
    noteRowsCreated(db, ANALYZE_MIN_ROWS - 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await plannedLeads(db)).toBe(before);
    noteRowsCreated(db, 1);
    await expect.poll(() => plannedLeads(db), { timeout: 10_000 }).toBeGreaterThan(before + 5000);
  });
});
