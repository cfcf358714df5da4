// Applies one pulled page to the desk: every row AND the new cursor in ONE Dexie transaction, so
// a crash or an error mid-way leaves both as they were (the page is simply pulled again). Rows
// are written with bulkPut/bulkDelete per table, never one by one.
import type { Activity, Lead } from '../../shared/domain/lead';
import type { User, Team } from '../../shared/domain/content';
import type { DncEntry, RepTargets, SalesTarget } from '../../shared/domain/targets';
import type { Setting } from '../../shared/mutations/effects';
import type { Change, PullResponse } from '../../shared/sync/protocol';
import { deleteActivityRows, putActivities } from '../db/fact-store';
import { toStoredLead, type DeskDatabase, type StoredLead } from '../db/schema';
import type { ContentRow } from '../../shared/domain/content';
import { pendingLeadPatches, rebaseLead } from './rebase';
import { GENERATION_META } from './generation';

/** Keys in `db.meta` the engine owns. */
export const META = {
  cursor: 'syncCursor',
  lastSyncedAt: 'syncLastSyncedAt',
  initialSyncDone: 'syncInitialDone',
} as const;

export async function loadCursor(db: DeskDatabase): Promise<string | null> {
  const row = await db.meta.get(META.cursor);
  return typeof row?.value === 'string' ? row.value : null;
}

type Entity = 'lead' | 'content' | 'dnc' | 'user' | 'team';

/** The tables one pull page touches (also what a resnapshot wipes). */
export function syncedTables(db: DeskDatabase) {
  return [
    db.leads,
    db.leadBase,
    db.activities,
    db.users,
    db.teams,
    db.content,
    db.targets,
    db.salesTargets,
    db.dnc,
    // The insight facts of the activities, and the leads some were counted with (fact-store.ts).
    db.facts,
    db.factMonths,
    db.factRepMonths,
    db.factOrgMonths,
    db.factLeads,
  ];
}

/**
 * Writes the page's changes and `cursor` atomically. Later changes to the same row in a page win
 * over earlier ones; a tombstone removes the row (a lead with its activities — but those of
 * `ownAgentId`, the person signed in at this desk: the server keeps sending a person their own
 * activities wherever the lead went, and their targets bar counts them).
 */
export async function applyPullPage(
  db: DeskDatabase,
  page: Pick<PullResponse, 'changes' | 'cursor' | 'more' | 'generation'>,
  now: number,
  ownAgentId: string | null = null,
): Promise<{ rows: number }> {
  // Last state per key in page order: undefined = untouched, null = tombstoned.
  const leads = new Map<string, Lead | null>();
  const leadGone = new Map<string, number>();
  const activities: { row: Activity; index: number }[] = [];
  const users = new Map<string, User | null>();
  const teams = new Map<string, Team | null>();
  const content = new Map<string, ContentRow | null>();
  const dnc = new Map<string, DncEntry | null>();
  const targets = new Map<string, RepTargets>();
  const salesTargets = new Map<string, SalesTarget>();
  const settings = new Map<string, Setting>();

  page.changes.forEach((change: Change, index) => {
    switch (change.kind) {
      case 'lead':
        leads.set(change.row.id, change.row);
        break;
      case 'activity':
        activities.push({ row: change.row, index });
        break;
      case 'user':
        users.set(change.row.id, change.row);
        break;
      case 'team':
        teams.set(change.row.id, change.row);
        break;
      case 'content':
        content.set(change.row.id, change.row);
        break;
      case 'target':
        targets.set(change.row.userId, change.row);
        break;
      case 'salesTarget':
        salesTargets.set(change.row.id, change.row);
        break;
      case 'dnc':
        dnc.set(change.row.phoneE164, change.row);
        break;
      case 'setting':
        settings.set(change.row.key, change.row);
        break;
      case 'tombstone':
        tombstone(change.entity, change.id, index);
        break;
    }
  });

  function tombstone(entity: Entity, id: string, index: number): void {
    if (entity === 'lead') {
      leads.set(id, null);
      leadGone.set(id, index);
    } else if (entity === 'user') users.set(id, null);
    else if (entity === 'team') teams.set(id, null);
    else if (entity === 'content') content.set(id, null);
    else dnc.set(id, null);
  }

  const split = <T>(map: Map<string, T | null>) => {
    const put: T[] = [];
    const del: string[] = [];
    for (const [k, v] of map) {
      if (v === null) del.push(k);
      else put.push(v);
    }
    return { put, del };
  };

  await db.transaction('rw', [...syncedTables(db), db.outbox, db.meta], async () => {
    const l = split(leads);
    if (l.put.length) {
      // Local changes still waiting in the outbox go back on top of the server's row.
      const pending = pendingLeadPatches(await db.outbox.toArray());
      const stored: StoredLead[] = l.put.map((row) => toStoredLead(rebaseLead(row, pending)));
      await db.leads.bulkPut(stored);
      // The server's own version, for undoing a change it refuses later (push.ts) — kept only
      // while the lead has changes waiting (db/base-keeping.ts).
      const bases = l.put.filter((row) => pending.has(row.id));
      if (bases.length) await db.leadBase.bulkPut(bases);
    }
    if (l.del.length) {
      await db.leads.bulkDelete(l.del as Lead['id'][]);
      await db.leadBase.bulkDelete(l.del as Lead['id'][]);
      // A booked meeting or a won deal moves the lead away; the agent's own calls on it stay.
      const gone = await db.activities
        .where('leadId')
        .anyOf(l.del)
        .filter((a) => ownAgentId === null || a.agentId !== ownAgentId)
        .toArray();
      await deleteActivityRows(db, gone);
    }
    // An activity listed after its lead's tombstone (moved out, then back in) is kept.
    const keep = activities.filter(({ row, index }) => {
      const gone = leadGone.get(row.leadId);
      return gone === undefined || index > gone;
    });
    // A row pulled again replaces the stored one: its old facts come off, the new go on.
    if (keep.length)
      await putActivities(
        db,
        keep.map((a) => a.row),
      );
    for (const [table, map] of [
      [db.users, users],
      [db.teams, teams],
      [db.content, content],
      [db.dnc, dnc],
    ] as const) {
      const { put, del } = split(map as Map<string, unknown>);
      if (put.length) await (table as typeof db.users).bulkPut(put as User[]);
      if (del.length) await (table as typeof db.users).bulkDelete(del as User['id'][]);
    }
    if (targets.size) await db.targets.bulkPut([...targets.values()]);
    if (salesTargets.size) await db.salesTargets.bulkPut([...salesTargets.values()]);
    await db.meta.bulkPut([
      ...[...settings.values()].map((s) => ({ key: s.key, value: s.value })),
      { key: META.cursor, value: page.cursor },
      // The generation goes with the cursor it belongs to (generation.ts).
      ...(page.generation ? [{ key: GENERATION_META, value: page.generation }] : []),
      { key: META.lastSyncedAt, value: now },
      ...(page.more ? [] : [{ key: META.initialSyncDone, value: true }]),
    ]);
  });
  return { rows: page.changes.length };
}

/**
 * The server says this desk's cursor is older than its tombstone retention: forget every synced
 * row and the cursor (one transaction), keeping the outbox, so the next pull is a fresh snapshot.
 * Activities still waiting to be pushed are kept.
 */
export async function wipeForResnapshot(db: DeskDatabase): Promise<void> {
  await db.transaction('rw', [...syncedTables(db), db.outbox, db.meta], async () => {
    const pending = await db.outbox.toArray();
    const keep = pending.flatMap((e) => e.effects?.activities ?? []);
    await Promise.all(syncedTables(db).map((t) => t.clear()));
    if (keep.length) await putActivities(db, keep);
    await db.meta.bulkDelete([META.cursor, META.initialSyncDone]);
  });
}
