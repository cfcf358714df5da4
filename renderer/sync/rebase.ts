// Rebase of local, not-yet-pushed lead changes on top of rows pulled from the server: the server
// row is the base, and every pending outbox patch for that lead is re-applied in seq order, so a
// pull never undoes what the agent just did (it will reach the server with the next push).
import type { LeadPatch } from '../../shared/mutations/effects';
import type { OutboxEntry } from '../db/schema';

/** Pending patches per lead id, in outbox (seq) order. */
export type PendingPatches = ReadonlyMap<string, readonly LeadPatch[]>;

export function pendingLeadPatches(entries: readonly OutboxEntry[]): PendingPatches {
  const byLead = new Map<string, LeadPatch[]>();
  const ordered = [...entries].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  for (const entry of ordered) {
    for (const effect of entry.effects?.leads ?? []) {
      const patch = effect.patch ?? (effect.create ? stripIdentity(effect.create) : undefined);
      if (!patch) continue;
      const list = byLead.get(effect.id);
      if (list) list.push(patch);
      else byLead.set(effect.id, [patch]);
    }
  }
  return byLead;
}

/** The pulled row with the desk's pending patches on top (the row itself when none). */
export function rebaseLead<T extends { id: string }>(row: T, pending: PendingPatches): T {
  const patches = pending.get(row.id);
  if (!patches?.length) return row;
  let merged = row;
  for (const patch of patches) merged = { ...merged, ...patch };
  return merged;
}

function stripIdentity(lead: Record<string, unknown>): LeadPatch {
  const { id: _id, organisationId: _org, ...rest } = lead;
  return rest as LeadPatch;
}
