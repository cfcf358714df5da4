// Proves importLeads creates whole new leads in the supervisor's teams, leaves known ids alone, and refuses taken ids, owners who cannot take leads, unknown teams and other teams.
import { describe, expect, it } from 'vitest';
import { GULF_TEAM_ID, ISTANBUL_TEAM_ID } from '../demo/index';
import type { LeadId, TeamId, UserId } from '../domain/ids';
import { queueKey } from '../domain/dial-queue';
import { leadSchema } from '../domain/lead';
import type { RowContact } from '../import/normalise';
import { importLeads } from './import-leads';
import { outsideReach } from './verb';
import { NOW, ORG, U, effectsOf, lead, outcome, retired, run, world } from './testing/world';

const CONTACT: RowContact = {
  name: 'Hala Nasser',
  company: 'Nasser Trading',
  phones: ['+966551234567', '+966112345678'],
  email: 'hala@nasser.example',
  country: 'SA',
  timezone: null,
  source: null,
  notes: 'From the fair',
  custom: { city: 'Jeddah' },
};

const row = (id: string, ownerId: UserId | null, teamId: TeamId | null) => ({
  id: id as LeadId,
  contact: CONTACT,
  ownerId,
  teamId,
});
const input = (leads: ReturnType<typeof row>[]) => ({
  importId: 'imp-1',
  listName: ' Fair 2026 ',
  fileName: 'fair.csv',
  part: 1,
  priority: 5,
  leads,
});

describe('importLeads', () => {
  it('creates each new lead whole, in a team queue or with an agent', () => {
    const r = run(
      importLeads,
      world(),
      'omar',
      input([row('n1', null, GULF_TEAM_ID), row('n2', U.faisal, GULF_TEAM_ID)]),
    );
    const { effects, result } = effectsOf(r);
    expect(result).toEqual({ created: 2, existing: 0 });
    expect(effects.activities).toBeUndefined();
    expect(effects.leads?.map((e) => [e.id, Object.keys(e).sort()])).toEqual([
      ['n1', ['create', 'id']],
      ['n2', ['create', 'id']],
    ]);
    const [queued, owned] = effects.leads!.map((e) => e.create!);
    expect(queued).toEqual({
      id: 'n1',
      organisationId: ORG,
      ownerId: null,
      teamId: GULF_TEAM_ID,
      stage: 'lead',
      name: 'Hala Nasser',
      company: 'Nasser Trading',
      phoneE164: '+966551234567',
      phones: ['+966112345678'],
      email: 'hala@nasser.example',
      country: 'SA',
      timezone: 'Asia/Riyadh',
      listName: 'Fair 2026',
      source: 'Fair 2026',
      priority: 5,
      touches: 0,
      nextCallAt: null,
      doNotCall: false,
      searchKeys: expect.arrayContaining(['hala', 'nasser']),
      notes: 'From the fair',
      custom: { city: 'Jeddah' },
      createdAt: NOW,
      updatedAt: NOW,
      stageChangedAt: NOW,
      nextCallKind: null,
      followUpList: 'none',
      refusals: 0,
      attempts: 0,
      bant: null,
      meeting: null,
      proposal: null,
      deal: null,
      lostReason: null,
    });
    expect(owned).toMatchObject({ id: 'n2', ownerId: U.faisal, teamId: GULF_TEAM_ID });
    expect(leadSchema.safeParse(owned).success).toBe(true);
    expect(outsideReach(importLeads, effects, U.omar)).toBeNull();
  });

  it('creates a lead reachable only by e-mail: no number, kept out of the dial queue', () => {
    const mailOnly = { ...CONTACT, phones: [], country: null };
    const r = run(importLeads, world(), 'omar', {
      ...input([]),
      leads: [{ id: 'm1' as LeadId, contact: mailOnly, ownerId: U.faisal, teamId: GULF_TEAM_ID }],
    });
    const created = effectsOf(r).effects.leads?.[0]?.create;
    expect(created).toMatchObject({
      phoneE164: null,
      phones: [],
      email: 'hala@nasser.example',
      timezone: null,
    });
    expect(leadSchema.safeParse(created).success).toBe(true);
    expect(created && queueKey(created)).toBeNull();
  });

  it('leaves a lead id it already has as it is', () => {
    const known = lead('n1');
    const r = run(
      importLeads,
      world({ leads: [known] }),
      'omar',
      input([row('n1', null, GULF_TEAM_ID), row('n2', null, GULF_TEAM_ID)]),
    );
    expect(effectsOf(r).result).toEqual({ created: 1, existing: 1 });
    expect(effectsOf(r).effects.leads?.map((e) => e.id)).toEqual(['n2']);
  });

  it('refuses an id another organisation holds', () => {
    const state = world();
    state.foreign.add('n1');
    expect(outcome(run(importLeads, state, 'sarah', input([row('n1', null, GULF_TEAM_ID)])))).toBe(
      'idTaken',
    );
  });

  it('refuses owners who cannot take leads and teams that do not exist', () => {
    const gone = retired('01900000-0000-7000-8000-000000000903', ['hunter']);
    const state = world({ users: [gone] });
    const give = (ownerId: UserId | null, teamId: TeamId | null) =>
      outcome(run(importLeads, state, 'sarah', input([row('n1', ownerId, teamId)])));
    expect(give(U.omar, GULF_TEAM_ID)).toBe('ownerInvalid');
    expect(give(gone.id, GULF_TEAM_ID)).toBe('ownerInvalid');
    expect(give('01900000-0000-7000-8000-000000000999' as UserId, GULF_TEAM_ID)).toBe(
      'ownerInvalid',
    );
    expect(give(null, '01900000-0000-7000-8000-000000000199' as TeamId)).toBe('targetUnknown');
    expect(give(U.emre, ISTANBUL_TEAM_ID)).toBe('ok');
  });

  it('lets a supervisor import only into the teams they lead; agents not at all', () => {
    const state = world();
    expect(
      outcome(run(importLeads, state, 'omar', input([row('n1', null, ISTANBUL_TEAM_ID)]))),
    ).toBe('outOfScope');
    expect(
      outcome(run(importLeads, state, 'omar', input([row('n1', U.emre, ISTANBUL_TEAM_ID)]))),
    ).toBe('outOfScope');
    expect(
      outcome(run(importLeads, state, 'faisal', input([row('n1', U.faisal, GULF_TEAM_ID)]))),
    ).toBe('forbidden');
  });
});
