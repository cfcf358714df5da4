// One database interface, two implementations: node-postgres for a real PostgreSQL server and
// PGlite (PostgreSQL compiled to WebAssembly, on local disk) as the embedded default.
export type QueryResult<R> = { rows: R[]; rowCount: number };

export type Queryable = {
  query<R = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<QueryResult<R>>;
};

export type DbKind = 'postgres' | 'pglite';

export type Db = Queryable & {
  kind: DbKind;
  /** Where the data lives, for logs: a data folder or the server's host/database (no password). */
  location: string;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

/** A database error the operator can act on, with the cause kept for the log. */
export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}
