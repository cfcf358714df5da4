// Which leads an outbox entry is about, for the outbox's `*leadIds` index (schema v11): a lead
// with an entry still waiting has local changes the server has not seen, so the desk keeps the
// server's version of it in `leadBase` until the last such entry is acknowledged (base-keeping.ts).
import type { OutboxEntry } from './schema';

/** The ids of the leads the entry's effects create or change, each once, in effect order. */
export function outboxLeadIds(entry: Pick<OutboxEntry, 'effects' | 'args'>): string[] {
  const ids = new Set<string>();
  for (const effect of entry.effects?.leads ?? []) ids.add(effect.id);
  // A v1 entry carries no effects: the lead it names is the one it changes.
  const args = entry.args as { leadId?: unknown } | null | undefined;
  if (!entry.effects && typeof args?.leadId === 'string') ids.add(args.leadId);
  return [...ids];
}
