// PostgreSQL through a node-postgres pool: production, and CI when DATABASE_URL is set.
import pg from 'pg';
import {
  DatabaseUnavailableError,
  errorMessage,
  OID,
  type Db,
  type Queryable,
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

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<R>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
      const res = await client.query(sql, params as unknown[]);
      return { rows: res.rows as R[], rowCount: res.rowCount ?? 0 };
    },
  };
}

export async function openPostgres(
  url: string,
  onError: (err: Error) => void = () => undefined,
): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 10_000,
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
  const base = wrap(pool);
  return {
    kind: 'postgres',
    location: describeUrl(url),
    query: base.query,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
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
    close: () => pool.end(),
  };
}
