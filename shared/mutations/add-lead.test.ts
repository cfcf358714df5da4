// Proves addLead: a caller the desk did not know becomes the agent's own lead in their team on the
// inbound list; it needs a name and a phone or e-mail, refuses a taken id and non-agents.
import { describe, expect, it } from 'vitest';
import { GULF_TEAM_ID } from '../demo/index';
import type { LeadId } from '../domain/ids';
import { addLead, INBOUND_LIST, ORIGIN_LISTS } from './add-lead';
import { activityContext } from './lead-change';
import { outsideReach } from './verb';
import { NEW_CALLER, NOW, U, effectsOf, lead, outcome, run, world } from './testing/world';

const contact = { ...NEW_CALLER, notes: 'Saw the billboard' };

describe('addLead', () => {
  it("creates the agent's own lead in their team, on the inbound list, with the caller's zone", () => {
    const r = run(addLead, world(), 'faisal', { id: 'new' as LeadId, contact });
    const created = effectsOf(r).effects.leads?.[0]?.create;
    expect(created).toMatchObject({
      id: 'new',
      ownerId: U.faisal,
      teamId: GULF_TEAM_ID,
      stage: 'lead',
      phoneE164: '+966505550101',
      listName: INBOUND_LIST,
      timezone: 'Asia/Riyadh',
      notes: 'Saw the billboard',
      createdAt: NOW,
    });
    expect(effectsOf(r).result).toEqual({ id: 'new' });
    expect(outsideReach(addLead, effectsOf(r).effects, U.faisal)).toBeNull();
  });

  it('a walk-in added by hand: on its list, with how they came, address and interests', () => {
    const r = run(addLead, world(), 'faisal', {
      id: 'walk' as LeadId,
      contact,
      listName: ORIGIN_LISTS.walkIn,
      origin: 'walkIn',
      address: ' King Fahd Rd 5, Riyadh ',
      interests: ['Solar', ' solar ', 'Batteries'],
    });
    expect(effectsOf(r).effects.leads?.[0]?.create).toMatchObject({
      listName: 'Walk-ins',
      origin: 'walkIn',
      address: 'King Fahd Rd 5, Riyadh',
      interests: ['Solar', 'Batteries'],
    });
    expect(outsideReach(addLead, effectsOf(r).effects, U.faisal)).toBeNull();
    // An inbound call's caller (no origin sent) carries none of them.
    const caller = effectsOf(run(addLead, world(), 'faisal', { id: 'c' as LeadId, contact }));
    expect(caller.effects.leads?.[0]?.create).not.toHaveProperty('origin');
    expect(caller.effects.leads?.[0]?.create).not.toHaveProperty('address');
    expect(addLead.args.safeParse({ id: 'x', contact, origin: 'billboard', at: NOW }).success).toBe(
      false,
    );
  });

  it('an inbound caller remembers the advert’s tracking number, and later activities carry it', () => {
    const r = run(addLead, world(), 'faisal', {
      id: 'dial' as LeadId,
      contact,
      trackingNumber: '+966112345678',
    });
    const created = effectsOf(r).effects.leads?.[0]?.create;
    expect(created).toMatchObject({ trackingNumber: '+966112345678' });
    expect(activityContext(created!)).toMatchObject({ did: '+966112345678' });
    // a lead without one stamps no tracking number
    const plain = effectsOf(run(addLead, world(), 'faisal', { id: 'p' as LeadId, contact }));
    expect(plain.effects.leads?.[0]?.create).not.toHaveProperty('trackingNumber');
    expect(activityContext(plain.effects.leads![0]!.create!)).not.toHaveProperty('did');
    // only an E.164 number is a tracking number
    expect(
      addLead.args.safeParse({ id: 'x', contact, trackingNumber: '0112345678', at: NOW }).success,
    ).toBe(false);
  });

  it('an e-mail alone will do; neither a phone nor an e-mail will not', () => {
    const emailOnly = { ...contact, phones: [], email: 'caller@example.com' };
    expect(
      outcome(run(addLead, world(), 'faisal', { id: 'e' as LeadId, contact: emailOnly })),
    ).toBe('ok');
    const none = addLead.args.safeParse({
      id: 'x',
      contact: { ...contact, phones: [] },
      at: NOW,
    });
    expect(none.success).toBe(false);
    expect(none.error?.issues[0]?.path).toEqual(['contact', 'phones']);
  });

  it('refuses a taken id, a blank name and a supervisor', () => {
    const w = world({ leads: [lead('taken')] });
    expect(outcome(run(addLead, w, 'faisal', { id: 'taken' as LeadId, contact }))).toBe('idTaken');
    expect(
      outcome(
        run(addLead, w, 'faisal', { id: 'b' as LeadId, contact: { ...contact, name: '  ' } }),
      ),
    ).toBe('nameRequired');
    expect(outcome(run(addLead, w, 'omar', { id: 'c' as LeadId, contact }))).toBe('forbidden');
  });
});
