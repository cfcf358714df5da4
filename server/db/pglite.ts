// The embedded default: PGlite keeps a real PostgreSQL database in a folder on local disk.
import { mkdirSync, accessSync, constants } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { DatabaseUnavailableError, type Db, type Queryable, type QueryResult } from './db';

function wrap(target: PGlite | Transaction): Queryable {
  return {
    async query<R>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
      const res = await target.query<R>(sql, params as unknown[]);
      return { rows: res.rows, rowCount: res.affectedRows ?? res.rows.length };
    },
  };
}

/** Opens (creating if needed) a PGlite database in `dataDir`; in memory when `dataDir` is null. */
export async function openPglite(dataDir: string | null): Promise<Db> {
  if (dataDir !== null) {
    try {
      mkdirSync(dataDir, { recursive: true });
      accessSync(dataDir, constants.W_OK);
    } catch (error) {
      throw new DatabaseUnavailableError(
        `The data folder ${dataDir} cannot be created or written: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  }
  let pg: PGlite;
  try {
    pg = dataDir === null ? await PGlite.create() : await PGlite.create(dataDir);
  } catch (error) {
    throw new DatabaseUnavailableError(
      `The embedded database in ${dataDir ?? 'memory'} could not be opened (is another Sales Desk server using it?): ${
        error instanceof Error ? error.message : String(error)
      }`,
      { cause: error },
    );
  }
  const base = wrap(pg);
  return {
    kind: 'pglite',
    location: dataDir ?? 'memory',
    query: base.query,
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
  };
}
