import { describe, expect, it } from 'vitest';
import { followUpConversion, type LaterEvent, type ListEntry } from './follow-up-lists';

const entry = (
  leadId: string,
  list: ListEntry['list'],
  at: number,
  more: Partial<ListEntry> = {},
) => ({ leadId, list, at, agentId: 'hana', ...more }) as ListEntry;

describe('follow-up list conversion', () => {
  const entries: ListEntry[] = [
    entry('a', 'recall', 10, { objection: 'price' }),
    entry('b', 'recall', 10, { objection: 'trust', agentId: 'omar' }),
    entry('c', 'recall', 10, { objection: 'price' }),
    entry('d', 'recall', 10),
    // a refused again: month list; refused a third time: quarter list.
    entry('a', 'month', 20),
    entry('a', 'quarter', 30),
    // c was put on the re-call list twice: counted once, from the first time.
    entry('c', 'recall', 25),
  ];
  const events: LaterEvent[] = [
    { leadId: 'a', at: 35, kind: 'meeting' },
    { leadId: 'a', at: 40, kind: 'won' },
    { leadId: 'b', at: 15, kind: 'meeting' },
    // c's meeting came before it was ever put on a list: not a conversion of the list.
    { leadId: 'c', at: 5, kind: 'meeting' },
    // d was won without a meeting event: a won deal is a booked meeting too.
    { leadId: 'd', at: 50, kind: 'won' },
  ];

  it('counts each lead once per list and what it did afterwards', () => {
    const r = followUpConversion(entries, events);
    expect(r.recall).toEqual({ put: 4, meetings: 3, won: 2, meetingRate: 0.75, wonRate: 0.5 });
    expect(r.month).toEqual({ put: 1, meetings: 1, won: 1, meetingRate: 1, wonRate: 1 });
    expect(r.quarter).toEqual({ put: 1, meetings: 1, won: 1, meetingRate: 1, wonRate: 1 });
  });

  it('filters by the agent who put the lead on the list and by the reason', () => {
    expect(followUpConversion(entries, events, { agentId: 'omar' }).recall).toMatchObject({
      put: 1,
      meetings: 1,
      won: 0,
    });
    const price = followUpConversion(entries, events, { objection: 'price' });
    expect(price.recall).toMatchObject({ put: 2, meetings: 1, won: 1, meetingRate: 0.5 });
    expect(price.month.put).toBe(0);
  });

  it('an empty list converts at 0, not NaN', () => {
    const r = followUpConversion([], []);
    expect(r.quarter).toEqual({ put: 0, meetings: 0, won: 0, meetingRate: 0, wonRate: 0 });
  });
});
