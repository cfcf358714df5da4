// The area header's lead count (the kept tally), and the kept figures other screens count.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import type { LeadId } from '../../shared/domain/ids';
import { testLead } from '../../shared/domain/testing/lead';
import { inTurn, recountDelay, touchesTables } from './kept-query';
import { leadCount, useLeadCount } from './lead-count';
import { createDeskDatabase, toStoredLead, type DeskDatabase } from './schema';

let db: DeskDatabase;
beforeEach(() => {
  db = createDeskDatabase(`lead-count-${Math.random()}`);
});
afterEach(async () => db.delete());

const put = (...ns: number[]) =>
  db.leads.bulkPut(ns.map((n) => toStoredLead(testLead(`lead-${n}`))));

describe('lead count', () => {
  it('is the kept tally: there before any count, following every lead written', async () => {
    expect(await leadCount(db)).toBe(0);
    await put(1, 2, 3);
    expect(await leadCount(db)).toBe(3);
    const { result, unmount } = renderHook(() => useLeadCount(db));
    await waitFor(() => expect(result.current).toBe(3));
    await put(4, 5);
    await waitFor(() => expect(result.current).toBe(5));
    await db.leads.delete('lead-1' as LeadId);
    await waitFor(() => expect(result.current).toBe(4));
    unmount();
  });

  it('ignores changes to other tables and other databases', () => {
    const other = createDeskDatabase('another-desk');
    const touches = (part: string) => touchesTables(db, ['leads'], { [part]: [] as never });
    expect(touches(`idb://${db.name}/leads/`)).toBe(true);
    expect(touches(`idb://${db.name}/leads/stage`)).toBe(true);
    expect(touches(`idb://${db.name}/activities/`)).toBe(false);
    expect(touches(`idb://${other.name}/leads/`)).toBe(false);
  });

  it('waits a few times the last count’s duration before counting again, within bounds', () => {
    expect(recountDelay(1)).toBe(50);
    expect(recountDelay(100)).toBe(300);
    expect(recountDelay(3_000)).toBe(9_000);
    expect(recountDelay(60_000)).toBe(10_000);
  });

  it('runs one count at a time, the lead count before others waiting', async () => {
    const started: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const first = inTurn(1, async () => {
      started.push('first');
      await gate;
    });
    const stages = inTurn(1, async () => void started.push('stages'));
    const leads = inTurn(0, async () => void started.push('leads'));
    expect(started).toEqual(['first']);
    release();
    await Promise.all([first, stages, leads]);
    expect(started).toEqual(['first', 'leads', 'stages']);
  });
});
