// PostgreSQL through a node-postgres pool: production, and CI when DATABASE_URL is set.
import pg from 'pg';
import {
  DatabaseBusyError,
  DatabaseUnavailableError,
  errorMessage,
  OID,
  type Db,
  type Queryable,
  type QueryOptions,
  type QueryResult,
} from './db';

/** host:port/database of a connection string, never the password. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `postgres ${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'postgres (unparseable DATABASE_URL)';
  }
}

// Per pool, not pg's global registry: dates stay calendar dates ('YYYY-MM-DD') instead of local
// midnight, as PGlite is configured too. int8 is already a string in pg.
type ParserFor = (oid: number, format?: string) => (value: string) => unknown;
const builtin = pg.types.getTypeParser as ParserFor;
const TEXT_ARRAY = 1009;
const parserFor: ParserFor = (oid, format = 'text') => {
  if (oid === OID.date) return (value) => value;
  if (oid === OID.dateArray) return builtin(TEXT_ARRAY, 'text');
  return builtin(oid, format);
};
const types = { getTypeParser: parserFor } as pg.CustomTypesConfig;

/** Connections in the pool: the sync routes' admission leaves two of them to the other routes. */
export const POOL_SIZE = 10;
/** How long a query waits for a free connection before the request is answered 503. */
export const POOL_WAIT_MS = 10_000;

/**
 * pg-pool's error for a connection not had within connectionTimeoutMillis (it has no code) as a
 * DatabaseBusyError; anything else as it is.
 */
function poolBusy(error: unknown, limits: PoolSize): unknown {
  return error instanceof Error && error.message === 'timeout exceeded when trying to connect'
    ? new DatabaseBusyError(
        `No database connection was free within ${limits.waitMs / 1000} s (${limits.size} in the pool).`,
        { cause: error },
      )
    : error;
}

/** The pool's connections and how long a query waits for one (tests make both small). */
export type PoolSize = { size: number; waitMs: number };

function wrap(client: pg.Pool | pg.PoolClient, limits: PoolSize): Queryable {
  return {
    async query<R>(
      sql: string,
      params: readonly unknown[] = [],
      options?: QueryOptions,
    ): Promise<QueryResult<R>> {
      const values = params as unknown[];
      // A named query is parsed once per pooled connection (pg keeps which ones it has prepared).
      const res = await (
        options?.name
          ? client.query({ name: options.name, text: sql, values })
          : client.query(sql, values)
      ).catch((error: unknown) => {
        throw poolBusy(error, limits);
      });
      return { rows: res.rows as R[], rowCount: res.rowCount ?? 0 };
    },
  };
}

export async function openPostgres(
  url: string,
  onError: (err: Error) => void = () => undefined,
  limits: PoolSize = { size: POOL_SIZE, waitMs: POOL_WAIT_MS },
): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: url,
    max: limits.size,
    connectionTimeoutMillis: limits.waitMs,
    application_name: 'salesdesk-server',
    types,
  });
  // An idle client losing its connection must not crash the server; the next query reconnects.
  pool.on('error', onError);
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DatabaseUnavailableError(
      `Cannot connect to PostgreSQL at ${describeUrl(url)}: ${errorMessage(error)}`,
      { cause: error },
    );
  }
  const base = wrap(pool, limits);
  return {
    kind: 'postgres',
    location: describeUrl(url),
    query: base.query,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect().catch((error: unknown) => {
        throw poolBusy(error, limits);
      });
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client, limits));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // A connection whose ROLLBACK fails is in an unknown state: destroy it, don't reuse it.
        await client.query('ROLLBACK').catch((rollbackError: unknown) => {
          broken =
            rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        });
        throw error;
      } finally {
        client.release(broken);
      }
    },
    listen: (channel, onNotify, onReconnect) =>
      listenOn(url, channel, onNotify, onReconnect ?? (() => undefined), onError),
    close: () => pool.end(),
  };
}

const RECONNECT_MS = [100, 500, 1000, 2000, 5000];

/**
 * LISTEN on a dedicated connection (a pooled one would be handed to other queries). A lost
 * connection is re-opened with backoff; `onReconnect` then tells the caller it may have missed
 * notifications.
 */
async function listenOn(
  url: string,
  channel: string,
  onNotify: (payload: string) => void,
  onReconnect: () => void,
  onError: (err: Error) => void,
): Promise<() => Promise<void>> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Bad channel name "${channel}".`);
  let stopped = false;
  let client: pg.Client | null = null;
  let attempt = 0;
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url, application_name: 'salesdesk-listen' });
    c.on('notification', (msg) => {
      if (msg.channel === channel) onNotify(msg.payload ?? '');
    });
    c.on('error', (err) => {
      onError(err);
      void c.end().catch(() => undefined);
    });
    c.on('end', () => {
      if (client === c) client = null;
      if (!stopped) scheduleReconnect();
    });
    await c.connect();
    await c.query(`LISTEN ${channel}`);
    if (stopped) {
      await c.end().catch(() => undefined);
      return;
    }
    client = c;
  };
  const scheduleReconnect = () => {
    const delay = RECONNECT_MS[Math.min(attempt++, RECONNECT_MS.length - 1)] ?? 5000;
    setTimeout(() => {
      if (stopped) return;
      connect().then(
        () => {
          attempt = 0;
          onReconnect();
        },
        (err: unknown) => {
          onError(err instanceof Error ? err : new Error(String(err)));
          if (!stopped) scheduleReconnect();
        },
      );
    }, delay).unref();
  };
  await connect();
  return async () => {
    stopped = true;
    const c = client;
    client = null;
    await c?.end().catch(() => undefined);
  };
}
