// The steady live query: a read that a write lands in on every run still shows its answers, one
// run at a time, and follows the rows once the writes stop.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ActivityId, LeadId, UserId } from '../../shared/domain/ids';
import type { Activity } from '../../shared/domain/lead';
import { createDeskDatabase, type DeskDatabase } from './schema';
import { useSteadyLiveQuery } from './steady-query';

let db: DeskDatabase;
beforeEach(() => {
  db = createDeskDatabase(`steady-${Math.random()}`);
});
afterEach(async () => db.delete());

const call = (n: number): Activity =>
  ({
    id: `call-${n}` as ActivityId,
    leadId: 'lead-1' as LeadId,
    agentId: 'rep-1' as UserId,
    type: 'call',
    at: n,
    durationSec: 20,
    disposition: 'noAnswer',
    note: '',
  }) as Activity;

/**
 * A read in two steps with a gate between them, and a writer that adds a call while a run waits
 * at the gate: every run of the read has a write to its rows land in it, as on a supervisor's
 * desk receiving the floor's calls faster than its read takes.
 */
function writeDuringEveryRun(writes: number) {
  const gates: (() => void)[] = [];
  let writing = true;
  let active = 0;
  const seen = { maxActive: 0, shownWhileWriting: false };
  const querier = async () => {
    active++;
    seen.maxActive = Math.max(seen.maxActive, active);
    try {
      await db.activities.count();
      if (writing) await new Dexie.Promise<void>((resolve) => gates.push(resolve));
      return await db.activities.count();
    } finally {
      active--;
    }
  };
  const drive = async (shown: () => number | undefined) => {
    for (let n = 1; n <= writes; n++) {
      await waitFor(() => expect(gates.length).toBeGreaterThan(0));
      await db.activities.put(call(n));
      await act(async () => gates.shift()?.());
      if (n > 3 && shown() !== undefined) seen.shownWhileWriting = true;
    }
    writing = false;
    await act(async () => gates.splice(0).forEach((open) => open()));
  };
  return { querier, drive, seen };
}

type LiveHook = (querier: () => Promise<number>, deps: unknown[]) => number | undefined;

/** Twelve calls written, one in each run of the read under `hook`; the answer once they stop. */
async function underWrites(hook: LiveHook) {
  const { querier, drive, seen } = writeDuringEveryRun(12);
  const { result, unmount } = renderHook(() => hook(querier, []));
  await drive(() => result.current);
  await waitFor(() => expect(result.current).toBe(12));
  unmount();
  return seen;
}

describe('steady live query', () => {
  it('shows each run’s answer while a write lands in every run, one run at a time', async () => {
    const seen = await underWrites(useSteadyLiveQuery);
    expect(seen.shownWhileWriting).toBe(true);
    expect(seen.maxActive).toBe(1);
  });

  it('(Dexie’s own live query shows nothing while the writes go on, and runs them side by side)', async () => {
    const seen = await underWrites(useLiveQuery);
    expect(seen.shownWhileWriting).toBe(false);
    expect(seen.maxActive).toBeGreaterThan(1);
  });

  it('follows later writes, and keeps the last answer on screen while new deps are read', async () => {
    await db.activities.bulkPut([call(1), call(2), call(3)]);
    const { result, rerender, unmount } = renderHook(
      ({ from }) =>
        useSteadyLiveQuery(
          async () => ({ from, n: await db.activities.where('at').aboveOrEqual(from).count() }),
          [from],
        ),
      { initialProps: { from: 0 } },
    );
    await waitFor(() => expect(result.current).toEqual({ from: 0, n: 3 }));
    await db.activities.put(call(4));
    await waitFor(() => expect(result.current).toEqual({ from: 0, n: 4 }));
    rerender({ from: 3 });
    expect(result.current).toEqual({ from: 0, n: 4 });
    await waitFor(() => expect(result.current).toEqual({ from: 3, n: 2 }));
    unmount();
  });
});
