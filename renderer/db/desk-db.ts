// The one database instance this desk window uses, named per signed-in user so that two people
// sharing a PC never see each other's leads.
import { createDeskDatabase, type DeskDatabase } from './schema';
import { keepSearchPairs } from './search-pairs';

let current: { name: string; db: DeskDatabase } | undefined;

export function deskDatabaseName(userKey: string): string {
  return `salesdesk-${userKey}`;
}

/** Where the app notes the desk database it opened last (public/open-desk-early.js reads it). */
export const LAST_DESK_DB_KEY = 'salesdesk:lastDeskDb';

/** Notes `name` as the database the next start opens early (public/open-desk-early.js). */
export function rememberDeskDb(storage: Pick<Storage, 'setItem'> | undefined, name: string): void {
  try {
    storage?.setItem(LAST_DESK_DB_KEY, name);
  } catch {
    // Storage full or refused: the next start opens it when the app asks, as before.
  }
}

export function deskDb(userKey = 'guest'): DeskDatabase {
  const name = deskDatabaseName(userKey);
  if (current?.name === name) return current.db;
  rememberDeskDb(globalThis.localStorage, name);
  current?.db.close();
  current = { name, db: createDeskDatabase(name) };
  // Older leads get their search word pairs in the background (schema v15).
  void keepSearchPairs(current.db);
  return current.db;
}
