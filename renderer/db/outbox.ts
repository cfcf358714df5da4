// The outbox: named domain mutations waiting to be pushed, each written in the SAME Dexie
// transaction as the change it describes (ARCHITECTURE.md "Outbox"). Callers run inside a
// `db.transaction('rw', [..., db.outbox, db.meta], …)`.
import { uuidv7 } from '../../shared/domain/ids';
import type { Effects, MutationName } from '../../shared/sync/protocol';
import type { DeskDatabase, OutboxEntry } from './schema';

/** Version of the outbox entry format (name + args + effects). */
export const OUTBOX_SCHEMA_VERSION = 1;

/** This desk's id for the sync server: minted once, kept in meta. */
export async function clientId(db: DeskDatabase): Promise<string> {
  const row = await db.meta.get('clientId');
  if (typeof row?.value === 'string') return row.value;
  const id = uuidv7();
  await db.meta.put({ key: 'clientId', value: id });
  return id;
}

/** Appends one mutation to the outbox; call inside the transaction that makes the change. */
export async function addToOutbox(
  db: DeskDatabase,
  name: MutationName,
  args: unknown,
  effects: Effects,
  now: number,
): Promise<void> {
  const entry: OutboxEntry = {
    clientId: await clientId(db),
    name,
    args,
    effects,
    schemaVersion: OUTBOX_SCHEMA_VERSION,
    createdAt: now,
  };
  await db.outbox.add(entry);
}
