// Proves addReferral puts the person a customer recommended in the team's queue, credited to the
// customer and the agent, with a note on the customer's history; and refuses non-customers.
import { describe, expect, it } from 'vitest';
import { GULF_TEAM_ID } from '../demo/index';
import type { LeadId } from '../domain/ids';
import { addReferral, REFERRAL_LIST } from './add-referral';
import { outsideReach } from './verb';
import {
  ACT,
  NEW_CALLER,
  NOW,
  U,
  activityOn,
  effectsOf,
  lead,
  outcome,
  run,
  world,
} from './testing/world';

describe('addReferral', () => {
  const customer = lead('c', { stage: 'retention', ownerId: U.noura, name: 'Hessa Al Qahtani' });
  const input = {
    id: ACT,
    customerId: customer.id,
    leadId: 'ref' as LeadId,
    contact: NEW_CALLER,
    note: 'Her cousin runs a bakery',
  };

  it("creates the lead in the team's queue, credited, and notes it on the customer", () => {
    const r = run(addReferral, world({ leads: [customer] }), 'noura', input);
    const { effects } = effectsOf(r);
    expect(effects.leads).toHaveLength(1);
    expect(effects.leads?.[0]?.create).toMatchObject({
      id: 'ref',
      ownerId: null,
      teamId: GULF_TEAM_ID,
      stage: 'lead',
      name: NEW_CALLER.name,
      phoneE164: NEW_CALLER.phones[0],
      listName: REFERRAL_LIST,
      source: REFERRAL_LIST,
      notes: 'Her cousin runs a bakery',
      referredBy: { leadId: customer.id, name: 'Hessa Al Qahtani', agentId: U.noura },
      createdAt: NOW,
    });
    expect(effects.activities).toEqual([
      activityOn('noura', customer, {
        id: ACT,
        type: 'note',
        at: NOW,
        note: 'Her cousin runs a bakery',
        referralLeadId: 'ref' as LeadId,
      }),
    ]);
    expect(outsideReach(addReferral, effects, U.noura)).toBeNull();
  });

  it('refuses a lead that has not bought, a taken id, and a blank name', () => {
    const prospect = lead('p', { ownerId: U.noura });
    const state = world({ leads: [customer, prospect] });
    expect(outcome(run(addReferral, state, 'noura', { ...input, customerId: prospect.id }))).toBe(
      'notAllowedInStage',
    );
    expect(outcome(run(addReferral, state, 'noura', { ...input, leadId: prospect.id }))).toBe(
      'idTaken',
    );
    expect(
      outcome(
        run(addReferral, state, 'noura', { ...input, contact: { ...NEW_CALLER, name: '  ' } }),
      ),
    ).toBe('nameRequired');
    expect(
      addReferral.args.safeParse({ ...input, contact: { ...NEW_CALLER, phones: [] }, at: NOW })
        .success,
    ).toBe(false);
  });
});
