// The push scenario's floor and CPU figures (issue 18). The floor writes the rows a push batch
// writes — each mutation's lead as it ends up and its call activity — with nothing of the app in
// the way: one transaction per batch of 100, each table one plain multi-row INSERT … ON CONFLICT.
// On PostgreSQL it runs in the server's own database, 8 connections at once as the desks push;
// on PGlite (whose folder the server holds) in a fresh PGlite on disk in this process, migrated
// and seeded alike, one batch at a time as PGlite runs them. CPU time per mutation (the server
// process; on PostgreSQL also the database's backends) is what a busy machine skews least.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Queryable } from '../../../server/db/db';
import { migrate } from '../../../server/db/migrate';
import { openPglite } from '../../../server/db/pglite';
import { seedDemo } from '../../../server/seed/demo';
import { insertLeads } from '../../../server/seed/demo';
import { DEMO_ORGANISATION_ID } from '../../../shared/demo/organisation';
import { uuidv7 } from '../../../shared/domain/ids';
import type { Activity, Lead } from '../../../shared/domain/lead';
import type { Mutation } from '../../../shared/sync/protocol';
import { pool } from './server-common';

export type FloorBatch = { desk: number; leads: Lead[]; activities: Activity[] };

/** The rows each batch writes: every lead once, as the batch leaves it; fresh activity ids. */
export function floorBatches(
  leads: readonly Lead[],
  batches: readonly { desk: number; mutations: readonly Mutation[] }[],
): FloorBatch[] {
  const current = new Map(leads.map((l) => [l.id, l]));
  return batches.map(({ desk, mutations }) => {
    const touched = new Map<string, Lead>();
    const activities: Activity[] = [];
    for (const m of mutations) {
      for (const e of m.effects.leads ?? []) {
        const before = current.get(e.id);
        if (!before) continue;
        const after = { ...before, ...e.patch } as Lead;
        current.set(e.id, after);
        touched.set(e.id, after);
      }
      for (const a of m.effects.activities ?? [])
        activities.push({ ...a, id: uuidv7() } as Activity);
    }
    return { desk, leads: [...touched.values()], activities };
  });
}

async function writeBatch(tx: Queryable, b: FloorBatch): Promise<void> {
  await tx.query(
    `INSERT INTO leads (id, organisation_id, owner_id, team_id, stage, data)
     SELECT v.id, $1, v.owner_id, v.team_id, v.stage, v.data
       FROM jsonb_to_recordset($2::jsonb) AS v(id text, owner_id uuid, team_id uuid, stage text, data jsonb)
     ON CONFLICT (id) DO UPDATE SET owner_id = EXCLUDED.owner_id, team_id = EXCLUDED.team_id,
       stage = EXCLUDED.stage, data = EXCLUDED.data, updated_at = now()`,
    [
      DEMO_ORGANISATION_ID,
      JSON.stringify(
        b.leads.map((l) => ({
          id: l.id,
          owner_id: l.ownerId,
          team_id: l.teamId,
          stage: l.stage,
          data: l,
        })),
      ),
    ],
  );
  await tx.query(
    `INSERT INTO activities (id, organisation_id, lead_id, agent_id, at, data)
     SELECT v.id, $1, v.lead_id, v.agent_id, v.at, v.data
       FROM jsonb_to_recordset($2::jsonb) AS v(id uuid, lead_id text, agent_id uuid, at bigint, data jsonb)
     ON CONFLICT (id) DO NOTHING`,
    [
      DEMO_ORGANISATION_ID,
      JSON.stringify(
        b.activities.map((a) => ({
          id: a.id,
          lead_id: a.leadId,
          agent_id: a.agentId,
          at: a.at,
          data: a,
        })),
      ),
    ],
  );
}

/** Seconds the floor takes on the server's PostgreSQL database, `desks` connections at once. */
export async function postgresFloorSeconds(
  databaseUrl: string,
  batches: readonly FloorBatch[],
  desks: number,
): Promise<number> {
  const db = new pg.Pool({ connectionString: databaseUrl, max: desks });
  try {
    const t0 = performance.now();
    await pool(
      Array.from({ length: desks }, (_, d) => d),
      desks,
      async (d) => {
        const client = await db.connect();
        try {
          for (const b of batches.filter((x) => x.desk === d)) {
            await client.query('BEGIN');
            await writeBatch(client as unknown as Queryable, b);
            await client.query('COMMIT');
          }
        } finally {
          client.release();
        }
      },
    );
    return (performance.now() - t0) / 1000;
  } finally {
    await db.end();
  }
}

/** Seconds the floor takes on a fresh PGlite on disk holding the demo and `leads`. */
export async function pgliteFloorSeconds(
  leads: readonly Lead[],
  batches: readonly FloorBatch[],
): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'salesdesk-push-floor-'));
  const db = await openPglite(join(dir, 'pglite'));
  try {
    await migrate(db);
    await seedDemo(db);
    await db.transaction((tx) => insertLeads(tx, DEMO_ORGANISATION_ID, leads));
    await db.query('ANALYZE');
    const t0 = performance.now();
    for (const b of batches) await db.transaction((tx) => writeBatch(tx, b));
    return (performance.now() - t0) / 1000;
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const TICK_MS = 1000 / 100; // USER_HZ: /proc counts CPU time in 1/100 s on Linux

/** CPU time (user + system) a process has used, in ms; null where /proc is not there. */
export function processCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
}

/** CPU ms of each backend connected to the database (PostgreSQL on this machine only). */
export async function backendCpuMs(databaseUrl: string): Promise<Map<number, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    const out = new Map<number, number>();
    for (const { pid } of rows) {
      const ms = processCpuMs(pid);
      if (ms !== null) out.set(pid, ms);
    }
    return out;
  } finally {
    await client.end();
  }
}

/** CPU the backends used between two samples (a backend that started in between counts whole). */
export function backendCpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let ms = 0;
  for (const [pid, t] of after) ms += t - (before.get(pid) ?? 0);
  return ms;
}
