// The rows a verb reads (shared/mutations/state.ts), loaded from the desk's IndexedDB — the same
// rows the server would load from PostgreSQL, as far as this desk holds them.
import { isDoNotCallRequest, leadNumbers } from '../../shared/domain/dnc';
import type { Lead } from '../../shared/domain/lead';
import { MemoryState, type Reads } from '../../shared/mutations/state';
import type { DeskDatabase, StoredLead } from './schema';

/** The lead without the keys only the desk's indexes use. */
export function fromStoredLead(stored: StoredLead): Lead {
  const { queueOwner: _o, queueKey: _k, queueZone: _z, meetingDueAt: _m, ...lead } = stored;
  return lead;
}

/** Loads what `reads` asks for. Call inside the transaction that will write the effects. */
export async function loadDeskState(db: DeskDatabase, reads: Reads): Promise<MemoryState> {
  const state = new MemoryState();
  const ids = reads.leads ?? [];
  if (ids.length > 0) {
    for (const l of await db.leads.bulkGet([...ids]))
      if (l) state.leads.set(l.id, fromStoredLead(l));
  }
  const phones = reads.leadsByPhone ?? [];
  const numbers = new Set(reads.dnc ?? []);
  if (phones.length > 0) {
    const [main, extra] = await Promise.all([
      db.leads
        .where('phoneE164')
        .anyOf([...phones])
        .toArray(),
      db.leads
        .where('phones')
        .anyOf([...phones])
        .toArray(),
    ]);
    const found = [...main, ...extra].map(fromStoredLead);
    for (const l of found) {
      state.leads.set(l.id, l);
      for (const n of leadNumbers(l)) numbers.add(n);
    }
    if (found.length > 0) {
      const asked = await db.activities
        .where('leadId')
        .anyOf(found.map((l) => l.id))
        .filter(isDoNotCallRequest)
        .toArray();
      for (const a of asked) state.asked.add(a.leadId);
    }
  }
  if (numbers.size > 0) {
    for (const d of await db.dnc.bulkGet([...numbers])) if (d) state.dncEntries.set(d.phoneE164, d);
  }
  if (reads.people) {
    const [users, teams] = await Promise.all([db.users.toArray(), db.teams.toArray()]);
    state.addUsers(users);
    for (const t of teams) state.teamRows.set(t.id, t);
  }
  if (reads.content) {
    for (const row of await db.content.toArray()) state.contentById.set(row.id, row);
  }
  return state;
}
