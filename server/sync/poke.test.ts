import { describe, expect, it } from 'vitest';
import type { Queryable, QueryResult } from '../db/db';
import { MAX_POKE_CHARS, notifyPoke, parsePoke, SYNC_CHANNEL, type Poke } from './poke';

const ORG = '6f1c2a52-4f0e-4b8e-9a57-0c1d2e3f4a5b';
const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

/** A Queryable that records every statement instead of running it. */
function recorder(): Queryable & { calls: { sql: string; params: readonly unknown[] }[] } {
  const calls: { sql: string; params: readonly unknown[] }[] = [];
  return {
    calls,
    query: async <R>(sql: string, params: readonly unknown[] = []) => {
      calls.push({ sql, params });
      return { rows: [], rowCount: 0 } as QueryResult<R>;
    },
  };
}

describe('notifyPoke', () => {
  it('NOTIFYs the sync channel with the poke as it is', async () => {
    const tx = recorder();
    const poke: Poke = { organisationId: ORG, teams: [uuid(1)], users: [uuid(2)], all: false };
    await notifyPoke(tx, poke);
    expect(tx.calls).toEqual([
      { sql: 'SELECT pg_notify($1, $2)', params: [SYNC_CHANNEL, JSON.stringify(poke)] },
    ]);
    expect(parsePoke(tx.calls[0]?.params[1] as string)).toEqual(poke);
  });

  it('pokes the whole organisation when the payload would pass the NOTIFY size limit', async () => {
    const tx = recorder();
    const users = Array.from({ length: 200 }, (_, i) => uuid(i));
    expect(JSON.stringify(users).length).toBeGreaterThan(MAX_POKE_CHARS);
    await notifyPoke(tx, { organisationId: ORG, teams: [uuid(1)], users, all: false });
    const sent = tx.calls[0]?.params[1] as string;
    expect(JSON.parse(sent)).toEqual({ organisationId: ORG, teams: [], users: [], all: true });
  });

  it('keeps a payload right at the limit', async () => {
    const tx = recorder();
    const base: Poke = { organisationId: ORG, teams: [], users: [], all: false };
    const pad = MAX_POKE_CHARS - JSON.stringify({ ...base, users: [''] }).length;
    const poke = { ...base, users: ['x'.repeat(pad)] };
    expect(JSON.stringify(poke).length).toBe(MAX_POKE_CHARS);
    await notifyPoke(tx, poke);
    expect(tx.calls[0]?.params[1]).toBe(JSON.stringify(poke));
  });
});
