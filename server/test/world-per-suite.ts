// The seeded sync world on a fresh database, per describe block (vitest only: sync-fixture.ts
// itself is also used by the server benchmarks, outside vitest).
import { afterAll, beforeAll } from 'vitest';
import type { DbKind } from '../db/db';
import { createTestDatabase } from './databases';
import { startWorld, type World } from './sync-fixture';

/**
 * A fresh database of `kind` with the seeded world, for the describe block it is called in (built
 * before its tests, dropped after them). Read it inside tests: `const { app, db } = world()`.
 */
export function worldPerSuite(kind: DbKind): () => World {
  let testDb: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  let world: World | undefined;
  beforeAll(async () => {
    testDb = await createTestDatabase(kind);
    world = await startWorld(await testDb.open());
  });
  afterAll(async () => {
    await world?.app.close();
    await world?.db.close();
    await testDb?.drop();
  });
  return () => {
    if (!world) throw new Error('worldPerSuite: used outside a test of its describe block');
    return world;
  };
}
