// The one database instance this desk window uses, named per signed-in user so that two people
// sharing a PC never see each other's leads.
import { createDeskDatabase, type DeskDatabase } from './schema';

let current: { name: string; db: DeskDatabase } | undefined;

export function deskDatabaseName(userKey: string): string {
  return `salesdesk-${userKey}`;
}

export function deskDb(userKey = 'guest'): DeskDatabase {
  const name = deskDatabaseName(userKey);
  if (current?.name === name) return current.db;
  current?.db.close();
  current = { name, db: createDeskDatabase(name) };
  return current.db;
}
