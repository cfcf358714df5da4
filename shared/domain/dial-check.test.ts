import { describe, expect, it } from 'vitest';
import { dialRefusal } from './dial-check';

const org = {
  timezone: 'Asia/Riyadh',
  callingWindow: { startMinutes: 9 * 60, endMinutes: 20 * 60 },
};
const lead = { phoneE164: '+966505550101', doNotCall: false, timezone: 'Asia/Riyadh' };
// Monday 23 November 2026, 10:00 in Riyadh (07:00 UTC).
const MORNING = Date.UTC(2026, 10, 23, 7);

describe('dialRefusal', () => {
  it('dials a lead with a number, not blocked, inside its calling hours', () => {
    expect(dialRefusal(lead, org, MORNING)).toBeNull();
  });

  it('never dials a do-not-call number, whatever the hour', () => {
    expect(dialRefusal({ ...lead, doNotCall: true }, org, MORNING)).toBe('doNotCall');
  });

  it("never dials outside the lead's own calling hours", () => {
    // 21:00 in Riyadh.
    expect(dialRefusal(lead, org, Date.UTC(2026, 10, 23, 18))).toBe('outsideWindow');
    // 10:00 in Riyadh is 02:00 in New York: the lead's zone decides.
    expect(dialRefusal({ ...lead, timezone: 'America/New_York' }, org, MORNING)).toBe(
      'outsideWindow',
    );
  });

  it('has nothing to dial without a number', () => {
    expect(dialRefusal({ ...lead, phoneE164: null }, org, MORNING)).toBe('noPhone');
  });
});
