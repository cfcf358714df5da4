// The server's version of a lead (`leadBase`) is what a refused change is undone to (sync/push.ts
// undoRefused). The desk keeps it only while the lead has changes waiting in the outbox — the
// only time a refusal can come — instead of for every lead it holds (issue 18: a pulled lead is
// written once, not twice). The rule, kept by the three places that change it:
//   - a verb about to change a lead with nothing waiting keeps the lead as it stands (which is
//     the server's version then), unless the lead was made on this desk and never sent;
//   - a pulled lead with changes waiting replaces its base (apply-pull.ts);
//   - an acknowledgement that leaves a lead with nothing waiting drops its base (push.ts).
import type { Lead } from '../../shared/domain/lead';
import { isPairKey } from '../../shared/domain/search-key';
import type { Effects } from '../../shared/mutations/effects';
import type { MutationState } from '../../shared/mutations/state';
import type { DeskDatabase, StoredLead } from './schema';

/**
 * A stored lead without the keys the desk derives for its indexes (schema.ts toStoredLead): the
 * queue keys, the pending meeting's time, and the word pairs among its search keys.
 */
export function serverShape(lead: Lead | StoredLead): Lead {
  const {
    queueOwner: _owner,
    queueKey: _key,
    queueZone: _zone,
    meetingDueAt: _due,
    ...rest
  } = lead as Partial<StoredLead> & Lead;
  return { ...rest, searchKeys: rest.searchKeys.filter((k) => !isPairKey(k)) };
}

// Both entry points decide synchronously whether there is anything to do and return null when not:
// awaiting an async function that touches no table lets an IndexedDB transaction commit under the
// caller (Dexie's PrematureCommitError).

/**
 * Keeps the base of every lead `effects` change that has none yet (call before the verb's outbox
 * entry is added, inside its transaction). Leads the effects create, and leads whose creation on
 * this desk is still waiting in the outbox, have no server version to keep.
 */
export function keepBases(
  db: DeskDatabase,
  effects: Effects,
  before: MutationState,
): Promise<void> | null {
  const changed = new Map<string, Lead>();
  for (const e of effects.leads ?? []) {
    if (e.create || changed.has(e.id)) continue;
    const lead = before.lead(e.id);
    if (lead) changed.set(e.id, lead);
  }
  return changed.size ? storeBases(db, changed) : null;
}

async function storeBases(db: DeskDatabase, changed: ReadonlyMap<string, Lead>): Promise<void> {
  const ids = [...changed.keys()];
  // Both asked at once (one round trip): the outbox's answer is used only for leads with no base.
  const [bases, waitingKeys] = await Promise.all([
    db.leadBase.bulkGet(ids as never[]),
    db.outbox.where('leadIds').anyOf(ids).keys(),
  ]);
  const missing = ids.filter((_, i) => !bases[i]);
  if (missing.length === 0) return;
  const unkept = new Set(missing);
  const waiting = new Set(waitingKeys as unknown as string[]);
  const keep: Lead[] = [];
  for (const [id, lead] of changed)
    if (unkept.has(id) && !waiting.has(id)) keep.push(serverShape(lead));
  if (keep.length) await db.leadBase.bulkPut(keep);
}

/** Drops the bases of those `leadIds` with nothing left waiting in the outbox. */
export function dropSettledBases(
  db: DeskDatabase,
  leadIds: readonly string[],
): Promise<void> | null {
  return leadIds.length ? dropIfSettled(db, leadIds) : null;
}

async function dropIfSettled(db: DeskDatabase, leadIds: readonly string[]): Promise<void> {
  const waiting = new Set(
    (await db.outbox.where('leadIds').anyOf(leadIds).keys()) as unknown as string[],
  );
  const settled = leadIds.filter((id) => !waiting.has(id));
  if (settled.length) await db.leadBase.bulkDelete(settled as never[]);
}
