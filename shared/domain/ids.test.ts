import { describe, expect, it } from 'vitest';
import { isUuid, uuidv7, uuidv7At } from './ids';

describe('uuidv7', () => {
  it('is a well-formed version 7, variant 10 UUID', () => {
    const id = uuidv7();
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe('7');
    expect(['8', '9', 'a', 'b']).toContain(id[19]);
  });

  it('sorts by the millisecond it was minted in', () => {
    const earlier = uuidv7(Date.UTC(2026, 0, 1));
    const later = uuidv7(Date.UTC(2026, 0, 1) + 1);
    expect(earlier < later).toBe(true);
    expect(earlier.slice(0, 13)).toBe('019b76da-a800');
  });

  it('does not repeat across many ids minted in the same millisecond', () => {
    const ids = new Set(Array.from({ length: 5000 }, () => uuidv7(1_700_000_000_000)));
    expect(ids.size).toBe(5000);
  });
});

describe('uuidv7At', () => {
  const at = Date.UTC(2026, 10, 23, 7);

  it('moves an id to another millisecond and keeps its random part', () => {
    const id = uuidv7(at);
    const next = uuidv7At(id, at + 1);
    expect(next).not.toBe(id);
    expect(next.slice(13)).toBe(id.slice(13));
    expect(next.slice(0, 13)).toBe(uuidv7(at + 1).slice(0, 13));
  });

  it('never gives the id itself: an id minted a millisecond after its action still gets a row of its own', () => {
    // The desk takes the action's time, then the clock ticks before the id is minted.
    const id = uuidv7(at + 1);
    const next = uuidv7At(id, at + 1);
    expect(next).not.toBe(id);
    expect(isUuid(next)).toBe(true);
    expect(next.slice(0, 13)).toBe(id.slice(0, 13));
    // The same arguments give the same id on the desk and on the server.
    expect(uuidv7At(id, at + 1)).toBe(next);
  });
});
