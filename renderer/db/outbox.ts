// The outbox: verbs waiting to be pushed (name, arguments and the effects the desk wrote), each
// written in the SAME Dexie transaction as the change it describes (ARCHITECTURE.md "Outbox";
// renderer/db/run.ts is the only writer).
import { uuidv7 } from '../../shared/domain/ids';
import type { Effects } from '../../shared/mutations/effects';
import { outboxLeadIds } from './outbox-leads';
import type { DeskDatabase, OutboxEntry } from './schema';

/**
 * Version of the outbox entry format. 2: verbs of shared/mutations with their arguments (1 held
 * hand-built effects; such entries are refused on the desk, as a protocol-2 server would).
 */
export const OUTBOX_SCHEMA_VERSION = 2;

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
  name: string,
  args: unknown,
  effects: Effects,
  now: number,
  /** The `clientId` meta row's value when the caller has read it already. */
  kept?: unknown,
): Promise<void> {
  const entry: OutboxEntry = {
    clientId: typeof kept === 'string' ? kept : await clientId(db),
    name,
    args,
    effects,
    leadIds: outboxLeadIds({ effects, args }),
    schemaVersion: OUTBOX_SCHEMA_VERSION,
    createdAt: now,
  };
  await db.outbox.add(entry);
}
