// Writes a verb's effects to the desk's tables — the one place the desk changes synced rows
// after an action (pulled rows go through sync/apply-pull.ts).
import { Dexie } from 'dexie';
import type { Effects } from '../../shared/mutations/effects';
import { patchedLead } from '../../shared/mutations/effects';
import type { MutationState } from '../../shared/mutations/state';
import { keepBases } from './base-keeping';
import { putActivities } from './fact-store';
import { toStoredLead, type DeskDatabase, type StoredLead } from './schema';

/** The tables effects may write, for the transaction that runs a verb. */
export function effectTables(db: DeskDatabase) {
  return [
    db.leads,
    // The server's version of a lead about to change (base-keeping.ts).
    db.leadBase,
    db.activities,
    db.dnc,
    db.content,
    db.users,
    db.teams,
    db.targets,
    db.salesTargets,
    db.meta,
    // The insight facts move with the activities (fact-store.ts).
    db.facts,
    db.factMonths,
    db.factRepMonths,
    db.factOrgMonths,
    db.factLeads,
  ];
}

/**
 * Writes `effects`; `before` holds the leads as they were (the patches go on top of them).
 * `alongside` runs once the bases are kept (run.ts adds the verb's outbox entry there: the bases
 * read the outbox as it was before). Call inside a transaction over effectTables().
 *
 * The stores are written side by side, not one after the other — each answer waited for in turn
 * is a round trip to the browser's IndexedDB backend (issue 18) — except that activities without
 * context are counted with their lead as written here, so they wait for the leads.
 */
export async function writeEffects(
  db: DeskDatabase,
  effects: Effects,
  before: MutationState,
  alongside?: () => PromiseLike<unknown>,
): Promise<void> {
  const leads = new Map<string, StoredLead>();
  for (const e of effects.leads ?? []) {
    const next = patchedLead(leads.get(e.id) ?? before.lead(e.id), e);
    if (next) leads.set(e.id, toStoredLead(next));
  }
  const activities = effects.activities ?? [];
  const afterLeads = activities.some((a) => !a.context);
  const bases = keepBases(db, effects, before);
  // A Dexie promise: its continuation stays inside the transaction (a native one may not).
  const basesThen = alongside ? Dexie.Promise.resolve(bases).then(alongside) : bases;
  await Promise.all([
    basesThen,
    leads.size ? db.leads.bulkPut([...leads.values()]) : null,
    activities.length && !afterLeads ? putActivities(db, activities) : null,
  ]);
  if (activities.length && afterLeads) await putActivities(db, activities);
  if (effects.dnc?.put?.length) await db.dnc.bulkPut(effects.dnc.put);
  if (effects.dnc?.remove?.length) await db.dnc.bulkDelete(effects.dnc.remove);
  if (effects.content?.put?.length) await db.content.bulkPut(effects.content.put);
  if (effects.content?.remove?.length) await db.content.bulkDelete(effects.content.remove);
  if (effects.targets?.length) await db.targets.bulkPut(effects.targets);
  if (effects.salesTargets?.length) await db.salesTargets.bulkPut(effects.salesTargets);
  if (effects.users?.length) await db.users.bulkPut(effects.users);
  if (effects.teams?.length) await db.teams.bulkPut(effects.teams);
  for (const s of effects.settings ?? []) await db.meta.put({ key: s.key, value: s.value });
}
