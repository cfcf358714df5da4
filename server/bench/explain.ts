// Snapshot page plans and full snapshot speed, without and with planner statistics, for an
// administrator, a supervisor and an agent of a big organisation:
//   npx tsx server/bench/explain.ts [leads=20000] [snapshots=1]   (0: none, 2: only with statistics)
// PGlite in memory, or a fresh PostgreSQL database when DATABASE_URL is set (autovacuum is off
// for the bench tables there, so "no statistics" stays true while it runs). Leads: 5% the agent's
// own, 5% their team's queue, the rest spread over 40 other agents in 4 teams. Prints, per
// caller, EXPLAIN ANALYZE of a snapshot page (1,000 rows from the middle of each phase) with the
// legacy `IS NOT DISTINCT FROM` scope and with the current SQL; and (`snapshots`) a full
// snapshot through pull() in pages of 1,000 (rows/s).
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/db';
import { migrate } from '../db/migrate';
import { analyze } from '../db/statistics';
import { insertLeads } from '../seed/demo';
import { pull } from '../sync/pull';
import { named, othersInScopeSql, scopeSql, type Caller } from '../sync/scope';
import { createTestDatabase } from '../test/databases';
import { activity, lead, ORG, seedWorld, TEAM_A, U } from '../test/sync-fixture';
import type { UserRole } from '../../shared/domain/content';

const legacyScope = (c: Caller, owner: string, team: string): string => {
  if (c.roles.includes('admin')) return 'true';
  const own = `${owner} IS NOT DISTINCT FROM {user}::uuid`;
  if (c.teamId === null) return `(${own})`;
  if (c.roles.includes('supervisor'))
    return `(${own} OR ${team} IS NOT DISTINCT FROM {team}::uuid)`;
  return `(${own} OR (${owner} IS NULL AND ${team} IS NOT DISTINCT FROM {team}::uuid))`;
};

type Query = { name: string; sql: (c: Caller, legacy: boolean) => string };

const QUERIES: readonly Query[] = [
  {
    name: 'ownLeads',
    sql: () =>
      'SELECT data::text AS data, id AS k FROM leads WHERE owner_id = {user}::uuid AND organisation_id = {org} AND id > {key} ORDER BY id LIMIT 1000',
  },
  {
    name: 'scopeLeads',
    sql: (c, legacy) =>
      `SELECT data::text AS data, id AS k FROM leads WHERE organisation_id = {org} AND id > {key} AND ${
        legacy
          ? `owner_id IS DISTINCT FROM {user}::uuid AND ${legacyScope(c, 'owner_id', 'team_id')}`
          : othersInScopeSql(c, 'owner_id', 'team_id')
      } ORDER BY id LIMIT 1000`,
  },
  {
    name: 'activities',
    sql: (c, legacy) =>
      `SELECT a.data::text AS data, a.id::text AS k FROM activities a JOIN leads l ON l.id = a.lead_id
        WHERE a.organisation_id = {org} AND a.id > {akey}::uuid AND ${(legacy ? legacyScope : scopeSql)(c, 'l.owner_id', 'l.team_id')}
        ORDER BY a.id LIMIT 1000`,
  },
];

const caller = (userId: string, teamId: string | null, roles: UserRole[]): Caller => ({
  userId,
  organisationId: ORG,
  teamId,
  roles,
  sessionId: randomUUID(),
  clientId: randomUUID(),
});

const CALLERS: Record<string, Caller> = {
  admin: caller(U.admin, null, ['admin']),
  supervisor: caller(U.supervisor, TEAM_A, ['supervisor']),
  agent: caller(U.agent, TEAM_A, ['hunter']),
};

async function explain(db: Db, c: Caller, q: Query, legacy: boolean): Promise<string> {
  const { text, params } = named(`EXPLAIN (ANALYZE, FORMAT JSON) ${q.sql(c, legacy)}`, {
    org: ORG,
    user: c.userId,
    team: c.teamId,
    key: 'bench-0050000',
    akey: '00000000-0000-0000-0000-000000000000',
  });
  const { rows } = await db.query<{ 'QUERY PLAN': unknown }>(text, params);
  const raw = rows[0]?.['QUERY PLAN'];
  const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as {
    Plan: Record<string, unknown>;
    'Execution Time': number;
  }[];
  const top = plan[0];
  if (!top) return '?';
  const nodes: string[] = [];
  const walk = (n: Record<string, unknown>) => {
    nodes.push(`${String(n['Node Type'])}${n['Index Name'] ? ` ${String(n['Index Name'])}` : ''}`);
    for (const child of (n.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
  };
  walk(top.Plan);
  return `${top['Execution Time'].toFixed(1)} ms  ${nodes.join(' > ')}`;
}

async function snapshot(db: Db, c: Caller): Promise<string> {
  let cursor: string | null = null;
  let rows = 0;
  let pages = 0;
  const t = performance.now();
  for (;;) {
    const page = await pull(db, c, { cursor, limit: 1000 });
    rows += page.changes.length;
    pages++;
    cursor = page.cursor;
    if (cursor.startsWith('c1.')) break;
  }
  const ms = performance.now() - t;
  return `${rows} rows, ${pages} pages, ${Math.round(ms)} ms, ${((ms / pages) | 0).toString()} ms/page, ${Math.round((rows * 1000) / ms)} rows/s`;
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 20_000);
  const snapshots = Number(process.argv[3] ?? 1);
  const kind = process.env.DATABASE_URL ? 'postgres' : 'pglite';
  const testDb = await createTestDatabase(kind);
  const db = await testDb.open();
  await migrate(db);
  if (kind === 'postgres') {
    for (const t of ['leads', 'activities'])
      await db.query(`ALTER TABLE ${t} SET (autovacuum_enabled = false)`);
  }
  await seedWorld(db);
  const others = Array.from({ length: 40 }, () => randomUUID());
  const teams = [TEAM_A, randomUUID(), randomUUID(), randomUUID()];
  for (let i = 0; i < n; i += 5000) {
    const chunk = Array.from({ length: Math.min(5000, n - i) }, (_, j) => {
      const k = i + j;
      const id = `bench-${String(k * 5).padStart(7, '0')}`;
      const r = k % 20;
      if (r === 0) return lead(id, ORG, U.agent, TEAM_A);
      if (r === 1) return lead(id, ORG, null, TEAM_A);
      return lead(id, ORG, others[k % 40] ?? null, teams[k % 4] ?? null);
    });
    await db.transaction((tx) =>
      insertLeads(
        tx,
        ORG,
        chunk,
        chunk.map((l) => activity(l.id, U.agent)),
      ),
    );
  }
  console.log(`${kind}, ${n} leads (+ ${n} activities)`);
  for (const stats of [false, true]) {
    if (stats) await analyze(db);
    for (const [who, c] of Object.entries(CALLERS)) {
      for (const q of QUERIES) {
        for (const legacy of [true, false]) {
          console.log(
            `${stats ? 'ANALYZEd ' : 'no stats '} ${who.padEnd(10)} ${q.name.padEnd(10)} ${legacy ? 'legacy' : 'new   '}  ${await explain(db, c, q, legacy)}`,
          );
        }
      }
      if (snapshots === 1 || (snapshots === 2 && stats))
        console.log(
          `${stats ? 'ANALYZEd ' : 'no stats '} ${who.padEnd(10)} snapshot  ${await snapshot(db, c)}`,
        );
    }
  }
  await db.close();
  await testDb.drop();
}

void main();
