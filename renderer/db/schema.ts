// The desk's local database. Every version is listed in order and never edited once released
// (STYLE.md §9); each upgrade is a named function with its own test.
import { Dexie, type EntityTable } from 'dexie';
import type { Activity, Lead } from '../../shared/domain/lead';

/** A named domain mutation waiting to be pushed to the sync server. */
export type OutboxEntry = {
  seq?: number;
  clientId: string;
  name: string;
  args: unknown;
  schemaVersion: number;
  createdAt: number;
};

/** Small key/value facts about this desk: client id, sync cursor, preferences. */
export type MetaEntry = { key: string; value: unknown };

export type DeskDatabase = Dexie & {
  leads: EntityTable<Lead, 'id'>;
  activities: EntityTable<Activity, 'id'>;
  outbox: EntityTable<OutboxEntry, 'seq'>;
  meta: EntityTable<MetaEntry, 'key'>;
};

export const SCHEMA_V1 = {
  leads:
    'id, ownerId, teamId, stage, [ownerId+stage], [ownerId+nextCallAt], phoneE164, email, *searchKeys, listName, updatedAt',
  activities: 'id, leadId, [leadId+at], [agentId+at], at, type',
  outbox: '++seq, name, createdAt',
  meta: 'key',
} as const;

export const CURRENT_SCHEMA_VERSION = 1;

/** Opens (creating or upgrading) the desk database with the given name. */
export function createDeskDatabase(name: string): DeskDatabase {
  const db = new Dexie(name) as DeskDatabase;
  db.version(1).stores(SCHEMA_V1);
  return db;
}
