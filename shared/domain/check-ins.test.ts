import { describe, expect, it } from 'vitest';
import { checkInWindow, splitCheckIns } from './check-ins';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Monday 23 Nov 2026, 10:00 in Riyadh (UTC+3).
const NOW = Date.UTC(2026, 10, 23, 7);
const RIYADH_MIDNIGHT = Date.UTC(2026, 10, 23, 21); // 24 Nov 00:00 in Riyadh

describe('check-ins due', () => {
  it('ends "due" at the farmer’s midnight and "coming up" a week later', () => {
    const w = checkInWindow('Asia/Riyadh', NOW);
    expect(w.dueBefore).toBe(RIYADH_MIDNIGHT);
    expect(w.soonBefore).toBe(RIYADH_MIDNIGHT + 7 * DAY);
    // Istanbul is also UTC+3; London is not.
    expect(checkInWindow('Europe/London', NOW).dueBefore).toBe(Date.UTC(2026, 10, 24));
  });

  it('lists overdue and today’s check-ins as due, the next seven days apart, nothing later', () => {
    const at = (name: string, nextCallAt: number | null) => ({ name, nextCallAt });
    const customers = [
      at('in three weeks', NOW + 21 * DAY),
      at('tonight', RIYADH_MIDNIGHT - HOUR),
      at('in three days', NOW + 3 * DAY),
      at('overdue', NOW - 5 * DAY),
      at('none planned', null),
      at('just after midnight', RIYADH_MIDNIGHT),
      at('in eight days', RIYADH_MIDNIGHT + 7 * DAY),
    ];
    const { due, soon } = splitCheckIns(customers, checkInWindow('Asia/Riyadh', NOW));
    expect(due.map((c) => c.name)).toEqual(['overdue', 'tonight']);
    expect(soon.map((c) => c.name)).toEqual(['just after midnight', 'in three days']);
  });
});
