// Pull: the caller's scoped changes after a cursor, paged. A first pull (cursor null) pages a
// snapshot (reference data, the caller's own leads, the rest of the scope, activities, DNC), then
// the change log from the snapshot's transaction-id watermark.
//
// Why the cursor never skips a row committed late (server/README.md "Sync protocol"): every row
// carries the id of the transaction that wrote it (xid8) and a position from one sequence. A pull
// serves only rows whose xid is below the xmin of its own snapshot — every transaction below it
// has finished, so no row with a smaller xid can still appear — in (xid, seq) order, and the
// cursor is the last (xid, seq) served. A transaction still running holds back everything after
// it until it ends; nothing behind the cursor can ever commit later.
//
// Held back, said: a page that ends because of the hold (rows in the caller's scope, committed
// and visible, but at or above xmin) says `heldBack`, and the desk pulls again shortly. The
// transaction holding them may belong to anything on the cluster, and its end pokes nobody.
import { createHash } from 'node:crypto';
import type { Db, Queryable } from '../db/db';
import { checkGeneration } from '../db/generation';
import { invalidRequest } from '../errors';
import type { Change, PullResponse } from '../../shared/sync/protocol';
import { TEAM_COLUMNS, USER_COLUMNS, wireTeam, wireUser, type TeamRow, type UserRow } from './rows';
import { named, othersInScopeSql, scopeClass, scopeSql, type Caller } from './scope';
import { isUuid } from '../../shared/domain/ids';

type Position = { xid: bigint; seq: bigint };

type SnapshotCursor = { kind: 's'; scope: string; watermark: bigint; phase: number; key: string };
type LogCursor = { kind: 'c'; scope: string; xid: bigint; seq: bigint };

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

/** A fingerprint of what the caller may see: a changed role or team means a fresh snapshot. */
export function scopeKey(caller: Pick<Caller, 'userId' | 'teamId' | 'roles'>): string {
  const cls = scopeClass(caller.roles);
  return createHash('sha256')
    .update(`${cls}|${caller.userId}|${caller.teamId ?? ''}`)
    .digest('base64url')
    .slice(0, 10);
}

export function encodeCursor(c: SnapshotCursor | LogCursor): string {
  return c.kind === 's'
    ? `s1.${c.scope}.${c.watermark}.${c.phase}.${Buffer.from(c.key).toString('base64url')}`
    : `c1.${c.scope}.${c.xid}.${c.seq}`;
}

/** Transaction ids (xid8) are unsigned 64-bit; log positions (seq) are bigint. */
const MAX_XID8 = 2n ** 64n - 1n;
const MAX_BIGINT = 2n ** 63n - 1n;

/**
 * A cursor the server handed out, read back — or a 400 for anything else: numbers beyond their
 * columns and keys a phase's query cannot compare (not a UUID where one is keyed by UUID, a NUL
 * in text) would otherwise fail in the database as a 500.
 */
export function decodeCursor(raw: string): SnapshotCursor | LogCursor {
  const invalid = () => invalidRequest('The cursor is not valid.');
  const parts = raw.split('.');
  const num = (s: string | undefined, max: bigint) => {
    if (s === undefined || !/^\d{1,20}$/.test(s)) throw invalid();
    const n = BigInt(s);
    if (n > max) throw invalid();
    return n;
  };
  if (parts[0] === 's1' && parts.length === 5) {
    const phase = Number(num(parts[3], BigInt(PHASES.length)));
    const key = Buffer.from(parts[4] ?? '', 'base64url').toString('utf8');
    if (key.includes('\u0000')) throw invalid();
    if (key !== '' && PHASES[phase]?.uuidKey && !isUuid(key)) throw invalid();
    return { kind: 's', scope: parts[1] ?? '', watermark: num(parts[2], MAX_XID8), phase, key };
  }
  if (parts[0] === 'c1' && parts.length === 4) {
    return {
      kind: 'c',
      scope: parts[1] ?? '',
      xid: num(parts[2], MAX_XID8),
      seq: num(parts[3], MAX_BIGINT),
    };
  }
  throw invalid();
}

/**
 * Activities a desk receives: those of the leads in its scope, and the caller's own wherever
 * their lead went. A hunter's booked meeting and a closer's win move the lead to someone else,
 * yet they are the agent's work of the day: the desk counts them against the agent's targets
 * (TargetsBar), so they must not leave with the lead. When a lead moves, its activities are
 * re-stamped after the tombstone (migration leads-activities), so the desk that loses the lead
 * receives its own ones again after the tombstone.
 */
function activityScopeSql(c: Caller): string {
  return `(${scopeSql(c, 'l.owner_id', 'l.team_id')} OR (a.agent_id IS NOT NULL AND a.agent_id = {user}::uuid))`;
}

type Phase = {
  name: string;
  uuidKey: boolean;
  /** Rows after {key}, at most {limit}, in {org}, for {user} of {team}. */
  sql: (caller: Caller) => string;
  toChange: (row: Record<string, unknown>) => Fragment;
};

// Rows travel as JSON text from the database straight into the response (`data::text`): no
// parse and re-serialise per row, which is most of a pull's cost. A fragment is one Change.
type Fragment = string;
const fragment = (change: Change): Fragment => JSON.stringify(change);

const dataChange =
  (kind: 'lead' | 'activity' | 'target' | 'salesTarget' | 'dnc' | 'setting') =>
  (r: Record<string, unknown>): Fragment =>
    `{"kind":"${kind}","row":${String(r.data)}}`;

const contentChange = (r: Record<string, unknown>): Fragment =>
  `{"kind":"content","row":{"id":${JSON.stringify(r.id)},"kind":${JSON.stringify(r.kind)},"data":${String(r.data)}}}`;

const PHASES: readonly Phase[] = [
  {
    name: 'users',
    uuidKey: true,
    sql: () =>
      `SELECT ${USER_COLUMNS}, id::text AS k FROM users WHERE organisation_id = {org} AND id > {key}::uuid ORDER BY id LIMIT {limit}`,
    toChange: (r) => fragment({ kind: 'user', row: wireUser(r as UserRow) }),
  },
  {
    name: 'teams',
    uuidKey: true,
    sql: () =>
      `SELECT ${TEAM_COLUMNS}, id::text AS k FROM teams WHERE organisation_id = {org} AND id > {key}::uuid ORDER BY id LIMIT {limit}`,
    toChange: (r) => fragment({ kind: 'team', row: wireTeam(r as TeamRow) }),
  },
  {
    name: 'content',
    uuidKey: false,
    sql: () =>
      'SELECT id, kind, data::text AS data, id AS k FROM content WHERE organisation_id = {org} AND id > {key} ORDER BY id LIMIT {limit}',
    toChange: contentChange,
  },
  {
    name: 'targets',
    uuidKey: true,
    sql: () =>
      'SELECT data::text AS data, user_id::text AS k FROM rep_targets WHERE organisation_id = {org} AND user_id > {key}::uuid ORDER BY user_id LIMIT {limit}',
    toChange: dataChange('target'),
  },
  {
    name: 'salesTargets',
    uuidKey: false,
    sql: () =>
      'SELECT data::text AS data, id AS k FROM sales_targets WHERE organisation_id = {org} AND id > {key} ORDER BY id LIMIT {limit}',
    toChange: dataChange('salesTarget'),
  },
  {
    // The caller's own queue first: an agent can start working before the rest arrives.
    name: 'ownLeads',
    uuidKey: false,
    sql: () =>
      'SELECT data::text AS data, id AS k FROM leads WHERE owner_id = {user}::uuid AND organisation_id = {org} AND id > {key} ORDER BY id LIMIT {limit}',
    toChange: dataChange('lead'),
  },
  {
    name: 'scopeLeads',
    uuidKey: false,
    sql: (c) =>
      `SELECT data::text AS data, id AS k FROM leads
        WHERE organisation_id = {org} AND id > {key} AND ${othersInScopeSql(c, 'owner_id', 'team_id')}
        ORDER BY id LIMIT {limit}`,
    toChange: dataChange('lead'),
  },
  {
    name: 'activities',
    uuidKey: true,
    sql: (c) =>
      `SELECT a.data::text AS data, a.id::text AS k FROM activities a JOIN leads l ON l.id = a.lead_id
        WHERE a.organisation_id = {org} AND a.id > {key}::uuid AND ${activityScopeSql(c)}
        ORDER BY a.id LIMIT {limit}`,
    toChange: dataChange('activity'),
  },
  {
    name: 'dnc',
    uuidKey: false,
    sql: () =>
      'SELECT data::text AS data, phone_e164 AS k FROM dnc WHERE organisation_id = {org} AND phone_e164 > {key} ORDER BY phone_e164 LIMIT {limit}',
    toChange: dataChange('dnc'),
  },
  {
    name: 'settings',
    uuidKey: false,
    sql: () =>
      'SELECT data::text AS data, key AS k FROM settings WHERE organisation_id = {org} AND key > {key} ORDER BY key LIMIT {limit}',
    toChange: dataChange('setting'),
  },
];

type Source = {
  /**
   * Rows after ({cx}, {cs}) in (xid, seq) order, at most {limit}, in org {org}, for {user} of
   * {team}. Rows at or above xmin come last in that order, without their JSON text; logPage
   * serves none of them.
   */
  sql: (caller: Caller) => string;
  toChange: (row: Record<string, unknown>) => Fragment;
};

const after = (t: string) =>
  `(${t}xid, ${t}seq) > ({cx}::xid8, {cs}::bigint) AND ${t}organisation_id = {org}`;
const order = (t: string) => `ORDER BY ${t}xid, ${t}seq LIMIT {limit}`;
const pos = (t: string) => `${t}xid::text AS x, ${t}seq::text AS s`;
/** A row's JSON text, only for rows below xmin: held-back rows are read for their position alone. */
const text = (t: string) => `CASE WHEN ${t}xid < {xmin}::xid8 THEN ${t}data::text END AS data`;

const SOURCES: readonly Source[] = [
  {
    sql: (c) =>
      `SELECT ${pos('')}, ${text('')} FROM leads WHERE ${after('')}
         AND ${scopeSql(c, 'owner_id', 'team_id')} ${order('')}`,
    toChange: dataChange('lead'),
  },
  {
    sql: (c) =>
      `SELECT ${pos('a.')}, ${text('a.')} FROM activities a JOIN leads l ON l.id = a.lead_id
        WHERE ${after('a.')} AND ${activityScopeSql(c)} ${order('a.')}`,
    toChange: dataChange('activity'),
  },
  {
    sql: () => `SELECT ${pos('')}, ${USER_COLUMNS} FROM users WHERE ${after('')} ${order('')}`,
    toChange: (r) => fragment({ kind: 'user', row: wireUser(r as UserRow) }),
  },
  {
    sql: () => `SELECT ${pos('')}, ${TEAM_COLUMNS} FROM teams WHERE ${after('')} ${order('')}`,
    toChange: (r) => fragment({ kind: 'team', row: wireTeam(r as TeamRow) }),
  },
  {
    sql: () =>
      `SELECT ${pos('')}, id, kind, ${text('')} FROM content WHERE ${after('')} ${order('')}`,
    toChange: contentChange,
  },
  {
    sql: () => `SELECT ${pos('')}, ${text('')} FROM rep_targets WHERE ${after('')} ${order('')}`,
    toChange: dataChange('target'),
  },
  {
    sql: () => `SELECT ${pos('')}, ${text('')} FROM sales_targets WHERE ${after('')} ${order('')}`,
    toChange: dataChange('salesTarget'),
  },
  {
    sql: () => `SELECT ${pos('')}, ${text('')} FROM dnc WHERE ${after('')} ${order('')}`,
    toChange: dataChange('dnc'),
  },
  {
    sql: () => `SELECT ${pos('')}, ${text('')} FROM settings WHERE ${after('')} ${order('')}`,
    toChange: dataChange('setting'),
  },
  {
    // A lead tombstone goes to the desks that could see the lead before the move and cannot now
    // (a supervisor whose team lost it included); deletions of anything go to everyone in scope.
    sql: (c) =>
      `SELECT ${pos('')}, entity, entity_id FROM tombstones WHERE ${after('')}
         AND (entity <> 'lead' OR (${scopeSql(c, 'old_owner_id', 'old_team_id')}
              AND (deleted OR NOT ${scopeSql(c, 'new_owner_id', 'new_team_id')})))
       ${order('')}`,
    toChange: (r) => fragment({ kind: 'tombstone', entity: r.entity, id: r.entity_id } as Change),
  },
];

async function readOnlySnapshot(tx: Queryable): Promise<{ xmin: bigint; pruned: Position }> {
  // One snapshot for the whole pull, so every table is read as of the same moment.
  await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
  const { rows } = await tx.query<{ xmin: string; px: string; ps: string }>(
    `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin,
            pruned_xid::text AS px, pruned_seq::text AS ps FROM sync_retention`,
  );
  const r = rows[0];
  if (!r) throw new Error('sync_retention is empty');
  return { xmin: BigInt(r.xmin), pruned: { xid: BigInt(r.px), seq: BigInt(r.ps) } };
}

const before = (a: Position, b: Position) => a.xid < b.xid || (a.xid === b.xid && a.seq < b.seq);

/** A pull response before serialisation: changes are JSON text fragments (see Fragment). */
export type PullPage = {
  changes: Fragment[];
  cursor: string;
  more: boolean;
  resnapshot?: boolean;
  /** Rows in scope wait behind a transaction still running: pull again shortly. */
  heldBack?: boolean;
  /** The server generation (db/generation.ts). */
  generation?: string | null;
};

/** The response body, JSON text matching pullResponseSchema. */
export function pullBody(page: PullPage): string {
  return `{"changes":[${page.changes.join(',')}],"cursor":${JSON.stringify(page.cursor)},"more":${page.more}${
    page.resnapshot ? ',"resnapshot":true' : ''
  }${page.heldBack ? ',"heldBack":true' : ''}${page.generation ? `,"generation":${JSON.stringify(page.generation)}` : ''}}`;
}

/** Parsed, for callers inside the server (tests, tools). */
export async function pullParsed(
  db: Db,
  caller: Caller,
  request: PullRequest,
): Promise<PullResponse> {
  return JSON.parse(pullBody(await pull(db, caller, request))) as PullResponse;
}

export async function pull(db: Db, caller: Caller, request: PullRequest): Promise<PullPage> {
  const parsed = request.cursor === null ? null : decodeCursor(request.cursor);
  const scope = scopeKey(caller);
  return db.transaction(async (tx) => {
    const { xmin, pruned } = await readOnlySnapshot(tx);
    // A cursor of another generation may be ahead of this (restored) database: 409, no rows.
    const generation = await checkGeneration(
      tx,
      request.generation,
      caller.userId,
      request.clientId ?? caller.clientId,
    );
    const fresh = (): SnapshotCursor => ({ kind: 's', scope, watermark: xmin, phase: 0, key: '' });
    if (parsed !== null) {
      const since: Position = parsed.kind === 'c' ? parsed : { xid: parsed.watermark, seq: 0n };
      // Another scope (role or team changed), or tombstones this desk needs were already
      // pruned: only a fresh snapshot is right.
      if (parsed.scope !== scope || before(since, pruned)) {
        const cursor = encodeCursor(fresh());
        return { changes: [], cursor, more: true, resnapshot: true, generation };
      }
    }
    const cursor = parsed ?? fresh();
    const page =
      cursor.kind === 's'
        ? await snapshotPage(tx, caller, cursor, request.limit)
        : await logPage(tx, caller, cursor, xmin, request.limit);
    return { ...page, generation };
  });
}

type PullRequest = {
  cursor: string | null;
  limit: number;
  generation?: string | undefined;
  clientId?: string | undefined;
};

async function snapshotPage(
  tx: Queryable,
  caller: Caller,
  start: SnapshotCursor,
  limit: number,
): Promise<PullPage> {
  const changes: Fragment[] = [];
  let { phase, key } = start;
  while (phase < PHASES.length) {
    const p = PHASES[phase];
    if (!p) break;
    const room = limit - changes.length;
    if (room <= 0) break;
    const q = named(p.sql(caller), {
      org: caller.organisationId,
      key: key === '' && p.uuidKey ? ZERO_UUID : key,
      limit: room,
      user: caller.userId,
      team: caller.teamId,
    });
    const { rows } = await tx.query<Record<string, unknown>>(q.text, q.params);
    for (const r of rows) changes.push(p.toChange(r));
    if (rows.length < room) {
      phase += 1;
      key = '';
    } else {
      key = String(rows.at(-1)?.k ?? '');
    }
  }
  if (phase >= PHASES.length) {
    // Snapshot done: from now on the change log, from the watermark taken when it started.
    const next: LogCursor = { kind: 'c', scope: start.scope, xid: start.watermark, seq: 0n };
    return { changes, cursor: encodeCursor(next), more: true };
  }
  return { changes, cursor: encodeCursor({ ...start, phase, key }), more: true };
}

async function logPage(
  tx: Queryable,
  caller: Caller,
  cursor: LogCursor,
  xmin: bigint,
  limit: number,
): Promise<PullPage> {
  const values = {
    org: caller.organisationId,
    cx: cursor.xid.toString(),
    cs: cursor.seq.toString(),
    xmin: xmin.toString(),
    limit: limit + 1,
    user: caller.userId,
    team: caller.teamId,
  };
  const found: { p: Position; change: Fragment }[] = [];
  let heldBack = false;
  for (const source of SOURCES) {
    const q = named(source.sql(caller), values);
    const { rows } = await tx.query<Record<string, unknown> & { x: string; s: string }>(
      q.text,
      q.params,
    );
    // In (xid, seq) order the servable rows come first: once one is at or above xmin, so is the
    // rest, and every servable row of this source is already in (or past the page's end).
    for (const r of rows) {
      const p = { xid: BigInt(r.x), seq: BigInt(r.s) };
      if (p.xid >= xmin) {
        heldBack = true;
        break;
      }
      found.push({ p, change: source.toChange(r) });
    }
  }
  found.sort((a, b) => (before(a.p, b.p) ? -1 : before(b.p, a.p) ? 1 : 0));
  const page = found.slice(0, limit);
  const last = page.at(-1)?.p;
  const next: LogCursor = last ? { ...cursor, xid: last.xid, seq: last.seq } : cursor;
  const more = found.length > limit;
  return {
    changes: page.map((f) => f.change),
    cursor: encodeCursor(next),
    more,
    ...(heldBack && !more ? { heldBack } : {}),
  };
}
