import { describe, expect, it } from 'vitest';
import { DEMO_ORGANISATION_ID, GULF_TEAM_ID } from '../demo/organisation';
import type { LeadId, TeamId, UserId } from '../domain/ids';
import { leadSchema } from '../domain/lead';
import { assignee, importedLead } from './lead';

const ctx = {
  organisationId: DEMO_ORGANISATION_ID,
  listName: 'Expo 2026',
  priority: 1,
  now: 1_790_000_000_000,
};
const contact = {
  name: 'Ayşe Yılmaz',
  company: 'Güneş Ltd',
  phones: ['+905321234567', '+902125551122'],
  email: 'ayse@example.com',
  country: 'TR',
  timezone: null,
  source: null,
  notes: '',
  custom: { Industry: 'Retail' },
};

describe('importedLead', () => {
  it('is a fresh lead the sync protocol accepts, searchable, in the timezone of its number', () => {
    const lead = importedLead(
      '0190-x' as LeadId,
      contact,
      { ownerId: null, teamId: GULF_TEAM_ID },
      ctx,
    );
    expect(leadSchema.safeParse(lead).success).toBe(true);
    expect(lead).toMatchObject({
      stage: 'lead',
      phoneE164: '+905321234567',
      phones: ['+902125551122'],
      timezone: 'Europe/Istanbul',
      listName: 'Expo 2026',
      source: 'Expo 2026',
      touches: 0,
      nextCallAt: null,
      doNotCall: false,
      ownerId: null,
      teamId: GULF_TEAM_ID,
    });
    expect(lead.searchKeys).toEqual(expect.arrayContaining(['ayse', 'yilmaz', 'gunes']));
  });

  it('keeps a source and timezone given in the file', () => {
    const lead = importedLead(
      'x' as LeadId,
      { ...contact, source: 'Website', timezone: 'Asia/Riyadh' },
      { ownerId: null, teamId: null },
      ctx,
    );
    expect(lead.source).toBe('Website');
    expect(lead.timezone).toBe('Asia/Riyadh');
  });

  it('carries the address and interests of the file onto the lead, and nothing when it has none', () => {
    const lead = importedLead(
      'x' as LeadId,
      { ...contact, address: 'Bağdat Cd. 5, İstanbul', interests: ['Solar', 'Filters'] },
      { ownerId: null, teamId: null },
      ctx,
    );
    expect(leadSchema.safeParse(lead).success).toBe(true);
    expect(lead).toMatchObject({
      address: 'Bağdat Cd. 5, İstanbul',
      interests: ['Solar', 'Filters'],
    });
    const bare = importedLead('y' as LeadId, contact, { ownerId: null, teamId: null }, ctx);
    expect(bare).not.toHaveProperty('address');
    expect(bare).not.toHaveProperty('interests');
  });

  it('carries the file’s tracking number onto the lead, and none when it has none', () => {
    const lead = importedLead(
      't' as LeadId,
      { ...contact, trackingNumber: '+902125550101' },
      { ownerId: null, teamId: null },
      ctx,
    );
    expect(leadSchema.safeParse(lead).success).toBe(true);
    expect(lead.trackingNumber).toBe('+902125550101');
    expect(
      importedLead('u' as LeadId, contact, { ownerId: null, teamId: null }, ctx),
    ).not.toHaveProperty('trackingNumber');
  });
});

describe('assignee', () => {
  it('hands leads to agents in turn, to one agent, or to the team queue', () => {
    const agents = [
      { userId: 'a' as UserId, teamId: 't1' as TeamId },
      { userId: 'b' as UserId, teamId: 't2' as TeamId },
    ];
    expect([0, 1, 2, 3].map((n) => assignee({ kind: 'roundRobin', agents }, n))).toEqual([
      { ownerId: 'a', teamId: 't1' },
      { ownerId: 'b', teamId: 't2' },
      { ownerId: 'a', teamId: 't1' },
      { ownerId: 'b', teamId: 't2' },
    ]);
    expect(assignee({ kind: 'agent', userId: 'a' as UserId, teamId: null }, 5)).toEqual({
      ownerId: 'a',
      teamId: null,
    });
    expect(assignee({ kind: 'team', teamId: 't1' as TeamId }, 5)).toEqual({
      ownerId: null,
      teamId: 't1',
    });
  });
});
