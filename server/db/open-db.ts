// Picks the database: PostgreSQL when DATABASE_URL is set, otherwise PGlite in the data folder.
import { join } from 'node:path';
import type { Db } from './db';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

export type OpenDbOptions = {
  databaseUrl: string | null;
  dataDir: string;
  onPoolError?: (err: Error) => void;
};

export async function openDb({ databaseUrl, dataDir, onPoolError }: OpenDbOptions): Promise<Db> {
  if (databaseUrl) return openPostgres(databaseUrl, onPoolError);
  return openPglite(join(dataDir, 'pglite'));
}
