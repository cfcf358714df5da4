// The embedded default: PGlite keeps a real PostgreSQL database in a folder on local disk.
import {
  closeSync,
  constants,
  accessSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import {
  DatabaseUnavailableError,
  errorMessage,
  OID,
  type Db,
  type Queryable,
  type QueryOptions,
  type QueryResult,
} from './db';
import { preparedStatements, type PreparedRunner } from './pglite-prepared';

// Match node-postgres (see db.ts): int8 as a string (PGlite would give number or bigint depending
// on size), date as 'YYYY-MM-DD'. Array types reuse these for their elements.
const parsers = { [OID.int8]: (v: string) => v, [OID.date]: (v: string) => v };

function wrap(target: PGlite | Transaction, prepared?: PreparedRunner): Queryable {
  return {
    async query<R>(
      sql: string,
      params: readonly unknown[] = [],
      options?: QueryOptions,
    ): Promise<QueryResult<R>> {
      // Named statements inside a transaction, where nothing else can run in between.
      if (prepared && options?.name) return prepared<R>(options.name, sql, params);
      const res = await target.query<R>(sql, params as unknown[]);
      // PGlite reports 0 affected rows for a SELECT; pg counts the rows returned.
      return { rows: res.rows, rowCount: Math.max(res.affectedRows ?? 0, res.rows.length) };
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes `<folder>.lock` for this process. Two PGlite instances on one folder do not see each
 * other's writes and silently lose data, so a second server must be refused. A lock left by a
 * process that no longer runs (killed, crashed) is taken over.
 */
function lockFolder(folder: string): () => void {
  const path = `${folder}.lock`;
  const mine = JSON.stringify({ pid: process.pid, host: hostname() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, mine);
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(path, 'utf8') === mine) rmSync(path);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let owner: { pid?: unknown; host?: unknown } = {};
    try {
      owner = JSON.parse(readFileSync(path, 'utf8')) as typeof owner;
    } catch {
      // unreadable or half-written: treat as stale
    }
    const pid = typeof owner.pid === 'number' ? owner.pid : null;
    const otherHost = typeof owner.host === 'string' && owner.host !== hostname();
    if (otherHost || (pid !== null && isAlive(pid))) {
      throw new DatabaseUnavailableError(
        `The data folder ${folder} is in use by another Sales Desk server (${
          otherHost ? `on ${String(owner.host)}` : `pid ${pid}`
        }). Stop it or choose another --data-dir; if it is not running, delete ${path}.`,
      );
    }
    rmSync(path, { force: true });
  }
  throw new DatabaseUnavailableError(`Could not lock the data folder ${folder}; try again.`);
}

/** Opens (creating if needed) a PGlite database in `dataDir`; in memory when `dataDir` is null. */
export async function openPglite(dataDir: string | null): Promise<Db> {
  let unlock: () => void = () => undefined;
  if (dataDir !== null) {
    try {
      mkdirSync(dataDir, { recursive: true });
      accessSync(dataDir, constants.W_OK);
    } catch (error) {
      throw new DatabaseUnavailableError(
        `The data folder ${dataDir} cannot be created or written: ${errorMessage(error)}`,
        { cause: error },
      );
    }
    unlock = lockFolder(dataDir);
  }
  let pg: PGlite;
  try {
    pg = await PGlite.create(dataDir === null ? { parsers } : { dataDir, parsers });
  } catch (error) {
    unlock();
    throw new DatabaseUnavailableError(
      `The embedded database in ${dataDir ?? 'memory'} could not be opened: ${errorMessage(error)}`,
      { cause: error },
    );
  }
  const base = wrap(pg);
  const prepared = preparedStatements(pg);
  return {
    kind: 'pglite',
    location: dataDir ?? 'memory',
    query: base.query,
    // PGlite runs one statement at a time; its transaction() holds that exclusive lock until the
    // callback settles, so other queries queue behind it instead of landing inside it.
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) =>
      pg.transaction((tx) => fn(wrap(tx, prepared))),
    // One in-process database: NOTIFY reaches the listeners after the transaction commits.
    async listen(channel, onNotify) {
      const stop = await pg.listen(channel, onNotify);
      return async () => {
        if (!pg.closed) await stop();
      };
    },
    dumpDataDir: () => pg.dumpDataDir('gzip'),
    async close() {
      try {
        if (!pg.closed) await pg.close();
      } finally {
        unlock();
      }
    },
  };
}
