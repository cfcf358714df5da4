// Prepared statements on PGlite. Its query() sends Parse, Describe, Bind, Describe, Execute and
// Sync as five separate calls into the WebAssembly Postgres, and parses, analyses and plans the
// SQL every time. A named statement is parsed and described once per database; each run is then
// one call (Bind, Execute, Sync), its values serialized and its rows parsed exactly as query()
// does (the same serializers and parsers, the row description kept from the Describe).
import { parse, protocol, type messages, type PGlite } from '@electric-sql/pglite';
import type { QueryResult } from './db';

type Statement = {
  sql: string;
  /** Parameter type oids, as the server inferred them. */
  paramTypes: number[];
  /** The row description, or null for a statement that returns no rows. */
  row: messages.RowDescriptionMessage | null;
};

const { serialize } = protocol;

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export type PreparedRunner = <R>(
  name: string,
  sql: string,
  params: readonly unknown[],
) => Promise<QueryResult<R>>;

/**
 * Runs named statements on `pg`. Call it only where no other query can run in between (inside
 * `pg.transaction`): it takes PGlite's query lock, not its transaction lock.
 */
export function preparedStatements(pg: PGlite): PreparedRunner {
  const statements = new Map<string, Statement>();

  const prepare = async (name: string, sql: string): Promise<Statement> => {
    const reply = await pg.execProtocolStream(
      concat([
        serialize.parse({ name, text: sql }),
        serialize.describe({ type: 'S', name }),
        serialize.sync(),
      ]),
      { syncToFs: false },
    );
    let paramTypes: number[] = [];
    let row: messages.RowDescriptionMessage | null = null;
    for (const m of reply) {
      if (m.name === 'parameterDescription')
        paramTypes = (m as messages.ParameterDescriptionMessage).dataTypeIDs;
      else if (m.name === 'rowDescription') row = m as messages.RowDescriptionMessage;
    }
    const statement = { sql, paramTypes, row };
    // Only once Postgres has it: a statement that failed to parse is tried again next time.
    statements.set(name, statement);
    return statement;
  };

  return <R>(name: string, sql: string, params: readonly unknown[]) =>
    pg.runExclusive(async () => {
      let s = statements.get(name);
      if (s && s.sql !== sql) throw new Error(`Statement ${name} is prepared with other SQL.`);
      s ??= await prepare(name, sql);
      const types = s.paramTypes;
      const values = params.map((v, i) => {
        if (v === null || v === undefined) return null;
        const serializer = pg.serializers[types[i] ?? 0];
        return serializer ? serializer(v) : String(v);
      });
      const reply = await pg.execProtocolStream(
        concat([
          serialize.bind({ statement: name, values }),
          serialize.execute({}),
          serialize.sync(),
        ]),
        { syncToFs: false },
      );
      const [res] = parse.parseResults(s.row ? [s.row, ...reply] : reply, pg.parsers);
      const rows = (res?.rows ?? []) as R[];
      // As the wrapped query() counts: rows affected, or returned for a SELECT.
      return { rows, rowCount: Math.max(res?.affectedRows ?? 0, rows.length) };
    });
}
