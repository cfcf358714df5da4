import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  callingPolicyOf,
  rulesFromWindow,
  withWeekend,
  type CallingRules,
} from '../../shared/domain/calling-rules';
import type { LeadId, OrganisationId, TeamId, UserId } from '../../shared/domain/ids';
import { freshLeadState, type Lead } from '../../shared/domain/lead';
import { callableNow } from './calling-preview';
import { nextLead } from './leads-repo';
import { createDeskDatabase, toStoredLead, type DeskDatabase } from './schema';

const WINDOW = { startMinutes: 540, endMinutes: 1200 };
const FRIDAY = Date.UTC(2026, 11, 4, 8); // Friday 4 December 2026, 11:00 in Riyadh and Istanbul
const RULES: CallingRules = {
  ...rulesFromWindow(WINDOW),
  weekly: withWeekend(rulesFromWindow(WINDOW).weekly, 'friSat', WINDOW),
  countries: [
    { country: 'TR', weekly: withWeekend(rulesFromWindow(WINDOW).weekly, 'satSun', WINDOW) },
  ],
};
const calling = callingPolicyOf(WINDOW, RULES);
const scope = { owners: ['u1', 'team:t1'], organisationTimezone: 'Asia/Riyadh', calling };

function lead(i: number, over: Partial<Lead>): Lead {
  return {
    id: `l${String(i).padStart(4, '0')}` as LeadId,
    organisationId: 'o' as OrganisationId,
    ownerId: 'u1' as UserId,
    teamId: 't1' as TeamId,
    stage: 'lead',
    name: `Lead ${i}`,
    company: '',
    phoneE164: '+966501234567',
    phones: [],
    email: null,
    country: 'SA',
    timezone: null,
    listName: null,
    source: null,
    priority: 0,
    touches: 0,
    nextCallAt: null,
    doNotCall: false,
    searchKeys: [],
    notes: '',
    custom: {},
    createdAt: FRIDAY - 86_400_000,
    updatedAt: FRIDAY - 86_400_000,
    ...freshLeadState(FRIDAY - 86_400_000),
    ...over,
  };
}

let db: DeskDatabase;
beforeEach(() => {
  db = createDeskDatabase(`calling-preview-${Math.random()}`);
});
afterEach(async () => db.delete());

describe('who can be called now', () => {
  it('counts due leads by verdict, lists a few with why and when, and skips leads not due', async () => {
    await db.leads.bulkPut(
      [
        // Twelve Saudi leads: Friday is their weekend.
        ...Array.from({ length: 12 }, (_, i) => lead(i, {})),
        // Three Turkish leads in Istanbul (a Saturday–Sunday weekend): callable.
        ...Array.from({ length: 3 }, (_, i) =>
          lead(100 + i, { country: 'TR', phoneE164: '+905321234567' }),
        ),
        // A Turkish number whose lead has no country: the organisation's rules (the weekend).
        lead(200, { country: null, phoneE164: '+905321234568' }),
        // Team pool leads in New York, where it is Friday 03:00: an American lead follows the
        // organisation (the weekend), a Turkish one its own rules (outside hours).
        lead(300, { ownerId: null, phoneE164: '+12125550123', country: 'US' }),
        lead(301, { ownerId: null, phoneE164: '+12125550124', country: 'TR' }),
        // Not due (a callback tomorrow) and do-not-call: not in the preview.
        lead(400, { nextCallAt: FRIDAY + 86_400_000, nextCallKind: 'callback', touches: 1 }),
        lead(401, { doNotCall: true }),
      ].map(toStoredLead),
    );
    const r = await callableNow(db, scope, FRIDAY, 4);
    expect(r.callable).toBe(3);
    expect(r.held).toEqual({ weekend: 14, holiday: 0, period: 0, outsideHours: 1 });
    expect(r.callableLeads.map((l) => l.country)).toEqual(['TR', 'TR', 'TR']);
    expect(r.heldLeads).toHaveLength(4);
    const saudi = r.heldLeads.find((h) => h.lead.country === 'SA');
    expect(saudi?.why).toEqual({ reason: 'weekend' });
    // Sunday 6 December, 09:00 Riyadh.
    expect(saudi?.next).toBe(Date.UTC(2026, 11, 6, 6));
    // The first held lead to open: the Turkish lead in New York, Friday 09:00 there.
    expect(r.firstOpening).toBe(Date.UTC(2026, 11, 4, 14));
    // The queue agrees: the first lead offered is a Turkish one.
    expect((await nextLead(db, scope, FRIDAY))?.country).toBe('TR');
  });

  it('names the holiday or special period that holds leads back', async () => {
    await db.leads.bulkPut([lead(1, {}), lead(2, {})].map(toStoredLead));
    const thursday = Date.UTC(2026, 11, 3, 8);
    const rules = { ...RULES, holidays: [{ date: '2026-12-03', name: 'Test day' }] };
    const r = await callableNow(
      db,
      { ...scope, calling: callingPolicyOf(WINDOW, rules) },
      thursday,
    );
    expect(r.held.holiday).toBe(2);
    expect(r.heldLeads[0]?.why).toEqual({ reason: 'holiday', name: 'Test day' });
    expect(
      await nextLead(db, { ...scope, calling: callingPolicyOf(WINDOW, rules) }, thursday),
    ).toBeNull();
  });
});
