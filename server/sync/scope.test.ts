// The SQL scope (index-friendly `=` comparisons) must say exactly what leadInScope says, never
// NULL (pull negates it for tombstones), and the snapshot's "rest of the scope" must be the scope
// minus the caller's own leads, for every caller kind and every owner/team combination.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { createTestDatabase, DB_KINDS, type TestDatabase } from '../test/databases';
import { leadInScope, named, othersInScopeSql, scopeSql } from './scope';
import type { UserRole } from '../../shared/domain/content';

const ME = '0c000000-0000-4000-8000-000000000001';
const MATE = '0c000000-0000-4000-8000-000000000002';
const MY_TEAM = '0b000000-0000-4000-8000-00000000000a';
const OTHER_TEAM = '0b000000-0000-4000-8000-00000000000b';

const CALLERS: { roles: UserRole[]; teamId: string | null }[] = [
  { roles: ['admin'], teamId: null },
  { roles: ['admin'], teamId: MY_TEAM },
  { roles: ['supervisor'], teamId: MY_TEAM },
  { roles: ['supervisor'], teamId: null },
  { roles: ['hunter'], teamId: MY_TEAM },
  { roles: ['closer', 'farmer'], teamId: MY_TEAM },
  { roles: ['hunter'], teamId: null },
];
const OWNERS = [ME, MATE, null];
const TEAMS = [MY_TEAM, OTHER_TEAM, null];

describe.each(DB_KINDS)('scope SQL on %s', (kind) => {
  let testDb: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    testDb = await createTestDatabase(kind);
    db = await testDb.open();
  });

  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  it('agrees with leadInScope, is never NULL, and splits into own + the rest', async () => {
    const rows = OWNERS.flatMap((owner) => TEAMS.map((team) => ({ owner, team })));
    for (const c of CALLERS) {
      const q = named(
        `SELECT v.owner::text AS owner, v.team::text AS team,
                ${scopeSql(c, 'v.owner', 'v.team')} AS scope,
                ${othersInScopeSql(c, 'v.owner', 'v.team')} AS others
           FROM jsonb_to_recordset({rows}::jsonb) AS v(owner uuid, team uuid)`,
        { rows: JSON.stringify(rows), user: ME, team: c.teamId },
      );
      const { rows: got } = await db.query<{
        owner: string | null;
        team: string | null;
        scope: boolean | null;
        others: boolean | null;
      }>(q.text, q.params);
      expect(got).toHaveLength(rows.length);
      for (const r of got) {
        const want = leadInScope({ userId: ME, teamId: c.teamId, roles: c.roles }, r.owner, r.team);
        const where = `${c.roles.join('+')}/${c.teamId ?? 'no team'} owner=${r.owner} team=${r.team}`;
        expect(r.scope, where).toBe(want);
        expect(r.others === true, where).toBe(want && r.owner !== ME);
      }
    }
  });
});
