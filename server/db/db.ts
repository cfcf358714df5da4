// One database interface, two implementations: node-postgres for a real PostgreSQL server and
// PGlite (PostgreSQL compiled to WebAssembly, on local disk) as the embedded default.
//
// Both return the same JavaScript values for the same SQL: int8 (count(*), ids, watermarks) as a
// decimal string, numeric as a string, date as 'YYYY-MM-DD', timestamptz as a Date, json/jsonb
// parsed, arrays as arrays; rowCount is the number of rows affected or returned.
export type QueryResult<R> = { rows: R[]; rowCount: number };

export type QueryOptions = {
  /**
   * A prepared statement: parsed and described once per connection under this name, then only
   * bound and executed (node-postgres' named queries; on PGlite the same through its wire
   * protocol, inside a transaction). One name, one SQL text, for the life of the process.
   */
  name?: string;
};

export type Queryable = {
  query<R = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
    options?: QueryOptions,
  ): Promise<QueryResult<R>>;
};

export type DbKind = 'postgres' | 'pglite';

export type Db = Queryable & {
  kind: DbKind;
  /** Where the data lives, for logs: a data folder or the server's host/database (no password). */
  location: string;
  /**
   * Runs `fn` in one transaction on one connection: committed when it resolves, rolled back when
   * it throws. Use only `tx` inside `fn`; on PGlite a `db.query` there waits for the transaction.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * LISTENs on `channel`: `onNotify` gets every NOTIFY payload committed by any connection (any
   * server process on PostgreSQL). `onReconnect` runs after a lost listening connection is back
   * (notifications in between may be lost). Resolves to a function that stops listening.
   */
  listen(
    channel: string,
    onNotify: (payload: string) => void,
    onReconnect?: () => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
  /** PGlite only: the whole data folder as a gzipped tarball (`backup`, server/backup.ts). */
  dumpDataDir?(): Promise<Blob>;
};

/** A database error the operator can act on, with the cause kept for the log. */
export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

/**
 * Every connection of the pool stayed busy for as long as a query may wait for one: the server
 * answers 503 with Retry-After (app.ts) instead of failing the request as its own fault.
 */
export class DatabaseBusyError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseBusyError';
  }
}

// PostgreSQL type oids whose JavaScript form the two drivers would otherwise disagree on.
export const OID = { int8: 20, date: 1082, dateArray: 1182 } as const;

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
